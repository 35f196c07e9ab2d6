//! Publication dates: from the header, from a dateline, inferred from content and the rest of the
//! corpus, or unknown (never today's date).

mod common;

use common::{seeds, TempDir};
use dossier::{analyze_corpus, load_folder, PubDateSource};

#[test]
fn the_undated_seeds_are_inferred_to_the_month_with_evidence() {
    let articles = analyze_corpus(&load_folder(&seeds()).expect("seeds"));
    let got: Vec<(&str, Option<String>, PubDateSource)> = articles
        .iter()
        .map(|a| {
            let value = a.pub_date.value.map(|v| v.to_string());
            (&a.id[..3], value, a.pub_date.source)
        })
        .collect();
    let month = |m: &str| Some(m.to_string());
    assert_eq!(
        got,
        [
            ("000", month("2020-01"), PubDateSource::Header),
            ("001", month("2020-09"), PubDateSource::Header),
            ("002", month("2020-01"), PubDateSource::Inferred),
            ("003", month("2020-08"), PubDateSource::Inferred),
            ("004", month("2020-08"), PubDateSource::Inferred),
        ]
    );
    // 003's "in two months it will be a year since the Pentagon named Microsoft the winner" is tied
    // to the award 001 dates to October 2019.
    assert!(
        articles[3].pub_date.evidence.contains("oktober 2019"),
        "{}",
        articles[3].pub_date.evidence
    );
    // 002's "11 février" is the "11 februari" of the dated 000: the evidence says so.
    assert!(
        articles[2].pub_date.evidence.contains("11 février"),
        "{}",
        articles[2].pub_date.evidence
    );
    assert!(articles[2]
        .pub_date
        .evidence
        .contains("also in another article"));
}

/// A case: the files of a corpus, the article to look at, and its expected publication date.
struct Case {
    name: &'static str,
    files: &'static [(&'static str, &'static str)],
    article: usize,
    value: Option<&'static str>,
    source: PubDateSource,
}

#[test]
fn datelines_inference_and_unknown() {
    let cases = [
        Case {
            name: "french_dateline",
            files: &[("a.txt", "26 juin 2012. - Le conseil municipal a voté le budget hier soir.")],
            article: 0,
            value: Some("2012-06-26"),
            source: PubDateSource::Inferred,
        },
        Case {
            name: "english_dateline_with_weekday",
            files: &[("a.txt", "Thursday, November 7, 2019 — The council approved the plan.")],
            article: 0,
            value: Some("2019-11-07"),
            source: PubDateSource::Inferred,
        },
        Case {
            name: "nothing_to_go_on",
            files: &[("a.txt", "The council approved the plan after a long debate.")],
            article: 0,
            value: None,
            source: PubDateSource::Unknown,
        },
        Case {
            name: "shared_deadline_with_a_dated_article",
            files: &[
                ("a.txt", " date 2021-03 De rechter beslist op 14 april over de zaak van KLM tegen Airbus."),
                ("b.txt", "Le juge tranchera le 14 avril entre KLM et Airbus. L'entreprise avait porté plainte en février dernier."),
            ],
            article: 1,
            value: Some("2021-03"),
            source: PubDateSource::Inferred,
        },
    ];
    for case in cases {
        let dir = TempDir::with_files(case.name, case.files);
        let articles = analyze_corpus(&load_folder(&dir.0).expect(case.name));
        let p = &articles[case.article].pub_date;
        let value = p.value.map(|v| v.to_string());
        assert_eq!(value.as_deref(), case.value, "case {}: {p:?}", case.name);
        assert_eq!(p.source, case.source, "case {}: {p:?}", case.name);
    }
}

/// The evidence of an inferred date quotes the expressions that place it, each with its value under
/// the chosen month, marks those another article of the same story (two names in common) also
/// mentions, and leaves out absolute dates (they only bound the date).
#[test]
fn inferred_evidence_quotes_what_placed_the_month() {
    let dir = TempDir::new("evidence");
    dir.write(
        "a.txt",
        " date 2021-03 De rechter beslist op 14 april over de zaak van KLM tegen Airbus."
            .as_bytes(),
    );
    dir.write(
        "b.txt",
        "Le juge tranchera le 14 avril entre KLM et Airbus. L'entreprise avait porté plainte en \
         février dernier. \
         Le contrat a été signé le 3 mars 2015."
            .as_bytes(),
    );
    let articles = analyze_corpus(&load_folder(&dir.0).expect("evidence"));
    let p = &articles[1].pub_date;
    assert_eq!(
        (p.value.map(|v| v.to_string()).as_deref(), p.source, p.evidence.as_str()),
        (
            Some("2021-03"),
            PubDateSource::Inferred,
            "inferred from '14 avril' → 2021-04-14 (also in another article); 'février dernier' → 2021-02"
        )
    );
}

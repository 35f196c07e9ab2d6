//! Which expressions the temporal tagger keeps where its rules overlap, and which sentence a date takes
//! its tense from: each case lists every expression found, in text order (not only some of them).

use dossier::{extract_timex, Date, Grain, Lang, Reference};
use Lang::{En, Fr, Nl};

struct Case {
    name: &'static str,
    lang: Lang,
    reference: &'static str,
    text: &'static str,
    expect: &'static [(&'static str, &'static str)],
}

fn check(cases: &[Case]) {
    for case in cases {
        let reference = Reference {
            date: Date::parse(case.reference).expect("reference"),
            grain: Grain::Day,
        };
        let got: Vec<(String, String)> = extract_timex(case.text, case.lang, Some(reference))
            .iter()
            .map(|t| (t.text.clone(), t.value.to_string()))
            .collect();
        let want: Vec<(String, String)> = case
            .expect
            .iter()
            .map(|(w, v)| (w.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, want, "{}", case.name);
    }
}

/// Where rules find overlapping expressions, the longest is kept and the ones inside it are not; of two
/// of the same length that overlap, the earlier; expressions side by side are all kept.
#[test]
fn overlapping_findings_keep_the_longest() {
    #[rustfmt::skip]
    check(&[
        Case { name: "en_range_over_its_ends", lang: En, reference: "2020-01-14", text: "It ran from May to September 2020 here.", expect: &[("from May to September 2020", "2020-05-01/2020-10-01")] },
        Case { name: "fr_range_of_days", lang: Fr, reference: "2020-01-14", text: "Le salon a lieu du 1er au 3 mars 2020.", expect: &[("du 1er au 3 mars 2020", "2020-03-01/2020-03-03")] },
        Case { name: "nl_full_date_over_month_year", lang: Nl, reference: "2020-01-14", text: "Het besluit viel op 3 maart 2019 in Den Haag.", expect: &[("3 maart 2019", "2019-03-03")] },
        Case { name: "en_two_dates_side_by_side", lang: En, reference: "2020-01-14", text: "They met on March 3, 2019 and on June 5, 2019.", expect: &[("March 3, 2019", "2019-03-03"), ("June 5, 2019", "2019-06-05")] },
        Case { name: "en_same_text_twice", lang: En, reference: "2020-01-14", text: "In 2015 sales fell. In 2015 sales fell.", expect: &[("2015", "2015"), ("2015", "2015")] },
    ]);
}

/// A weekday takes the tense of its own sentence, which ends at `.`, `!`, `?` or a line break: the
/// past before, the future after, both on one line resolve each by its sentence (reference Wednesday
/// 2020-01-15).
#[test]
fn the_tense_is_the_sentences_own() {
    #[rustfmt::skip]
    check(&[
        Case { name: "fr_future_then_past", lang: Fr, reference: "2020-01-15", text: "Il signera lundi. Il a signé lundi.\nEt lundi", expect: &[("lundi", "2020-01-20"), ("lundi", "2020-01-13"), ("lundi", "2020-01-20")] },
        Case { name: "en_future_wins_in_its_sentence_only", lang: En, reference: "2020-01-15", text: "He signed on Monday and he will sign on Monday\nthen Monday, he said on Monday", expect: &[("Monday", "2020-01-20"), ("Monday", "2020-01-20"), ("Monday", "2020-01-13"), ("Monday", "2020-01-13")] },
        Case { name: "nl_question_ends_a_sentence", lang: Nl, reference: "2020-01-15", text: "Zal hij maandag tekenen? Hij heeft maandag getekend!", expect: &[("maandag", "2020-01-20"), ("maandag", "2020-01-13")] },
    ]);
}

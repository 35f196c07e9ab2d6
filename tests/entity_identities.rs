//! Identities across the corpus: the same entity under other names in other languages gets one
//! canonical name and one type in every article.

mod common;

use common::seeds;
use dossier::analysis::document::index_entities;
use dossier::analysis::entities::corpus::CorpusIdentities;
use dossier::analysis::entities::extract_entities;
use dossier::analysis::language::Lang;
use dossier::analysis::mention::{EntityMention, EntityType};
use dossier::analyze_corpus;
use dossier::corpus::source::load_folder;

#[test]
fn the_seed_entities_line_up_across_dutch_french_and_english() {
    let articles = analyze_corpus(&load_folder(&seeds()).expect("seeds"));
    // (canonical, type, the articles that must mention it)
    let expected: &[(&str, EntityType, &[usize])] = &[
        (
            "US Department of Defense",
            EntityType::Organisation,
            &[0, 1, 2, 3, 4],
        ),
        ("Microsoft", EntityType::Organisation, &[0, 1, 2, 3, 4]),
        (
            "Amazon Web Services",
            EntityType::Organisation,
            &[0, 1, 2, 3, 4],
        ),
        ("United States", EntityType::Place, &[0, 1, 3, 4]),
        (
            "Joint Enterprise Defense Infrastructure",
            EntityType::Misc,
            &[0, 1, 2, 3, 4],
        ),
        ("Donald Trump", EntityType::Person, &[0, 2, 4]),
        ("Jeff Bezos", EntityType::Person, &[0, 2]),
    ];
    for (canonical, kind, in_articles) in expected {
        for &a in *in_articles {
            let record = articles[a]
                .entity_index
                .iter()
                .find(|r| r.canonical == *canonical);
            let record =
                record.unwrap_or_else(|| panic!("{canonical} missing from {}", articles[a].id));
            assert_eq!(record.kind, *kind, "{canonical} in {}", articles[a].id);
        }
    }
    // Every spelling of the Pentagon is one identity.
    let forms: Vec<&String> = articles
        .iter()
        .flat_map(|a| a.entity_index.iter())
        .filter(|r| r.canonical == "US Department of Defense")
        .flat_map(|r| r.forms.iter())
        .collect();
    // `US Department of Defense` is one span as ANNOTATION.md has it (flat spans: a government body with
    // its country in the name is one ORG); the learned typer may also take `Department of Defense`
    // alone: either is the same identity.
    for form in ["Pentagone", "ministerie van defensie", "DoD", "Pentagon"] {
        assert!(
            forms.iter().any(|f| *f == form),
            "{form} not among {forms:?}"
        );
    }
    assert!(
        forms.iter().any(|f| f.ends_with("Department of Defense")),
        "Department of Defense not among {forms:?}"
    );
}

#[test]
fn amounts_that_agree_have_the_same_value_in_every_language() {
    let articles = analyze_corpus(&load_folder(&seeds()).expect("seeds"));
    let ten_billion: Vec<(&str, &str)> = articles
        .iter()
        .flat_map(|a| a.entities.iter())
        .filter(|m| m.value.as_deref() == Some("USD 10000000000"))
        .map(|m| (m.text.as_str(), m.modifier.unwrap_or("")))
        .collect();
    assert_eq!(
        ten_billion,
        [
            ("tien miljard dollar", ""),
            ("10 miljard dollar", "APPROX"),
            ("10 milliards de dollars", ""),
            ("$ 10 billion", "UP_TO"),
            ("$10 billion", ""),
        ]
    );
}

fn mention(text: &str, start: usize, kind: EntityType, canonical: &str) -> EntityMention {
    EntityMention {
        text: text.to_string(),
        start,
        end: start + text.len(),
        kind,
        canonical: canonical.to_string(),
        value: None,
        modifier: None,
    }
}

#[test]
fn the_entity_index_has_one_record_per_identity_and_type() {
    use EntityType::{Organisation as Org, Person as Per, Place as Loc};
    let mentions = [
        mention("Amazon", 0, Org, "Amazon"),
        mention("Pieter Hofstra", 10, Per, "Pieter Hofstra"),
        mention("Amazon", 30, Loc, "Amazon (river)"),
        mention("Hofstra", 50, Per, "Pieter Hofstra"),
        mention("AMZN", 60, Org, "Amazon"),
        mention("Amazon", 70, Org, "Amazon"),
        mention("Hofstra", 80, Per, "Pieter Hofstra"),
        mention("Kalvora", 90, Org, "Kalvora"),
        mention("Kalvora", 100, Per, "Kalvora"),
    ];
    let index = index_entities(&mentions);
    let got: Vec<_> = index
        .iter()
        .map(|r| {
            (
                r.canonical.as_str(),
                r.kind,
                r.count,
                r.forms.iter().map(String::as_str).collect(),
                r.spans.clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // Most mentioned first; ties by canonical name, then in order of first mention.
            (
                "Amazon",
                Org,
                3,
                vec!["Amazon", "AMZN"],
                vec![[0, 6], [60, 64], [70, 76]]
            ),
            (
                "Pieter Hofstra",
                Per,
                3,
                vec!["Pieter Hofstra", "Hofstra"],
                vec![[10, 24], [50, 57], [80, 87]]
            ),
            ("Amazon (river)", Loc, 1, vec!["Amazon"], vec![[30, 36]]),
            ("Kalvora", Org, 1, vec!["Kalvora"], vec![[90, 97]]),
            ("Kalvora", Per, 1, vec!["Kalvora"], vec![[100, 107]]),
        ]
    );
}

/// A capitalised word at the start of a sentence that another article names becomes a mention, once:
/// never where the article already has a mention, whatever the order its mentions come in.
#[test]
fn sentence_initial_names_are_recovered_once() {
    let texts = [
        "Le groupe Vertania a racheté la banque Orvalis.",
        "Vertania holds a large share. Analysts expect growth.",
        "Orvalis Bank grew. Vertania grew. Analysts said Vertania hired.",
    ];
    let langs = [Lang::Fr, Lang::En, Lang::En];
    let mut identities = CorpusIdentities::default();
    for (i, text) in texts.iter().enumerate() {
        identities.add_article(i, text, text);
    }
    let mut mentions: Vec<Vec<EntityMention>> = texts
        .iter()
        .zip(langs)
        .map(|(text, lang)| extract_entities(text, lang))
        .collect();
    // The identities must not rely on the order of an article's mentions.
    mentions[2].reverse();
    while identities.step(&mut mentions) {}
    let found = |i: usize| -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = mentions[i]
            .iter()
            .map(|m| (m.text.as_str(), m.start))
            .collect();
        v.sort_by_key(|&(_, start)| start);
        v
    };
    assert_eq!(found(1), [("Vertania", 0)]);
    let third = found(2);
    assert_eq!(
        third.iter().filter(|(t, _)| *t == "Vertania").count(),
        2,
        "{third:?}"
    );
    assert!(third.contains(&("Orvalis Bank", 0)), "{third:?}");
}

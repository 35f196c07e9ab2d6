//! Identities across the corpus: the same entity under other names in other languages gets one
//! canonical name and one type in every article.

mod common;

use common::seeds;
use dossier::{analyze_corpus, load_folder, EntityType};

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

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

/// Issue 16, kind 10: a country's parliament or court is never another's. The demonym beside the common
/// word (before it in Dutch and English, after it in French) says whose it is: the gazetteer's
/// institution written with it, else no other country's identity. Sentences written for this test.
#[test]
fn a_countrys_institution_is_never_anothers() {
    use dossier::{extract_entities, Lang};
    // (name, language, text, the mention, its canonical name, or "" for any name but `not`; not)
    let cases = [
        (
            "en_australian_house",
            Lang::En,
            "On Monday the Australian House of Representatives passed the bill.",
            "House of Representatives",
            "",
            "United States House of Representatives",
        ),
        (
            "en_italian_senate",
            Lang::En,
            "The Italian Senate rejected the budget late on Friday.",
            "Senate",
            "",
            "US Senate",
        ),
        (
            "en_polish_supreme_court",
            Lang::En,
            "Critics said the Polish Supreme Court had lost its independence.",
            "Supreme Court",
            "",
            "Supreme Court of the United States",
        ),
        (
            "en_dutch_house_is_the_dutch_one",
            Lang::En,
            "A motion in the Dutch House of Representatives failed by two votes.",
            "House of Representatives",
            "House of Representatives of the Netherlands",
            "",
        ),
        (
            "en_american_senate_stays",
            Lang::En,
            "The bill now goes to the American Senate for a vote.",
            "Senate",
            "US Senate",
            "",
        ),
        (
            "nl_italiaanse_senaat",
            Lang::Nl,
            "Volgens de krant stemde de Italiaanse Senaat tegen de begroting.",
            "Senaat",
            "",
            "US Senate",
        ),
        (
            "nl_spaanse_hooggerechtshof",
            Lang::Nl,
            "Het Spaanse Hooggerechtshof deed woensdag uitspraak in de zaak.",
            "Hooggerechtshof",
            "",
            "Supreme Court of the United States",
        ),
        (
            "nl_amerikaanse_senaat_stays",
            Lang::Nl,
            "Het voorstel ligt nu bij de Amerikaanse Senaat.",
            "Amerikaanse Senaat",
            "United States Senate",
            "",
        ),
        (
            "fr_senat_italien",
            Lang::Fr,
            "Le texte a été adopté par le Sénat italien mardi soir.",
            "Sénat",
            "",
            "US Senate",
        ),
        (
            "fr_chambre_americaine",
            Lang::Fr,
            "La Chambre des représentants américaine a voté le texte.",
            "Chambre des représentants",
            "United States House of Representatives",
            "",
        ),
        (
            "fr_chambre_australienne",
            Lang::Fr,
            "La Chambre des représentants australienne a rejeté la motion.",
            "Chambre des représentants",
            "",
            "Belgian Chamber of Representatives",
        ),
    ];
    let mut failures = Vec::new();
    for (name, lang, text, mention, canonical, not) in cases {
        let found = extract_entities(text, lang);
        let Some(m) = found.iter().find(|m| m.text == mention) else {
            failures.push(format!("{name}: {mention:?} not found in {found:?}"));
            continue;
        };
        if !canonical.is_empty() && m.canonical != canonical {
            failures.push(format!(
                "{name}: {mention:?} is {:?}, want {canonical:?}",
                m.canonical
            ));
        }
        if !not.is_empty() && m.canonical == not {
            failures.push(format!("{name}: {mention:?} took {not:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_company_legal_form_stays_in_the_mention_but_not_in_its_identity() {
    use dossier::{extract_entities, Lang};
    // (name, language, text, the mention as written, its canonical name)
    let cases = [
        (
            "en_ag",
            Lang::En,
            "Shares in Radwerk AG fell sharply on Tuesday.",
            "Radwerk AG",
            "Radwerk",
        ),
        (
            "en_plc",
            Lang::En,
            "The board of Tellmoor Holdings PLC approved the merger.",
            "Tellmoor Holdings PLC",
            "Tellmoor Holdings",
        ),
        (
            "en_inc_dot",
            Lang::En,
            "The lawsuit names Quillgate Inc. as the defendant.",
            "Quillgate Inc",
            "Quillgate",
        ),
        (
            "en_ltd",
            Lang::En,
            "A contract went to Harrowdale Ltd last spring.",
            "Harrowdale Ltd",
            "Harrowdale",
        ),
        (
            "nl_nv",
            Lang::Nl,
            "De aandelen van Veldkamp NV stegen woensdag flink.",
            "Veldkamp NV",
            "Veldkamp",
        ),
        (
            "nl_gmbh",
            Lang::Nl,
            "Het Duitse Kornhaus GmbH neemt de fabriek over.",
            "Kornhaus GmbH",
            "Kornhaus",
        ),
        (
            "fr_sprl",
            Lang::Fr,
            "Le chantier a été confié à Renovalys SPRL en mars.",
            "Renovalys SPRL",
            "Renovalys",
        ),
        (
            "fr_sa",
            Lang::Fr,
            "Selon la direction de Valmonde SA, le rachat est validé.",
            "Valmonde SA",
            "Valmonde",
        ),
        (
            "fr_sa2",
            Lang::Fr,
            "Le fabricant Bréval SA a racheté une usine à Lyon.",
            "Bréval SA",
            "Bréval",
        ),
        (
            "fr_sas",
            Lang::Fr,
            "La société Valmonde SAS a racheté une usine à Lyon.",
            "Valmonde SAS",
            "Valmonde",
        ),
        (
            "fr_sa3",
            Lang::Fr,
            "Les actionnaires de Dufresne Industries SA ont voté lundi.",
            "Dufresne Industries SA",
            "Dufresne Industries",
        ),
    ];
    let mut failures = Vec::new();
    for (name, lang, text, mention, canonical) in cases {
        let found = extract_entities(text, lang);
        // The span may or may not take the dot of "Inc.": the name and its form are what counts.
        let Some(m) = found
            .iter()
            .find(|m| m.text.trim_end_matches('.') == mention)
        else {
            failures.push(format!("{name}: {mention:?} not found in {found:?}"));
            continue;
        };
        if m.canonical != canonical {
            failures.push(format!(
                "{name}: {mention:?} is {:?}, want {canonical:?}",
                m.canonical
            ));
        }
    }
    common::assert_all_pass(&failures);

    // Across articles and languages: "Radwerk AG" and a bare "Radwerk" are one identity.
    let dir = common::TempDir::with_files(
        "legal-form",
        &[
            (
                "a_en.txt",
                " date 2021-03-04\nRadwerk AG, the bicycle maker based in Freiburg, said on Thursday that it would close a plant. The company employs 800 people.\n",
            ),
            (
                "b_nl.txt",
                " date 2021-03-05\nDe fietsenmaker Radwerk sluit een fabriek in Freiburg. Volgens Radwerk verliezen daardoor 800 mensen hun baan.\n",
            ),
        ],
    );
    let articles = analyze_corpus(&load_folder(&dir.0).expect("corpus"));
    let records: Vec<(&str, &[String])> = articles
        .iter()
        .flat_map(|a| a.entity_index.iter())
        .filter(|r| r.canonical.starts_with("Radwerk"))
        .map(|r| (r.canonical.as_str(), r.forms.as_slice()))
        .collect();
    assert!(
        !records.is_empty() && records.iter().all(|(c, _)| *c == "Radwerk"),
        "one identity Radwerk in both articles; got {records:?}"
    );
    assert_eq!(records.len(), 2, "Radwerk in both articles: {records:?}");
}

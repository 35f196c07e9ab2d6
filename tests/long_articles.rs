//! A long article is analysed like its parts: a self-contained paragraph (written for these tests: an
//! acronym with its definition, a person later named by surname, a sentence-initial name, dates and
//! amounts) repeated many times gives, for every copy, the mentions and expressions of the paragraph on
//! its own, at the copy's offset; the entity index counts each identity once per copy. This holds
//! whatever the look-ups by position, surname or surface do inside, so it checks them on long texts.

mod common;

use common::TempDir;
use dossier::{
    analyze_corpus, extract_entities, extract_timex, load_folder, Date, EntityMention, Grain, Lang,
    Reference, Timex,
};

/// (name, language, paragraph)
const PARAGRAPHS: &[(&str, Lang, &str)] = &[
    (
        "nl_paragraph",
        Lang::Nl,
        "Noordelijke Data Systemen (NDS) opende op 3 maart 2019 een kantoor in Utrecht. \
         Topman Pieter Hofstra zei vorig jaar dat de omzet met 12 procent steeg. \
         Hofstra verwacht eind januari een besluit. Kalvora betaalde 40 miljoen euro voor NDS. \
         Volgens Kalvora groeit de markt.",
    ),
    (
        "fr_paragraph",
        Lang::Fr,
        "Le groupe Norvane Énergie Atlantique (NEA) a ouvert le 3 mars 2019 un bureau à Lyon. \
         Le ministre Julien Marchand a déclaré l'année dernière que le chiffre d'affaires a progressé de 12 %. \
         Marchand attend une décision fin janvier. Selon Marchand, NEA a payé 40 millions d'euros.",
    ),
    (
        "en_paragraph",
        Lang::En,
        "Northern Data Systems (NDS) opened an office in Boston on March 3, 2019. \
         Chief executive David Harford said last year that revenue rose 12 percent. \
         Harford expects a decision at the end of January. Kalvora paid $40 million for NDS. \
         Kalvora said the market grew.",
    ),
];

const COPIES: usize = 400;

fn reference() -> Option<Reference> {
    Some(Reference {
        date: Date::parse("2020-01-14").expect("date"),
        grain: Grain::Day,
    })
}

fn shifted_entities(one: &[EntityMention], by: usize) -> Vec<EntityMention> {
    one.iter()
        .map(|m| EntityMention {
            start: m.start + by,
            end: m.end + by,
            ..m.clone()
        })
        .collect()
}

fn shifted_timex(one: &[Timex], by: usize) -> Vec<Timex> {
    one.iter()
        .map(|t| Timex {
            start: t.start + by,
            end: t.end + by,
            ..t.clone()
        })
        .collect()
}

#[test]
fn each_copy_of_a_paragraph_is_found_as_the_paragraph_alone() {
    for (name, lang, paragraph) in PARAGRAPHS {
        let unit = format!("{paragraph}\n\n");
        let long = unit.repeat(COPIES);
        let one_entities = extract_entities(&unit, *lang);
        let one_timex = extract_timex(&unit, *lang, reference());
        assert!(
            one_entities.iter().any(|m| m.text != m.canonical),
            "{name}: the paragraph should link a short form or an acronym: {one_entities:?}"
        );
        assert!(one_timex.len() >= 3, "{name}: {one_timex:?}");
        let entities = extract_entities(&long, *lang);
        let timex = extract_timex(&long, *lang, reference());
        let expected_entities: Vec<EntityMention> = (0..COPIES)
            .flat_map(|k| shifted_entities(&one_entities, k * unit.len()))
            .collect();
        let expected_timex: Vec<Timex> = (0..COPIES)
            .flat_map(|k| shifted_timex(&one_timex, k * unit.len()))
            .collect();
        assert_eq!(entities.len(), expected_entities.len(), "{name}: entities");
        for (got, want) in entities.iter().zip(&expected_entities) {
            assert_eq!(got, want, "{name}: entity");
        }
        assert_eq!(timex.len(), expected_timex.len(), "{name}: timex");
        for (got, want) in timex.iter().zip(&expected_timex) {
            assert_eq!(got, want, "{name}: timex");
        }
    }
}

#[test]
fn the_entity_index_of_a_long_article_counts_every_copy() {
    for (name, _, paragraph) in PARAGRAPHS {
        let unit = format!("{paragraph}\n\n");
        let analyse = |text: String| {
            let dir = TempDir::new(name);
            dir.write("a.txt", format!(" date 2020-01-14\n{text}").as_bytes());
            analyze_corpus(&load_folder(&dir.0).expect(name)).remove(0)
        };
        let one = &analyse(unit.clone());
        let long = &analyse(unit.repeat(COPIES));
        assert!(!one.entity_index.is_empty(), "{name}");
        assert_eq!(long.entity_index.len(), one.entity_index.len(), "{name}");
        for (got, want) in long.entity_index.iter().zip(&one.entity_index) {
            assert_eq!(
                (&got.canonical, got.kind, got.count, &got.forms),
                (&want.canonical, want.kind, want.count * COPIES, &want.forms),
                "{name}"
            );
            assert_eq!(got.spans.len(), got.count, "{name}: {}", got.canonical);
        }
    }
}

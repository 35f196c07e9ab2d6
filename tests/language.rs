//! Language detection on sentences written for these tests (not from the seeds).

use dossier::{detect, Lang};

#[test]
fn detects_the_language_of_each_sentence() {
    let cases: &[(&str, &str, Lang)] = &[
        ("dutch_news", "De burgemeester heeft gisteren bekendgemaakt dat het stadhuis volgend jaar wordt verbouwd.", Lang::Nl),
        ("dutch_short", "Het is niet wat we hadden verwacht.", Lang::Nl),
        ("french_news", "Le gouvernement a annoncé mardi que la réforme des retraites sera présentée avant l'été.", Lang::Fr),
        ("french_elisions", "L'entreprise s'est dite prête à discuter d'une solution qu'elle juge équitable.", Lang::Fr),
        ("english_news", "The council said on Tuesday that the bridge would reopen after repairs were finished.", Lang::En),
        ("english_short", "It was not what they had expected from the company.", Lang::En),
        ("german_is_other", "Der Bundestag hat am Donnerstag über das neue Gesetz abgestimmt.", Lang::Other),
        ("numbers_are_other", "2019 2020 10 47 % 13", Lang::Other),
        ("empty_is_other", "", Lang::Other),
    ];
    for (name, text, want) in cases {
        let got = detect(text);
        assert_eq!(got.lang, *want, "case {name}: {got:?}");
        if *want != Lang::Other {
            assert!(got.confidence > 0.3, "case {name}: low confidence {got:?}");
        }
    }
}

#[test]
fn codes_round_trip() {
    for lang in [Lang::Nl, Lang::Fr, Lang::En, Lang::Other] {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::from_code("de"), None);
}

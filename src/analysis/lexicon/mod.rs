//! The lexicon layer: the words of each language Dossier reads, from the data files in
//! `src/analysis/lexicons/{nl,fr,en}/`, loaded once by one loader. Above the text layer, under the
//! temporal tagger, the entity recogniser, language detection and the corpus reader.
//!
//! - [`syntax`]: the files' syntax and the errors that name file and line (also run by `build.rs`,
//!   so a malformed line fails the build);
//! - [`category`]: the typed categories of phrases (an enum, integer ids), each with its value shape;
//! - [`phrases`]: phrases by first word and category, and a text's tokens looked up once;
//! - [`gazetteer`]: names with their canonical identities;
//! - [`numbers`]: numbers and ordinals in digits and in words.

pub mod category;
pub mod fnv;
pub mod gazetteer;
pub mod numbers;
pub mod phrases;
pub mod syntax;

pub use category::Category;
pub use phrases::{CategorySet, Hit, PhraseTable, Phrases};

use gazetteer::Gazetteer;
use serde::Serialize;
use std::collections::HashSet;
use std::sync::OnceLock;
use syntax::{parse_file, CueKind, FileKind, Item, FILES, LANGUAGES};

/// A language Dossier analyses, or `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch.
    Nl,
    /// French.
    Fr,
    /// English.
    En,
    /// Anything else, or too little text to tell.
    Other,
}

impl Lang {
    /// The three analysed languages.
    pub const ANALYSED: [Lang; 3] = [Lang::Nl, Lang::Fr, Lang::En];

    /// The ISO 639-1 code (`other` for [`Lang::Other`]).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Other => "other",
        }
    }

    /// The language's English name, as shown in the UI.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Nl => "Dutch",
            Lang::Fr => "French",
            Lang::En => "English",
            Lang::Other => "Other",
        }
    }

    /// Parses an ISO 639-1 code (`nl`, `fr`, `en`), case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            "other" => Some(Lang::Other),
            _ => None,
        }
    }
}

/// The words of one language.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// The phrases of `dates.txt` and the cue lines of `entities.txt`.
    pub phrases: PhraseTable,
    /// The categories `dates.txt` defines (the temporal tagger's).
    pub date_categories: CategorySet,
    /// The gazetteer lines of `entities.txt`.
    pub gazetteer: Gazetteer,
    /// The function words of `stopwords.txt`, in file order (a word listed twice counts twice).
    pub stop_word_list: Vec<&'static str>,
    /// The same, as a set.
    pub stop_words: HashSet<&'static str>,
}

/// The boilerplate cues of every language (`boilerplate.txt`).
#[derive(Debug, Default)]
pub struct BoilerplateCues {
    /// A line that begins with one of these is boilerplate.
    pub starts: Vec<&'static str>,
    /// A short line that contains one of these is boilerplate.
    pub contains: Vec<&'static str>,
}

/// Everything loaded.
struct Lexicons {
    langs: [Lexicon; 3],
    given_names: HashSet<&'static str>,
    boilerplate: BoilerplateCues,
}

macro_rules! data_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../lexicons/", $lang, "/dates.txt")),
            include_str!(concat!("../lexicons/", $lang, "/entities.txt")),
            include_str!(concat!("../lexicons/", $lang, "/given_names.txt")),
            include_str!(concat!("../lexicons/", $lang, "/stopwords.txt")),
            include_str!(concat!("../lexicons/", $lang, "/boilerplate.txt")),
        ]
    };
}

/// The data files, embedded: `[language][file]`, in the order of [`LANGUAGES`] and [`FILES`].
const DATA: [[&str; 5]; 3] = [data_files!("nl"), data_files!("fr"), data_files!("en")];

/// Reads every data file. `build.rs` has checked them with the same [`syntax`], so a bad line here
/// cannot happen; if it did, the loader stops with the file and line rather than skip it.
fn load() -> Lexicons {
    let mut all = Lexicons {
        langs: Default::default(),
        given_names: HashSet::new(),
        boilerplate: BoilerplateCues::default(),
    };
    for l in 0..LANGUAGES.len() {
        let lexicon = &mut all.langs[l];
        for (f, (file, kind)) in FILES.iter().enumerate() {
            let path = format!("src/analysis/lexicons/{}/{file}", LANGUAGES[l]);
            let lines = parse_file(&path, *kind, DATA[l][f]).unwrap_or_else(|errors| {
                let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
                panic!("bad lexicon data:\n{}", shown.join("\n"))
            });
            for line in lines {
                match line.item {
                    Item::Phrases {
                        category,
                        value,
                        phrases,
                    } => {
                        if *kind == FileKind::Phrases {
                            lexicon.date_categories.insert(category);
                        }
                        lexicon.phrases.add(category, value, &phrases);
                    }
                    Item::Name {
                        kind,
                        canonical,
                        aliases,
                    } => lexicon.gazetteer.add(kind, canonical, &aliases),
                    Item::Words(words) if *file == "given_names.txt" => {
                        all.given_names.extend(words)
                    }
                    Item::Words(words) => lexicon.stop_word_list.extend(words),
                    Item::Cue(CueKind::Starts, cue) => all.boilerplate.starts.push(cue),
                    Item::Cue(CueKind::Contains, cue) => all.boilerplate.contains.push(cue),
                }
            }
        }
        lexicon.phrases.finish();
        lexicon.gazetteer.finish();
        lexicon.stop_words = lexicon.stop_word_list.iter().copied().collect();
    }
    all
}

fn lexicons() -> &'static Lexicons {
    static ALL: OnceLock<Lexicons> = OnceLock::new();
    ALL.get_or_init(load)
}

/// The lexicon of a language (`Other` falls back to English).
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    let all = &lexicons().langs;
    match lang {
        Lang::Nl => &all[0],
        Lang::Fr => &all[1],
        Lang::En | Lang::Other => &all[2],
    }
}

/// Given names of all three languages (names travel: "Jeff Bezos" in a Dutch article).
pub fn given_names() -> &'static HashSet<&'static str> {
    &lexicons().given_names
}

/// The boilerplate cues of all three languages.
pub fn boilerplate_cues() -> &'static BoilerplateCues {
    &lexicons().boilerplate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_files_are_the_files_the_build_checks() {
        assert_eq!(LANGUAGES, ["nl", "fr", "en"]);
        let names: Vec<&str> = FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            names,
            [
                "dates.txt",
                "entities.txt",
                "given_names.txt",
                "stopwords.txt",
                "boilerplate.txt"
            ]
        );
        for (l, files) in DATA.iter().enumerate() {
            for (f, data) in files.iter().enumerate() {
                let path = format!("src/analysis/lexicons/{}/{}", LANGUAGES[l], FILES[f].0);
                let on_disk = std::fs::read_to_string(&path).expect("data file");
                assert_eq!(*data, on_disk, "{path}");
            }
        }
    }

    #[test]
    fn every_language_has_its_words() {
        for lang in Lang::ANALYSED {
            let lex = lexicon(lang);
            assert!(lex.date_categories.contains(Category::Month), "{lang:?}");
            assert!(!lex.stop_words.is_empty(), "{lang:?}");
        }
        // The entity recogniser's words for a ministry, the coordinator of a list and the sentence
        // openers are data, one set per language.
        for (lang, ministry, and, opener) in [
            (Lang::Nl, "ministerie", "en", "aldus"),
            (Lang::Fr, "ministère", "et", "selon"),
            (Lang::En, "department", "and", "meanwhile"),
        ] {
            let p = &lexicon(lang).phrases;
            assert!(p.word(ministry, Category::Ministry).is_some(), "{lang:?}");
            assert!(p.word(and, Category::Coordinator).is_some(), "{lang:?}");
            assert!(p.word(opener, Category::Opener).is_some(), "{lang:?}");
            assert!(!p.words(Category::CompanyWord).is_empty(), "{lang:?}");
        }
        assert!(!lexicon(Lang::Nl)
            .phrases
            .words(Category::CompanySuffix)
            .is_empty());
        assert!(given_names().contains("Jeff"));
        assert!(!boilerplate_cues().starts.is_empty());
    }
}

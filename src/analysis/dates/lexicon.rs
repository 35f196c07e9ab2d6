//! The per-language date lexicons (`src/analysis/lexicons/{nl,fr,en}/dates.txt`), loaded once and
//! matched against tokens, longest phrase first.
//!
//! Each line of a data file is `CATEGORY.VALUE = phrase | phrase | ...`; a phrase is tokenized like the
//! text, and a hyphenated phrase also matches without its hyphens.

use crate::analysis::language::Lang;
use crate::analysis::tokens::{tokenize, Kind, Token};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One phrase of the lexicon.
#[derive(Debug)]
struct Entry {
    words: Vec<String>,
    category: String,
    value: String,
}

/// A language's date lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// First word → entries starting with it, longest first.
    by_first: HashMap<String, Vec<Entry>>,
}

/// A lexicon match: how many tokens it covers and the entry's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    /// Number of tokens matched.
    pub len: usize,
    /// The value after the category's dot (`"1"` for `month.1`), or `""`.
    pub value: &'a str,
}

impl Hit<'_> {
    /// The value as a number (0 when it is not one).
    pub fn int(&self) -> i64 {
        self.value.parse().unwrap_or(0)
    }
}

impl Lexicon {
    /// Parses a data file.
    pub fn parse(data: &str) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for line in data.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, phrases)) = line.split_once('=') else {
                continue;
            };
            let key = key.trim();
            let (category, value) = key.split_once('.').unwrap_or((key, ""));
            // `cue.last = …` defines the category `last`.
            let (category, value) = if category == "cue" {
                (value, "")
            } else {
                (category, value)
            };
            for phrase in phrases.split('|').map(str::trim).filter(|p| !p.is_empty()) {
                let words: Vec<String> = tokenize(phrase).into_iter().map(|t| t.lower).collect();
                let without_hyphens: Vec<String> =
                    words.iter().filter(|w| *w != "-").cloned().collect();
                let variants =
                    if without_hyphens.len() != words.len() && !without_hyphens.is_empty() {
                        vec![words, without_hyphens]
                    } else {
                        vec![words]
                    };
                for words in variants {
                    lexicon
                        .by_first
                        .entry(words[0].clone())
                        .or_default()
                        .push(Entry {
                            words,
                            category: category.to_string(),
                            value: value.to_string(),
                        });
                }
            }
        }
        for entries in lexicon.by_first.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        }
        lexicon
    }

    /// The longest phrase of `category` that starts at token `i`.
    pub fn at<'a>(&'a self, tokens: &[Token], i: usize, category: &str) -> Option<Hit<'a>> {
        let first = tokens.get(i)?;
        let entries = self.by_first.get(&first.lower)?;
        entries
            .iter()
            .filter(|e| e.category == category)
            .find(|e| phrase_matches(tokens, i, &e.words))
            .map(|e| Hit {
                len: e.words.len(),
                value: &e.value,
            })
    }

    /// The one-word phrases of a category (e.g. the word endings listed as `past_suffix`).
    pub fn words(&self, category: &str) -> Vec<&str> {
        self.by_first
            .values()
            .flatten()
            .filter(|e| e.category == category && e.words.len() == 1)
            .map(|e| e.words[0].as_str())
            .collect()
    }

    /// Whether token `i` starts a phrase of `category`.
    pub fn is(&self, tokens: &[Token], i: usize, category: &str) -> bool {
        self.at(tokens, i, category).is_some()
    }

    /// The longest phrase of any category starting with `prefix` (e.g. `"unit"`) at token `i`, with the
    /// full category value: `("day", len)` for `unit.day`.
    pub fn at_any<'a>(
        &'a self,
        tokens: &[Token],
        i: usize,
        categories: &[&str],
    ) -> Option<(&'a str, Hit<'a>)> {
        let first = tokens.get(i)?;
        let entries = self.by_first.get(&first.lower)?;
        entries
            .iter()
            .filter(|e| categories.contains(&e.category.as_str()))
            .find(|e| phrase_matches(tokens, i, &e.words))
            .map(|e| {
                (
                    e.category.as_str(),
                    Hit {
                        len: e.words.len(),
                        value: &e.value,
                    },
                )
            })
    }
}

/// Whether the phrase's words match the tokens from `i` on. A word token must not be glued to the
/// previous word of the phrase unless the phrase has it that way (punctuation may be glued).
fn phrase_matches(tokens: &[Token], i: usize, words: &[String]) -> bool {
    if i + words.len() > tokens.len() {
        return false;
    }
    let matched = words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens[i + k].lower == *w);
    if !matched {
        return false;
    }
    // A phrase must end at a word boundary: "mar" must not match the start of "mar1".
    match tokens.get(i + words.len()) {
        Some(next) if !next.space_before => {
            let last = &tokens[i + words.len() - 1];
            !(last.kind == next.kind && last.kind != Kind::Punct)
        }
        _ => true,
    }
}

/// The lexicon of a language (`Other` falls back to English).
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    static LEXICONS: OnceLock<[Lexicon; 3]> = OnceLock::new();
    let all = LEXICONS.get_or_init(|| {
        [
            Lexicon::parse(include_str!("../lexicons/nl/dates.txt")),
            Lexicon::parse(include_str!("../lexicons/fr/dates.txt")),
            Lexicon::parse(include_str!("../lexicons/en/dates.txt")),
        ]
    });
    match lang {
        Lang::Nl => &all[0],
        Lang::Fr => &all[1],
        Lang::En | Lang::Other => &all[2],
    }
}

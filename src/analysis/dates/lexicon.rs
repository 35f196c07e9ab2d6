//! The per-language date lexicons (`src/analysis/lexicons/{nl,fr,en}/dates.txt`), loaded once and
//! matched against tokens, longest phrase first.
//!
//! Each line of a data file is `CATEGORY.VALUE = phrase | phrase | ...`; a phrase is tokenized like the
//! text, and a hyphenated phrase also matches without its hyphens.

use crate::analysis::fnv::FnvMap;
use crate::analysis::language::Lang;
use crate::analysis::tokens::{tokenize, Kind, Token};
use std::sync::OnceLock;

/// One phrase of the lexicon.
#[derive(Debug)]
struct Entry {
    words: Vec<String>,
    value: String,
}

/// The phrases of one category that start with the same word, longest first.
#[derive(Debug)]
pub struct Group {
    category: String,
    entries: Vec<Entry>,
}

/// A language's date lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// First word → its phrases, grouped by category (one hash per lookup, then a short scan).
    by_first: FnvMap<String, Vec<Group>>,
    /// Category → its one-word phrases (word endings such as `past_suffix`), listed once at load.
    single_words: FnvMap<String, Vec<String>>,
}

/// Each token's lexicon entries, looked up once per text.
#[derive(Debug)]
pub struct TokenIndex<'a>(Vec<Option<&'a [Group]>>);

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

impl TokenIndex<'_> {
    /// Whether token `i` starts any phrase of the lexicon.
    pub fn has(&self, i: usize) -> bool {
        self.0.get(i).is_some_and(Option::is_some)
    }
}

/// A text's tokens with a lexicon looked up once per token: the phrase queries rules ask many times.
#[derive(Debug)]
pub struct Phrases<'a> {
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The tokens.
    pub tokens: &'a [Token],
    index: TokenIndex<'a>,
}

impl<'a> Phrases<'a> {
    /// Looks up each token of `tokens` in `lex`.
    pub fn new(lex: &'a Lexicon, tokens: &'a [Token]) -> Phrases<'a> {
        Phrases {
            lex,
            tokens,
            index: lex.index(tokens),
        }
    }

    /// The longest phrase of `category` at token `i`.
    pub fn at(&self, i: usize, category: &str) -> Option<Hit<'a>> {
        self.lex.at_indexed(&self.index, self.tokens, i, category)
    }

    /// Whether token `i` starts a phrase of `category`.
    pub fn is(&self, i: usize, category: &str) -> bool {
        self.at(i, category).is_some()
    }

    /// The longest phrase of any of `categories` at token `i`, with its category.
    pub fn at_any(&self, i: usize, categories: &[&str]) -> Option<(&'a str, Hit<'a>)> {
        self.lex
            .at_any_indexed(&self.index, self.tokens, i, categories)
    }

    /// Whether token `i` starts any phrase of the lexicon.
    pub fn has(&self, i: usize) -> bool {
        self.index.has(i)
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
                    let groups = lexicon.by_first.entry(words[0].clone()).or_default();
                    let index = match groups.iter().position(|g| g.category == category) {
                        Some(g) => g,
                        None => {
                            groups.push(Group {
                                category: category.to_string(),
                                entries: Vec::new(),
                            });
                            groups.len() - 1
                        }
                    };
                    groups[index].entries.push(Entry {
                        words,
                        value: value.to_string(),
                    });
                }
            }
        }
        for groups in lexicon.by_first.values_mut() {
            for g in groups.iter_mut() {
                g.entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
                let singles = g
                    .entries
                    .iter()
                    .filter(|e| e.words.len() == 1)
                    .map(|e| e.words[0].clone());
                lexicon
                    .single_words
                    .entry(g.category.clone())
                    .or_default()
                    .extend(singles);
            }
        }
        lexicon
    }

    /// Looks up every token of a text once, so that rules can ask about a token many times cheaply.
    pub fn index<'a>(&'a self, tokens: &[Token]) -> TokenIndex<'a> {
        TokenIndex(
            tokens
                .iter()
                .map(|t| self.by_first.get(&t.lower).map(Vec::as_slice))
                .collect(),
        )
    }

    /// [`Lexicon::at`] with the text's token index.
    pub fn at_indexed<'a>(
        &'a self,
        index: &TokenIndex<'a>,
        tokens: &[Token],
        i: usize,
        category: &str,
    ) -> Option<Hit<'a>> {
        longest_in(index.0.get(i).copied().flatten()?, tokens, i, category)
    }

    /// [`Lexicon::at_any`] with the text's token index.
    pub fn at_any_indexed<'a>(
        &'a self,
        index: &TokenIndex<'a>,
        tokens: &[Token],
        i: usize,
        categories: &[&str],
    ) -> Option<(&'a str, Hit<'a>)> {
        let groups = index.0.get(i).copied().flatten()?;
        best_of(groups, tokens, i, categories)
    }

    /// The longest phrase of `category` that starts at token `i`.
    pub fn at<'a>(&'a self, tokens: &[Token], i: usize, category: &str) -> Option<Hit<'a>> {
        longest_in(
            self.by_first.get(&tokens.get(i)?.lower)?,
            tokens,
            i,
            category,
        )
    }

    /// Whether some phrase starts with `word` (in lower case).
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// The value of a one-word phrase of `category` written exactly `word` (in lower case).
    pub fn word(&self, word: &str, category: &str) -> Option<&str> {
        let group = self
            .by_first
            .get(word)?
            .iter()
            .find(|g| g.category == category)?;
        group
            .entries
            .iter()
            .find(|e| e.words.len() == 1)
            .map(|e| e.value.as_str())
    }

    /// The one-word phrases of a category (e.g. the word endings listed as `past_suffix`).
    pub fn words(&self, category: &str) -> &[String] {
        self.single_words.get(category).map_or(&[], Vec::as_slice)
    }

    /// Whether token `i` starts a phrase of `category`.
    pub fn is(&self, tokens: &[Token], i: usize, category: &str) -> bool {
        self.at(tokens, i, category).is_some()
    }

    /// The longest phrase of any of `categories` at token `i`, with its category and value:
    /// `("unit", hit with value "day")` for `unit.day`.
    pub fn at_any<'a>(
        &'a self,
        tokens: &[Token],
        i: usize,
        categories: &[&str],
    ) -> Option<(&'a str, Hit<'a>)> {
        let first = tokens.get(i)?;
        let groups = self.by_first.get(&first.lower)?;
        best_of(groups, tokens, i, categories)
    }
}

/// The longest phrase of one category, among a word's groups, that matches at token `i`.
fn longest_in<'a>(
    groups: &'a [Group],
    tokens: &[Token],
    i: usize,
    category: &str,
) -> Option<Hit<'a>> {
    let group = groups.iter().find(|g| g.category == category)?;
    group
        .entries
        .iter()
        .find(|e| phrase_matches(tokens, i, &e.words))
        .map(|e| Hit {
            len: e.words.len(),
            value: &e.value,
        })
}

/// The longest phrase among the groups of the given categories that matches at token `i`.
fn best_of<'a>(
    groups: &'a [Group],
    tokens: &[Token],
    i: usize,
    categories: &[&str],
) -> Option<(&'a str, Hit<'a>)> {
    groups
        .iter()
        .filter(|g| categories.contains(&g.category.as_str()))
        .flat_map(|g| g.entries.iter().map(move |e| (g, e)))
        .filter(|(_, e)| phrase_matches(tokens, i, &e.words))
        .max_by_key(|(_, e)| e.words.len())
        .map(|(g, e)| {
            (
                g.category.as_str(),
                Hit {
                    len: e.words.len(),
                    value: &e.value,
                },
            )
        })
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

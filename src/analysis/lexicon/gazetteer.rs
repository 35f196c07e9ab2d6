//! The gazetteer of a language: places, organisations and other names with their translated names
//! and acronyms, each with a language-independent canonical name (the gazetteer lines of
//! `src/analysis/lexicons/{nl,fr,en}/entities.txt`).

use super::fnv::FnvMap;
use super::syntax::NameKind;
use crate::analysis::mention::EntityType;
use crate::analysis::text::tokens::{tokenize, Token};
use std::collections::HashMap;

/// One gazetteer alias.
#[derive(Debug)]
pub struct Alias {
    /// The alias's tokens as written (for case-sensitive aliases) and lower-cased.
    words: Vec<String>,
    lower: Vec<String>,
    /// Short and all-caps aliases (`US`, `VS`, `AWS`) must match case.
    case_sensitive: bool,
    kind: EntityType,
    canonical: &'static str,
}

/// A gazetteer match.
#[derive(Clone, Debug, PartialEq)]
pub struct Known {
    /// Tokens covered.
    pub len: usize,
    /// The entity type.
    pub kind: EntityType,
    /// The canonical name.
    pub canonical: String,
}

/// A language's gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    by_first: FnvMap<String, Vec<Alias>>,
    /// Canonical names by lower-cased canonical, for identities across languages.
    canonical_kinds: HashMap<String, EntityType>,
}

impl Gazetteer {
    /// Adds a gazetteer line.
    pub fn add(&mut self, kind: NameKind, canonical: &'static str, aliases: &[&str]) {
        let kind = match kind {
            NameKind::Place => EntityType::Place,
            NameKind::Organisation => EntityType::Organisation,
            NameKind::Misc => EntityType::Misc,
            NameKind::Person => EntityType::Person,
        };
        self.canonical_kinds.insert(canonical.to_lowercase(), kind);
        for alias in aliases {
            let tokens = tokenize(alias);
            if tokens.is_empty() {
                continue;
            }
            let words: Vec<String> = tokens
                .iter()
                .map(|t| alias[t.start..t.end].to_string())
                .collect();
            let lower: Vec<String> = tokens.into_iter().map(|t| t.lower).collect();
            let letters: String = alias.chars().filter(|c| c.is_alphabetic()).collect();
            let case_sensitive =
                letters.chars().count() <= 3 || letters.chars().all(char::is_uppercase);
            self.by_first
                .entry(lower[0].clone())
                .or_default()
                .push(Alias {
                    words,
                    lower,
                    case_sensitive,
                    kind,
                    canonical,
                });
        }
    }

    /// Sorts the aliases longest first; call once, after the last [`Gazetteer::add`].
    pub fn finish(&mut self) {
        for aliases in self.by_first.values_mut() {
            crate::sort::sort_by_key(aliases, |a| std::cmp::Reverse(a.lower.len()));
        }
    }

    /// The aliases whose first word is `word` (lower case), longest first.
    pub fn aliases(&self, word: &str) -> Option<&[Alias]> {
        self.by_first.get(word).map(Vec::as_slice)
    }

    /// The longest gazetteer alias at token `i`.
    pub fn known_at(&self, tokens: &[Token], i: usize, text: &str) -> Option<Known> {
        known_among(self.aliases(&tokens.get(i)?.lower)?, tokens, i, text)
    }

    /// The type of a canonical name the gazetteer knows.
    pub fn kind_of_canonical(&self, canonical: &str) -> Option<EntityType> {
        self.canonical_kinds.get(&canonical.to_lowercase()).copied()
    }
}

/// The longest of `aliases` (those of token `i`'s word, longest first) that matches at token `i`.
pub fn known_among(aliases: &[Alias], tokens: &[Token], i: usize, text: &str) -> Option<Known> {
    let first = tokens.get(i)?;
    aliases
        .iter()
        .find(|a| {
            if i + a.lower.len() > tokens.len() {
                return false;
            }
            let window = &tokens[i..i + a.lower.len()];
            let same = if a.case_sensitive {
                window
                    .iter()
                    .zip(&a.words)
                    .all(|(t, w)| &text[t.start..t.end] == w)
            } else {
                window.iter().zip(&a.lower).all(|(t, w)| &t.lower == w)
            };
            // A single-word alias must be capitalised in the text ("Defensie", not "defensie"); a
            // longer one written as a proper name (its first word capitalised) must have a capital
            // in the text too ("Le Monde", not "tout le monde"; "Supreme Court", not "the state
            // supreme court"), while a descriptive one may be written in lower case ("ministerie
            // van defensie").
            let capitalised = if a.lower.len() > 1 {
                window.iter().any(|t| t.capitalised)
                    || !a.words[0].chars().next().is_some_and(char::is_uppercase)
            } else {
                first.capitalised
            };
            // And must end at a word boundary ("US" is not the start of "USB").
            let boundary = tokens
                .get(i + a.lower.len())
                .is_none_or(|n| n.space_before || n.kind != window[window.len() - 1].kind);
            same && capitalised && boundary
        })
        .map(|a| Known {
            len: a.lower.len(),
            kind: a.kind,
            canonical: a.canonical.to_string(),
        })
}

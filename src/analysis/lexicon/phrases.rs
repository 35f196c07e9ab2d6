//! The phrase table of a language: every phrase of `dates.txt` and of the cue lines of
//! `entities.txt`, by its first word, grouped by [`Category`], longest first; and a text's tokens
//! looked up in it once ([`Phrases`]): for each token, which categories have a phrase starting with it.
//!
//! A phrase is tokenized like the text, and a hyphenated phrase also matches without its hyphens. A
//! phrase must end at a word boundary: `mar` does not match the start of `mar1`.

use super::category::Category;
use super::fnv::FnvMap;
use super::gazetteer::{known_among, Alias, Known};
use super::Lexicon;
use crate::analysis::text::tokens::{tokenize, Kind, Token};

/// A set of categories, as a bit mask by category id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CategorySet(u128);

impl CategorySet {
    /// Adds a category.
    pub fn insert(&mut self, c: Category) {
        self.0 |= 1 << c.id();
    }

    /// Whether it holds `c`.
    pub fn contains(self, c: Category) -> bool {
        self.0 & (1 << c.id()) != 0
    }

    /// Whether it shares a category with `other`.
    pub fn meets(self, other: CategorySet) -> bool {
        self.0 & other.0 != 0
    }
}

const _: () = assert!(
    Category::ALL.len() <= 128,
    "CategorySet holds 128 categories"
);

/// One phrase.
#[derive(Debug)]
struct Entry {
    words: Vec<String>,
    value: &'static str,
    int: i64,
}

/// The phrases of one category that start with the same word, longest first.
#[derive(Debug)]
struct Group {
    category: Category,
    entries: Vec<Entry>,
}

/// Everything that starts with one word.
#[derive(Debug, Default)]
struct FirstWord {
    groups: Vec<Group>,
    categories: CategorySet,
}

/// The phrases of a language.
#[derive(Debug, Default)]
pub struct PhraseTable {
    /// First word → its id in `first_words` (one hash per token, then integers).
    ids: FnvMap<String, u32>,
    first_words: Vec<FirstWord>,
    /// Category id → its one-word phrases (word endings such as `past_suffix`).
    single_words: Vec<Vec<String>>,
}

/// A lexicon match: how many tokens it covers and the entry's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    /// Number of tokens matched.
    pub len: usize,
    /// The value after the category's dot (`"1"` for `month.1`), or `""`.
    pub value: &'a str,
    int: i64,
}

impl Hit<'_> {
    /// The value as a number (0 when it is not one).
    pub fn int(&self) -> i64 {
        self.int
    }
}

impl PhraseTable {
    /// Adds the phrases of one line of a data file.
    pub fn add(&mut self, category: Category, value: &'static str, phrases: &[&str]) {
        let int = value.parse().unwrap_or(0);
        for phrase in phrases {
            let words: Vec<String> = tokenize(phrase).into_iter().map(|t| t.lower).collect();
            if words.is_empty() {
                continue;
            }
            let without_hyphens: Vec<String> =
                words.iter().filter(|w| *w != "-").cloned().collect();
            let variants = if without_hyphens.len() != words.len() && !without_hyphens.is_empty() {
                vec![words, without_hyphens]
            } else {
                vec![words]
            };
            for words in variants {
                let next = self.first_words.len() as u32;
                let id = *self.ids.entry(words[0].clone()).or_insert(next);
                if id == next {
                    self.first_words.push(FirstWord::default());
                }
                let first = &mut self.first_words[id as usize];
                first.categories.insert(category);
                let index = match first.groups.iter().position(|g| g.category == category) {
                    Some(g) => g,
                    None => {
                        first.groups.push(Group {
                            category,
                            entries: Vec::new(),
                        });
                        first.groups.len() - 1
                    }
                };
                first.groups[index]
                    .entries
                    .push(Entry { words, value, int });
            }
        }
    }

    /// Sorts each group longest first and lists the one-word phrases; call once, after the last
    /// [`PhraseTable::add`].
    pub fn finish(&mut self) {
        self.single_words = vec![Vec::new(); Category::ALL.len()];
        for first in &mut self.first_words {
            for g in &mut first.groups {
                crate::sort::sort_by_key(&mut g.entries, |e| std::cmp::Reverse(e.words.len()));
                let singles = g
                    .entries
                    .iter()
                    .filter(|e| e.words.len() == 1)
                    .map(|e| e.words[0].clone());
                self.single_words[g.category.id()].extend(singles);
            }
        }
    }

    fn first(&self, word: &str) -> Option<&FirstWord> {
        self.ids.get(word).map(|&id| &self.first_words[id as usize])
    }

    /// The longest phrase of `category` at token `i` of `tokens` (for a few tokens read on their own;
    /// a whole text is read through [`Phrases`]).
    pub fn at(&self, tokens: &[Token], i: usize, category: Category) -> Option<Hit<'_>> {
        longest_in(self.first(&tokens.get(i)?.lower)?, tokens, i, category)
    }

    /// The longest phrase of any of `categories` at token `i`, with its category.
    pub fn at_any(
        &self,
        tokens: &[Token],
        i: usize,
        categories: &[Category],
    ) -> Option<(Category, Hit<'_>)> {
        best_of(self.first(&tokens.get(i)?.lower)?, tokens, i, categories)
    }

    /// The value of a one-word phrase of `category` written exactly `word` (in lower case).
    pub fn word(&self, word: &str, category: Category) -> Option<&'static str> {
        let group = self
            .first(word)?
            .groups
            .iter()
            .find(|g| g.category == category)?;
        group
            .entries
            .iter()
            .find(|e| e.words.len() == 1)
            .map(|e| e.value)
    }

    /// The one-word phrases of a category (e.g. the word endings listed as `past_suffix`).
    pub fn words(&self, category: Category) -> &[String] {
        self.single_words
            .get(category.id())
            .map_or(&[], Vec::as_slice)
    }
}

/// The longest phrase of one category, among a word's groups, that matches at token `i`.
fn longest_in<'a>(
    first: &'a FirstWord,
    tokens: &[Token],
    i: usize,
    category: Category,
) -> Option<Hit<'a>> {
    if !first.categories.contains(category) {
        return None;
    }
    let group = first.groups.iter().find(|g| g.category == category)?;
    group
        .entries
        .iter()
        .find(|e| phrase_matches(tokens, i, &e.words))
        .map(|e| Hit {
            len: e.words.len(),
            value: e.value,
            int: e.int,
        })
}

/// The longest phrase among the groups of the given categories that matches at token `i` (the later
/// group on a tie).
fn best_of<'a>(
    first: &'a FirstWord,
    tokens: &[Token],
    i: usize,
    categories: &[Category],
) -> Option<(Category, Hit<'a>)> {
    first
        .groups
        .iter()
        .filter(|g| categories.contains(&g.category))
        .flat_map(|g| g.entries.iter().map(move |e| (g, e)))
        .filter(|(_, e)| phrase_matches(tokens, i, &e.words))
        .max_by_key(|(_, e)| e.words.len())
        .map(|(g, e)| {
            (
                g.category,
                Hit {
                    len: e.words.len(),
                    value: e.value,
                    int: e.int,
                },
            )
        })
}

/// Whether the phrase's words match the tokens from `i` on, ending at a word boundary. Only asked of
/// the phrases filed under token `i`'s own word, so the first word is not compared again.
fn phrase_matches(tokens: &[Token], i: usize, words: &[String]) -> bool {
    if i + words.len() > tokens.len() {
        return false;
    }
    debug_assert_eq!(tokens[i].lower, words[0]);
    let matched = words[1..]
        .iter()
        .zip(&tokens[i + 1..])
        .all(|(w, t)| t.lower == *w);
    if !matched {
        return false;
    }
    match tokens.get(i + words.len()) {
        Some(next) if !next.space_before => {
            let last = &tokens[i + words.len() - 1];
            !(last.kind == next.kind && last.kind != Kind::Punct)
        }
        _ => true,
    }
}

/// The look-ups [`Phrases`] is made of, made a few tokens at a time (so that a long text is read in
/// bounded steps): looking up a text's tokens in pieces, in order, gives what [`Phrases::new`] looks up.
#[derive(Debug, Default)]
pub struct Entries<'a> {
    index: Vec<Option<&'a FirstWord>>,
    categories: Vec<CategorySet>,
    names: Vec<Option<&'a [Alias]>>,
}

impl<'a> Entries<'a> {
    /// Looks up the next tokens of the text in `lex`.
    pub fn look_up(&mut self, lex: &'a Lexicon, tokens: &[Token]) {
        let from = self.index.len();
        self.index
            .extend(tokens.iter().map(|t| lex.phrases.first(&t.lower)));
        let added = &self.index[from..];
        self.categories.extend(
            added
                .iter()
                .map(|f| f.map_or(CategorySet::default(), |f| f.categories)),
        );
        self.names
            .extend(tokens.iter().map(|t| lex.gazetteer.aliases(&t.lower)));
    }
}

/// Look-ups [`Phrases`] owns, or borrows from [`Entries`] (a slice either way; unlike `Cow`, it keeps
/// `Phrases` covariant in its lifetime).
#[derive(Debug)]
enum Lookups<'a, T> {
    Owned(Vec<T>),
    Borrowed(&'a [T]),
}

impl<T> std::ops::Deref for Lookups<'_, T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        match self {
            Lookups::Owned(v) => v,
            Lookups::Borrowed(s) => s,
        }
    }
}

/// A text's tokens looked up once in a language's lexicon: for each token, the phrases and the
/// gazetteer names that start with it (so which categories it starts), found by one hash each when
/// the text is read; the queries the temporal tagger and the entity recogniser ask many times are then
/// answered from those entries, with no hashing. One per text, shared by both.
#[derive(Debug)]
pub struct Phrases<'a> {
    /// The lexicon.
    pub lex: &'a Lexicon,
    /// The tokens.
    pub tokens: &'a [Token],
    /// Each token's first-word entry, if it starts any phrase.
    index: Lookups<'a, Option<&'a FirstWord>>,
    /// Each token's categories (those of its first-word entry), kept beside the tokens so that the
    /// many questions a token does not answer are told no without reading its entry.
    categories: Lookups<'a, CategorySet>,
    /// Each token's gazetteer aliases, if any starts with it.
    names: Lookups<'a, Option<&'a [Alias]>>,
}

impl<'a> Phrases<'a> {
    /// Looks up each token of `tokens` in `lex`.
    pub fn new(lex: &'a Lexicon, tokens: &'a [Token]) -> Phrases<'a> {
        let mut entries = Entries::default();
        entries.look_up(lex, tokens);
        Phrases {
            lex,
            tokens,
            index: Lookups::Owned(entries.index),
            categories: Lookups::Owned(entries.categories),
            names: Lookups::Owned(entries.names),
        }
    }

    /// The phrases of `tokens` from their entries looked up beforehand (one for each token), borrowed.
    pub fn with_entries(
        lex: &'a Lexicon,
        tokens: &'a [Token],
        entries: &'a Entries<'a>,
    ) -> Phrases<'a> {
        debug_assert_eq!(entries.index.len(), tokens.len());
        Phrases {
            lex,
            tokens,
            index: Lookups::Borrowed(&entries.index),
            categories: Lookups::Borrowed(&entries.categories),
            names: Lookups::Borrowed(&entries.names),
        }
    }

    /// The longest gazetteer name at token `i` (`text` is the text the tokens are of).
    pub fn known_at(&self, i: usize, text: &str) -> Option<Known> {
        let aliases = self.names.get(i).copied().flatten()?;
        known_among(aliases, self.tokens, i, text)
    }

    /// The longest phrase of `category` at token `i`.
    #[inline]
    pub fn at(&self, i: usize, category: Category) -> Option<Hit<'a>> {
        // The question most tokens are asked and cannot answer, answered where it is asked.
        if !self.categories.get(i)?.contains(category) {
            return None;
        }
        self.longest_at(i, category)
    }

    /// [`Phrases::at`] of a token that starts some phrase of `category`.
    fn longest_at(&self, i: usize, category: Category) -> Option<Hit<'a>> {
        longest_in(
            self.index.get(i).copied().flatten()?,
            self.tokens,
            i,
            category,
        )
    }

    /// Whether token `i` starts a phrase of `category`.
    #[inline]
    pub fn is(&self, i: usize, category: Category) -> bool {
        self.at(i, category).is_some()
    }

    /// The longest phrase of any of `categories` at token `i`, with its category.
    pub fn at_any(&self, i: usize, categories: &[Category]) -> Option<(Category, Hit<'a>)> {
        best_of(
            self.index.get(i).copied().flatten()?,
            self.tokens,
            i,
            categories,
        )
    }

    /// Whether token `i` is the first word of any phrase.
    pub fn has(&self, i: usize) -> bool {
        self.index.get(i).is_some_and(Option::is_some)
    }

    /// The phrases of the tokens `range` alone, as [`Phrases::new`] of those tokens would find them
    /// (a phrase running past the range's end is not seen), with no token looked up again: a part of
    /// a text read once, such as one block of an article.
    pub fn part(&self, range: std::ops::Range<usize>) -> Phrases<'a> {
        Phrases {
            lex: self.lex,
            tokens: &self.tokens[range.clone()],
            index: Lookups::Owned(self.index[range.clone()].to_vec()),
            categories: Lookups::Owned(self.categories[range.clone()].to_vec()),
            names: Lookups::Owned(self.names[range].to_vec()),
        }
    }

    /// Whether token `i` is the first word of a phrase of one of `categories`.
    pub fn starts_any(&self, i: usize, categories: CategorySet) -> bool {
        self.categories.get(i).is_some_and(|c| c.meets(categories))
    }
}

//! The temporal tagger: finds date and time expressions in Dutch, French and English text, and
//! normalises each to a TIMEX3 value resolved against a reference date (the publication date).
//!
//! Its words are the lexicon layer's (`src/analysis/lexicons/{nl,fr,en}/dates.txt`); numbers and
//! ordinals are read by [`crate::analysis::lexicon::numbers`].
//!
//! - [`rules`]: the named rules that recognise expressions, by phenomenon (points, periods, ranges,
//!   amounts, sets, times);
//! - [`expr`]: what an expression means before it is anchored;
//! - [`resolve`]: its resolution against the reference, one small function per kind of expression.

pub mod expr;
pub mod resolve;
pub mod rules;
#[cfg(test)]
mod tests;

pub use resolve::Reference;

use crate::analysis::language::Lang;
use crate::analysis::lexicon::{lexicon, Category, Lexicon};
use crate::analysis::mention::Timex;
use crate::analysis::text::sentences::SentenceIndex;
use crate::analysis::text::tokens::{tokenize, Token};
use rules::{find_all, Ctx, Found};

/// An expression found in a text, before it is resolved: its span, meaning and sentence tense.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What it means.
    pub expr: expr::Expr,
    /// The tense of its sentence.
    pub tense: Tense,
    /// The name of the rule that found it (for tests and debugging; not written out).
    pub rule: &'static str,
}

/// Finds the temporal expressions of a text, in text order, without overlaps. Finding does not depend on
/// the reference date, so one parse can be resolved against many references ([`resolve_parsed`]).
pub fn parse(text: &str, lang: Lang) -> Vec<Parsed> {
    let tokens = tokenize(text);
    let lex = lexicon(lang);
    let ctx = Ctx::new(lex, lang, &tokens);
    let mut sentences = Sentences::new(lex, &tokens);
    choose(find_all(&ctx))
        .into_iter()
        .map(|f| Parsed {
            start: tokens[f.start].start,
            end: tokens[f.start + f.len - 1].end,
            tense: sentences.tense(f.start),
            expr: f.expr,
            rule: f.rule,
        })
        .collect()
}

/// The tense of each sentence of a text, worked out once, over the one splitter's
/// [`SentenceIndex`].
struct Sentences<'a> {
    lex: &'a Lexicon,
    tokens: &'a [Token],
    index: SentenceIndex,
    /// Tenses worked out so far, by the first token of their sentence (which fixes its end too).
    tenses: Vec<Option<Tense>>,
}

impl<'a> Sentences<'a> {
    fn new(lex: &'a Lexicon, tokens: &'a [Token]) -> Sentences<'a> {
        Sentences {
            lex,
            tokens,
            index: SentenceIndex::new(tokens),
            tenses: vec![None; tokens.len()],
        }
    }

    /// The tense of the sentence around token `i`.
    fn tense(&mut self, i: usize) -> Tense {
        let (start, end) = self.index.bounds(i);
        let (lex, tokens) = (self.lex, self.tokens);
        *self.tenses[start].get_or_insert_with(|| tense_in(lex, tokens, (start, end)))
    }
}

/// Resolves parsed expressions against a reference.
pub fn resolve_parsed(text: &str, parsed: &[Parsed], reference: Option<Reference>) -> Vec<Timex> {
    parsed
        .iter()
        .filter_map(|p| {
            let resolved = resolve::resolve(&p.expr, reference, p.tense)?;
            let written = &text[p.start..p.end];
            Some(Timex {
                text: written.to_string(),
                start: p.start,
                end: p.end,
                kind: resolved.kind,
                value: resolved.value,
                grain: resolved.grain,
                modifier: resolved.modifier,
                anchor: format!("{written} → {}", resolved.anchor),
            })
        })
        .collect()
}

/// Finds and resolves the temporal expressions of a text, in text order, without overlaps.
pub fn extract_timex(text: &str, lang: Lang, reference: Option<Reference>) -> Vec<Timex> {
    resolve_parsed(text, &parse(text, lang), reference)
}

/// Keeps the longest findings that do not overlap, in text order (the earlier of two of the same
/// length). A finding overlaps a kept one when one of its tokens is already covered.
fn choose(mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by(|a, b| b.len.cmp(&a.len).then(a.start.cmp(&b.start)));
    let tokens = found.iter().map(|f| f.start + f.len).max().unwrap_or(0);
    let mut covered = vec![false; tokens];
    let mut taken: Vec<Found> = Vec::new();
    for f in found {
        let span = &mut covered[f.start..f.start + f.len];
        if !span.iter().any(|&c| c) {
            span.iter_mut().for_each(|c| *c = true);
            taken.push(f);
        }
    }
    taken.sort_by_key(|f| f.start);
    taken
}

/// The tense of a sentence, as far as its auxiliaries and cue words tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// A past auxiliary or verb and no future cue.
    Past,
    /// A future auxiliary or cue.
    Future,
    /// Neither.
    Unknown,
}

fn sentence_has(
    lex: &Lexicon,
    tokens: &[Token],
    (start, end): (usize, usize),
    category: Category,
) -> bool {
    (start..end).any(|k| lex.phrases.is(tokens, k, category))
}

/// Whether the sentence `[start, end)` has a word with one of the endings listed under `category`
/// (English past `-ed`, French future `-era`).
fn sentence_has_ending(
    lex: &Lexicon,
    tokens: &[Token],
    (start, end): (usize, usize),
    category: Category,
) -> bool {
    let endings = lex.phrases.words(category);
    if endings.is_empty() {
        return false;
    }
    tokens[start..end].iter().any(|t| {
        endings
            .iter()
            .any(|e| t.lower.len() >= e.len() + 3 && t.lower.ends_with(e))
    })
}

/// The tense of the sentence whose tokens are `[start, end)`. English regular past forms (`-ed`)
/// count as past.
fn tense_in(lex: &Lexicon, tokens: &[Token], sentence: (usize, usize)) -> Tense {
    if sentence_has(lex, tokens, sentence, Category::FutureTense)
        || sentence_has_ending(lex, tokens, sentence, Category::FutureSuffix)
    {
        Tense::Future
    } else if sentence_has(lex, tokens, sentence, Category::PastTense)
        || sentence_has_ending(lex, tokens, sentence, Category::PastSuffix)
    {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

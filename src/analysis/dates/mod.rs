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
use crate::analysis::lexicon::{lexicon, Category, Phrases};
use crate::analysis::mention::Timex;
use crate::analysis::text::sentences::sentence_bounds;
use crate::analysis::text::tokens::tokenize;
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
    parse_in(&Phrases::new(lexicon(lang), &tokens), lang)
}

/// [`parse`] on a text already read: its tokens looked up in the language's lexicon. The tense of
/// each sentence is worked out once, however many expressions it holds.
pub fn parse_in(p: &Phrases, lang: Lang) -> Vec<Parsed> {
    let tokens = p.tokens;
    let mut sentence: Option<((usize, usize), Tense)> = None;
    choose(find_all(&Ctx::new(p, lang)))
        .into_iter()
        .map(|f| {
            let tense = match sentence {
                Some(((start, end), tense)) if start <= f.start && f.start < end => tense,
                _ => {
                    let bounds = sentence_bounds(tokens, f.start);
                    let tense = tense_of(p, bounds);
                    sentence = Some((bounds, tense));
                    tense
                }
            };
            Parsed {
                start: tokens[f.start].start,
                end: tokens[f.start + f.len - 1].end,
                tense,
                expr: f.expr,
                rule: f.rule,
            }
        })
        .collect()
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

/// [`extract_timex`] on a text already read (see [`parse_in`]).
pub fn extract_in(text: &str, p: &Phrases, lang: Lang, reference: Option<Reference>) -> Vec<Timex> {
    resolve_parsed(text, &parse_in(p, lang), reference)
}

/// Keeps the longest findings that do not overlap, in text order.
fn choose(mut found: Vec<Found>) -> Vec<Found> {
    found.sort_by(|a, b| b.len.cmp(&a.len).then(a.start.cmp(&b.start)));
    let mut taken: Vec<Found> = Vec::new();
    for f in found {
        let overlaps = taken
            .iter()
            .any(|t| f.start < t.start + t.len && t.start < f.start + f.len);
        if !overlaps {
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

/// Whether the sentence `[start, end)` has a phrase of `category`.
fn sentence_has(p: &Phrases, (start, end): (usize, usize), category: Category) -> bool {
    (start..end).any(|k| p.is(k, category))
}

/// Whether the sentence `[start, end)` has a word with one of the endings listed under `category`
/// (English past `-ed`, French future `-era`).
fn sentence_has_ending(p: &Phrases, (start, end): (usize, usize), category: Category) -> bool {
    let endings = p.lex.phrases.words(category);
    if endings.is_empty() {
        return false;
    }
    p.tokens[start..end].iter().any(|t| {
        endings
            .iter()
            .any(|e| t.lower.len() >= e.len() + 3 && t.lower.ends_with(e))
    })
}

/// The tense of the sentence `[start, end)` of the tokens. English regular past forms (`-ed`) count as
/// past.
fn tense_of(p: &Phrases, sentence: (usize, usize)) -> Tense {
    if sentence_has(p, sentence, Category::FutureTense)
        || sentence_has_ending(p, sentence, Category::FutureSuffix)
    {
        Tense::Future
    } else if sentence_has(p, sentence, Category::PastTense)
        || sentence_has_ending(p, sentence, Category::PastSuffix)
    {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

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
#[cfg(test)]
mod tests_news;

pub use resolve::Reference;

use crate::analysis::language::Lang;
use crate::analysis::lexicon::{lexicon, Category, Phrases};
use crate::analysis::mention::Timex;
use crate::analysis::text::sentences::SentenceIndex;
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
    let mut sentences = Sentences::new(p);
    let ctx = Ctx::new(p, lang);
    choose(find_all(&ctx))
        .into_iter()
        .map(|f| Parsed {
            start: tokens[f.start].start,
            end: tokens[f.start + f.len - 1].end,
            tense: if cue_before(&ctx, f.start, Category::Forward) || lasts_until(&ctx, f.start) {
                Tense::Future
            } else if cue_before(&ctx, f.start, Category::Backward)
                || ctx.phrases.is(f.start, Category::Backward)
            {
                Tense::Past
            } else {
                match sentences.tense(f.start) {
                    Tense::Unknown if matches!(lang, Lang::Nl | Lang::Fr) => Tense::Present,
                    tense => tense,
                }
            },
            expr: f.expr,
            rule: f.rule,
        })
        .collect()
}

/// Whether a cue of `category` ends right before token `i` (an article or `on` may come between):
/// after a `forward` cue (`extended to 31 March`, `reporté au 3 mai`, `uitgesteld tot 1 juni`) a date
/// lies ahead of the reference, after a `backward` one (`since June`, `depuis mars`) before it,
/// whatever the sentence's tense.
fn cue_before(ctx: &Ctx, i: usize, category: Category) -> bool {
    let between =
        if i > 0 && (ctx.phrases.is(i - 1, Category::The) || ctx.phrases.is(i - 1, Category::On)) {
            1
        } else {
            0
        };
    (i.saturating_sub(4 + between)..i).any(|k| {
        ctx.phrases
            .at(k, category)
            .is_some_and(|h| k + h.len == i || k + h.len + between == i)
    })
}

/// How many tokens before `until` a verb of a lasting state may come and still govern it
/// (`maintient l'alerte orange sur le département jusqu'à`).
const LASTING_REACH: usize = 8;

/// Whether an `until` cue (`jusqu'à`, `tot`, `until`) ends right before token `i` and a present verb
/// of a lasting state (`maintient`, `blijft`, `remains`) comes shortly before it in the same clause
/// (no comma or sentence end between): the date lies ahead, whatever else the sentence tells in the
/// past (`a annoncé mercredi qu'elle maintient l'alerte jusqu'à samedi`).
fn lasts_until(ctx: &Ctx, i: usize) -> bool {
    if !cue_before(ctx, i, Category::To) {
        return false;
    }
    let from = i.saturating_sub(LASTING_REACH);
    let clause_start = (from..i)
        .rev()
        .find(|&k| matches!(ctx.t[k].lower.as_str(), "," | "." | ";" | "!" | "?" | ":"))
        .map_or(from, |k| k + 1);
    (clause_start..i).any(|k| ctx.phrases.is(k, Category::Lasting))
}

/// The tense of each sentence of a text, worked out once, over the one splitter's
/// [`SentenceIndex`].
struct Sentences<'a> {
    phrases: &'a Phrases<'a>,
    index: SentenceIndex,
    /// Tenses worked out so far, by the first token of their sentence (which fixes its end too).
    tenses: Vec<Option<Tense>>,
}

impl<'a> Sentences<'a> {
    fn new(phrases: &'a Phrases<'a>) -> Sentences<'a> {
        Sentences {
            phrases,
            index: SentenceIndex::new(phrases.tokens),
            tenses: vec![None; phrases.tokens.len()],
        }
    }

    /// The tense of the sentence around token `i`.
    fn tense(&mut self, i: usize) -> Tense {
        let (start, end) = self.index.bounds(i);
        let phrases = self.phrases;
        *self.tenses[start].get_or_insert_with(|| tense_in(phrases, (start, end)))
    }
}

/// How many sentence ends may come between a date and an expression that counts from it (`two years
/// earlier`, `the next day`, `le 9`): beyond them the text has moved on, and the reference counts.
const THEN_SENTENCES: usize = 3;

/// The sentence ends in a stretch of text: `.`, `!` or `?` before white space, and line breaks.
fn sentence_ends(stretch: &str) -> usize {
    let bytes = stretch.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(k, &b)| {
            b == b'\n'
                || (matches!(b, b'.' | b'!' | b'?')
                    && bytes.get(k + 1).is_some_and(|n| n.is_ascii_whitespace()))
        })
        .count()
}

/// The sentence ends [`resolve_parsed`] counts before each parsed expression: those in the text between
/// it and the end of the expressions before it (each stretch of text counted once: linear in the
/// text). They do not depend on the reference, so a text resolved against many references counts them
/// once ([`resolve_each`]). One count per expression of `parsed`, in its order.
pub fn ends_before(text: &str, parsed: &[Parsed]) -> Vec<usize> {
    let mut counted = 0;
    parsed
        .iter()
        .map(|p| {
            let ends = if p.start > counted {
                sentence_ends(&text[counted..p.start])
            } else {
                0
            };
            counted = counted.max(p.end);
            ends
        })
        .collect()
}

/// Resolves parsed expressions against a reference, in text order: an expression that counts from
/// the date written last (`two years earlier`, `the next day`, `le 9`) counts from the last dated
/// expression before it, when no more than [`THEN_SENTENCES`] sentence ends lie between them.
pub fn resolve_parsed(text: &str, parsed: &[Parsed], reference: Option<Reference>) -> Vec<Timex> {
    let ends = ends_before(text, parsed);
    resolve_each(parsed, &ends, reference, true)
        .map(|(i, resolved)| {
            let p = &parsed[i];
            let written = &text[p.start..p.end];
            Timex {
                text: written.to_string(),
                start: p.start,
                end: p.end,
                kind: resolved.kind,
                value: resolved.value,
                grain: resolved.grain,
                modifier: resolved.modifier,
                anchor: format!("{written} → {}", resolved.anchor),
            }
        })
        .collect()
}

/// [`resolve_parsed`] without the records: each expression that resolves, by its position in
/// `parsed`, with its resolution, in text order. `ends` are the sentence ends before each expression
/// ([`ends_before`] of the same text and `parsed`). With `explain` false the resolutions carry no
/// anchor formatted ([`resolve::resolve_after`]), for a caller that only weighs the values.
pub fn resolve_each<'a>(
    parsed: &'a [Parsed],
    ends: &'a [usize],
    reference: Option<Reference>,
    explain: bool,
) -> impl Iterator<Item = (usize, resolve::Resolved)> + 'a {
    // The date written last, and the sentence ends counted since it.
    let mut then: Option<resolve::Then> = None;
    let mut since = 0;
    // The evening or night written last (`on Tuesday night`), and the sentence ends since it.
    let mut evening: Option<resolve::Then> = None;
    let mut since_evening = 0;
    parsed
        .iter()
        .zip(ends)
        .enumerate()
        .filter_map(move |(i, (p, &before))| {
            since += before;
            since_evening += before;
            let mut near = then.filter(|_| since <= THEN_SENTENCES);
            let night = evening.filter(|_| since_evening <= THEN_SENTENCES);
            if let Some(night) = night.filter(|n| evening_clock_in_past(p, n, near, reference)) {
                near = Some(night);
            }
            let resolved = resolve::resolve_after(&p.expr, reference, p.tense, near, explain)?;
            if is_evening(&resolved) {
                evening = resolve::Then::of(&resolved);
                since_evening = 0;
            }
            // "that same year" speaks of the date written last, and writes no new one.
            let same = matches!(&p.expr, expr::Expr::Shift { amount, base: Some(b), .. }
            if *amount == 0.0 && **b == expr::Expr::Then);
            if let Some(t) = resolve::Then::of(&resolved).filter(|_| !same) {
                then = Some(t);
                since = 0;
            }
            Some((i, resolved))
        })
}

/// The hour from which a clock time is of the evening or the night (`10:45pm`, `21.52 uur`).
const EVENING_HOUR: u32 = 18;

/// Whether a resolved expression is an evening or a night on a day (`Tuesday night`, `lundi soir`,
/// `at 9pm on Monday`).
fn is_evening(resolved: &resolve::Resolved) -> bool {
    use crate::analysis::value::{Clock, Value};
    match &resolved.value {
        Value::Time {
            day: Some(_),
            clock,
        } => match clock {
            Clock::Part(part) => matches!(*part, "EV" | "NI"),
            Clock::At(h, _) => *h >= EVENING_HOUR,
        },
        _ => false,
    }
}

/// Whether `p` is an evening clock time with no date (`he conceded at about 10:45pm`) in a sentence
/// in the past, which would fall on the reference's day (the day in focus is the reference's, or
/// none is) while the text has just told of an evening or a night before it (`on Tuesday night`):
/// that evening is the one in focus. An evening that has not come yet on the day of publication
/// cannot be told in the past.
fn evening_clock_in_past(
    p: &Parsed,
    night: &resolve::Then,
    near: Option<resolve::Then>,
    reference: Option<Reference>,
) -> bool {
    let inner = match &p.expr {
        expr::Expr::Modified { inner, .. } => inner.as_ref(),
        e => e,
    };
    let evening_clock = matches!(inner, expr::Expr::Time { date: None, hour: Some(h), .. }
        if *h >= EVENING_HOUR);
    let Some(r) = reference.filter(|r| r.grain == crate::analysis::mention::Grain::Day) else {
        return false;
    };
    evening_clock
        && p.tense == Tense::Past
        && night.first < r.date
        && near.is_none_or(|n| n.first == r.date && n.grain == crate::analysis::mention::Grain::Day)
}

/// Finds and resolves the temporal expressions of a text, in text order, without overlaps.
pub fn extract_timex(text: &str, lang: Lang, reference: Option<Reference>) -> Vec<Timex> {
    resolve_parsed(text, &parse(text, lang), reference)
}

/// [`extract_timex`] on a text already read (see [`parse_in`]).
pub fn extract_in(text: &str, p: &Phrases, lang: Lang, reference: Option<Reference>) -> Vec<Timex> {
    resolve_parsed(text, &parse_in(p, lang), reference)
}

/// Keeps the longest findings that do not overlap, in text order (the earlier of two of the same
/// length). A finding overlaps a kept one when one of its tokens is already covered.
fn choose(mut found: Vec<Found>) -> Vec<Found> {
    crate::sort::sort_by(&mut found, |a, b| {
        b.len.cmp(&a.len).then(a.start.cmp(&b.start))
    });
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
    crate::sort::sort_by_key(&mut taken, |f| f.start);
    taken
}

/// The tense of a sentence, as far as its auxiliaries and cue words tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// A past auxiliary or verb and no future cue.
    Past,
    /// A future auxiliary or cue.
    Future,
    /// Neither, in a language whose past cues are thorough enough (Dutch, French) that a sentence
    /// without one is in the present, which in news states a plan (`het kabinet neemt dinsdag een
    /// besluit`, `le conseil se réunit jeudi`): a year-less weekday or month lies ahead.
    Present,
    /// Neither (English, whose irregular past forms are too many to list).
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

/// Whether the sentence `[start, end)` has a past form by its ending (`-ed`, French `-aient`): a
/// lower-case word (a capitalised one inside the sentence is a name's: `United`, `Ahmed`) of at least
/// two letters before the ending, not listed as no past form (`need`, `hundred`: the `not_past` cues),
/// and not right after an article, where it is an adjective (`the planned summit`).
fn sentence_has_past_ending(p: &Phrases, (start, end): (usize, usize)) -> bool {
    let endings = p.lex.phrases.words(Category::PastSuffix);
    if endings.is_empty() {
        return false;
    }
    (start..end).any(|k| {
        let t = &p.tokens[k];
        endings
            .iter()
            .any(|e| t.lower.len() >= e.len() + 2 && t.lower.ends_with(e))
            && (k == start || !t.capitalised)
            && !p.is(k, Category::NotPast)
            && !(k > start && (p.is(k - 1, Category::The) || p.is(k - 1, Category::YearDeterminer)))
    })
}

/// The tense of the sentence whose tokens are `[start, end)`. English regular past forms (`-ed`)
/// count as past; a past cue that starts a present phrase (`a lieu`) does not; the future seen from
/// the past (`said it would open in May`) leaves the tense open.
fn tense_in(p: &Phrases, sentence: (usize, usize)) -> Tense {
    if sentence_has(p, sentence, Category::FutureTense)
        || sentence_has_ending(p, sentence, Category::FutureSuffix)
    {
        Tense::Future
    } else if sentence_has(p, sentence, Category::FutureInPast) {
        Tense::Unknown
    } else if (sentence.0..sentence.1)
        .any(|k| p.is(k, Category::PastTense) && !p.is(k, Category::PresentTense))
        || sentence_has_past_ending(p, sentence)
    {
        Tense::Past
    } else if sentence_has_progressive(p, sentence) {
        Tense::Future
    } else {
        Tense::Unknown
    }
}

/// Whether the sentence `[start, end)` has a present progressive: a `progressive_aux` (`is`, `are`)
/// right before a lower-case word of at least three letters before a `progressive_suffix`
/// (`meeting`, not `king`), not listed as `not_progressive` (`something`, `evening`).
fn sentence_has_progressive(p: &Phrases, (start, end): (usize, usize)) -> bool {
    let endings = p.lex.phrases.words(Category::ProgressiveSuffix);
    if endings.is_empty() {
        return false;
    }
    (start..end.saturating_sub(1)).any(|k| {
        let t = &p.tokens[k + 1];
        p.is(k, Category::ProgressiveAux)
            && !t.capitalised
            && !p.is(k + 1, Category::NotProgressive)
            && endings
                .iter()
                .any(|e| t.lower.len() >= e.len() + 3 && t.lower.ends_with(e.as_str()))
    })
}

//! Publication dates for articles without a header, inferred from their own content and from the
//! dated articles of the same corpus. Never from the clock: with no evidence the date is unknown.
//!
//! 1. A dateline: a full date (day, month, year) at the very start of the text.
//! 2. Otherwise each candidate month is scored by how well it explains the article's expressions whose
//!    value depends on the reference (`24 janvier`, `novembre dernier`, `September 16`): news mentions
//!    dates near its publication, in the past for past-tense sentences and ahead for future-tense ones.
//!    Absolute dates in past-tense sentences bound the date from below. An expression that resolves, under
//!    a candidate, to the very date another (dated) article of the corpus mentions supports that candidate.

use super::calendar::Date;
use super::dates::resolve::resolve;
use super::dates::{extract_timex, parse, resolve_parsed, Parsed, Reference, Tense};
use super::language::Lang;
use super::mention::{Grain, TimexType};
use super::period::value_span;
use std::collections::{HashMap, HashSet};

/// An inferred publication date.
#[derive(Clone, Debug, PartialEq)]
pub struct Inferred {
    /// `2020-01` (month) or `2019-11-07` (day, from a dateline).
    pub value: String,
    /// Month or day.
    pub precision: Grain,
    /// The expressions that support it.
    pub evidence: String,
}

/// One analysed block of an undated article.
pub struct Block<'a> {
    /// Its text.
    pub text: &'a str,
}

/// How far apart two dates are, in months (fractional).
fn months_between(a: Date, b: Date) -> f64 {
    (a.days_since_epoch() - b.days_since_epoch()) as f64 / 30.44
}

/// The first day a TIMEX3 date value covers.
pub fn value_start(value: &str) -> Option<Date> {
    value_span(value).map(|(start, _)| start)
}

/// The last day a TIMEX3 date value covers.
pub fn value_end(value: &str) -> Option<Date> {
    value_span(value).map(|(_, end)| end)
}

/// A full date at the very start of the text (`26 juin 2012. -`, `Thursday, November 7, 2019`).
fn dateline(blocks: &[Block], lang: Lang) -> Option<Inferred> {
    let first = blocks.first()?;
    let found = extract_timex(first.text, lang, None);
    let t = found.first()?;
    let written_first = first.text[..t.start].trim().is_empty();
    let date = Date::parse(&t.value).filter(|_| t.value.len() == 10)?;
    written_first.then(|| Inferred {
        value: date.to_string(),
        precision: Grain::Day,
        evidence: format!("dateline '{}' at the start of the text", t.text),
    })
}

/// Infers the publication date of an undated article. `corpus_dates` are the resolved date values
/// mentioned by the dated articles of the corpus; `corpus_years` the years of their publication dates.
pub fn infer(
    blocks: &[Block],
    lang: Lang,
    corpus_dates: &HashSet<String>,
    corpus_years: &[i32],
) -> Option<Inferred> {
    if let Some(found) = dateline(blocks, lang) {
        return Some(found);
    }
    // Years to consider: those the article mentions, and those of the dated articles.
    let parsed: Vec<Vec<Parsed>> = blocks.iter().map(|b| parse(b.text, lang)).collect();
    let mut years: Vec<i32> = corpus_years.to_vec();
    for (b, p) in blocks.iter().zip(&parsed) {
        for t in resolve_parsed(b.text, p, None) {
            if let Some(y) = t.value.get(0..4).and_then(|y| y.parse().ok()) {
                years.push(y);
            }
        }
    }
    let (lo, hi) = (*years.iter().min()?, *years.iter().max()?);
    let candidates: Vec<Date> = (lo..=hi + 1)
        .flat_map(|y| (1..=12).filter_map(move |m| Date::new(y, m, 15)))
        .collect();

    // For each expression (by block and offset), what it resolves to under each candidate: the first
    // and last day, whether the value is coarser than a day, and whether another article mentions it.
    // The value itself is written out again only for the chosen candidate's evidence.
    #[derive(Clone, Copy)]
    struct Slot {
        start: Date,
        end: Date,
        coarse: bool,
        agreed: bool,
    }
    struct Mention {
        block: usize,
        /// Index into the block's parsed expressions.
        parsed: usize,
        text: String,
        tense: Tense,
        slots: Vec<Option<Slot>>,
        absolute: bool,
        /// Whether it moves with the candidate less than in lockstep ("lundi" always lands within a
        /// week of the reference: it says nothing about the month).
        informative: bool,
    }
    let reference_of = |c: Date| Reference {
        date: c,
        grain: Grain::Month,
    };
    // A dated value (a date, not a range), resolved against `reference`.
    let dated_value = |p: &Parsed, reference: Option<Reference>| {
        resolve(&p.expr, reference, p.tense)
            .filter(|r| r.kind == TimexType::Date && !r.value.contains('/'))
            .and_then(|r| value_span(&r.value).map(|span| (r.value, span)))
    };
    let mut mentions: Vec<Mention> = Vec::new();
    // Mentions by (block, byte offset): one hash look-up per expression and candidate.
    let mut index: HashMap<(usize, usize), usize> = HashMap::new();
    for (bi, b) in blocks.iter().enumerate() {
        // What each expression resolves to with no reference, by its offset (expressions never overlap).
        let unanchored: HashMap<usize, String> = resolve_parsed(b.text, &parsed[bi], None)
            .into_iter()
            .map(|t| (t.start, t.value))
            .collect();
        for (k, c) in candidates.iter().enumerate() {
            for (pi, p) in parsed[bi].iter().enumerate() {
                let Some((value, (start, end))) = dated_value(p, Some(reference_of(*c))) else {
                    continue;
                };
                let slot = *index.entry((bi, p.start)).or_insert_with(|| {
                    mentions.push(Mention {
                        block: bi,
                        parsed: pi,
                        text: b.text[p.start..p.end].to_string(),
                        tense: p.tense,
                        slots: vec![None; candidates.len()],
                        absolute: unanchored.get(&p.start) == Some(&value),
                        informative: false,
                    });
                    mentions.len() - 1
                });
                let coarse = value.len() < 10;
                mentions[slot].slots[k] = Some(Slot {
                    start,
                    end,
                    coarse,
                    agreed: !coarse && corpus_dates.contains(&value),
                });
            }
        }
    }
    for m in &mut mentions {
        let offsets = m
            .slots
            .iter()
            .zip(&candidates)
            .filter_map(|(s, c)| s.map(|s| months_between(s.start, *c)));
        let (lo, hi) = offsets.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), o| {
            (lo.min(o), hi.max(o))
        });
        m.informative = hi - lo > 1.0;
    }
    // What a mention adds to a candidate's cost, and whether it counts as evidence for it.
    let weigh = |m: &Mention, k: usize, c: Date| -> Option<(f64, bool)> {
        let s = m.slots.get(k).copied().flatten()?;
        // Months from the candidate to the nearest edge of the mentioned period (0 inside it).
        let ahead = if months_between(s.start, c) > 0.0 {
            months_between(s.start, c)
        } else if months_between(s.end, c) < 0.0 {
            months_between(s.end, c)
        } else {
            0.0
        };
        if m.absolute {
            // A past event cannot come after publication.
            if m.tense == Tense::Past && ahead > 0.5 {
                return Some((6.0 + ahead.min(24.0), false));
            }
            return Some((0.0, false));
        }
        if !m.informative {
            return None;
        }
        let mut distance = ahead.abs().min(12.0) * if s.coarse { 0.5 } else { 1.0 };
        match m.tense {
            Tense::Past if ahead > 0.0 => distance += 3.0,
            Tense::Future if ahead < 0.0 => distance += 3.0,
            // A dated fact told in the present tense is rarely long past.
            Tense::Unknown if ahead < 0.0 => distance *= 1.5,
            _ => {}
        }
        if s.agreed {
            distance -= 6.0;
        }
        Some((distance, true))
    };
    let mut best: Option<(f64, usize)> = None;
    for (k, c) in candidates.iter().enumerate() {
        let mut cost = 0.0;
        let mut used = 0;
        for m in &mentions {
            if let Some((added, evidence)) = weigh(m, k, *c) {
                cost += added;
                used += usize::from(evidence);
            }
        }
        if used == 0 {
            continue;
        }
        if best.as_ref().is_none_or(|(b, _)| cost < *b - 1e-9) {
            best = Some((cost, k));
        }
    }
    let (_, k) = best?;
    let c = candidates[k];
    let used: Vec<String> = mentions
        .iter()
        .filter(|m| weigh(m, k, c).is_some_and(|(_, evidence)| evidence))
        .filter_map(|m| {
            let p = &parsed[m.block][m.parsed];
            let (value, _) = dated_value(p, Some(reference_of(c)))?;
            let agreed = m.slots[k].is_some_and(|s| s.agreed);
            Some(format!(
                "'{}' → {}{}",
                m.text,
                value,
                if agreed {
                    " (also in another article)"
                } else {
                    ""
                }
            ))
        })
        .collect();
    Some(Inferred {
        value: format!("{:04}-{:02}", c.year, c.month),
        precision: Grain::Month,
        evidence: format!("inferred from {}", used.join("; ")),
    })
}

//! Publication dates for articles without a header, inferred from their own content and from the
//! dated articles of the same corpus. Never from the clock: with no evidence the date is unknown.
//!
//! 1. A dateline: a full date (day, month, year) at the very start of the text.
//! 2. Otherwise each candidate month is scored by how well it explains the article's expressions whose
//!    value depends on the reference (`24 janvier`, `novembre dernier`, `September 16`): news mentions
//!    dates near its publication, in the past for past-tense sentences and ahead for future-tense ones.
//!    Absolute dates in past-tense sentences bound the date from below. An expression that resolves, under
//!    a candidate, to the very date another (dated) article of the corpus mentions supports that candidate.

use super::dates::{extract_timex, parse, resolve_parsed, Parsed, Reference, Tense};
use super::language::Lang;
use super::mention::{Grain, Timex, TimexType};
use super::text::calendar::Date;
use super::value::{Period, Value};
use std::collections::{HashMap, HashSet};

/// An inferred publication date.
#[derive(Clone, Debug, PartialEq)]
pub struct Inferred {
    /// The month (from the scores) or the day (from a dateline).
    pub value: Period,
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

/// A date or period on the calendar (not a span from one point to another).
fn is_dated(t: &Timex) -> bool {
    t.kind == TimexType::Date && !matches!(t.value, Value::Span(..)) && t.value.span().is_some()
}

/// A full date at the very start of the text (`26 juin 2012. -`, `Thursday, November 7, 2019`).
fn dateline(blocks: &[Block], lang: Lang) -> Option<Inferred> {
    let first = blocks.first()?;
    let found = extract_timex(first.text, lang, None);
    let t = found.first()?;
    let written_first = first.text[..t.start].trim().is_empty();
    let date = t.value.as_day()?;
    written_first.then(|| Inferred {
        value: Period::Day(date),
        precision: Grain::Day,
        evidence: format!("dateline '{}' at the start of the text", t.text),
    })
}

/// Infers the publication date of an undated article. `corpus_dates` are the days mentioned by the
/// dated articles of the corpus; `corpus_years` the years of their publication dates.
pub fn infer(
    blocks: &[Block],
    lang: Lang,
    corpus_dates: &HashSet<Date>,
    corpus_years: &[i32],
) -> Option<Inferred> {
    if let Some(found) = dateline(blocks, lang) {
        return Some(found);
    }
    let parsed: Vec<Vec<Parsed>> = blocks.iter().map(|b| parse(b.text, lang)).collect();
    let candidates = candidate_months(blocks, &parsed, corpus_years)?;
    let mentions = mentions_under(blocks, &parsed, &candidates);
    let (k, used) = best_candidate(&mentions, &candidates, corpus_dates)?;
    let c = candidates[k];
    Some(Inferred {
        value: Period::Month {
            year: c.year,
            month: c.month,
        },
        precision: Grain::Month,
        evidence: format!("inferred from {}", used.join("; ")),
    })
}

/// The middle of every month of the years to consider (those the article writes, those the dated
/// articles were published in), and of the year after the last.
fn candidate_months(
    blocks: &[Block],
    parsed: &[Vec<Parsed>],
    corpus_years: &[i32],
) -> Option<Vec<Date>> {
    let mut years: Vec<i32> = corpus_years.to_vec();
    for (b, p) in blocks.iter().zip(parsed) {
        years.extend(
            resolve_parsed(b.text, p, None)
                .iter()
                .filter_map(|t| t.value.year()),
        );
    }
    let (lo, hi) = (*years.iter().min()?, *years.iter().max()?);
    Some(
        (lo..=hi + 1)
            .flat_map(|y| (1..=12).filter_map(move |m| Date::new(y, m, 15)))
            .collect(),
    )
}

/// One dated expression of the article and what it resolves to under each candidate.
struct Mention {
    text: String,
    tense: Tense,
    /// Under each candidate, its value and the first day it covers.
    resolved: Vec<Option<(Value, Date)>>,
    /// Whether its value is the same without a reference (`2019`, `11 février 2020`).
    absolute: bool,
    /// Whether it moves with the candidate less than in lockstep ("lundi" always lands within a week
    /// of the reference: it says nothing about the month).
    informative: bool,
}

/// Every dated expression of the article, resolved under every candidate.
fn mentions_under(blocks: &[Block], parsed: &[Vec<Parsed>], candidates: &[Date]) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = Vec::new();
    // Each mention's position in `mentions`, by (block, byte offset): looked up, never scanned for.
    let mut index_of: HashMap<(usize, usize), usize> = HashMap::new();
    for (bi, b) in blocks.iter().enumerate() {
        let tenses: HashMap<usize, Tense> = parsed[bi].iter().map(|p| (p.start, p.tense)).collect();
        let unanchored: HashMap<usize, Value> = resolve_parsed(b.text, &parsed[bi], None)
            .into_iter()
            .map(|u| (u.start, u.value))
            .collect();
        for (k, c) in candidates.iter().enumerate() {
            let reference = Reference {
                date: *c,
                grain: Grain::Month,
            };
            for t in resolve_parsed(b.text, &parsed[bi], Some(reference))
                .into_iter()
                .filter(is_dated)
            {
                let key = (bi, t.start);
                let index = *index_of.entry(key).or_insert_with(|| {
                    mentions.push(Mention {
                        text: t.text.clone(),
                        tense: tenses.get(&t.start).copied().unwrap_or(Tense::Unknown),
                        resolved: vec![None; candidates.len()],
                        absolute: unanchored.get(&t.start) == Some(&t.value),
                        informative: false,
                    });
                    mentions.len() - 1
                });
                let first = t.value.span().map(|(first, _)| first);
                mentions[index].resolved[k] = first.map(|first| (t.value, first));
            }
        }
    }
    for m in &mut mentions {
        let offsets = m
            .resolved
            .iter()
            .zip(candidates)
            .filter_map(|(r, c)| r.as_ref().map(|(_, d)| months_between(*d, *c)));
        let (lo, hi) = offsets.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), o| {
            (lo.min(o), hi.max(o))
        });
        m.informative = hi - lo > 1.0;
    }
    mentions
}

/// The candidate that explains the mentions best (the first on a tie), with the mentions it used.
fn best_candidate(
    mentions: &[Mention],
    candidates: &[Date],
    corpus_dates: &HashSet<Date>,
) -> Option<(usize, Vec<String>)> {
    let mut best: Option<(f64, usize, Vec<String>)> = None;
    for (k, c) in candidates.iter().enumerate() {
        let mut cost = 0.0;
        let mut used = Vec::new();
        for m in mentions {
            let Some(Some((value, start))) = m.resolved.get(k) else {
                continue;
            };
            if let Some((distance, note)) = mention_cost(m, value, *start, *c, corpus_dates) {
                cost += distance;
                used.extend(note);
            }
        }
        if used.is_empty() {
            continue;
        }
        if best.as_ref().is_none_or(|(b, _, _)| cost < *b - 1e-9) {
            best = Some((cost, k, used));
        }
    }
    best.map(|(_, k, used)| (k, used))
}

/// What one mention, resolved to `value` (from `start`) under candidate `c`, costs that candidate, and
/// how it is quoted as evidence (`None` when it is not evidence, only a bound).
fn mention_cost(
    m: &Mention,
    value: &Value,
    start: Date,
    c: Date,
    corpus_dates: &HashSet<Date>,
) -> Option<(f64, Option<String>)> {
    let end = value.span().map_or(start, |(_, end)| end);
    // Months from the candidate to the nearest edge of the mentioned period (0 inside it).
    let ahead = if months_between(start, c) > 0.0 {
        months_between(start, c)
    } else if months_between(end, c) < 0.0 {
        months_between(end, c)
    } else {
        0.0
    };
    if m.absolute {
        // A past event cannot come after publication.
        let late = m.tense == Tense::Past && ahead > 0.5;
        return late.then(|| (6.0 + ahead.min(24.0), None));
    }
    if !m.informative {
        return None;
    }
    let coarse = !value.is_day_or_weekend();
    let mut distance = ahead.abs().min(12.0) * if coarse { 0.5 } else { 1.0 };
    match m.tense {
        Tense::Past if ahead > 0.0 => distance += 3.0,
        Tense::Future if ahead < 0.0 => distance += 3.0,
        // A dated fact told in the present tense is rarely long past.
        Tense::Unknown if ahead < 0.0 => distance *= 1.5,
        _ => {}
    }
    let agreed = !coarse && value.as_day().is_some_and(|d| corpus_dates.contains(&d));
    if agreed {
        distance -= 6.0;
    }
    let also = if agreed {
        " (also in another article)"
    } else {
        ""
    };
    Some((distance, Some(format!("'{}' → {value}{also}", m.text))))
}

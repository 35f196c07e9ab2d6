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
use super::dates::{extract_timex, parse, resolve_parsed, Parsed, Reference, Tense};
use super::language::Lang;
use super::mention::{Grain, Timex, TimexType};
use super::period::value_span;
use std::collections::HashSet;

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

fn is_dated(t: &Timex) -> bool {
    t.kind == TimexType::Date && !t.value.contains('/') && value_start(&t.value).is_some()
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

    // For each expression (by block and offset), its resolved start date under each candidate.
    struct Mention {
        key: (usize, usize),
        text: String,
        tense: Tense,
        starts: Vec<Option<Date>>,
        values: Vec<String>,
        absolute: bool,
        /// Whether it moves with the candidate less than in lockstep ("lundi" always lands within a
        /// week of the reference: it says nothing about the month).
        informative: bool,
    }
    let mut mentions: Vec<Mention> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        let unanchored = resolve_parsed(b.text, &parsed[bi], None);
        let tenses: Vec<(usize, Tense)> = parsed[bi].iter().map(|p| (p.start, p.tense)).collect();
        for (k, c) in candidates.iter().enumerate() {
            let reference = Reference {
                date: *c,
                grain: Grain::Month,
            };
            for t in resolve_parsed(b.text, &parsed[bi], Some(reference))
                .iter()
                .filter(|t| is_dated(t))
            {
                let key = (bi, t.start);
                let index = match mentions.iter().position(|m| m.key == key) {
                    Some(i) => i,
                    None => {
                        mentions.push(Mention {
                            key,
                            text: t.text.clone(),
                            tense: tenses
                                .iter()
                                .find(|(s, _)| *s == t.start)
                                .map_or(Tense::Unknown, |(_, t)| *t),
                            starts: vec![None; candidates.len()],
                            values: vec![String::new(); candidates.len()],
                            absolute: unanchored
                                .iter()
                                .any(|u| u.start == t.start && u.value == t.value),
                            informative: false,
                        });
                        mentions.len() - 1
                    }
                };
                mentions[index].starts[k] = value_start(&t.value);
                mentions[index].values[k] = t.value.clone();
            }
        }
    }
    for m in &mut mentions {
        let offsets = m
            .starts
            .iter()
            .zip(&candidates)
            .filter_map(|(d, c)| d.map(|d| months_between(d, *c)));
        let (lo, hi) = offsets.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), o| {
            (lo.min(o), hi.max(o))
        });
        m.informative = hi - lo > 1.0;
    }
    let mut best: Option<(f64, usize, Vec<String>)> = None;
    for (k, c) in candidates.iter().enumerate() {
        let mut cost = 0.0;
        let mut used = Vec::new();
        for m in &mentions {
            let (Some(Some(start)), Some(value)) = (m.starts.get(k), m.values.get(k)) else {
                continue;
            };
            let end = value_end(value).unwrap_or(*start);
            // Months from the candidate to the nearest edge of the mentioned period (0 inside it).
            let ahead = if months_between(*start, *c) > 0.0 {
                months_between(*start, *c)
            } else if months_between(end, *c) < 0.0 {
                months_between(end, *c)
            } else {
                0.0
            };
            if m.absolute {
                // A past event cannot come after publication.
                if m.tense == Tense::Past && ahead > 0.5 {
                    cost += 6.0 + ahead.min(24.0);
                }
                continue;
            }
            if !m.informative {
                continue;
            }
            let coarse = value.len() < 10;
            let mut distance = ahead.abs().min(12.0) * if coarse { 0.5 } else { 1.0 };
            match m.tense {
                Tense::Past if ahead > 0.0 => distance += 3.0,
                Tense::Future if ahead < 0.0 => distance += 3.0,
                // A dated fact told in the present tense is rarely long past.
                Tense::Unknown if ahead < 0.0 => distance *= 1.5,
                _ => {}
            }
            let agreed = !coarse && corpus_dates.contains(value);
            if agreed {
                distance -= 6.0;
            }
            cost += distance;
            used.push(format!(
                "'{}' → {}{}",
                m.text,
                value,
                if agreed {
                    " (also in another article)"
                } else {
                    ""
                }
            ));
        }
        if used.is_empty() {
            continue;
        }
        if best.as_ref().is_none_or(|(b, _, _)| cost < *b - 1e-9) {
            best = Some((cost, k, used));
        }
    }
    let (_, k, used) = best?;
    let c = candidates[k];
    Some(Inferred {
        value: format!("{:04}-{:02}", c.year, c.month),
        precision: Grain::Month,
        evidence: format!("inferred from {}", used.join("; ")),
    })
}

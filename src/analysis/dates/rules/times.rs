//! Times: clock times (`15:30`, `16h30`, `3pm`, `om 8 uur`), parts of the day, and a date with a time
//! (`lundi à 16h`, `Monday night`).

use super::ctx::Ctx;
use super::point;
use super::words::{daypart_at, unit_at};
use crate::analysis::dates::expr::{Expr, Unit};
use crate::analysis::lexicon::Category;
use crate::analysis::text::tokens::Kind;

/// A clock time: `15:30`, `16h30`, `3pm`, `om 8 uur`, `à 16 heures`, `at 10 o'clock`.
pub(crate) fn time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (hour, minute, len) = clock_at(ctx, i)?;
    Some((
        len,
        Expr::Time {
            date: None,
            hour: Some(hour),
            minute,
            part: None,
        },
    ))
}

pub(crate) fn clock_at(ctx: &Ctx, i: usize) -> Option<(u32, Option<u32>, usize)> {
    let h_tok = ctx.tok(i)?;
    let hour = h_tok.number().filter(|_| h_tok.lower.len() <= 2)?;
    if hour > 24 {
        return None;
    }
    let after_at = i > 0 && ctx.is(i - 1, Category::At);
    // 15:30
    if ctx.punct(i + 1, ':') && ctx.glued(i + 1) && ctx.glued(i + 2) {
        let m = ctx.tok(i + 2)?;
        let minute = m
            .number()
            .filter(|&m| m < 60 && ctx.t[i + 2].lower.len() == 2)?;
        let mut len = 3;
        if let Some(l) = ctx.at(i + 3, Category::ClockSuffix) {
            len += l;
        }
        return Some((hour, Some(minute), len));
    }
    // 16h30, 16h, 3pm, 8 uur (after "om"), 15.00 (after "om").
    if let Some(l) = ctx.at(i + 1, Category::ClockSuffix) {
        let suffix = ctx.t[i + 1].lower.as_str();
        let glued = ctx.glued(i + 1);
        let is_pm = suffix == "pm" || suffix == "p";
        let is_am = suffix == "am" || suffix == "a";
        let strong = is_pm
            || is_am
            || suffix == "o"
            || (suffix == "h"
                && glued
                && ctx
                    .tok(i + 2)
                    .is_some_and(|m| m.kind == Kind::Number && !m.space_before));
        if !(strong || after_at) {
            return None;
        }
        let mut len = 1 + l;
        let mut minute = None;
        if suffix == "h" || suffix == "u" {
            if let Some(m) = ctx
                .tok(i + len)
                .filter(|m| !m.space_before && m.kind == Kind::Number && m.lower.len() == 2)
            {
                minute = m.number().filter(|&m| m < 60);
                len += 1;
            }
        }
        let hour = if is_pm && hour < 12 {
            hour + 12
        } else if is_am && hour == 12 {
            0
        } else {
            hour
        };
        return Some((hour, minute, len));
    }
    if after_at && ctx.punct(i + 1, '.') && ctx.glued(i + 1) && ctx.glued(i + 2) {
        let m = ctx.tok(i + 2)?;
        if m.lower.len() == 2 {
            let minute = m.number().filter(|&m| m < 60)?;
            return Some((hour, Some(minute), 3));
        }
    }
    None
}

/// A clock time where a recurrence already gives the context: `15.00`, `16h`, `3pm`, `16 heures`.
pub(crate) fn clock_at_loose(ctx: &Ctx, i: usize) -> Option<(u32, Option<u32>, usize)> {
    if let Some(found) = clock_at(ctx, i) {
        return Some(found);
    }
    let hour = ctx
        .tok(i)?
        .number()
        .filter(|&h| h <= 24 && ctx.t[i].lower.len() <= 2)?;
    if ctx.punct(i + 1, '.')
        && ctx.glued(i + 1)
        && ctx.glued(i + 2)
        && ctx.tok(i + 2)?.lower.len() == 2
    {
        let minute = ctx.tok(i + 2)?.number().filter(|&m| m < 60)?;
        return Some((hour, Some(minute), 3));
    }
    let (Unit::Hour, ulen) = unit_at(ctx, i + 1)? else {
        return None;
    };
    Some((hour, None, 1 + ulen))
}

/// A date with a time or part of the day: `lundi à 16h`, `Monday at 8am`, `maandag om 15.00`,
/// `Monday night`, `lundi soir`.
pub(crate) fn date_and_time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (plen, date) = point(ctx, i)?;
    if !matches!(
        date,
        Expr::Cal { day: Some(_), .. } | Expr::Weekday { .. } | Expr::DayOffset(_)
    ) {
        return None;
    }
    let mut j = ctx.skip_comma(i + plen);
    if let Some((part, len)) = daypart_at(ctx, j) {
        return Some((
            j + len - i,
            Expr::Time {
                date: Some(Box::new(date)),
                hour: None,
                minute: None,
                part: Some(part),
            },
        ));
    }
    let at = ctx.at(j, Category::At)?;
    j += at;
    let (hour, minute, len) = clock_at(ctx, j)?;
    Some((
        j + len - i,
        Expr::Time {
            date: Some(Box::new(date)),
            hour: Some(hour),
            minute,
            part: None,
        },
    ))
}

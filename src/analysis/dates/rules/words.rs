//! The readers the rules share: a year, a month, a weekday, a day of the month, a unit of time, an
//! amount, a direction cue (`last`, `prochain`, `afgelopen`) at a token position, each with the
//! number of tokens it covers.

use super::ctx::Ctx;
use crate::analysis::dates::expr::{Dir, Expr, Unit, Year};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::numbers::{number_at, ordinal_at};
use crate::analysis::lexicon::{given_names, Category};
use crate::analysis::text::tokens::Kind;

/// A four-digit year (1000–2999) at `i`, not glued to other digits.
pub(crate) fn year_at(ctx: &Ctx, i: usize) -> Option<i32> {
    let t = ctx.tok(i)?;
    if t.kind != Kind::Number || t.lower.len() != 4 {
        return None;
    }
    let y: i32 = t.lower.parse().ok()?;
    if !(1000..=2999).contains(&y) {
        return None;
    }
    // Not "2020.5", "2,019" or "8 000"-style groups.
    if let (Some(sep), Some(next)) = (ctx.tok(i + 1), ctx.tok(i + 2)) {
        if (sep.is(',') || sep.is('.'))
            && !sep.space_before
            && !next.space_before
            && next.kind == Kind::Number
        {
            return None;
        }
    }
    if i > 0 {
        let prev = &ctx.t[i - 1];
        if !t.space_before && (prev.is(',') || prev.is('.')) {
            return None;
        }
    }
    Some(y)
}

/// A month name at `i` (with a glued abbreviation dot): (month, tokens).
pub(crate) fn month_at(ctx: &Ctx, i: usize) -> Option<(u32, usize)> {
    let hit = ctx.hit(i, Category::Month)?;
    let mut len = hit.len;
    let number_follows = ctx.tok(i + len + 1).is_some_and(|t| t.kind == Kind::Number);
    if ctx.punct(i + len, '.') && ctx.glued(i + len) && ctx.t[i].lower.len() <= 4 && number_follows
    {
        len += 1;
    }
    Some((hit.int() as u32, len))
}

pub(crate) fn ambiguous_month(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, Category::AmbiguousMonth)
}

pub(crate) fn weekday_at(ctx: &Ctx, i: usize) -> Option<(u32, usize)> {
    let hit = ctx.hit(i, Category::Weekday)?;
    let mut len = hit.len;
    if ctx.punct(i + len, '.') && ctx.glued(i + len) && ctx.t[i].lower.len() <= 4 {
        len += 1;
    }
    Some((hit.int() as u32, len))
}

/// A day of the month at `i`: `11`, `11th`, `1er`, `eerste`, `twenty-first`.
pub(crate) fn day_at(ctx: &Ctx, i: usize) -> Option<(u32, usize)> {
    let t = ctx.tok(i)?;
    if let Some((d, len)) = ordinal_at(ctx.phrases, i) {
        return (1..=31).contains(&d).then_some((d, len));
    }
    if t.kind == Kind::Number && t.lower.len() <= 2 {
        // Not an amount of money ("$12 December 27", "€ 5").
        const CURRENCY_SYMBOLS: [&str; 5] = ["$", "€", "£", "¥", "₣"];
        if i >= 1 && CURRENCY_SYMBOLS.contains(&ctx.t[i - 1].lower.as_str()) {
            return None;
        }
        // Not the fraction of a decimal ("107.31").
        if i >= 2
            && !t.space_before
            && (ctx.t[i - 1].is('.') || ctx.t[i - 1].is(','))
            && ctx.t[i - 2].kind == Kind::Number
        {
            return None;
        }
        let d = t.number()?;
        // Not the integer part of a decimal ("7,2").
        if let Some(sep) = ctx.tok(i + 1) {
            if (sep.is(',') || sep.is('.'))
                && ctx.glued(i + 1)
                && ctx
                    .tok(i + 2)
                    .is_some_and(|n| n.kind == Kind::Number && !n.space_before)
            {
                return None;
            }
        }
        return (1..=31).contains(&d).then_some((d, 1));
    }
    None
}

/// A year written in words at `i` (`two thousand and fifteen`, `deux mille quinze`, `tweeduizend
/// vijftien`, English `nineteen eighty-six`) and its length.
pub(crate) fn year_words_at(ctx: &Ctx, i: usize) -> Option<(i32, usize)> {
    let words = |j: usize, range: std::ops::RangeInclusive<i64>| {
        number_at(ctx.phrases, j)
            .filter(|n| !n.digits && n.value.fract() == 0.0 && range.contains(&(n.value as i64)))
            .map(|n| (n.value as i32, n.len))
    };
    if let Some(hit) = ctx.hit(i, Category::YearPrefix) {
        let base = i32::try_from(hit.int()).ok()?;
        return Some(match words(i + hit.len, 1..=99) {
            Some((n, len)) => (base + n, hit.len + len),
            None => (base, hit.len),
        });
    }
    if ctx.lang != Lang::En {
        return None;
    }
    let (century, clen) = words(i, 10..=20)?;
    let (n, len) = words(i + clen, 10..=99)?;
    Some((century * 100 + n, clen + len))
}

/// A unit of time at `i`.
pub(crate) fn unit_at(ctx: &Ctx, i: usize) -> Option<(Unit, usize)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Unit])?;
    Some((Unit::parse(hit.value)?, hit.len))
}

/// An amount at `i`: a number, `a few`, `half`, with `and a half` after the unit handled by callers.
pub(crate) fn amount_at(ctx: &Ctx, i: usize) -> Option<(f64, usize)> {
    if let Some(len) = ctx.at(i, Category::OneAndAHalf) {
        return Some((1.5, len));
    }
    if let Some(hit) = ctx.hit(i, Category::Few) {
        return Some((hit.int() as f64, hit.len));
    }
    if let Some(len) = ctx.at(i, Category::Half) {
        return Some((0.5, len));
    }
    if ctx.tok(i).is_some_and(|t| t.lower == "½") {
        return Some((0.5, 1));
    }
    let n = number_at(ctx.phrases, i)?;
    if !(n.value > 0.0 && n.value < 1000.0) {
        return None;
    }
    // "one and a half", "een en een half"
    if let Some(len) = ctx.at(i + n.len, Category::AndAHalf) {
        return Some((n.value + 0.5, n.len + len));
    }
    Some((n.value, n.len))
}

pub(crate) fn dir_before(ctx: &Ctx, i: usize) -> Option<(Dir, usize)> {
    if let Some(len) = ctx.at(i, Category::Recent) {
        return Some((Dir::Recent, len));
    }
    if let Some(len) = ctx.at(i, Category::Coming) {
        return Some((Dir::Coming, len));
    }
    if let Some(len) = ctx.at(i, Category::Last) {
        return Some((Dir::Past, len));
    }
    if let Some(len) = ctx.at(i, Category::Next) {
        return Some((Dir::Future, len));
    }
    ctx.at(i, Category::This).map(|len| (Dir::This, len))
}

/// A direction cue at `i`, if any, and the position after it.
pub(crate) fn dir_then(ctx: &Ctx, i: usize) -> (Dir, usize) {
    match dir_before(ctx, i) {
        Some((d, len)) => (d, i + len),
        None => (Dir::Auto, i),
    }
}

pub(crate) fn dir_after(ctx: &Ctx, i: usize) -> Option<(Dir, usize)> {
    if let Some(len) = ctx.at(i, Category::ComingAfter) {
        return Some((Dir::Coming, len));
    }
    if let Some(len) = ctx.at(i, Category::LastAfter) {
        return Some((Dir::Past, len));
    }
    ctx.at(i, Category::NextAfter).map(|len| (Dir::Future, len))
}

/// Whether the token before `i` gives a bare number or month a temporal reading.
pub(crate) fn temporal_context_before(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    (1..=3.min(i)).any(|back| {
        let j = i - back;
        [
            Category::YearContext,
            Category::From,
            Category::To,
            Category::Between,
        ]
        .iter()
        .any(|category| ctx.hit(j, *category).is_some_and(|h| j + h.len == i))
    }) || ctx.punct(i - 1, '(')
}

/// The year a direction cue gives an undated period: this one for `this`, else to be inferred.
pub(crate) fn dir_to_year_offset(dir: Dir) -> Year {
    match dir {
        Dir::This => Year::Rel(0),
        _ => Year::Infer,
    }
}

/// A lexicon value as one of the `known` TIMEX3 codes the rules hand on (`MO`, `START`, `APPROX`…).
pub(crate) fn code_of(value: &str, known: &[&'static str]) -> Option<&'static str> {
    known.iter().copied().find(|code| *code == value)
}

/// A part of the day at `i` (`morning`, `soir`, `'s avonds`) as a TIMEX3 code, and its length.
pub(crate) fn daypart_at(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Daypart])?;
    let part = code_of(hit.value, &["MO", "AF", "EV"]).unwrap_or("NI");
    Some((part, hit.len))
}

/// Whether token `k` is a capitalised given name of the lexicons (`Pierre`, `Jeff`): a capitalised
/// weekday or month right after it is a surname (`Pierre Lundi`, `Jean Avril`).
pub(crate) fn given_name_at(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k).is_some_and(|t| {
        t.kind == Kind::Word && t.capitalised && {
            let mut chars = t.lower.chars();
            let written: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            given_names().contains(written.as_str())
        }
    })
}

/// Whether an expression names one day (a date, a weekday, a day relative to the reference, a feast).
pub(crate) fn is_day(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Cal { day: Some(_), .. }
            | Expr::Weekday { .. }
            | Expr::DayOffset(_)
            | Expr::DayOfMonth { .. }
            | Expr::NthWeekday { .. }
            | Expr::Easter { .. }
            | Expr::Shift {
                base: Some(_),
                unit: Unit::Day,
                ..
            }
    )
}

/// Whether the day written as an ordinal that ends before `end` is an ordinal adjective: a word
/// follows it that does not go on with a date (a clock time, another day, a month, a part of the
/// day, a month). `the first four aircraft`, `het eerste begin`, `de vierde in de rij`, `15 mei het eerste
/// filiaal` count things; `the 18th at noon`, `de 18e en de 19e` are days.
pub(crate) fn ordinal_before_a_word(ctx: &Ctx, end: usize) -> bool {
    const GOES_ON: &[Category] = &[
        Category::At,
        Category::Also,
        Category::And,
        Category::To,
        Category::Daypart,
        Category::Month,
    ];
    ctx.tok(end).is_some_and(|t| {
        t.kind != Kind::Punct && t.space_before && ctx.hit_any(end, GOES_ON).is_none()
    })
}

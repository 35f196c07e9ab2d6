//! Sets: recurrences (`every year`, `chaque lundi`, `wekelijks`, `Thursdays`, `les mardis soir`), with
//! a clock time too (`chaque lundi à 16h`).

use super::ctx::Ctx;
use super::times::clock_at_loose;
use super::words::{amount_at, daypart_at, unit_at, weekday_at};
use crate::analysis::dates::expr::Expr;
use crate::analysis::lexicon::Category;
use crate::analysis::text::tokens::plural_stem;

/// A recurrence: `every year`, `chaque semaine`, `elke maandag`, `wekelijks`, `elke twee dagen`.
pub(crate) fn set(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let lexical = ctx
        .phrases
        .at_any(i, &[Category::Set])
        .map(|(_, hit)| (hit.len, Expr::Set(hit.value.to_string())));
    let every = (|| {
        let len = ctx.at(i, Category::Every)?;
        let mut j = i + len;
        if let Some((wd, wlen)) = weekday_at(ctx, j) {
            return Some((len + wlen, Expr::Set(format!("XXXX-WXX-{wd}"))));
        }
        // "every other day" (P2D); "tous les deux vendredis": a weekday, every so many weeks.
        let other = ctx.at(j, Category::Other);
        if let Some(olen) = other {
            j += olen;
        }
        if let Some((_, alen)) = amount_at(ctx, j) {
            if let Some((1, Expr::Set(value))) = plural_weekday(ctx, j + alen) {
                return Some((j + alen + 1 - i, Expr::Set(value)));
            }
        }
        if other.is_some() {
            if let Some((wd, wlen)) = weekday_at(ctx, j) {
                return Some((j + wlen - i, Expr::Set(format!("XXXX-WXX-{wd}"))));
            }
            let (unit, ulen) = unit_at(ctx, j)?;
            return Some((j + ulen - i, Expr::Set(unit.duration(Some(2.0)))));
        }
        let len = j - i;
        // "every evening", "elke avond", "chaque soir".
        if let Some((part, plen)) = daypart_at(ctx, j) {
            return Some((len + plen, Expr::Set(format!("T{part}"))));
        }
        let (amount, alen) = amount_at(ctx, j).unwrap_or((1.0, 0));
        let (unit, ulen) = unit_at(ctx, j + alen)?;
        Some((len + alen + ulen, Expr::Set(unit.duration(Some(amount)))))
    })();
    // "He works Tuesdays", "les mardis", "maandagen": a plural weekday on its own.
    [lexical, every, plural_weekday(ctx, i)]
        .into_iter()
        .flatten()
        .max_by_key(|(len, _)| *len)
}

/// A recurrence at a clock time: `every Monday at 4pm`, `chaque lundi à 16h`, `3pm each day`,
/// `elke dag 15.00`, `Thursdays at 17.30`.
pub(crate) fn set_with_time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let with_clock = |value: &str, hour: u32, minute: Option<u32>| {
        let clock = match minute {
            Some(m) => format!("T{hour:02}:{m:02}"),
            None => format!("T{hour:02}"),
        };
        if value.starts_with('P') || value.starts_with('T') {
            Expr::Set(clock)
        } else {
            Expr::Set(format!("{value}{clock}"))
        }
    };
    // SET [at] TIME
    if let Some((slen, Expr::Set(value))) = set(ctx, i).or_else(|| plural_weekday(ctx, i)) {
        let mut j = i + slen;
        if let Some(len) = ctx.at(j, Category::At) {
            j += len;
        }
        if let Some((hour, minute, clen)) = clock_at_loose(ctx, j) {
            return Some((j + clen - i, with_clock(&value, hour, minute)));
        }
        return None;
    }
    // TIME SET
    let (hour, minute, clen) = clock_at_loose(ctx, i)?;
    let (slen, Expr::Set(value)) = set(ctx, i + clen)? else {
        return None;
    };
    Some((clen + slen, with_clock(&value, hour, minute)))
}

/// A weekday and a part of the day, one of them plural: `Tuesday afternoons`, `les mardis soir`,
/// `zondagen 's avonds`: a recurrence.
pub(crate) fn weekday_daypart_set(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let plural = plural_weekday_at(ctx, i);
    let (day, len) = match plural {
        Some(day) => (day.to_string(), 1),
        None => weekday_at(ctx, i).map(|(day, len)| (day.to_string(), len))?,
    };
    let plural = plural.is_some();
    let (part, plen) = daypart_at(ctx, i + len)?;
    if !plural && !ctx.is(i + len, Category::DaypartPlural) {
        return None;
    }
    Some((len + plen, Expr::Set(format!("XXXX-WXX-{day}T{part}"))))
}

/// `Thursdays`, `maandagen`: a plural weekday is a recurrence.
pub(crate) fn plural_weekday(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let day = plural_weekday_at(ctx, i)?;
    Some((1, Expr::Set(format!("XXXX-WXX-{day}"))))
}

/// The ISO weekday (as the lexicon writes it) a plural weekday at `i` names: `2` for `Tuesdays`.
pub(crate) fn plural_weekday_at<'a>(ctx: &Ctx<'a>, i: usize) -> Option<&'a str> {
    ctx.lex
        .phrases
        .word(plural_stem(&ctx.tok(i)?.lower)?, Category::Weekday)
}

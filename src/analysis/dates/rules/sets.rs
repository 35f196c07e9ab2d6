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

/// How often a thing happens in a period, as a recurrence every so much of it: `twice a day`
/// (P0.5D), `three times a week`, `twee keer per dag`, `deux fois par jour`, `once a year` (P1Y);
/// and English `a year` after an amount (`£25m a year`, `100 people a day`): once in each.
pub(crate) fn rate(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let per = |j: usize| {
        let len = ctx.at(j, Category::Per)?;
        let (unit, ulen) =
            unit_at(ctx, j + len).filter(|_| !ctx.is(j + len, Category::PluralUnit))?;
        Some((unit, len + ulen))
    };
    if let Some(hit) = ctx.hit(i, Category::Frequency) {
        let (unit, len) = per(i + hit.len)?;
        return Some((
            hit.len + len,
            Expr::Set(unit.duration(Some(1.0 / hit.int() as f64))),
        ));
    }
    let times = amount_at(ctx, i)
        .filter(|(n, _)| n.fract() == 0.0 && *n >= 1.0)
        .and_then(|(n, alen)| Some((n, alen, ctx.at(i + alen, Category::Times)?)));
    if let Some((n, alen, tlen)) = times {
        let (unit, len) = per(i + alen + tlen)?;
        return Some((alen + tlen + len, Expr::Set(unit.duration(Some(1.0 / n)))));
    }
    // "£25m a year": an amount (a number within the three words before, with no function word or
    // punctuation between) counted per period.
    if !ctx.is(i, Category::Indefinite) || ctx.lang != crate::analysis::language::Lang::En {
        return None;
    }
    let (unit, len) = per(i)?;
    let counted = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| ctx.t[k].kind == crate::analysis::text::tokens::Kind::Number)?;
    let plain = (counted + 1..i).all(|k| {
        let t = &ctx.t[k];
        // A scale glued to the number ("25m", "3bn") is part of the amount.
        !t.space_before
            || (t.kind != crate::analysis::text::tokens::Kind::Punct
                && !ctx.lex.stop_words.contains(t.lower.as_str()))
    });
    plain.then(|| (len, Expr::Set(unit.duration(Some(1.0)))))
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

//! Ranges: from one point to another (`from May to September 2020`, `du 1er au 3 mars`, `2014-2018`),
//! and periods rolling from the reference (`the last 3 months`, `komende vijf dagen`).

use super::ctx::Ctx;
use super::point;
use super::points::{reference, year_plain};
use super::words::{amount_at, day_at, dir_after, dir_before, month_at, unit_at, year_at};
use crate::analysis::dates::expr::{Dir, Expr, Unit, Year};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::Category;

/// A point for a range end: any point, or a bare year (the range gives the context).
pub(crate) fn range_end(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // Inside a range a bare month is a month, even an ambiguous abbreviation ("jan-feb").
    if let Some((m, mlen)) = month_at(ctx, i) {
        if let Some(found) = point(ctx, i).filter(|(len, _)| *len > mlen) {
            return Some(found);
        }
        return Some((mlen, Expr::month(Year::Infer, m)));
    }
    if let Some((len, Expr::Ref("PRESENT_REF"))) = reference(ctx, i) {
        return Some((len, Expr::DayOffset(0)));
    }
    let y =
        year_plain(ctx, i).filter(|_| year_at(ctx, i).is_some_and(|y| (1900..=2100).contains(&y)));
    longer(point(ctx, i), y)
}

/// The longer of two findings (the first on a tie).
fn longer(a: Option<(usize, Expr)>, b: Option<(usize, Expr)>) -> Option<(usize, Expr)> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Gives an undated side of a range the other side's year: `from May to September 2020`,
/// `nov-feb 2017` (November 2016).
pub(crate) fn share_year(a: Expr, b: Expr) -> (Expr, Expr) {
    match (&a, &b) {
        (
            Expr::Cal {
                year: Year::Infer,
                month: Some(ma),
                dir: Dir::Auto,
                ..
            },
            Expr::Cal {
                year: Year::Abs(y),
                month: Some(mb),
                ..
            },
        ) => {
            let ya = if ma > mb { y - 1 } else { *y };
            (with_year(a, ya), b)
        }
        (
            Expr::Cal {
                year: Year::Abs(y),
                month: Some(ma),
                ..
            },
            Expr::Cal {
                year: Year::Infer,
                month: Some(mb),
                ..
            },
        ) => {
            let yb = if mb < ma { y + 1 } else { *y };
            (a, with_year(b, yb))
        }
        _ => (a, b),
    }
}

/// A calendar expression with its year given.
fn with_year(mut e: Expr, y: i32) -> Expr {
    if let Expr::Cal { year, .. } = &mut e {
        *year = Year::Abs(y);
    }
    e
}

/// Whether an expression can be an end of a range: a point or a period of the calendar.
pub(crate) fn is_calendar(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Cal { .. }
            | Expr::Quarter { .. }
            | Expr::Half { .. }
            | Expr::Season { .. }
            | Expr::Weekday { .. }
            | Expr::DayOffset(_)
            | Expr::UnitOffset { .. }
            | Expr::Part { .. }
            | Expr::Week { .. }
            | Expr::Ref("PRESENT_REF")
    )
}

/// Whether a number comes in the three tokens before the unit at `u` of a rolling period (`the past
/// two fortnights`, `les deux quinzaines écoulées`; not `the past fortnight`).
fn numbered_before(ctx: &Ctx, u: usize) -> bool {
    (u.saturating_sub(3)..u).any(|k| amount_at(ctx, k).is_some())
}

/// What opens a range.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// `between`, `tussen`, `entre`: closed by `and` or `to`.
    Between,
    /// `from`, `van`, `du`: closed by `to`.
    From,
    /// Nothing: the ends are joined by `to` or a dash.
    Bare,
}

/// `from May to September 2020`, `du 1er au 3 mars`, `tussen 2010 en 2015`, `2014-2018`, `jan-feb 2017`,
/// `18-19 november`, `van 9 tot 12 juni`, `between 2007 and 2009`.
pub(crate) fn range(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (opener, j) = if let Some(len) = ctx.at(i, Category::Between) {
        (Opener::Between, i + len)
    } else if let Some(len) = ctx.at(i, Category::From) {
        (Opener::From, i + len)
    } else {
        (Opener::Bare, i)
    };
    let j = ctx.skip_article(j);
    // The first end: a point, or a bare day number that takes its month from the second end.
    let bare_day = day_at(ctx, j);
    let candidates = [
        range_end(ctx, j).map(|(len, e)| (len, Some(e))),
        bare_day.map(|(_, len)| (len, None)),
    ];
    candidates.into_iter().flatten().find_map(|(flen, first)| {
        let (second, end) = second_end(ctx, opener, j + flen, first.as_ref())?;
        let first = match first {
            Some(e) => e,
            // "18-19 november": the bare day takes the second end's month.
            None => match &second {
                Expr::Cal {
                    year,
                    month: Some(m),
                    day: Some(_),
                    dir,
                } => Expr::Cal {
                    year: *year,
                    month: Some(*m),
                    day: bare_day.map(|(d, _)| d),
                    dir: *dir,
                },
                _ => return None,
            },
        };
        if !is_calendar(&first) || !same_kind_if_dashed(ctx, opener, j + flen, &first, &second) {
            return None;
        }
        let (a, b) = share_year(first, second);
        Some((end - i, Expr::Range(Box::new(a), Box::new(b))))
    })
}

/// The second end of a range whose first end (if not a bare day) stops before token `k`, and the
/// position after it.
fn second_end(ctx: &Ctx, opener: Opener, k: usize, first: Option<&Expr>) -> Option<(Expr, usize)> {
    let connector = if ctx.punct(k, '~') {
        Some(1)
    } else if opener == Opener::Between {
        ctx.at(k, Category::And).or(ctx.at(k, Category::To))
    } else {
        ctx.at(k, Category::To)
    }?;
    let s = ctx.skip_article(k + connector);
    let second = range_end(ctx, s).filter(|(_, e)| is_calendar(e));
    // "November 18-19", "april 9th through 17th": the second end is a day of the first's month.
    let bare_second = match (first, day_at(ctx, s)) {
        (
            Some(Expr::Cal {
                year,
                month: Some(m),
                day: Some(_),
                dir,
            }),
            Some((d, dlen)),
        ) if month_at(ctx, s + dlen).is_none()
            // "le 7 avril à 14 heures": a clock time, not a day.
            && !ctx.is(s + dlen, Category::ClockSuffix)
            && unit_at(ctx, s + dlen).is_none() =>
        {
            Some((
                dlen,
                Expr::Cal {
                    year: *year,
                    month: Some(*m),
                    day: Some(d),
                    dir: *dir,
                },
            ))
        }
        _ => None,
    };
    let (slen, second) = longer(second, bare_second).filter(|(_, e)| is_calendar(e))?;
    let glued_dash = opener == Opener::Bare && (ctx.punct(k, '-') || ctx.punct(k, '~'));
    if opener == Opener::Bare && !glued_dash && !ctx.is(k, Category::To) {
        return None;
    }
    Some(year_after_both(ctx, second, s + slen))
}

/// "du 01/05 au 07/05, 2020", "from 5/1 to 5/7, 2020": a year after both ends, given to the second.
fn year_after_both(ctx: &Ctx, mut second: Expr, end: usize) -> (Expr, usize) {
    if let Expr::Cal {
        year: year @ Year::Infer,
        month: Some(_),
        ..
    } = &mut second
    {
        if let Some(y) = year_at(ctx, ctx.skip_comma(end)) {
            *year = Year::Abs(y);
            return (second, ctx.skip_comma(end) + 1);
        }
    }
    (second, end)
}

/// Joined by a bare dash (at token `k`), both ends must be of the same kind: "2014-2018", "jan-feb";
/// two years in order, less than a century apart.
fn same_kind_if_dashed(ctx: &Ctx, opener: Opener, k: usize, a: &Expr, b: &Expr) -> bool {
    let dashed = opener == Opener::Bare && (ctx.punct(k, '-') || ctx.punct(k, '~'));
    if !dashed {
        return true;
    }
    match (a, b) {
        (
            Expr::Cal {
                year: Year::Abs(ya),
                month: None,
                ..
            },
            Expr::Cal {
                year: Year::Abs(yb),
                month: None,
                ..
            },
        ) => yb > ya && yb - ya <= 100,
        (
            Expr::Cal {
                month: ma, day: da, ..
            },
            Expr::Cal {
                month: mb, day: db, ..
            },
        ) => ma.is_some() == mb.is_some() && (da.is_some() == db.is_some() || da.is_none()),
        _ => false,
    }
}

/// `next 3 days`, `the last 3 months`, `komende vijf dagen`, `afgelopen 5 jaren`, `3 prochains jours`,
/// `les 10 semaines précédentes`, `5 années à venir`, `3 next weeks`: a period running from the
/// reference, as a range.
pub(crate) fn rolling_period(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if last_is_a_verb(ctx, i) {
        return None;
    }
    let j = ctx.skip_article(i);
    // "the past fortnight", "la quinzaine écoulée": a fortnight is a span of days, not a calendar
    // period, so with no number it rolls back like "the past two weeks".
    let amount_at = |k: usize| {
        amount_at(ctx, k)
            .or_else(|| matches!(unit_at(ctx, k), Some((Unit::Fortnight, _))).then_some((1.0, 0)))
    };
    let (dir, amount, end) = if let Some((dir, dlen)) = dir_before(ctx, j) {
        let (amount, alen) = amount_at(j + dlen)?;
        let (_, ulen) = unit_at(ctx, j + dlen + alen)?;
        (dir, amount, (j + dlen + alen, ulen))
    } else {
        let (amount, alen) = amount_at(j)?;
        if let Some((dir, dlen)) = dir_before(ctx, j + alen).or_else(|| dir_after(ctx, j + alen)) {
            let (_, ulen) = unit_at(ctx, j + alen + dlen)?;
            // "only 3 next week": English puts the count after its cue, so a count before `next`
            // with a singular unit counts something else ("3 next weeks" is the period).
            let unit_word = &ctx.t[j + alen + dlen].lower;
            if ctx.lang == Lang::En && amount > 1.0 && !unit_word.ends_with('s') {
                return None;
            }
            (dir, amount, (j + alen + dlen, ulen))
        } else {
            let (_, ulen) = unit_at(ctx, j + alen)?;
            let (dir, dlen) = dir_after(ctx, j + alen + ulen)?;
            (dir, amount, (j + alen, ulen + dlen))
        }
    };
    let (unit, _) = unit_at(ctx, end.0)?;
    // "the next fortnight" with no number stays a relative period (the fortnight ahead).
    let bare_fortnight = unit == Unit::Fortnight && !numbered_before(ctx, end.0);
    if bare_fortnight && !matches!(dir, Dir::Past | Dir::Recent) {
        return None;
    }
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
        return None;
    }
    let stop = end.0 + end.1;
    // "the past two quarters", "les deux prochains semestres": whole reporting periods, the current
    // one left out, as in a company's results: from the first one's start to the start of the period
    // after the last.
    if matches!(unit, Unit::Quarter | Unit::Half) && amount.fract() == 0.0 && amount >= 1.0 {
        let n = amount as i64;
        let (first, after) = match dir {
            Dir::Past | Dir::Recent => (-n, 0),
            Dir::Future | Dir::Coming => (1, n + 1),
            _ => return None,
        };
        let period = |n| Box::new(Expr::UnitOffset { unit, n });
        return Some((stop - i, Expr::Range(period(first), period(after))));
    }
    let range = match dir {
        Dir::Past | Dir::Recent => Expr::Range(
            Box::new(Expr::shift(amount, unit, -1)),
            Box::new(Expr::DayOffset(0)),
        ),
        // The next N working days end the day after the N-th working day after today (from a
        // Monday, the next 4 end on Saturday), not N working days after tomorrow.
        Dir::Future | Dir::Coming if unit == Unit::BusinessDay => Expr::Range(
            Box::new(Expr::DayOffset(1)),
            Box::new(Expr::Shift {
                amount: 1.0,
                unit: Unit::Day,
                sign: 1,
                base: Some(Box::new(Expr::shift(amount, unit, 1))),
            }),
        ),
        Dir::Future | Dir::Coming => Expr::Range(
            Box::new(Expr::DayOffset(1)),
            Box::new(Expr::Shift {
                amount,
                unit,
                sign: 1,
                base: Some(Box::new(Expr::DayOffset(1))),
            }),
        ),
        _ => return None,
    };
    Some((stop - i, range))
}

/// `the rest of the year`, `de rest van de week`, `le reste du mois`: from the reference to the end of
/// its week, month, quarter or year.
pub(crate) fn rest_of_period(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let r = ctx.skip_article(i);
    let j = r + ctx.at(r, Category::Rest)?;
    let k = ctx.skip_article(j);
    let (unit, ulen) = unit_at(ctx, k)?;
    if !matches!(
        unit,
        Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Weekend
    ) {
        return None;
    }
    // The weekend ends with its week.
    let unit = if unit == Unit::Weekend {
        Unit::Week
    } else {
        unit
    };
    let end = Expr::Part {
        modifier: "END",
        inner: Box::new(Expr::UnitOffset { unit, n: 0 }),
    };
    Some((
        k + ulen - i,
        Expr::Range(Box::new(Expr::DayOffset(0)), Box::new(end)),
    ))
}

/// "will last three weeks", "to last": English `last` as a verb after a modal or "to".
pub(crate) fn last_is_a_verb(ctx: &Ctx, i: usize) -> bool {
    i > 0 && ctx.is(i, Category::VerbLast) && ctx.is(i - 1, Category::Modal)
}

//! Periods: relative periods (`vorig jaar`, `la semaine prochaine`), quarters and halves, seasons,
//! decades and centuries, week numbers, the start, middle or end of a period, and units within a
//! period (`the first two weeks of 2021`, `le 15 du mois prochain`, `the week of April 10`).

use super::ctx::Ctx;
use super::point;
use super::points::{from_then, month_with_cue, month_year, year_plain};
use super::words::{
    amount_at, code_of, day_at, dir_after, dir_before, dir_then, dir_to_year_offset, month_at,
    unit_at, year_at,
};
use crate::analysis::dates::expr::{Dir, Expr, Unit, Year};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::numbers::{number_at, ordinal_at};
use crate::analysis::lexicon::Category;
use crate::analysis::text::tokens::Kind;

/// `vorig jaar`, `last year`, `this week`, `l'année dernière`, `la semaine prochaine`, `ce mois-ci`,
/// `earlier this year`, `later dit jaar`, `plus tard cette année`, `het afgelopen kwartaal`.
pub(crate) fn relative_unit(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // "the next day", "the following day" count from the date written last (the `deictic` rule).
    if ctx.is(i, Category::EventRelative) {
        return None;
    }
    let mut j = ctx.skip_article(i);
    let mut earlier = false;
    if let Some(len) = ctx.at(j, Category::Earlier) {
        j += len;
        // "earlier in the week", "plus tard dans l'année", "eerder in het jaar": the reference's own.
        let k = ctx.skip_of(j);
        let k = if k == j {
            j + ctx.at(j, Category::In).unwrap_or(0)
        } else {
            k
        };
        j = ctx.skip_article(k);
        earlier = j > k;
    }
    if let Some((d, len)) = dir_before(ctx, j) {
        let k = j + len;
        if let Some((unit, ulen)) = unit_at(ctx, k) {
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            let mut end = k + ulen;
            // "ce mois-ci"; "cette année-là" is the year written last.
            if ctx.punct(end, '-') && ctx.tok(end + 1).is_some_and(|t| t.lower == "ci") {
                end += 2;
            } else if ctx.punct(end, '-') && ctx.tok(end + 1).is_some_and(|t| t.lower == "là") {
                return Some((end + 2 - i, from_then(0.0, unit, 1)));
            }
            if let Some(vague) = plural_period(ctx, i, k, d) {
                return Some((end - i, vague));
            }
            return Some((
                end - i,
                Expr::UnitOffset {
                    unit,
                    n: d.offset(),
                },
            ));
        }
        return None;
    }
    // A unit with a cue after it, with or without an article: `la semaine prochaine`, `du trimestre
    // suivant`, `week-end dernier`.
    let (unit, ulen) = unit_at(ctx, j)?;
    let (d, len) = match dir_after(ctx, j + ulen) {
        Some(found) => found,
        None if earlier => (Dir::This, 0),
        None => return None,
    };
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
        return None;
    }
    if let Some(vague) = plural_period(ctx, i, j, d).filter(|_| len > 0) {
        return Some((j + ulen + len - i, vague));
    }
    Some((
        j + ulen + len - i,
        Expr::UnitOffset {
            unit,
            n: d.offset(),
        },
    ))
}

/// Periods with a cue and no count are no one period: `the coming weeks`, `in recent years`, `de
/// afgelopen jaren`, `ces dernières années`, `les semaines à venir` speak of the future or the past
/// (`FUTURE_REF`, `PAST_REF`). The unit at `k` is plural when the lexicon lists it so; in French, where
/// `mois` is both, when its determiner or cue says so (`les`, `ces`, `prochains`).
fn plural_period(ctx: &Ctx, i: usize, k: usize, dir: Dir) -> Option<Expr> {
    if !ctx.is(k, Category::PluralUnit) {
        return None;
    }
    if ctx.lang == Lang::Fr
        && !(i..k).any(|m| ctx.t[m].lower.ends_with('s') || ctx.t[m].lower.ends_with('x'))
        && !ctx.tok(k + 1).is_some_and(|t| t.lower.ends_with('s'))
    {
        return None;
    }
    Some(Expr::Ref(match dir {
        Dir::Past | Dir::Recent => "PAST_REF",
        Dir::Future | Dir::Coming => "FUTURE_REF",
        _ => "PRESENT_REF",
    }))
}

/// The period of the date written last: `the same week`, `that year`, `la même année`,
/// `hetzelfde jaar`, `die dag` (the reference's when nothing was written; `cette année-là` is found by
/// [`relative_unit`]).
pub(crate) fn same_period(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (j, len) = match ctx.at(i, Category::Same) {
        Some(len) => (i, len),
        None => {
            let j = ctx.skip_article(i);
            (j, ctx.at(j, Category::Same)?)
        }
    };
    let k = j + len;
    let (unit, ulen) = unit_at(ctx, k)?;
    if !matches!(
        unit,
        Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
    ) || ctx.t[k + ulen - 1].lower.ends_with('s')
    {
        return None;
    }
    let mut end = k + ulen;
    // "cette année-là".
    if ctx.punct(end, '-') && ctx.tok(end + 1).is_some_and(|t| t.lower == "là") {
        end += 2;
    }
    Some((end - i, from_then(0.0, unit, 1)))
}

/// `dit jaar`, `l'année dernière`, `last year` as a year for a larger expression.
pub(crate) fn relative_year_at(ctx: &Ctx, i: usize) -> Option<(Year, usize)> {
    let (len, expr) = relative_unit(ctx, i)?;
    match expr {
        Expr::UnitOffset {
            unit: Unit::Year,
            n,
        } => Some((Year::Rel(n as i32), len)),
        _ => None,
    }
}

/// A period of a year named by the year's possessive: `next year's first quarter`, `last year's
/// summer`, `this year's Christmas`, `last year's March`.
pub(crate) fn possessive_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // English only; the possessive first (a cheap look a few tokens ahead), then the year before it.
    if ctx.lang != Lang::En {
        return None;
    }
    let k = (i + 1..i + 5).find(|&k| ctx.punct(k, '\'') && ctx.glued(k))?;
    if !(ctx.glued(k + 1) && ctx.tok(k + 1)?.lower == "s") {
        return None;
    }
    let (year, _) = relative_year_at(ctx, i).filter(|(_, len)| i + len == k)?;
    let (plen, period) = point(ctx, k + 2)?;
    Some((k + 2 + plen - i, in_year(period, year)?))
}

/// A period of a year named after it by the year's relative phrase: `March next year`, `maart volgend
/// jaar`, `mars de l'année prochaine`, `summer last year`, `het derde kwartaal van vorig jaar`.
pub(crate) fn period_of_relative_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (plen, period) = point(ctx, i)?;
    let k = ctx.skip_of(i + plen);
    let (year, ylen) = relative_year_at(ctx, k)?;
    Some((k + ylen - i, in_year(period, year)?))
}

/// A period whose year was left to the reference, placed in `year` instead.
fn in_year(period: Expr, year: Year) -> Option<Expr> {
    Some(match period {
        Expr::Quarter {
            year: Year::Infer,
            q,
        } => Expr::Quarter { year, q },
        Expr::Half {
            year: Year::Infer,
            h,
        } => Expr::Half { year, h },
        Expr::Season {
            year: Year::Infer,
            season,
            dir: Dir::Auto,
        } => Expr::Season {
            year,
            season,
            dir: Dir::Auto,
        },
        Expr::Cal {
            year: Year::Infer,
            month,
            day,
            dir: Dir::Auto,
        } => Expr::Cal {
            year,
            month,
            day,
            dir: Dir::Auto,
        },
        Expr::Easter {
            year: Year::Infer,
            dir: Dir::Auto,
        } => Expr::Easter {
            year,
            dir: Dir::Auto,
        },
        Expr::NthWeekday {
            year: Year::Infer,
            month,
            weekday,
            n,
            dir: Dir::Auto,
        } => Expr::NthWeekday {
            year,
            month,
            weekday,
            n,
            dir: Dir::Auto,
        },
        Expr::Shift {
            amount,
            unit,
            sign,
            base: Some(base),
        } => Expr::Shift {
            amount,
            unit,
            sign,
            base: Some(Box::new(in_year(*base, year)?)),
        },
        _ => return None,
    })
}

/// A financial year: `fiscal 2019`, `fiscal year 2019`, `FY2019`, `FY19`, `last fiscal year`, `het
/// boekjaar 2019`, `vorig boekjaar`, `l'exercice 2019`, `l'exercice précédent`. Without a year or a
/// cue (`an exercise`, `un exercice`) it is none.
pub(crate) fn fiscal_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = ctx.skip_article(i);
    // The financial-year word here or after a one-word cue, looked for first.
    let f = (j..j + 2).find(|&k| ctx.is(k, Category::FiscalYear))?;
    let (dir, k) = match dir_before(ctx, j) {
        Some((d, len)) => (Some(d), j + len),
        None => (None, j),
    };
    if k != f {
        return None;
    }
    let mut end = k + ctx.at(k, Category::FiscalYear)?;
    let year = if let Some(y) = year_at(ctx, end) {
        end += 1;
        Year::Abs(y)
    } else if let Some(n) = ctx
        .tok(end)
        .filter(|t| t.kind == Kind::Number && t.lower.len() == 2 && ctx.glued(end))
        .and_then(|t| t.number())
    {
        // "FY19".
        end += 1;
        Year::Abs(2000 + n as i32)
    } else if let Some(d) = dir {
        Year::Rel(d.offset() as i32)
    } else {
        let (d, len) = dir_after(ctx, end)?;
        end += len;
        Year::Rel(d.offset() as i32)
    };
    Some((end - i, Expr::FiscalYear(year)))
}

/// A month relative to the reference's at `i` (`mois prochain`, `next month`, `volgende maand`, `le mois
/// dernier`): its offset and length.
pub(crate) fn relative_month_at(ctx: &Ctx, i: usize) -> Option<(i64, usize)> {
    match relative_unit(ctx, i)? {
        (
            len,
            Expr::UnitOffset {
                unit: Unit::Month,
                n,
            },
        ) => Some((n, len)),
        _ => None,
    }
}

/// `Q3 2019`, `2019-Q3`, `het derde kwartaal van 2019`, `troisième trimestre 2019`, `the third quarter`,
/// `H1 2020`, `first half of 2020`, `premier semestre`.
pub(crate) fn quarter_or_half(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let make = |unit: char, n: u32, year: Year| match unit {
        'q' => (1..=4).contains(&n).then_some(Expr::Quarter { year, q: n }),
        _ => (1..=2).contains(&n).then_some(Expr::Half { year, h: n }),
    };
    // Q3 2019, Q3-2019, 2019 Q3, 2019-Q3.
    let letter_num = |k: usize| -> Option<(char, u32)> {
        let t = ctx.tok(k)?;
        let unit = match t.lower.as_str() {
            "q" | "k" | "t" => 'q',
            "h" | "s" => 'h',
            _ => return None,
        };
        let n = ctx.tok(k + 1).filter(|n| !n.space_before)?.number()?;
        Some((unit, n))
    };
    if let Some((u, n)) = letter_num(i) {
        if !ctx.t[i].capitalised && ctx.lang == Lang::En && u == 'h' {
            return None;
        }
        let mut end = i + 2;
        let mut k = end;
        if ctx.punct(k, '-') {
            k += 1;
        }
        let year = match year_at(ctx, k) {
            Some(y) => {
                end = k + 1;
                Year::Abs(y)
            }
            None => {
                if !ctx.t[i].capitalised {
                    return None;
                }
                Year::Infer
            }
        };
        return Some((end - i, make(u, n, year)?));
    }
    if let Some(y) = year_at(ctx, i) {
        let k = if ctx.punct(i + 1, '-') { i + 2 } else { i + 1 };
        let (u, n) = letter_num(k)?;
        return Some((k + 2 - i, make(u, n, Year::Abs(y))?));
    }
    // ordinal + quarter/half [of] [year].
    let j = ctx.skip_article(i);
    let (n, olen) = ordinal_at(ctx.phrases, j)?;
    let (unit, ulen) = unit_at(ctx, j + olen)?;
    let u = match unit {
        Unit::Quarter => 'q',
        Unit::Half => 'h',
        _ => return None,
    };
    let mut end = j + olen + ulen;
    let k = ctx.skip_of(end);
    let k2 = ctx.skip_article(k);
    let year = if let Some(y) = year_at(ctx, k2) {
        end = k2 + 1;
        Year::Abs(y)
    } else if let Some((unit, len)) = relative_year_at(ctx, k) {
        end = k + len;
        unit
    } else if let Some(len) = the_year_at(ctx, end) {
        // "the second half of the year", "de tweede helft van het jaar", "le second semestre de
        // l'année": the year in focus.
        end += len;
        Year::Rel(0)
    } else {
        // "de eerste helft", "the second half": of a match, a list, a sum; a half of a year is
        // written as one ("het eerste halfjaar", "le premier semestre") or with its year (`last
        // year's second half`).
        let after_possessive = i >= 2 && ctx.t[i - 1].lower == "s" && ctx.punct(i - 2, '\'');
        if u == 'h' && ctx.is(j + olen, Category::Half) && !after_possessive {
            return None;
        }
        Year::Infer
    };
    Some((end - i, make(u, n, year)?))
}

/// `of the year`, `van het jaar`, `de l'année` at `i`: an `of` word, an article and the unit year
/// (singular: not `of the years`); its length.
fn the_year_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let k = ctx.skip_of(i);
    let y = ctx.skip_article(k);
    if k == i || y == k || ctx.is(y, Category::PluralUnit) {
        return None;
    }
    let (Unit::Year, len) = unit_at(ctx, y)? else {
        return None;
    };
    Some(y + len - i)
}

/// `in the winter`, `deze zomer`, `cet hiver`, `l'été 2019`, `summer of 2019`, `de zomervakantie`.
pub(crate) fn season(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (mut dir, j) = dir_then(ctx, ctx.skip_article(i));
    let (_, hit) = ctx.hit_any(j, &[Category::Season])?;
    let code = match hit.value {
        "SP" => "SP",
        "SU" => "SU",
        "FA" => "FA",
        _ => "WI",
    };
    let mut end = j + hit.len;
    if dir == Dir::Auto {
        if let Some((d, len)) = dir_after(ctx, end) {
            dir = d;
            end += len;
        }
    }
    let k = ctx.skip_of(end);
    let mut year = dir_to_year_offset(dir);
    if let Some(y) = year_at(ctx, k) {
        year = Year::Abs(y);
        end = k + 1;
    }
    // "a été influencée", "prices fall": an ambiguous season word needs an article, a cue or a year.
    if ctx.is(j, Category::AmbiguousSeason) && j == i && year == Year::Infer && dir == Dir::Auto {
        return None;
    }
    if ctx.is(j, Category::AmbiguousSeason)
        && j > i
        && ctx.lang == Lang::Fr
        && ctx.t[i].lower == "a"
    {
        return None;
    }
    Some((
        end - i,
        Expr::Season {
            year,
            season: code,
            dir,
        },
    ))
}

/// `the 1990s`, `the '80s`, `the eighties`, `les années 1990`, `de jaren negentig`, `21st century`,
/// `21ème siècle`, `XVIIe siècle`, `de XXe eeuw`.
pub(crate) fn decade_or_century(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // 1990s
    if let Some(y) = year_at(ctx, i) {
        if y % 10 == 0 && glued_s(ctx, i + 1) {
            return Some((2, Expr::Decade(y)));
        }
    }
    let j = ctx.skip_article(i);
    // "the '80s", "the 80s" (not "in their 80s", an age).
    let apostrophe = ctx.punct(j, '\'');
    let k = j + usize::from(apostrophe);
    if (apostrophe || j > i)
        && ctx.tok(k).is_some_and(|t| t.lower.len() == 2)
        && glued_s(ctx, k + 1)
    {
        let v = ctx.tok(k)?.number()? as i32;
        return (v % 10 == 0).then(|| (k + 2 - i, Expr::Decade(decade_of_tens(v))));
    }
    // "the eighties", "the nineties".
    if let Some(hit) = ctx.hit(j, Category::DecadeWord) {
        return Some((
            j + hit.len - i,
            Expr::Decade(decade_of_tens(hit.int() as i32)),
        ));
    }
    // années 1990 / jaren 90 / jaren negentig / années 90
    if ctx.is(j, Category::DecadePlural) {
        let mut k = j + 1;
        if ctx.punct(k, '\'') {
            k += 1;
        }
        if let Some(y) = year_at(ctx, k) {
            return (y % 10 == 0).then_some((k + 1 - i, Expr::Decade(y)));
        }
        let n = number_at(ctx.phrases, k)?;
        let v = n.value as i32;
        if (20..=90).contains(&v) && v % 10 == 0 {
            return Some((k + n.len - i, Expr::Decade(decade_of_tens(v))));
        }
        return None;
    }
    let (n, olen) = ordinal_at(ctx.phrases, j).or_else(|| roman_ordinal_at(ctx, j))?;
    let (unit, ulen) = unit_at(ctx, j + olen)?;
    (unit == Unit::Century && (1..=30).contains(&n))
        .then_some((j + olen + ulen - i, Expr::Century(n as i32)))
}

/// Whether token `i` is an `s` glued to the token before it (`1990s`, `80s`).
fn glued_s(ctx: &Ctx, i: usize) -> bool {
    ctx.tok(i)
        .is_some_and(|s| s.lower == "s" && !s.space_before)
}

/// The decade a number of tens names without its century: `80` is the 1980s, `20` the 2020s.
fn decade_of_tens(tens: i32) -> i32 {
    if tens >= 30 {
        1900 + tens
    } else {
        2000 + tens
    }
}

/// A Roman numeral with an ordinal suffix at `i` (`XVIIe`, `XXste`, `XIXème`): its value (1–39) and
/// length.
pub(crate) fn roman_ordinal_at(ctx: &Ctx, i: usize) -> Option<(u32, usize)> {
    let t = ctx.tok(i).filter(|t| {
        t.capitalised && t.kind == Kind::Word && matches!(t.lower.as_bytes()[0], b'i' | b'v' | b'x')
    })?;
    let suffixes = ctx.lex.phrases.words(Category::OrdinalSuffix);
    // The suffix is glued in the same word ("xviie") or a word of its own ("XVII e").
    let (numeral, len) = match suffixes
        .iter()
        .filter(|s| t.lower.len() > s.len() && t.lower.ends_with(s.as_str()))
        .find_map(|s| roman(&t.lower[..t.lower.len() - s.len()]))
    {
        Some(n) => (n, 1),
        None => {
            let glued = ctx.tok(i + 1).is_some_and(|s| !s.space_before)
                && ctx.is(i + 1, Category::OrdinalSuffix);
            (roman(&t.lower).filter(|_| glued)?, 2)
        }
    };
    Some((numeral, len))
}

/// The value of a lower-case Roman numeral up to 39 (`xvii` is 17).
fn roman(s: &str) -> Option<u32> {
    let digit = |c: char| match c {
        'i' => Some(1),
        'v' => Some(5),
        'x' => Some(10),
        _ => None,
    };
    let digits: Vec<u32> = s.chars().map(digit).collect::<Option<_>>()?;
    let mut total = 0;
    for (k, d) in digits.iter().enumerate() {
        if digits.get(k + 1).is_some_and(|next| next > d) {
            total -= *d as i32;
        } else {
            total += *d as i32;
        }
    }
    u32::try_from(total)
        .ok()
        .filter(|n| (1..=39).contains(n) && to_roman(*n) == s)
}

/// A number (1–39) as a lower-case Roman numeral, to check a numeral is written the usual way.
fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, numeral) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// `week 31`, `de eerste week van 2015`, `semaine 5`.
pub(crate) fn week_number(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if let Some((Unit::Week, ulen)) = unit_at(ctx, i) {
        let n = ctx.tok(i + ulen)?.number()?;
        if !(1..=53).contains(&n) || ctx.tok(i + ulen)?.lower.len() > 2 {
            return None;
        }
        let mut end = i + ulen + 1;
        let k = ctx.skip_of(end);
        let year = match year_at(ctx, k) {
            Some(y) => {
                end = k + 1;
                Year::Abs(y)
            }
            None => Year::Rel(0),
        };
        return Some((end - i, Expr::Week { year, week: n }));
    }
    let j = ctx.skip_article(i);
    let (n, olen) = ordinal_at(ctx.phrases, j)?;
    let (Unit::Week, ulen) = unit_at(ctx, j + olen)? else {
        return None;
    };
    let k = ctx.skip_article(ctx.skip_of(j + olen + ulen));
    let y = year_at(ctx, k)?;
    Some((
        k + 1 - i,
        Expr::Week {
            year: Year::Abs(y),
            week: n,
        },
    ))
}

/// `eind januari`, `begin 2020`, `mid-2019`, `début 2020`, `fin de l'année`, `the end of the year`,
/// `early 2020`, `half mei`.
pub(crate) fn part_of(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Part])?;
    let modifier = code_of(hit.value, &["START", "MID"]).unwrap_or("END");
    let mut j = i + hit.len;
    if ctx.punct(j, '-') {
        j += 1;
    }
    let before_of = j;
    j = ctx.skip_of(j);
    // "the year", "het jaar", "l'année", "de maand", and without an article "fin d'année", "end of
    // month": the reference's own.
    let k = ctx.skip_article(j);
    let after_of = j > before_of || (j > i && ctx.is(j - 1, Category::Of));
    if k > j || after_of || ctx.tok(j).is_some_and(|t| t.lower == "l") {
        if let Some((unit, ulen)) =
            unit_at(ctx, k).filter(|(_, ulen)| month_at(ctx, ctx.skip_of(k + ulen)).is_none())
        {
            if matches!(
                unit,
                Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Day
            ) && dir_before(ctx, k + ulen).is_none()
                && decade_or_century(ctx, k).is_none()
                && dir_after(ctx, k + ulen).is_none()
                && year_at(ctx, k + ulen).is_none()
            {
                return Some((
                    k + ulen - i,
                    Expr::Part {
                        modifier,
                        inner: Box::new(Expr::UnitOffset { unit, n: 0 }),
                    },
                ));
            }
        }
    }
    let (len, inner) = [
        month_year,
        month_with_cue,
        relative_unit,
        season,
        year_plain,
        quarter_or_half,
        decade_or_century,
    ]
    .iter()
    .filter_map(|rule| rule(ctx, j))
    .max_by_key(|(len, _)| *len)?;
    match inner {
        Expr::Cal { day: Some(_), .. } => None,
        inner => Some((
            j + len - i,
            Expr::Part {
                modifier,
                inner: Box::new(inner),
            },
        )),
    }
}

/// `first`, `last`, `third`, `15th` at `i`: the ordinal (−1 for the last) and its length.
pub(crate) fn ordinal_or_last_at(ctx: &Ctx, i: usize) -> Option<(i64, usize)> {
    if let Some(hit) = ctx.hit(i, Category::Ordinal).filter(|h| h.int() == -1) {
        return Some((-1, hit.len));
    }
    ordinal_at(ctx.phrases, i).map(|(n, len)| (i64::from(n), len))
}

/// The period a `within_period` counts in: `2021`, `next month`, `juillet`, `the year`, `l'année`.
pub(crate) fn period_at(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = ctx.skip_article(i);
    if let Some((unit, len)) = unit_at(ctx, j) {
        // "the year 2021", "l'année 2021": the year written.
        if let (Unit::Year, Some(y)) = (unit, year_at(ctx, j + len)) {
            let year = Expr::year(y);
            return Some((j + len + 1 - i, year));
        }
        if matches!(unit, Unit::Year | Unit::Month | Unit::Quarter | Unit::Week) {
            return Some((j + len - i, Expr::UnitOffset { unit, n: 0 }));
        }
    }
    let (len, expr) = point(ctx, i)?;
    let calendar_period = match &expr {
        Expr::Cal { day, .. } => day.is_none(),
        Expr::UnitOffset { unit, .. } => {
            matches!(unit, Unit::Year | Unit::Month | Unit::Quarter | Unit::Week)
        }
        Expr::Quarter { .. } | Expr::Half { .. } | Expr::Week { .. } => true,
        _ => false,
    };
    calendar_period.then_some((len, expr))
}

/// Units at the start or end of a period, or the n-th of them: `the first two weeks of 2021`, `the
/// last four months of the year`, `the third month of 2021`, `the 15th day of next month`, `les trois
/// premiers mois de 2021`, `la dernière semaine de juillet`, `de eerste drie maanden van 2021`.
pub(crate) fn within_period(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = ctx.skip_article(i);
    // `trois premiers mois` (fr) puts the amount first; `first three months` (en, nl) after.
    let mut amount = None;
    if let Some((n, len)) = amount_at(ctx, j).filter(|_| ordinal_at(ctx.phrases, j).is_none()) {
        if ordinal_or_last_at(ctx, j + len).is_some_and(|(o, _)| o == 1 || o == -1) {
            amount = Some(n);
            j += len;
        }
    }
    let (ordinal, olen) = ordinal_or_last_at(ctx, j)?;
    j += olen;
    if amount.is_none() {
        if let Some((n, len)) = amount_at(ctx, j) {
            amount = Some(n);
            j += len;
        }
    }
    let (unit, ulen) = unit_at(ctx, j)?;
    if !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter) {
        return None;
    }
    j += ulen;
    j += ctx.at(j, Category::Of)?;
    let (plen, inner) = period_at(ctx, j)?;
    let amount = match amount {
        Some(n) if n.fract() == 0.0 && (1.0..=366.0).contains(&n) => n as u32,
        Some(_) => return None,
        None => 1,
    };
    let (from_end, skip) = match ordinal {
        -1 => (true, 0),
        1 => (false, 0),
        n if n > 1 && amount == 1 => (false, u32::try_from(n - 1).ok()?),
        _ => return None,
    };
    Some((
        j + plen - i,
        Expr::Within {
            unit,
            amount,
            from_end,
            skip,
            inner: Box::new(inner),
        },
    ))
}

/// `the week of April 10`, `the week commencing 4 February`, `la semaine du 4 février`, `de week van
/// 4 februari`: the ISO week the day falls in; `het weekend van 12 januari`, `the weekend of March
/// 14`, `le week-end du 8 mars`: the weekend nearest the day ([`Expr::WeekendOf`]).
pub(crate) fn week_of_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = ctx.skip_article(i);
    let (unit, ulen) = unit_at(ctx, j)?;
    // One week: not "two weeks of May 3".
    let counted = j > 0 && amount_at(ctx, j - 1).is_some_and(|(_, len)| len == 1);
    if !matches!(unit, Unit::Week | Unit::Weekend) || counted {
        return None;
    }
    let k = j + ulen;
    let k = ctx.skip_article(k + ctx.at(k, Category::WeekOf)?);
    let (len, day) = point(ctx, k)?;
    let dated = match &day {
        Expr::Cal { day, month, .. } => day.is_some() && month.is_some(),
        _ => false,
    };
    let expr = if unit == Unit::Weekend {
        Expr::WeekendOf(Box::new(day))
    } else {
        Expr::WeekOf(Box::new(day))
    };
    dated.then(|| (k + len - i, expr))
}

/// Day `day` of the month `n` months from the reference's.
pub(crate) fn day_of_month_offset(day: u32, n: i64) -> Expr {
    Expr::Within {
        unit: Unit::Day,
        amount: 1,
        from_end: false,
        skip: day - 1,
        inner: Box::new(Expr::UnitOffset {
            unit: Unit::Month,
            n,
        }),
    }
}

/// A day, or days, of a month given relative to the reference's: `le 15 du mois prochain`, `the 15th of
/// next month`, `du 4 au 23 du mois prochain`, `4-23 mois prochain`, `from the 4th to the 23rd of last
/// month`, and month first, `volgende maand van 4-23`.
pub(crate) fn day_of_relative_month(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // The days: one, or two joined as a range; `from` only opens a range.
    let days_at = |j: usize| -> Option<(u32, Option<u32>, usize)> {
        let (a, alen) = day_at(ctx, j)?;
        let k = j + alen;
        if let Some(to) = ctx.at(k, Category::To) {
            let s = ctx.skip_article(k + to);
            if let Some((b, blen)) = day_at(ctx, s).filter(|(b, _)| *b > a) {
                return Some((a, Some(b), s + blen - j));
            }
        }
        Some((a, None, alen))
    };
    let expr = |a: u32, b: Option<u32>, n: i64| match b {
        Some(b) => Expr::Range(
            Box::new(day_of_month_offset(a, n)),
            Box::new(day_of_month_offset(b, n)),
        ),
        None => day_of_month_offset(a, n),
    };
    // Month first: "volgende maand van 4-23".
    if let Some((n, mlen)) = relative_month_at(ctx, i) {
        let j = i + mlen;
        let k = ctx.skip_article(j + ctx.at(j, Category::Of)?);
        let (a, b, dlen) = days_at(k)?;
        return Some((k + dlen - i, expr(a, b, n)));
    }
    let opened = ctx.at(i, Category::From);
    let j = ctx.skip_article(i + opened.unwrap_or(0));
    let (a, b, dlen) = days_at(j)?;
    if opened.is_some() && b.is_none() {
        return None;
    }
    let k = j + dlen;
    let of = ctx.at(k, Category::Of);
    // A lone day needs the `of` and an article or an ordinal ("le 15 du mois prochain", "15th of next
    // month"; not "3 of next month's games"); a range of days may go without.
    let ordinal = ordinal_at(ctx.phrases, j).is_some();
    if b.is_none() && (of.is_none() || (j == i && !ordinal)) {
        return None;
    }
    let (n, mlen) = relative_month_at(ctx, k + of.unwrap_or(0))?;
    Some((k + of.unwrap_or(0) + mlen - i, expr(a, b, n)))
}

//! Points: calendar dates in words and in digits, months, years, weekdays, days relative to the
//! reference (`gisteren`, `la veille`), the weekend, holidays, and `now`.

use super::ctx::Ctx;
use super::periods::{ordinal_or_last_at, relative_year_at};
use super::point;
use super::words::{
    ambiguous_month, day_at, daypart_at, dir_after, dir_before, dir_then, dir_to_year_offset,
    given_name_at, is_day, month_at, ordinal_before_a_word, temporal_context_before, unit_at,
    weekday_at, year_at, year_words_at,
};
use crate::analysis::dates::expr::{Dir, Expr, Unit, Year};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::numbers::number_at;
use crate::analysis::lexicon::syntax::{Holiday, HolidayBase};
use crate::analysis::lexicon::Category;
use crate::analysis::text::tokens::{Kind, Token};

/// `2020-02-11`.
pub(crate) fn iso_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let y = year_at(ctx, i)?;
    let sep = ctx.tok(i + 1)?;
    if !(sep.is('-') || sep.is('/') || sep.is('.')) || !ctx.glued(i + 1) || !ctx.glued(i + 2) {
        return None;
    }
    if let Some((m, mlen)) = month_at(ctx, i + 2) {
        let k = i + 2 + mlen;
        if ctx.tok(k).is_some_and(|t| t.lower == sep.lower) && ctx.glued(k) && ctx.glued(k + 1) {
            let d = ctx.tok(k + 1)?.number()?;
            crate::analysis::text::calendar::Date::new(y, m, d)?;
            return Some((k + 2 - i, Expr::day(Year::Abs(y), m, d)));
        }
        return None;
    }
    let m = ctx.tok(i + 2)?.number()?;
    let same_sep = ctx.tok(i + 3).is_some_and(|s| s.lower == sep.lower)
        && ctx.glued(i + 3)
        && ctx.glued(i + 4);
    if !same_sep {
        // "2015-3": a month.
        return ((1..=12).contains(&m)
            && sep.is('-')
            && ctx.tok(i + 2)?.lower.len() <= 2
            && !ctx.glued(i + 3))
        .then_some((3, Expr::month(Year::Abs(y), m)));
    }
    let d = ctx.tok(i + 4)?.number()?;
    crate::analysis::text::calendar::Date::new(y, m, d)?;
    Some((5, Expr::day(Year::Abs(y), m, d)))
}

/// `11/02/2020`, `11-02-2020`, `11.02.2020` (day first in nl and fr; month first in en unless
/// impossible), `22/04`, `2/okt`, `23-sep-2020`, `01/aug/2019`.
pub(crate) fn numeric_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let a = ctx.tok(i)?;
    if a.kind != Kind::Number || a.lower.len() > 2 {
        return None;
    }
    if i > 0
        && ctx.glued(i)
        && (ctx.t[i - 1].kind == Kind::Number || ctx.t[i - 1].is('/') || ctx.t[i - 1].is('.'))
    {
        return None;
    }
    let sep = ctx.tok(i + 1)?;
    if !(sep.is('/') || sep.is('-') || sep.is('.')) || !ctx.glued(i + 1) || !ctx.glued(i + 2) {
        return None;
    }
    let first = a.number()?;
    if let Some((month, mlen)) = month_at(ctx, i + 2) {
        return numeric_day_month_word(ctx, i, sep, first, (month, mlen));
    }
    // "12-2015", "03/2020": a month and a year.
    if let Some(y) = year_at(ctx, i + 2) {
        let glued_more = ctx.glued(i + 3)
            && ctx
                .tok(i + 3)
                .is_some_and(|t| t.is('-') || t.is('/') || t.kind == Kind::Number);
        return ((1..=12).contains(&first) && !glued_more && !sep.is('.'))
            .then_some((3, Expr::month(Year::Abs(y), first)));
    }
    numeric_day_month(ctx, i, sep, first)
}

/// A day number and a month written as a word, the year after the same separator: `2/okt`,
/// `23-sep-2020`.
fn numeric_day_month_word(
    ctx: &Ctx,
    i: usize,
    sep: &Token,
    day: u32,
    (month, mlen): (u32, usize),
) -> Option<(usize, Expr)> {
    let mut len = 2 + mlen;
    let mut year = Year::Infer;
    if ctx.tok(i + len).is_some_and(|s| s.lower == sep.lower) && ctx.glued(i + len) {
        if let Some(y) = year_at(ctx, i + len + 1) {
            year = Year::Abs(y);
            len += 2;
        }
    }
    (1..=31)
        .contains(&day)
        .then_some((len, Expr::day(year, month, day)))
}

/// Two numbers, day and month (day first in nl and fr; month first in en unless impossible), and a
/// year after the same separator, or none: `11/02/2020`, `22/04`, `11-02-20`.
fn numeric_day_month(ctx: &Ctx, i: usize, sep: &Token, first: u32) -> Option<(usize, Expr)> {
    let b = ctx.tok(i + 2)?;
    if b.kind != Kind::Number || b.lower.len() > 2 {
        return None;
    }
    let second = b.number()?;
    let (day, month) = if ctx.lang == Lang::En && first <= 12 {
        (second, first)
    } else if ctx.lang == Lang::En || second <= 12 {
        (first, second)
    } else {
        (second, first)
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let third_sep = ctx
        .tok(i + 3)
        .filter(|s| s.lower == sep.lower && !s.space_before);
    if third_sep.is_some() && ctx.glued(i + 4) {
        let year = numeric_year(ctx.tok(i + 4)?)?;
        if ctx.glued(i + 5) && ctx.tok(i + 5).is_some_and(|t| t.kind == Kind::Number) {
            return None;
        }
        return Some((5, Expr::day(Year::Abs(year), month, day)));
    }
    // No year: only with '/' (a '-' or '.' pair is too often a score or a decimal), or after "on".
    let after_on = i > 0
        && (ctx.is(i - 1, Category::On)
            || ctx.is(i - 1, Category::From)
            || ctx.is(i - 1, Category::To));
    let followed_by_digit = ctx.glued(i + 3)
        && ctx
            .tok(i + 3)
            .is_some_and(|t| t.kind == Kind::Number || t.is('/'));
    if followed_by_digit || ctx.glued(i + 3) && ctx.tok(i + 3).is_some_and(|t| t.kind == Kind::Word)
    {
        return None;
    }
    // "5 2/3 innings", "1 3/4 miles": the fraction of a mixed number.
    if sep.is('/') && i > 0 && ctx.t[i - 1].kind == Kind::Number && ctx.t[i].space_before {
        return None;
    }
    (sep.is('/') || (sep.is('-') && after_on)).then_some((3, Expr::day(Year::Infer, month, day)))
}

/// The year of a numeric date: four digits, or two (`20` is 2020, `78` is 1978).
fn numeric_year(t: &Token) -> Option<i32> {
    match (t.lower.len(), t.number()) {
        (4, Some(y)) => Some(y as i32),
        (2, Some(y)) if y < 40 => Some(2000 + y as i32),
        (2, Some(y)) => Some(1900 + y as i32),
        _ => None,
    }
}

/// Day, month and year as numbers separated by spaces, day first (nl, fr): `18 08 1978`, `2 4 2009`,
/// `18 08 78`. Only with a four-digit year, or two digits in every field; never thousands groups
/// (`1 200 000`, whose groups have three digits).
pub(crate) fn spaced_numeric_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if ctx.lang == Lang::En {
        return None;
    }
    let fields: Vec<&Token> = (0..3).map(|k| ctx.tok(i + k)).collect::<Option<_>>()?;
    let spaced = fields.iter().skip(1).all(|t| t.space_before);
    if !spaced || fields.iter().any(|t| t.kind != Kind::Number) {
        return None;
    }
    // Not inside a longer run of numbers ("tel. 02 04 20 09").
    let before_is_number = i > 0 && ctx.t[i - 1].kind == Kind::Number;
    if before_is_number || ctx.tok(i + 3).is_some_and(|t| t.kind == Kind::Number) {
        return None;
    }
    let (d, m, y) = (&fields[0].lower, &fields[1].lower, &fields[2].lower);
    if d.len() > 2 || m.len() > 2 {
        return None;
    }
    let year: i32 = match y.len() {
        4 => year_at(ctx, i + 2)?,
        2 if d.len() == 2 && m.len() == 2 => {
            let yy: i32 = y.parse().ok()?;
            if yy >= 50 {
                1900 + yy
            } else {
                2000 + yy
            }
        }
        _ => return None,
    };
    let (day, month): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    Some((3, Expr::day(Year::Abs(year), month, day)))
}

/// `[lundi] [le] 11 [de] février [2020]`, `the 11th of February`, `3e jan 2019`, `1er mars`.
pub(crate) fn day_month_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    let mut has_weekday = false;
    if let Some((_, len)) = weekday_at(ctx, j) {
        j = ctx.skip_comma(j + len);
        has_weekday = true;
    }
    let k = ctx.skip_article(j);
    if !has_weekday && k > j {
        return None; // the finding starts at the day itself
    }
    let (day, dlen) = day_at(ctx, k)?;
    if has_weekday && k == j && ctx.tok(k).is_some_and(|t| t.kind != Kind::Number) {
        return None;
    }
    let mut j = k + dlen;
    j = ctx.skip_of(j);
    let (month, mlen) = month_at(ctx, j)?;
    // "3 mar" where "mar" is an ambiguous abbreviation: fine with a day before it.
    j += mlen;
    let mut year = Year::Infer;
    let after = ctx.skip_comma(j);
    let after_of = ctx.skip_of(after);
    if let Some(y) = year_at(ctx, after_of) {
        year = Year::Abs(y);
        j = after_of + 1;
    }
    if k > j {
        return None;
    }
    Some((
        j - i,
        Expr::Cal {
            year,
            month: Some(month),
            day: Some(day),
            dir: Dir::Auto,
        },
    ))
}

/// `February 11, 2020`, `Feb. 11`, `February 11th`, `mei vijf`.
pub(crate) fn month_day_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    if let Some((_, len)) = weekday_at(ctx, j) {
        j = ctx.skip_comma(j + len);
    }
    let (month, mlen) = month_at(ctx, j)?;
    let k = ctx.skip_article(j + mlen);
    ctx.tok(k)?;
    // "August two thousand and fifteen" is a month and a year.
    if ctx.is(k, Category::Indefinite) || year_words_at(ctx, ctx.skip_of(j + mlen)).is_some() {
        return None;
    }
    let (day, dlen) = match day_at(ctx, k) {
        Some(d) => d,
        None => {
            let n = number_at(ctx.phrases, k).filter(|n| !n.digits)?;
            ((n.value as u32).clamp(0, 99), n.len)
        }
    };
    if !(1..=31).contains(&day) {
        return None;
    }
    // "15 mei het eerste filiaal": an ordinal after an article, before its noun.
    if k > j + mlen && ctx.t[k].kind == Kind::Word && ordinal_before_a_word(ctx, k + dlen) {
        return None;
    }
    // "October 2019" is a month and a year, not the 20th.
    if ctx
        .tok(k)
        .is_some_and(|t| t.kind == Kind::Number && t.lower.len() > 2)
    {
        return None;
    }
    let mut end = k + dlen;
    let mut year = Year::Infer;
    // "February 11, 2020", "November 23 of 1987", "novembre 23 de 1987".
    let after = ctx.skip_of(ctx.skip_comma(end));
    if let Some(y) = year_at(ctx, after) {
        year = Year::Abs(y);
        end = after + 1;
    }
    // A bare number after an ambiguous month ("may 5 people") needs a year or a suffix to count.
    if ambiguous_month(ctx, j) && year == Year::Infer && dlen == 1 && !ctx.t[j].capitalised {
        return None;
    }
    Some((
        end - i,
        Expr::Cal {
            year,
            month: Some(month),
            day: Some(day),
            dir: Dir::Auto,
        },
    ))
}

/// `oktober 2019`, `octobre 2019`, `dec, 2018`, `dec/2018`, `2017 april`, `October of 2019`, `January of
/// this year`, `mars de l'année dernière`.
pub(crate) fn month_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if let Some(y) = year_at(ctx, i) {
        let (month, mlen) = month_at(ctx, i + 1)?;
        if day_at(ctx, i + 1 + mlen).is_some() {
            return None;
        }
        return Some((1 + mlen, Expr::month(Year::Abs(y), month)));
    }
    // "last October 2019": with a year given, the cue adds nothing.
    let (_, j) = dir_then(ctx, i);
    let (month, mlen) = month_at(ctx, j)?;
    let mut k = j + mlen;
    if ctx.punct(k, '/') || ctx.punct(k, ',') || ctx.punct(k, '-') {
        k += 1;
    } else {
        k = ctx.skip_of(k);
    }
    let (year, ylen) = match year_at(ctx, k) {
        Some(y) => (Year::Abs(y), 1),
        None => match year_words_at(ctx, k) {
            Some((y, len)) => (Year::Abs(y), len),
            // "January of this year", "mars de l'année dernière", "mei van vorig jaar".
            None => relative_year_at(ctx, k).filter(|_| k > j + mlen)?,
        },
    };
    Some((k + ylen - i, Expr::month(year, month)))
}

/// A month with a cue or alone: `novembre dernier`, `last November`, `vorige november`,
/// `aanstaande september`, `cette août`, `in May`, `oktober`.
pub(crate) fn month_with_cue(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (mut dir, mut j) = dir_then(ctx, i);
    // "ce mois d'août", "the month of August", "de maand augustus": the word month names the month.
    let k = ctx.skip_article(j);
    if let Some((Unit::Month, ulen)) = unit_at(ctx, k) {
        let m = ctx.skip_of(k + ulen);
        if month_at(ctx, m).is_some() && (k > j || m > k + ulen || dir != Dir::Auto) {
            j = m;
        }
    }
    let (month, mlen) = month_at(ctx, j)?;
    let mut end = j + mlen;
    if dir == Dir::Auto {
        if let Some((d, len)) = dir_after(ctx, end) {
            dir = d;
            end += len;
        }
    }
    if dir == Dir::Auto && looks_like_a_name(ctx, j, end) {
        return None;
    }
    // "they march", "to march", "we may": the verb.
    if dir == Dir::Auto && ambiguous_month(ctx, j) && j > 0 && ctx.is(j - 1, Category::VerbBefore) {
        return None;
    }
    // "and may in fact", "this may be increased": English writes its months capitalised, so a
    // lower-case `may` or `march` before a word that does not go on with a date is the verb.
    if ctx.lang == Lang::En && ambiguous_month(ctx, j) && !ctx.t[j].capitalised {
        let goes_on = [Category::Of, Category::To, Category::Also, Category::And];
        if ctx.tok(end).is_some_and(|t| {
            t.kind == Kind::Word
                && t.space_before
                && (ctx.hit_any(end, &goes_on).is_none() || ctx.is(end, Category::In))
        }) {
            return None;
        }
    }
    if dir == Dir::Auto && ambiguous_month(ctx, j) {
        let t = &ctx.t[j];
        let mid_sentence_capital = t.capitalised && j > 0 && !ctx.t[j - 1].is('.');
        let full_name = t.lower.len() > 3 && ctx.lang != Lang::En;
        if !(temporal_context_before(ctx, j)
            || mid_sentence_capital && ctx.lang == Lang::En
            || full_name && temporal_context_before(ctx, j))
        {
            return None;
        }
        if ctx.lang == Lang::En && !temporal_context_before(ctx, j) && !mid_sentence_capital {
            return None;
        }
    }
    let year = if dir == Dir::This {
        Year::Rel(0)
    } else {
        Year::Infer
    };
    Some((
        end - i,
        Expr::Cal {
            year,
            month: Some(month),
            day: None,
            dir,
        },
    ))
}

/// Whether the capitalised month name at `j` (ending before `end`) is the first name of a person or a
/// name's first word: `April Ryan`, `June Carter`, `April de Wolf`, `March Madness`, where a capitalised
/// word (not a date word) or a name joiner and a capitalised word follow and nothing before it makes it
/// a date (`in May Trump said`); or a surname after a given name (`Jean Avril`); or the second half of a
/// hyphenated name (`Klaas-Jan`).
fn looks_like_a_name(ctx: &Ctx, j: usize, end: usize) -> bool {
    let capital_word = |k: usize| {
        ctx.tok(k).is_some_and(|t| {
            t.kind == Kind::Word
                && t.capitalised
                && t.space_before
                && !ctx.phrases.starts_any(k, ctx.lex.date_categories)
        })
    };
    let joined = ctx
        .hit(end, Category::Joiner)
        .is_some_and(|h| capital_word(end + h.len));
    // "Klaas-Jan": the second half of a hyphenated first name.
    let hyphenated = j >= 2
        && ctx.punct(j - 1, '-')
        && ctx.glued(j - 1)
        && ctx.glued(j)
        && ctx.t[j - 2].capitalised
        && ctx.t[j - 2].kind == Kind::Word;
    ctx.t[j].capitalised
        && (hyphenated
            || (j > 0 && given_name_at(ctx, j - 1))
            || (capital_word(end) || joined) && !temporal_context_before(ctx, j))
}

/// A weekday, with its cues: `lundi`, `vorige maandag`, `last Monday`, `lundi prochain`,
/// `volgende week maandag`, `maandag van volgende week`, `dinsdag de elfde`.
pub(crate) fn weekday(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    let mut dir = Dir::Auto;
    let mut week_offset = None;
    if let Some((d, len)) = dir_before(ctx, j) {
        // "volgende week maandag": a relative week, then the weekday.
        if let Some((Unit::Week, ulen)) = unit_at(ctx, j + len) {
            week_offset = Some(d.offset());
            j += len + ulen;
            if ctx.punct(j, '-') {
                j += 1;
            }
        } else {
            dir = d;
            j += len;
        }
    }
    let (wd, wlen) = weekday_at(ctx, j)?;
    if ctx.is(j, Category::AmbiguousWeekday) && dir == Dir::Auto && week_offset.is_none() {
        return None;
    }
    // "Pierre Lundi": a surname after a given name.
    if j == i && ctx.t[j].capitalised && j > 0 && given_name_at(ctx, j - 1) {
        return None;
    }
    // "Roze Zaterdag", "le Super Mardi": Dutch and French write weekdays in lower case, so one
    // capitalised after a capitalised word is a name's.
    if j == i
        && ctx.lang != Lang::En
        && ctx.t[j].capitalised
        && j > 0
        && ctx.t[j - 1].capitalised
        && ctx.t[j - 1].kind == Kind::Word
    {
        return None;
    }
    let mut end = j + wlen;
    if dir == Dir::Auto && week_offset.is_none() {
        if let Some((d, len)) = dir_after(ctx, end) {
            dir = d;
            end += len;
        } else {
            // "maandag van volgende week", "lundi de la semaine prochaine", and with nothing between
            // them "Wednesday next week", "woensdag volgende week".
            let k = ctx.skip_article(ctx.skip_of(end));
            if let Some((d, len)) = dir_before(ctx, k) {
                if let Some((Unit::Week, ulen)) = unit_at(ctx, k + len) {
                    week_offset = Some(d.offset());
                    end = k + len + ulen;
                }
            } else if k > end {
                if let Some((Unit::Week, ulen)) = unit_at(ctx, k) {
                    if let Some((d, len)) = dir_after(ctx, k + ulen) {
                        week_offset = Some(d.offset());
                        end = k + ulen + len;
                    }
                }
            }
        }
    }
    Some((
        end - i,
        Expr::Weekday {
            weekday: wd,
            dir,
            week_offset,
        },
    ))
}

/// A weekday followed by the date it falls on: `this Friday 5/12`, `vendredi 12/05`,
/// `Friday-Jun-15`, `maandag 12-4`.
pub(crate) fn weekday_with_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    if let Some((_, len)) = dir_before(ctx, j) {
        j += len;
    }
    let (_, wlen) = weekday_at(ctx, j)?;
    let mut k = j + wlen;
    if ctx.punct(k, ',') || ctx.punct(k, '-') || ctx.punct(k, '(') {
        k += 1;
    }
    let (len, date) = [numeric_date, month_day_year, day_month_year]
        .iter()
        .filter_map(|rule| rule(ctx, k))
        .max_by_key(|(len, _)| *len)
        .or_else(|| {
            // "maandag 12-4" (a pair with a dash after a weekday is a date).
            let a = ctx.tok(k)?.number()?;
            if !ctx.punct(k + 1, '-') || !ctx.glued(k + 1) || !ctx.glued(k + 2) {
                return None;
            }
            let b = ctx.tok(k + 2)?.number()?;
            let (day, month) = if ctx.lang == Lang::En { (b, a) } else { (a, b) };
            ((1..=12).contains(&month) && (1..=31).contains(&day))
                .then_some((3, Expr::day(Year::Infer, month, day)))
        })?;
    let mut end = k + len;
    if ctx.punct(k - 1, '(') && ctx.punct(end, ')') {
        end += 1;
    }
    Some((end - i, date))
}

/// A day of the month without a month: `the 18th`, `de 18e`, and after a weekday `Sunday 31`,
/// `mardi 11`, `dinsdag de elfde`, `wednesday the thirty first`.
pub(crate) fn day_of_month(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let weekday = weekday_at(ctx, i);
    let j = match weekday {
        Some((_, len)) => i + len,
        None => i,
    };
    let k = ctx.skip_article(j);
    let (day, dlen) = day_at(ctx, k)?;
    let written_as_ordinal = ctx.tok(k).is_some_and(|t| t.kind == Kind::Word) || dlen == 2;
    let end = k + dlen;
    // Not when a month or a unit follows ("the 18th of May" is another rule; "the 3 days" is not a date).
    if month_at(ctx, ctx.skip_of(end)).is_some()
        || unit_at(ctx, end).is_some()
        || ctx.punct(end, '/')
        || ctx.punct(end, '-')
    {
        return None;
    }
    match weekday {
        Some((wd, _)) => Some((
            end - i,
            Expr::DayOfMonth {
                day,
                weekday: Some(wd),
            },
        )),
        // "the 18th", "de 18e"; not an ordinal before a noun or in a name ("the first convictions",
        // "de derde ronde", "de Tweede Kamer").
        None if k > j
            && written_as_ordinal
            && ctx.lang != Lang::Fr
            && !ctx.t[k].capitalised
            && !ordinal_before_a_word(ctx, end) =>
        {
            Some((end - i, Expr::DayOfMonth { day, weekday: None }))
        }
        // "le 23" before a pause or a word that ends the date ("je reviendrai le 23 pour trois heures").
        None if k > j
            && ctx.lang == Lang::Fr
            && ctx.tok(k).is_some_and(|t| t.kind == Kind::Number)
            && coordinated_day(ctx, k).is_none()
            && ctx.tok(end).is_none_or(|t| {
                (t.kind == Kind::Punct && !t.is('%')) || ctx.at(end, Category::AfterDay).is_some()
            }) =>
        {
            Some((end - i, Expr::DayOfMonth { day, weekday: None }))
        }
        None => None,
    }
}

/// A day of the month joined to a following full date that gives its month: `18` in `18 and 19 June`,
/// `le 18 et le 19 juin`, `18 en 19 juni`. (`18 to 19 June` is a range, found by [`super::ranges::range`].)
pub(crate) fn coordinated_day(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (day, dlen) = day_at(ctx, i)?;
    let j = i + dlen;
    let k = ctx.skip_article(j + ctx.at(j, Category::Also)?);
    match day_month_year(ctx, k)? {
        (
            _,
            Expr::Cal {
                year,
                month: Some(month),
                day: Some(other),
                dir,
            },
        ) if day < other => Some((
            dlen,
            Expr::Cal {
                year,
                month: Some(month),
                day: Some(day),
                dir,
            },
        )),
        _ => None,
    }
}

/// `the weekend`, `over the weekend`, `le week-end`, `dat weekend`, `het weekend`: one weekend, with an
/// article or `that` before it (a bare `weekend traffic` is not a date; `weekends` is a recurrence, and
/// `this weekend`, `le week-end dernier` are [`super::periods::relative_unit`]s).
pub(crate) fn weekend(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = match ctx.at(i, Category::Same) {
        Some(len) => i + len,
        None => ctx.skip_article(i),
    };
    if j == i {
        return None;
    }
    let (unit, len) = unit_at(ctx, j)?;
    let plural =
        ctx.t[j + len - 1].lower.ends_with('s') || ctx.t[j + len - 1].lower.ends_with("en");
    if unit != Unit::Weekend || plural {
        return None;
    }
    Some((j + len - i, Expr::Weekend))
}

/// `vandaag`, `demain`, `yesterday`, `la veille`, `the next morning`.
pub(crate) fn deictic(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if let Some(hit) = ctx.hit(i, Category::Deictic) {
        // Dutch "morgen" after "'s", "deze" or "van" is the morning, not tomorrow.
        if i > 0 && hit.int() == 1 && ctx.is(i - 1, Category::MorningBefore) {
            return None;
        }
        let mut len = hit.len;
        let expr = Expr::DayOffset(hit.int());
        if let Some((part, plen)) = daypart_at(ctx, i + len) {
            len += plen;
            return Some((
                len,
                Expr::Time {
                    date: Some(Box::new(expr)),
                    hour: None,
                    minute: None,
                    part: Some(part),
                },
            ));
        }
        return Some((len, expr));
    }
    // "the next day", "la veille": a day from the date written last (the reference's when none).
    let hit = ctx.hit(i, Category::EventRelative)?;
    Some((
        hit.len,
        from_then(
            hit.int().unsigned_abs() as f64,
            Unit::Day,
            hit.int().signum(),
        ),
    ))
}

/// A date `amount` units after (`sign` 1) or before (−1) the date written last.
pub(crate) fn from_then(amount: f64, unit: Unit, sign: i64) -> Expr {
    Expr::Shift {
        amount,
        unit,
        sign,
        base: Some(Box::new(Expr::Then)),
    }
}

/// `now`, `nu`, `actuellement`, `in the past`, `bientôt`, `tot nu toe`.
pub(crate) fn reference(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Ref])?;
    let value = match hit.value {
        "PAST_REF" => "PAST_REF",
        "FUTURE_REF" => "FUTURE_REF",
        _ => "PRESENT_REF",
    };
    Some((hit.len, Expr::Ref(value)))
}

/// Holidays: `Christmas`, `Noël`, `Koningsdag`, `Pasen`, `Thanksgiving`, `Prinsjesdag`, with a year or a
/// cue (`Christmas 2019`, `last Easter`, `le prochain nouvel an`).
pub(crate) fn holiday(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (mut dir, j) = dir_then(ctx, ctx.skip_article(i));
    let (_, hit) = ctx.hit_any(j, &[Category::Holiday])?;
    let mut end = j + hit.len;
    // "la Pâques précédente", "Kerstmis volgend jaar" is not this: only a cue word after the name.
    if dir == Dir::Auto {
        if let Some((d, len)) = dir_after(ctx, end) {
            dir = d;
            end += len;
        }
    }
    let mut year = dir_to_year_offset(dir);
    let k = ctx.skip_of(end);
    if let Some(y) = year_at(ctx, k) {
        year = Year::Abs(y);
        end = k + 1;
    } else if let Some((y, len)) = relative_year_at(ctx, k).filter(|_| k > end) {
        // "Christmas of last year", "le jour de l'indépendance de cette année".
        year = y;
        end = k + len;
    }
    Some((end - i, holiday_expr(hit.value, year, dir)?))
}

/// The weekend of a holiday: `Memorial Day weekend`, `the Easter weekend`, `the weekend of
/// Thanksgiving 2023`, `le week-end de Pâques`, `het weekend van Pinksteren`, `het paasweekend`. The
/// weekend nearest the day (see [`Expr::WeekendOf`]): the one before a Monday holiday, the one after a
/// Thursday one.
pub(crate) fn holiday_weekend(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = ctx.skip_article(i);
    if !ctx.phrases.starts_any(j, ctx.holiday_or_unit) {
        return None;
    }
    // "het paasweekend": one word.
    if let Some(hit) = ctx.hit(j, Category::HolidayWeekend) {
        let day = holiday_expr(hit.value, Year::Infer, Dir::Auto)?;
        return Some((j + hit.len - i, Expr::WeekendOf(Box::new(day))));
    }
    // "the weekend of Thanksgiving", "le week-end de la Pentecôte".
    if let Some((Unit::Weekend, ulen)) = unit_at(ctx, j) {
        let k = j + ulen;
        let of = ctx.at(k, Category::Of)?;
        let (hlen, day) = holiday(ctx, k + of)?;
        return Some((k + of + hlen - i, Expr::WeekendOf(Box::new(day))));
    }
    // "Labor Day weekend", "the Labor Day 2021 weekend": the holiday's name, the weekend word a
    // year or two words after it, then the holiday read whole.
    let h = j + ctx.at(j, Category::Holiday)?;
    let w = (h..h + 3).find(|&k| {
        ctx.is(k, Category::Unit) && matches!(unit_at(ctx, k), Some((Unit::Weekend, _)))
    })?;
    if ctx.t[w].lower.ends_with('s') {
        return None;
    }
    let (hlen, day) = holiday(ctx, i).filter(|(hlen, _)| i + hlen == w)?;
    Some((hlen + 1, Expr::WeekendOf(Box::new(day))))
}

/// The day a holiday line of the lexicon names (`12-25`, `easter+39`, `11-thu4+1`), in `year`.
pub(crate) fn holiday_expr(value: &str, year: Year, dir: Dir) -> Option<Expr> {
    let holiday = Holiday::parse(value)?;
    let base = match holiday.base {
        HolidayBase::Easter => Expr::Easter { year, dir },
        // The n-th weekday of a month: "11-thu4" (Thanksgiving), "05-mon-1" (the last Monday of May).
        HolidayBase::NthWeekday { month, weekday, n } => Expr::NthWeekday {
            year,
            month,
            weekday,
            n,
            dir,
        },
        HolidayBase::Fixed { month, day } => Expr::Cal {
            year,
            month: Some(month),
            day: Some(day),
            dir,
        },
    };
    // A feast a number of days from another: "easter+39" (Ascension), "11-thu4+1" (Black Friday).
    if holiday.offset_days == 0 {
        return Some(base);
    }
    Some(Expr::Shift {
        amount: holiday.offset_days.unsigned_abs() as f64,
        unit: Unit::Day,
        sign: holiday.offset_days.signum(),
        base: Some(Box::new(base)),
    })
}

/// The n-th (or the last) weekday or weekend of a month: `the first Monday of April`, `le dernier
/// samedi d'août`, `de eerste maandag van april 2020`, `the second weekend of June` (the weekend of the
/// month's second Saturday), `het laatste weekend van augustus`.
pub(crate) fn nth_weekday_of_month(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = ctx.skip_article(i);
    let (n, olen) = ordinal_or_last_at(ctx, j)?;
    if !(n == -1 || (1..=5).contains(&n)) {
        return None;
    }
    let k = j + olen;
    let (weekday, wlen) = match weekday_at(ctx, k) {
        Some(found) => found,
        None => match unit_at(ctx, k)? {
            (Unit::Weekend, len) => (6, len),
            _ => return None,
        },
    };
    let weekend = weekday_at(ctx, k).is_none();
    let m = k + wlen;
    let m = m + ctx.at(m, Category::Of)?;
    let (mlen, month) = point(ctx, m)?;
    let Expr::Cal {
        year,
        month: Some(month),
        day: None,
        dir,
    } = month
    else {
        return None;
    };
    let day = Expr::NthWeekday {
        year,
        month,
        weekday,
        n: n as i32,
        dir,
    };
    let expr = if weekend {
        Expr::WeekendOf(Box::new(day))
    } else {
        day
    };
    Some((m + mlen - i, expr))
}

/// A day just before or after a named day: `the day after Christmas`, `le lendemain de Pâques`, `la
/// veille de Noël`, `de dag voor Koningsdag`, `the day before 4 July`.
pub(crate) fn day_next_to(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (days, k) = if let Some(hit) = ctx.hit(i, Category::EventRelative) {
        (hit.int(), ctx.skip_of(i + hit.len))
    } else {
        // "de dag voor", "the day before": an article, one day, before or after.
        let j = ctx.skip_article(i);
        let (Unit::Day, ulen) = unit_at(ctx, j).filter(|_| j > i)? else {
            return None;
        };
        if ctx.t[j + ulen - 1].lower.ends_with('s') {
            return None;
        }
        let k = j + ulen;
        match (
            ctx.at(k, Category::AfterBase),
            ctx.at(k, Category::BeforeBase),
        ) {
            (Some(len), _) => (1, k + len),
            (None, Some(len)) => (-1, k + len),
            (None, None) => return None,
        }
    };
    let k = ctx.skip_article(k);
    let (plen, base) = point(ctx, k)?;
    if !is_day(&base) || days == 0 {
        return None;
    }
    Some((
        k + plen - i,
        Expr::Shift {
            amount: days.unsigned_abs() as f64,
            unit: Unit::Day,
            sign: days.signum(),
            base: Some(Box::new(base)),
        },
    ))
}

/// A year with nothing else: used inside larger rules that give the context.
pub(crate) fn year_plain(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let y = year_at(ctx, i)?;
    Some((1, Expr::year(y)))
}

/// A bare year only where the context makes it one: `in 2019`, `sinds 2010`, `(2019)`, `jaar 2008`,
/// `depuis 2015`; never `2019 euros`, `of 2000 dollars` or `8 000`.
pub(crate) fn year_in_context(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if year_at(ctx, i).is_none() {
        // "in two thousand and twenty".
        let (y, len) = year_words_at(ctx, i)?;
        let year = Expr::year(y);
        return temporal_context_before(ctx, i).then_some((len, year));
    }
    let y = year_at(ctx, i)?;
    if !(1000..=2100).contains(&y) {
        return None;
    }
    // An older year ("since 1789", "remonte à 1865") is as likely a count ("to 1500 people") or part
    // of a code ("555-1212"): only after a word, and when what follows ends the phrase (a comma or a
    // full stop, the end, `and`, `the`; not `to`, which makes a range of counts).
    if y < 1900 {
        let after_word = i > 0 && ctx.t[i - 1].kind == Kind::Word && ctx.t[i].space_before;
        let phrase_ends = match ctx.tok(i + 1) {
            None => true,
            Some(t) if t.kind == Kind::Punct => [',', '.', ';', ')'].iter().any(|c| t.is(*c)),
            Some(_) => ctx.is(i + 1, Category::The) || ctx.is(i + 1, Category::Also),
        };
        if !(after_word && phrase_ends) {
            return None;
        }
    }
    if ctx
        .tok(i + 1)
        .is_some_and(|t| t.is('%') || (t.kind == Kind::Word && !t.space_before))
    {
        return None;
    }
    // An amount, not a year: a number right before a currency word or symbol of the lexicon
    // (`a fine of 2000 dollars`, `une amende de 2000 euros`, `een boete van 2000 dollar`).
    if ctx.is(i + 1, Category::Currency) {
        return None;
    }
    let closing_paren = ctx.punct(i + 1, ')') && i > 0 && ctx.punct(i - 1, '(');
    (temporal_context_before(ctx, i) || closing_paren || year_as_adjective(ctx, i, y))
        .then_some((1, Expr::year(y)))
}

/// A recent year between a determiner and the noun it qualifies (English): `the 2016 election`, `its
/// 2019 report`, `a 2018 study`, `the 2020 Olympics`; a plural event noun too (`the 2014 protests`,
/// `the 2019 elections`: the `event_noun` cues), and an older year when a cue such as `before` or
/// `during` comes first (`during the 1936 games`); not a count (`the 2000 workers`, `the 1500
/// people`: another lower-case plural or a count noun after it).
fn year_as_adjective(ctx: &Ctx, i: usize, y: i32) -> bool {
    let cued = i > 1 && ctx.is(i - 2, Category::YearContext);
    let lowest = if cued { 1800 } else { 1950 };
    (lowest..=2099).contains(&y)
        && i > 0
        && ctx.is(i - 1, Category::YearDeterminer)
        && ctx.tok(i + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && t.space_before
                && (t.capitalised || !t.lower.ends_with('s') || ctx.is(i + 1, Category::EventNoun))
                && !ctx.is(i + 1, Category::CountNoun)
                && !ctx.is(i + 1, Category::Unit)
        })
}

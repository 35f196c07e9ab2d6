//! The named rules of the temporal tagger. Each rule looks at the tokens from a position and, when it
//! applies, says how many tokens it covers and what they mean ([`Expr`]). The rules are shared by the
//! three languages; what differs between languages (words, their order, which cues come before or after
//! a noun) is data in the lexicons.

use super::expr::{Dir, Expr, Unit, Year};
use crate::analysis::language::Lang;
use crate::analysis::lexicon::numbers::{number_at, ordinal_at};
use crate::analysis::lexicon::syntax::{Holiday, HolidayBase};
use crate::analysis::lexicon::{Category, Hit, Lexicon, Phrases};
use crate::analysis::text::tokens::{plural_stem, Kind, Token};

/// What the rules look at.
pub struct Ctx<'a> {
    /// The language's lexicon.
    pub lex: &'a Lexicon,
    /// The tokens with their lexicon entries.
    pub phrases: Phrases<'a>,
    /// The language.
    pub lang: Lang,
    /// The tokens of the text.
    pub t: &'a [Token],
}

/// A rule's finding: the tokens it covers and their meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// First token.
    pub start: usize,
    /// Number of tokens.
    pub len: usize,
    /// The meaning.
    pub expr: Expr,
    /// The rule's name.
    pub rule: &'static str,
}

type Rule = fn(&Ctx, usize) -> Option<(usize, Expr)>;

/// Every rule, by name. Longer findings win over shorter ones that overlap them.
pub const RULES: &[(&str, Rule)] = &[
    ("range", range),
    ("rolling_period", rolling_period),
    ("within_period", within_period),
    ("coordinated_day", coordinated_day),
    ("day_of_relative_month", day_of_relative_month),
    ("week_of_date", week_of_date),
    ("modified", modified),
    ("set_with_time", set_with_time),
    ("weekday_daypart_set", weekday_daypart_set),
    ("date_and_time", date_and_time),
    ("point", point),
    ("shift", shift),
    ("duration", duration),
    ("set", set),
    ("reference", reference),
    ("time", time),
];

/// All findings of all rules at every position, overlapping.
pub fn find_all(ctx: &Ctx) -> Vec<Found> {
    let mut found = Vec::new();
    for i in 0..ctx.t.len() {
        if !ctx.may_start(i) {
            continue;
        }
        for (name, rule) in RULES {
            if let Some((len, expr)) = rule(ctx, i) {
                if len > 0 {
                    found.push(Found {
                        start: i,
                        len,
                        expr,
                        rule: name,
                    });
                }
            }
        }
    }
    found
}

impl<'a> Ctx<'a> {
    /// A context over a text's tokens.
    pub fn new(lex: &'a Lexicon, lang: Lang, t: &'a [Token]) -> Ctx<'a> {
        Ctx {
            lex,
            phrases: Phrases::new(&lex.phrases, t),
            lang,
            t,
        }
    }

    /// Whether an expression can start at token `i`: a number, a lexicon word, a single character
    /// (`Q3`, `H1`, `½`), a number or ordinal written in words, a plural weekday or a Dutch length
    /// compound. Every rule starts with one of these, so the others are skipped without asking each
    /// rule.
    pub fn may_start(&self, i: usize) -> bool {
        let t = &self.t[i];
        t.kind == Kind::Number
            || self.phrases.starts_any(i, self.lex.date_categories)
            || (t.lower.chars().nth(1).is_none() && (t.kind != Kind::Punct || !t.lower.is_ascii()))
            || (t.kind == Kind::Word
                && (number_at(&self.phrases, i).is_some()
                    || ordinal_at(&self.phrases, i).is_some()
                    || plural_weekday(self, i).is_some()
                    || compound_duration(self, i).is_some()))
    }

    /// The longest phrase of `category` at token `i`.
    fn hit(&self, i: usize, category: Category) -> Option<Hit<'a>> {
        self.phrases.at(i, category)
    }

    /// The longest phrase of any of `categories` at token `i`.
    fn hit_any(&self, i: usize, categories: &[Category]) -> Option<(Category, Hit<'a>)> {
        self.phrases.at_any(i, categories)
    }

    fn tok(&self, i: usize) -> Option<&Token> {
        self.t.get(i)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is(c))
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    fn is(&self, i: usize, category: Category) -> bool {
        self.hit(i, category).is_some()
    }

    fn at(&self, i: usize, category: Category) -> Option<usize> {
        self.hit(i, category).map(|h| h.len)
    }

    /// `the`, `de`, `l'`… at `i`: the position after it (or `i`).
    fn skip_article(&self, i: usize) -> usize {
        i + self.at(i, Category::The).unwrap_or(0)
    }

    /// `of`, `van`, `de`… at `i`: the position after it (or `i`).
    fn skip_of(&self, i: usize) -> usize {
        i + self.at(i, Category::Of).unwrap_or(0)
    }

    fn skip_comma(&self, i: usize) -> usize {
        if self.punct(i, ',') {
            i + 1
        } else {
            i
        }
    }

    /// A four-digit year (1000–2999) at `i`, not glued to other digits.
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Number || t.lower.len() != 4 {
            return None;
        }
        let y: i32 = t.lower.parse().ok()?;
        if !(1000..=2999).contains(&y) {
            return None;
        }
        // Not "2020.5", "2,019" or "8 000"-style groups.
        if let (Some(sep), Some(next)) = (self.tok(i + 1), self.tok(i + 2)) {
            if (sep.is(',') || sep.is('.'))
                && !sep.space_before
                && !next.space_before
                && next.kind == Kind::Number
            {
                return None;
            }
        }
        if i > 0 {
            let prev = &self.t[i - 1];
            if !t.space_before && (prev.is(',') || prev.is('.')) {
                return None;
            }
        }
        Some(y)
    }

    /// A month name at `i` (with a glued abbreviation dot): (month, tokens).
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        let hit = self.hit(i, Category::Month)?;
        let mut len = hit.len;
        let number_follows = self
            .tok(i + len + 1)
            .is_some_and(|t| t.kind == Kind::Number);
        if self.punct(i + len, '.')
            && self.glued(i + len)
            && self.t[i].lower.len() <= 4
            && number_follows
        {
            len += 1;
        }
        Some((hit.int() as u32, len))
    }

    fn ambiguous_month(&self, i: usize) -> bool {
        self.is(i, Category::AmbiguousMonth)
    }

    fn weekday_at(&self, i: usize) -> Option<(u32, usize)> {
        let hit = self.hit(i, Category::Weekday)?;
        let mut len = hit.len;
        if self.punct(i + len, '.') && self.glued(i + len) && self.t[i].lower.len() <= 4 {
            len += 1;
        }
        Some((hit.int() as u32, len))
    }

    /// A day of the month at `i`: `11`, `11th`, `1er`, `eerste`, `twenty-first`.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if let Some((d, len)) = ordinal_at(&self.phrases, i) {
            return (1..=31).contains(&d).then_some((d, len));
        }
        if t.kind == Kind::Number && t.lower.len() <= 2 {
            // Not an amount of money ("$12 December 27", "€ 5").
            const CURRENCY_SYMBOLS: [&str; 5] = ["$", "€", "£", "¥", "₣"];
            if i >= 1 && CURRENCY_SYMBOLS.contains(&self.t[i - 1].lower.as_str()) {
                return None;
            }
            // Not the fraction of a decimal ("107.31").
            if i >= 2
                && !t.space_before
                && (self.t[i - 1].is('.') || self.t[i - 1].is(','))
                && self.t[i - 2].kind == Kind::Number
            {
                return None;
            }
            let d = t.number()?;
            // Not the integer part of a decimal ("7,2").
            if let Some(sep) = self.tok(i + 1) {
                if (sep.is(',') || sep.is('.'))
                    && self.glued(i + 1)
                    && self
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
    fn year_words_at(&self, i: usize) -> Option<(i32, usize)> {
        let words = |j: usize, range: std::ops::RangeInclusive<i64>| {
            number_at(&self.phrases, j)
                .filter(|n| {
                    !n.digits && n.value.fract() == 0.0 && range.contains(&(n.value as i64))
                })
                .map(|n| (n.value as i32, n.len))
        };
        if let Some(hit) = self.hit(i, Category::YearPrefix) {
            let base = i32::try_from(hit.int()).ok()?;
            return Some(match words(i + hit.len, 1..=99) {
                Some((n, len)) => (base + n, hit.len + len),
                None => (base, hit.len),
            });
        }
        if self.lang != Lang::En {
            return None;
        }
        let (century, clen) = words(i, 10..=20)?;
        let (n, len) = words(i + clen, 10..=99)?;
        Some((century * 100 + n, clen + len))
    }

    /// A unit of time at `i`.
    fn unit_at(&self, i: usize) -> Option<(Unit, usize)> {
        let (_, hit) = self.hit_any(i, &[Category::Unit])?;
        Some((Unit::parse(hit.value)?, hit.len))
    }

    /// An amount at `i`: a number, `a few`, `half`, with `and a half` after the unit handled by callers.
    fn amount_at(&self, i: usize) -> Option<(f64, usize)> {
        if let Some(len) = self.at(i, Category::OneAndAHalf) {
            return Some((1.5, len));
        }
        if let Some(hit) = self.hit(i, Category::Few) {
            return Some((hit.int() as f64, hit.len));
        }
        if let Some(len) = self.at(i, Category::Half) {
            return Some((0.5, len));
        }
        if self.tok(i).is_some_and(|t| t.lower == "½") {
            return Some((0.5, 1));
        }
        let n = number_at(&self.phrases, i)?;
        if !(n.value > 0.0 && n.value < 1000.0) {
            return None;
        }
        // "one and a half", "een en een half"
        if let Some(len) = self.at(i + n.len, Category::AndAHalf) {
            return Some((n.value + 0.5, n.len + len));
        }
        Some((n.value, n.len))
    }

    fn dir_before(&self, i: usize) -> Option<(Dir, usize)> {
        if let Some(len) = self.at(i, Category::Recent) {
            return Some((Dir::Recent, len));
        }
        if let Some(len) = self.at(i, Category::Coming) {
            return Some((Dir::Coming, len));
        }
        if let Some(len) = self.at(i, Category::Last) {
            return Some((Dir::Past, len));
        }
        if let Some(len) = self.at(i, Category::Next) {
            return Some((Dir::Future, len));
        }
        self.at(i, Category::This).map(|len| (Dir::This, len))
    }

    /// A direction cue at `i`, if any, and the position after it.
    fn dir_then(&self, i: usize) -> (Dir, usize) {
        match self.dir_before(i) {
            Some((d, len)) => (d, i + len),
            None => (Dir::Auto, i),
        }
    }

    fn dir_after(&self, i: usize) -> Option<(Dir, usize)> {
        if let Some(len) = self.at(i, Category::ComingAfter) {
            return Some((Dir::Coming, len));
        }
        if let Some(len) = self.at(i, Category::LastAfter) {
            return Some((Dir::Past, len));
        }
        self.at(i, Category::NextAfter)
            .map(|len| (Dir::Future, len))
    }

    /// Whether the token before `i` gives a bare number or month a temporal reading.
    fn temporal_context_before(&self, i: usize) -> bool {
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
            .any(|category| self.hit(j, *category).is_some_and(|h| j + h.len == i))
        }) || self.punct(i - 1, '(')
    }
}

fn dir_to_year_offset(dir: Dir) -> Year {
    match dir {
        Dir::This => Year::Rel(0),
        _ => Year::Infer,
    }
}

// ---------------------------------------------------------------------------------------------------
// Points: dates, months, years, weekdays, relative periods.

/// The longest point expression at `i`.
pub fn point(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    const POINTS: &[Rule] = &[
        weekday_with_date,
        day_of_month,
        iso_date,
        numeric_date,
        spaced_numeric_date,
        day_month_year,
        month_day_year,
        month_year,
        month_with_cue,
        weekday,
        deictic,
        weekend,
        relative_unit,
        quarter_or_half,
        season,
        decade_or_century,
        week_number,
        holiday,
        part_of,
        year_in_context,
    ];
    POINTS
        .iter()
        .filter_map(|rule| rule(ctx, i))
        .max_by_key(|(len, _)| *len)
}

/// `2020-02-11`.
fn iso_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let y = ctx.year_at(i)?;
    let sep = ctx.tok(i + 1)?;
    if !(sep.is('-') || sep.is('/') || sep.is('.')) || !ctx.glued(i + 1) || !ctx.glued(i + 2) {
        return None;
    }
    if let Some((m, mlen)) = ctx.month_at(i + 2) {
        let k = i + 2 + mlen;
        if ctx.tok(k).is_some_and(|t| t.lower == sep.lower) && ctx.glued(k) && ctx.glued(k + 1) {
            let d = ctx.tok(k + 1)?.number()?;
            crate::analysis::text::calendar::Date::new(y, m, d)?;
            return Some((
                k + 2 - i,
                Expr::Cal {
                    year: Year::Abs(y),
                    month: Some(m),
                    day: Some(d),
                    dir: Dir::Auto,
                },
            ));
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
        .then_some((
            3,
            Expr::Cal {
                year: Year::Abs(y),
                month: Some(m),
                day: None,
                dir: Dir::Auto,
            },
        ));
    }
    let d = ctx.tok(i + 4)?.number()?;
    crate::analysis::text::calendar::Date::new(y, m, d)?;
    Some((
        5,
        Expr::Cal {
            year: Year::Abs(y),
            month: Some(m),
            day: Some(d),
            dir: Dir::Auto,
        },
    ))
}

/// `11/02/2020`, `11-02-2020`, `11.02.2020` (day first in nl and fr; month first in en unless
/// impossible), `22/04`, `2/okt`, `23-sep-2020`, `01/aug/2019`.
fn numeric_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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
    // Month written as a word: 2/okt, 23-sep-2020.
    if let Some((m, mlen)) = ctx.month_at(i + 2) {
        let mut len = 2 + mlen;
        let mut year = Year::Infer;
        if ctx.tok(i + len).is_some_and(|s| s.lower == sep.lower) && ctx.glued(i + len) {
            if let Some(y) = ctx.year_at(i + len + 1) {
                year = Year::Abs(y);
                len += 2;
            }
        }
        return (1..=31).contains(&first).then_some((
            len,
            Expr::Cal {
                year,
                month: Some(m),
                day: Some(first),
                dir: Dir::Auto,
            },
        ));
    }
    // "12-2015", "03/2020": a month and a year.
    if let Some(y) = ctx.year_at(i + 2) {
        let glued_more = ctx.glued(i + 3)
            && ctx
                .tok(i + 3)
                .is_some_and(|t| t.is('-') || t.is('/') || t.kind == Kind::Number);
        return ((1..=12).contains(&first) && !glued_more && !sep.is('.')).then_some((
            3,
            Expr::Cal {
                year: Year::Abs(y),
                month: Some(first),
                day: None,
                dir: Dir::Auto,
            },
        ));
    }
    let b = ctx.tok(i + 2)?;
    if b.kind != Kind::Number || b.lower.len() > 2 {
        return None;
    }
    let second = b.number()?;
    // Day first in nl and fr; month first in en, unless the first number cannot be a month.
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
        let y_tok = ctx.tok(i + 4)?;
        let year = match (y_tok.lower.len(), y_tok.number()) {
            (4, Some(y)) => y as i32,
            (2, Some(y)) => {
                if y < 40 {
                    2000 + y as i32
                } else {
                    1900 + y as i32
                }
            }
            _ => return None,
        };
        if ctx.glued(i + 5) && ctx.tok(i + 5).is_some_and(|t| t.kind == Kind::Number) {
            return None;
        }
        return Some((
            5,
            Expr::Cal {
                year: Year::Abs(year),
                month: Some(month),
                day: Some(day),
                dir: Dir::Auto,
            },
        ));
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
    if sep.is('/') || (sep.is('-') && after_on) {
        return Some((
            3,
            Expr::Cal {
                year: Year::Infer,
                month: Some(month),
                day: Some(day),
                dir: Dir::Auto,
            },
        ));
    }
    None
}

/// `[lundi] [le] 11 [de] février [2020]`, `the 11th of February`, `3e jan 2019`, `1er mars`.
fn day_month_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    let mut has_weekday = false;
    if let Some((_, len)) = ctx.weekday_at(j) {
        j = ctx.skip_comma(j + len);
        has_weekday = true;
    }
    let k = ctx.skip_article(j);
    if !has_weekday && k > j {
        return None; // the finding starts at the day itself
    }
    let (day, dlen) = ctx.day_at(k)?;
    if has_weekday && k == j && ctx.tok(k).is_some_and(|t| t.kind != Kind::Number) {
        return None;
    }
    let mut j = k + dlen;
    j = ctx.skip_of(j);
    let (month, mlen) = ctx.month_at(j)?;
    // "3 mar" where "mar" is an ambiguous abbreviation: fine with a day before it.
    j += mlen;
    let mut year = Year::Infer;
    let after = ctx.skip_comma(j);
    let after_of = ctx.skip_of(after);
    if let Some(y) = ctx.year_at(after_of) {
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

/// Day, month and year as numbers separated by spaces, day first (nl, fr): `18 08 1978`, `2 4 2009`,
/// `18 08 78`. Only with a four-digit year, or two digits in every field; never thousands groups
/// (`1 200 000`, whose groups have three digits).
fn spaced_numeric_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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
        4 => ctx.year_at(i + 2)?,
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
    Some((
        3,
        Expr::Cal {
            year: Year::Abs(year),
            month: Some(month),
            day: Some(day),
            dir: Dir::Auto,
        },
    ))
}

/// `February 11, 2020`, `Feb. 11`, `February 11th`, `mei vijf`.
fn month_day_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    if let Some((_, len)) = ctx.weekday_at(j) {
        j = ctx.skip_comma(j + len);
    }
    let (month, mlen) = ctx.month_at(j)?;
    let k = ctx.skip_article(j + mlen);
    ctx.tok(k)?;
    // "August two thousand and fifteen" is a month and a year.
    if ctx.is(k, Category::Indefinite) || ctx.year_words_at(ctx.skip_of(j + mlen)).is_some() {
        return None;
    }
    let (day, dlen) = match ctx.day_at(k) {
        Some(d) => d,
        None => {
            let n = number_at(&ctx.phrases, k).filter(|n| !n.digits)?;
            ((n.value as u32).clamp(0, 99), n.len)
        }
    };
    if !(1..=31).contains(&day) {
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
    if let Some(y) = ctx.year_at(after) {
        year = Year::Abs(y);
        end = after + 1;
    }
    // A bare number after an ambiguous month ("may 5 people") needs a year or a suffix to count.
    if ctx.ambiguous_month(j) && year == Year::Infer && dlen == 1 && !ctx.t[j].capitalised {
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

/// `oktober 2019`, `octobre 2019`, `dec, 2018`, `dec/2018`, `2017 april`, `October of 2019`.
fn month_year(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if let Some(y) = ctx.year_at(i) {
        let (month, mlen) = ctx.month_at(i + 1)?;
        if ctx.day_at(i + 1 + mlen).is_some() {
            return None;
        }
        return Some((
            1 + mlen,
            Expr::Cal {
                year: Year::Abs(y),
                month: Some(month),
                day: None,
                dir: Dir::Auto,
            },
        ));
    }
    // "last October 2019": with a year given, the cue adds nothing.
    let (_, j) = ctx.dir_then(i);
    let (month, mlen) = ctx.month_at(j)?;
    let mut k = j + mlen;
    if ctx.punct(k, '/') || ctx.punct(k, ',') || ctx.punct(k, '-') {
        k += 1;
    } else {
        k = ctx.skip_of(k);
    }
    let (y, ylen) = match ctx.year_at(k) {
        Some(y) => (y, 1),
        None => ctx.year_words_at(k)?,
    };
    Some((
        k + ylen - i,
        Expr::Cal {
            year: Year::Abs(y),
            month: Some(month),
            day: None,
            dir: Dir::Auto,
        },
    ))
}

/// A month with a cue or alone: `novembre dernier`, `last November`, `vorige november`,
/// `aanstaande september`, `cette août`, `in May`, `oktober`.
fn month_with_cue(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (mut dir, mut j) = ctx.dir_then(i);
    // "ce mois d'août", "the month of August", "de maand augustus": the word month names the month.
    let k = ctx.skip_article(j);
    if let Some((Unit::Month, ulen)) = ctx.unit_at(k) {
        let m = ctx.skip_of(k + ulen);
        if ctx.month_at(m).is_some() && (k > j || m > k + ulen || dir != Dir::Auto) {
            j = m;
        }
    }
    let (month, mlen) = ctx.month_at(j)?;
    let mut end = j + mlen;
    if dir == Dir::Auto {
        if let Some((d, len)) = ctx.dir_after(end) {
            dir = d;
            end += len;
        }
    }
    if dir == Dir::Auto && ctx.ambiguous_month(j) {
        let t = &ctx.t[j];
        let mid_sentence_capital = t.capitalised && j > 0 && !ctx.t[j - 1].is('.');
        let full_name = t.lower.len() > 3 && ctx.lang != Lang::En;
        if !(ctx.temporal_context_before(j)
            || mid_sentence_capital && ctx.lang == Lang::En
            || full_name && ctx.temporal_context_before(j))
        {
            return None;
        }
        if ctx.lang == Lang::En && !ctx.temporal_context_before(j) && !mid_sentence_capital {
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

/// A weekday, with its cues: `lundi`, `vorige maandag`, `last Monday`, `lundi prochain`,
/// `volgende week maandag`, `maandag van volgende week`, `dinsdag de elfde`.
fn weekday(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    let mut dir = Dir::Auto;
    let mut week_offset = None;
    if let Some((d, len)) = ctx.dir_before(j) {
        // "volgende week maandag": a relative week, then the weekday.
        if let Some((Unit::Week, ulen)) = ctx.unit_at(j + len) {
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
    let (wd, wlen) = ctx.weekday_at(j)?;
    if ctx.is(j, Category::AmbiguousWeekday) && dir == Dir::Auto && week_offset.is_none() {
        return None;
    }
    let mut end = j + wlen;
    if dir == Dir::Auto && week_offset.is_none() {
        if let Some((d, len)) = ctx.dir_after(end) {
            dir = d;
            end += len;
        } else {
            // "maandag van volgende week", "lundi de la semaine prochaine".
            let k = ctx.skip_article(ctx.skip_of(end));
            if k > end {
                if let Some((d, len)) = ctx.dir_before(k) {
                    if let Some((Unit::Week, ulen)) = ctx.unit_at(k + len) {
                        week_offset = Some(d.offset());
                        end = k + len + ulen;
                    }
                } else if let Some((Unit::Week, ulen)) = ctx.unit_at(k) {
                    if let Some((d, len)) = ctx.dir_after(k + ulen) {
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

/// `the weekend`, `over the weekend`, `le week-end`, `dat weekend`, `het weekend`: one weekend, with an
/// article or `that` before it (a bare `weekend traffic` is not a date; `weekends` is a recurrence, and
/// `this weekend`, `le week-end dernier` are [`relative_unit`]s).
fn weekend(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = match ctx.at(i, Category::Same) {
        Some(len) => i + len,
        None => ctx.skip_article(i),
    };
    if j == i {
        return None;
    }
    let (unit, len) = ctx.unit_at(j)?;
    let plural =
        ctx.t[j + len - 1].lower.ends_with('s') || ctx.t[j + len - 1].lower.ends_with("en");
    if unit != Unit::Weekend || plural {
        return None;
    }
    Some((j + len - i, Expr::Weekend))
}

/// `vandaag`, `demain`, `yesterday`, `la veille`, `the next morning`.
fn deictic(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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
    let hit = ctx.hit(i, Category::EventRelative)?;
    Some((hit.len, Expr::DayOffset(hit.int())))
}

/// A lexicon value as one of the `known` TIMEX3 codes the rules hand on (`MO`, `START`, `APPROX`…).
fn code_of(value: &str, known: &[&'static str]) -> Option<&'static str> {
    known.iter().copied().find(|code| *code == value)
}

fn daypart_at(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Daypart])?;
    let part = code_of(hit.value, &["MO", "AF", "EV"]).unwrap_or("NI");
    Some((part, hit.len))
}

/// `vorig jaar`, `last year`, `this week`, `l'année dernière`, `la semaine prochaine`, `ce mois-ci`,
/// `earlier this year`, `later dit jaar`, `plus tard cette année`, `het afgelopen kwartaal`.
fn relative_unit(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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
    if let Some((d, len)) = ctx.dir_before(j) {
        let k = j + len;
        if let Some((unit, ulen)) = ctx.unit_at(k) {
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            let mut end = k + ulen;
            // "ce mois-ci", "cette année-là".
            if ctx.punct(end, '-')
                && ctx
                    .tok(end + 1)
                    .is_some_and(|t| t.lower == "ci" || t.lower == "là")
            {
                end += 2;
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
    let (unit, ulen) = ctx.unit_at(j)?;
    let (d, len) = match ctx.dir_after(j + ulen) {
        Some(found) => found,
        None if earlier => (Dir::This, 0),
        None => return None,
    };
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
        return None;
    }
    Some((
        j + ulen + len - i,
        Expr::UnitOffset {
            unit,
            n: d.offset(),
        },
    ))
}

/// `Q3 2019`, `2019-Q3`, `het derde kwartaal van 2019`, `troisième trimestre 2019`, `the third quarter`,
/// `H1 2020`, `first half of 2020`, `premier semestre`.
fn quarter_or_half(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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
        let year = match ctx.year_at(k) {
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
    if let Some(y) = ctx.year_at(i) {
        let k = if ctx.punct(i + 1, '-') { i + 2 } else { i + 1 };
        let (u, n) = letter_num(k)?;
        return Some((k + 2 - i, make(u, n, Year::Abs(y))?));
    }
    // ordinal + quarter/half [of] [year].
    let j = ctx.skip_article(i);
    let (n, olen) = ordinal_at(&ctx.phrases, j)?;
    let (unit, ulen) = ctx.unit_at(j + olen)?;
    let u = match unit {
        Unit::Quarter => 'q',
        Unit::Half => 'h',
        _ => return None,
    };
    let mut end = j + olen + ulen;
    let k = ctx.skip_of(end);
    let k2 = ctx.skip_article(k);
    let year = if let Some(y) = ctx.year_at(k2) {
        end = k2 + 1;
        Year::Abs(y)
    } else if let Some((unit, len)) = relative_year_at(ctx, k) {
        end = k + len;
        unit
    } else {
        Year::Infer
    };
    Some((end - i, make(u, n, year)?))
}

/// `dit jaar`, `l'année dernière`, `last year` as a year for a larger expression.
fn relative_year_at(ctx: &Ctx, i: usize) -> Option<(Year, usize)> {
    let (len, expr) = relative_unit(ctx, i)?;
    match expr {
        Expr::UnitOffset {
            unit: Unit::Year,
            n,
        } => Some((Year::Rel(n as i32), len)),
        _ => None,
    }
}

/// `in the winter`, `deze zomer`, `cet hiver`, `l'été 2019`, `summer of 2019`, `de zomervakantie`.
fn season(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (mut dir, j) = ctx.dir_then(ctx.skip_article(i));
    let (_, hit) = ctx.hit_any(j, &[Category::Season])?;
    let code = match hit.value {
        "SP" => "SP",
        "SU" => "SU",
        "FA" => "FA",
        _ => "WI",
    };
    let mut end = j + hit.len;
    if dir == Dir::Auto {
        if let Some((d, len)) = ctx.dir_after(end) {
            dir = d;
            end += len;
        }
    }
    let k = ctx.skip_of(end);
    let mut year = dir_to_year_offset(dir);
    if let Some(y) = ctx.year_at(k) {
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

/// `the 1990s`, `les années 1990`, `de jaren negentig`, `21st century`, `21ème siècle`.
fn decade_or_century(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // 1990s
    if let Some(y) = ctx.year_at(i) {
        if y % 10 == 0
            && ctx
                .tok(i + 1)
                .is_some_and(|s| s.lower == "s" && !s.space_before)
        {
            return Some((2, Expr::Decade(y)));
        }
    }
    // années 1990 / jaren 90 / jaren negentig / années 90
    let j = ctx.skip_article(i);
    if ctx.is(j, Category::DecadePlural) {
        let mut k = j + 1;
        if ctx.punct(k, '\'') {
            k += 1;
        }
        if let Some(y) = ctx.year_at(k) {
            return (y % 10 == 0).then_some((k + 1 - i, Expr::Decade(y)));
        }
        let n = number_at(&ctx.phrases, k)?;
        let v = n.value as i32;
        if (20..=90).contains(&v) && v % 10 == 0 {
            let start = if v >= 30 { 1900 + v } else { 2000 + v };
            return Some((k + n.len - i, Expr::Decade(start)));
        }
        return None;
    }
    let (n, olen) = ordinal_at(&ctx.phrases, j)?;
    let (unit, ulen) = ctx.unit_at(j + olen)?;
    (unit == Unit::Century && (1..=30).contains(&n))
        .then_some((j + olen + ulen - i, Expr::Century(n as i32)))
}

/// `week 31`, `de eerste week van 2015`, `semaine 5`.
fn week_number(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if let Some((Unit::Week, ulen)) = ctx.unit_at(i) {
        let n = ctx.tok(i + ulen)?.number()?;
        if !(1..=53).contains(&n) || ctx.tok(i + ulen)?.lower.len() > 2 {
            return None;
        }
        let mut end = i + ulen + 1;
        let k = ctx.skip_of(end);
        let year = match ctx.year_at(k) {
            Some(y) => {
                end = k + 1;
                Year::Abs(y)
            }
            None => Year::Rel(0),
        };
        return Some((end - i, Expr::Week { year, week: n }));
    }
    let j = ctx.skip_article(i);
    let (n, olen) = ordinal_at(&ctx.phrases, j)?;
    let (Unit::Week, ulen) = ctx.unit_at(j + olen)? else {
        return None;
    };
    let k = ctx.skip_article(ctx.skip_of(j + olen + ulen));
    let y = ctx.year_at(k)?;
    Some((
        k + 1 - i,
        Expr::Week {
            year: Year::Abs(y),
            week: n,
        },
    ))
}

/// Holidays: `Christmas`, `Noël`, `Koningsdag`, `Pasen`, `Thanksgiving`, `Prinsjesdag`, with a year or a
/// cue (`Christmas 2019`, `last Easter`, `le prochain nouvel an`).
fn holiday(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (mut dir, j) = ctx.dir_then(ctx.skip_article(i));
    let (_, hit) = ctx.hit_any(j, &[Category::Holiday])?;
    let mut end = j + hit.len;
    // "la Pâques précédente", "Kerstmis volgend jaar" is not this: only a cue word after the name.
    if dir == Dir::Auto {
        if let Some((d, len)) = ctx.dir_after(end) {
            dir = d;
            end += len;
        }
    }
    let mut year = dir_to_year_offset(dir);
    let k = ctx.skip_of(end);
    if let Some(y) = ctx.year_at(k) {
        year = Year::Abs(y);
        end = k + 1;
    } else if let Some((y, len)) = relative_year_at(ctx, k).filter(|_| k > end) {
        // "Christmas of last year", "le jour de l'indépendance de cette année".
        year = y;
        end = k + len;
    }
    let holiday = Holiday::parse(hit.value)?;
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
        return Some((end - i, base));
    }
    Some((
        end - i,
        Expr::Shift {
            amount: holiday.offset_days.unsigned_abs() as f64,
            unit: Unit::Day,
            sign: holiday.offset_days.signum(),
            base: Some(Box::new(base)),
        },
    ))
}

/// `eind januari`, `begin 2020`, `mid-2019`, `début 2020`, `fin de l'année`, `the end of the year`,
/// `early 2020`, `half mei`.
fn part_of(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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
        if let Some((unit, ulen)) = ctx
            .unit_at(k)
            .filter(|(_, ulen)| ctx.month_at(ctx.skip_of(k + ulen)).is_none())
        {
            if matches!(
                unit,
                Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Day
            ) && ctx.dir_before(k + ulen).is_none()
                && ctx.dir_after(k + ulen).is_none()
                && ctx.year_at(k + ulen).is_none()
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

/// A year with nothing else: used inside larger rules that give the context.
fn year_plain(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let y = ctx.year_at(i)?;
    Some((
        1,
        Expr::Cal {
            year: Year::Abs(y),
            month: None,
            day: None,
            dir: Dir::Auto,
        },
    ))
}

/// A bare year only where the context makes it one: `in 2019`, `sinds 2010`, `(2019)`, `jaar 2008`,
/// `depuis 2015`; never `2019 euros` or `8 000`.
fn year_in_context(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if ctx.year_at(i).is_none() {
        // "in two thousand and twenty".
        let (y, len) = ctx.year_words_at(i)?;
        let year = Expr::Cal {
            year: Year::Abs(y),
            month: None,
            day: None,
            dir: Dir::Auto,
        };
        return ctx.temporal_context_before(i).then_some((len, year));
    }
    let y = ctx.year_at(i)?;
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
    let closing_paren = ctx.punct(i + 1, ')') && i > 0 && ctx.punct(i - 1, '(');
    (ctx.temporal_context_before(i) || closing_paren).then_some((
        1,
        Expr::Cal {
            year: Year::Abs(y),
            month: None,
            day: None,
            dir: Dir::Auto,
        },
    ))
}

// ---------------------------------------------------------------------------------------------------
// Ranges, shifts, durations, sets, references and times.

/// A point for a range end: any point, or a bare year (the range gives the context).
fn range_end(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // Inside a range a bare month is a month, even an ambiguous abbreviation ("jan-feb").
    if let Some((m, mlen)) = ctx.month_at(i) {
        if let Some(found) = point(ctx, i).filter(|(len, _)| *len > mlen) {
            return Some(found);
        }
        return Some((
            mlen,
            Expr::Cal {
                year: Year::Infer,
                month: Some(m),
                day: None,
                dir: Dir::Auto,
            },
        ));
    }
    if let Some((len, Expr::Ref("PRESENT_REF"))) = reference(ctx, i) {
        return Some((len, Expr::DayOffset(0)));
    }
    let p = point(ctx, i);
    let y =
        year_plain(ctx, i).filter(|_| ctx.year_at(i).is_some_and(|y| (1900..=2100).contains(&y)));
    match (p, y) {
        (Some(p), Some(y)) => Some(if p.0 >= y.0 { p } else { y }),
        (p, y) => p.or(y),
    }
}

/// Gives an undated side of a range the other side's year: `from May to September 2020`,
/// `nov-feb 2017` (November 2016).
fn share_year(a: Expr, b: Expr) -> (Expr, Expr) {
    match (a, b) {
        (
            Expr::Cal {
                year: Year::Infer,
                month: Some(ma),
                day: da,
                dir: dir @ Dir::Auto,
            },
            Expr::Cal {
                year: Year::Abs(y),
                month: Some(mb),
                day: db,
                dir: dir_b,
            },
        ) => {
            let ya = if ma > mb { y - 1 } else { y };
            (
                Expr::Cal {
                    year: Year::Abs(ya),
                    month: Some(ma),
                    day: da,
                    dir,
                },
                Expr::Cal {
                    year: Year::Abs(y),
                    month: Some(mb),
                    day: db,
                    dir: dir_b,
                },
            )
        }
        (
            Expr::Cal {
                year: Year::Abs(y),
                month: Some(ma),
                day: da,
                dir,
            },
            Expr::Cal {
                year: Year::Infer,
                month: Some(mb),
                day: db,
                dir: dir_b,
            },
        ) => {
            let yb = if mb < ma { y + 1 } else { y };
            (
                Expr::Cal {
                    year: Year::Abs(y),
                    month: Some(ma),
                    day: da,
                    dir,
                },
                Expr::Cal {
                    year: Year::Abs(yb),
                    month: Some(mb),
                    day: db,
                    dir: dir_b,
                },
            )
        }
        pair => pair,
    }
}

fn is_calendar(e: &Expr) -> bool {
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

/// `from May to September 2020`, `du 1er au 3 mars`, `tussen 2010 en 2015`, `2014-2018`, `jan-feb 2017`,
/// `18-19 november`, `van 9 tot 12 juni`, `between 2007 and 2009`.
fn range(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (opener, mut j) = if let Some(len) = ctx.at(i, Category::Between) {
        ("between", i + len)
    } else if let Some(len) = ctx.at(i, Category::From) {
        ("from", i + len)
    } else {
        ("", i)
    };
    j = ctx.skip_article(j);
    // The first end: a point, or a bare day number that takes its month from the second end.
    let first = range_end(ctx, j);
    let bare_day = ctx.day_at(j);
    let after_first = |len: usize| j + len;
    let try_second = |k: usize| -> Option<(usize, usize)> {
        let connector = if ctx.punct(k, '~') {
            Some(1)
        } else if opener == "between" {
            ctx.at(k, Category::And).or(ctx.at(k, Category::To))
        } else {
            ctx.at(k, Category::To)
        }?;
        Some((k + connector, connector))
    };
    let candidates = [
        first.clone().map(|(l, e)| (l, Some(e))),
        bare_day.map(|(_, l)| (l, None)),
    ];
    for cand in candidates.into_iter().flatten() {
        let (flen, fexpr) = cand;
        let k = after_first(flen);
        let Some((s, _)) = try_second(k) else {
            continue;
        };
        let s = ctx.skip_article(s);
        let second = range_end(ctx, s).filter(|(_, e)| is_calendar(e));
        // "November 18-19", "april 9th through 17th": the second end is a day of the first's month.
        let bare_second = match (&fexpr, ctx.day_at(s)) {
            (
                Some(Expr::Cal {
                    year,
                    month: Some(m),
                    day: Some(_),
                    dir,
                }),
                Some((d, dlen)),
            ) if ctx.month_at(s + dlen).is_none() => Some((
                dlen,
                Expr::Cal {
                    year: *year,
                    month: Some(*m),
                    day: Some(d),
                    dir: *dir,
                },
            )),
            _ => None,
        };
        let Some((slen, sexpr)) = (match (second, bare_second) {
            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
            (a, b) => a.or(b),
        }) else {
            continue;
        };
        if !is_calendar(&sexpr) {
            continue;
        }
        let glued_dash = opener.is_empty() && (ctx.punct(k, '-') || ctx.punct(k, '~'));
        if opener.is_empty() && !glued_dash && !ctx.is(k, Category::To) {
            continue;
        }
        let fexpr = match fexpr {
            Some(e) => e,
            None => match &sexpr {
                Expr::Cal {
                    year,
                    month: Some(m),
                    day: Some(_),
                    dir,
                } => {
                    let (d, _) = bare_day?;
                    Expr::Cal {
                        year: *year,
                        month: Some(*m),
                        day: Some(d),
                        dir: *dir,
                    }
                }
                _ => continue,
            },
        };
        if !is_calendar(&fexpr) {
            continue;
        }
        // Joined by a bare dash, both ends must be of the same kind: "2014-2018", "jan-feb".
        if opener.is_empty() && glued_dash {
            let same = matches!((&fexpr, &sexpr), (Expr::Cal { month: ma, day: da, .. }, Expr::Cal { month: mb, day: db, .. }) if ma.is_some() == mb.is_some() && (da.is_some() == db.is_some() || (da.is_none() && db.is_some())));
            if !same {
                continue;
            }
            if let (
                Expr::Cal {
                    year: Year::Abs(a),
                    month: None,
                    ..
                },
                Expr::Cal {
                    year: Year::Abs(b),
                    month: None,
                    ..
                },
            ) = (&fexpr, &sexpr)
            {
                if b <= a || b - a > 100 {
                    continue;
                }
            }
        }
        // "du 01/05 au 07/05, 2020", "from 5/1 to 5/7, 2020": a year after both.
        let mut sexpr = sexpr;
        let mut end = s + slen;
        if let Expr::Cal {
            year: year @ Year::Infer,
            month: Some(_),
            ..
        } = &mut sexpr
        {
            if let Some(y) = ctx.year_at(ctx.skip_comma(end)) {
                *year = Year::Abs(y);
                end = ctx.skip_comma(end) + 1;
            }
        }
        let (a, b) = share_year(fexpr, sexpr);
        return Some((end - i, Expr::Range(Box::new(a), Box::new(b))));
    }
    None
}

/// A date a number of units from the reference or from another date: `two weeks ago`,
/// `il y a trois ans`, `in two months`, `over twee dagen`, `4 maanden vanaf morgen`, `drie dagen later`.
fn shift(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // il y a (environ) N UNIT
    if let Some(len) = ctx.at(i, Category::AgoBefore) {
        let modifier = modifier_at(ctx, i + len);
        let m = i + len + modifier.map_or(0, |(_, l)| l);
        let (amount, alen) = ctx.amount_at(m)?;
        let (unit, ulen) = ctx.unit_at(m + alen)?;
        let shift = Expr::Shift {
            amount,
            unit,
            sign: -1,
            base: None,
        };
        return Some((
            m + alen + ulen - i,
            match modifier {
                Some((modifier, _)) => Expr::Modified {
                    modifier,
                    inner: Box::new(shift),
                },
                None => shift,
            },
        ));
    }
    // in N UNIT
    if let Some(len) = ctx.at(i, Category::In) {
        let (amount, alen) = ctx.amount_at(i + len)?;
        let (unit, ulen) = ctx.unit_at(i + len + alen)?;
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        let end = i + len + alen + ulen;
        // "in 10 years of service": a duration, not a date.
        if ctx.is(end, Category::Of) && ctx.lang == Lang::En {
            return None;
        }
        return Some((
            end - i,
            Expr::Shift {
                amount,
                unit,
                sign: 1,
                base: None,
            },
        ));
    }
    let (amount, alen) = ctx.amount_at(i)?;
    let (unit, ulen) = ctx.unit_at(i + alen)?;
    let k = i + alen + ulen;
    if let Some(len) = ctx.at(k, Category::Ago) {
        // Dutch/English "earlier"/"before"/"terug" only mean "ago" at the end of the phrase.
        let next_is_point = point(ctx, k + len).is_some();
        if !next_is_point {
            return Some((
                k + len - i,
                Expr::Shift {
                    amount,
                    unit,
                    sign: -1,
                    base: None,
                },
            ));
        }
    }
    if let Some(len) = ctx.at(k, Category::FromNow) {
        return Some((
            k + len - i,
            Expr::Shift {
                amount,
                unit,
                sign: 1,
                base: None,
            },
        ));
    }
    // N UNIT before/after POINT.
    let (sign, blen) = match (
        ctx.at(k, Category::AfterBase),
        ctx.at(k, Category::BeforeBase),
    ) {
        (Some(len), _) => (1, len),
        (None, Some(len)) => (-1, len),
        (None, None) => return None,
    };
    let b = ctx.skip_article(k + blen);
    let (plen, base) = point(ctx, b)?;
    Some((
        b + plen - i,
        Expr::Shift {
            amount,
            unit,
            sign,
            base: Some(Box::new(base)),
        },
    ))
}

/// A TIMEX3 modifier at `i` (`about`, `plus de`, `bijna`) and its length.
fn modifier_at(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Modifier])?;
    let modifier = code_of(hit.value, &["APPROX", "MORE_THAN", "LESS_THAN"])?;
    Some((modifier, hit.len))
}

/// An amount of time with a modifier before it: `about two weeks ago`, `environ trois ans`, `ruim tien
/// jaar`, `more than two years after the merger`, `around 3pm`. Not a calendar point: "about Q1 2019"
/// is what a text is about, not an approximate quarter.
fn modified(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (modifier, mlen) = modifier_at(ctx, i)?;
    let (len, inner) = RULES
        .iter()
        .filter(|(name, _)| *name != "modified")
        .filter_map(|(_, rule)| rule(ctx, i + mlen))
        .filter(|(_, e)| match e {
            Expr::Duration { .. } | Expr::Durations(_) | Expr::Shift { .. } | Expr::Time { .. } => {
                true
            }
            Expr::Range(a, _) => matches!(a.as_ref(), Expr::Shift { .. } | Expr::DayOffset(1)),
            _ => false,
        })
        .max_by_key(|(len, _)| *len)?;
    Some((
        mlen + len,
        Expr::Modified {
            modifier,
            inner: Box::new(inner),
        },
    ))
}

/// A Dutch compound adjective of length: `tienjarig`, `tweejarige`, `driemaandse`.
fn compound_duration(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let t = ctx.tok(i)?;
    if t.kind != Kind::Word || ctx.lang != Lang::Nl {
        return None;
    }
    for (suffix, unit) in [
        ("jarige", Unit::Year),
        ("jarig", Unit::Year),
        ("maandse", Unit::Month),
        ("maands", Unit::Month),
        ("weekse", Unit::Week),
        ("daagse", Unit::Day),
    ] {
        if let Some(stem) = t.lower.strip_suffix(suffix) {
            let tokens = crate::analysis::text::tokens::tokenize(stem);
            if tokens.len() == 1 {
                if let Some(n) = number_at(&Phrases::new(&ctx.lex.phrases, &tokens), 0) {
                    return Some((
                        1,
                        Expr::Duration {
                            amount: Some(n.value),
                            unit,
                        },
                    ));
                }
            }
        }
    }
    None
}

/// A length of time: `ten years`, `tien jaar`, `deux ans`, `a one-month extension`, `tienjarig`,
/// `four decades`, `de hele dag`, `anderhalf uur`, `une heure et demie`, `al decennia`.
fn duration(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // the whole day / toute la journée
    if let Some(len) = ctx.at(i, Category::Whole) {
        let (unit, ulen) = ctx.unit_at(i + len)?;
        return Some((
            len + ulen,
            Expr::Duration {
                amount: Some(1.0),
                unit,
            },
        ));
    }
    if let Some(found) = compound_duration(ctx, i) {
        return Some(found);
    }
    // "al decennia", "for decades", "depuis des années": a length with no number.
    if let Some(len) = ctx.at(i, Category::OpenLength) {
        let j = i + len;
        let j = j + ctx.at(j, Category::Many).unwrap_or(0);
        if let (Some((unit, ulen)), true) = (ctx.unit_at(j), ctx.is(j, Category::PluralUnit)) {
            if matches!(
                unit,
                Unit::Decade | Unit::Year | Unit::Century | Unit::Month
            ) {
                return Some((j + ulen - i, Expr::Duration { amount: None, unit }));
            }
        }
    }
    let (mut amount, alen) = ctx.amount_at(i)?;
    let mut j = i + alen;
    // "ten-year", "one-month": a compound adjective.
    if ctx.punct(j, '-') && ctx.glued(j) {
        let (_, hit) = ctx.hit_any(j + 1, &[Category::UnitAdjective, Category::Unit])?;
        let unit = Unit::parse(hit.value).or_else(|| ctx.unit_at(j + 1).map(|u| u.0))?;
        return Some((
            j + 1 + hit.len - i,
            Expr::Duration {
                amount: Some(amount),
                unit,
            },
        ));
    }
    let (unit, ulen) = ctx.unit_at(j)?;
    // "a" / "an" / "een" alone is too weak a number unless a unit that is not also a word follows.
    j += ulen;
    if let Some(len) = ctx.at(j, Category::AndAHalf) {
        amount += 0.5;
        j += len;
    }
    // A bare "h" or "u" after a number is an hour only when glued ("3h").
    if ctx
        .tok(i + alen)
        .is_some_and(|t| (t.lower == "h" || t.lower == "u") && t.space_before)
    {
        return None;
    }
    // "2 uur" after "om" is a clock time.
    if unit == Unit::Hour && i > 0 && ctx.is(i - 1, Category::At) {
        return None;
    }
    // "two years and three months", "1 hour and 30 minutes", "deux ans et six mois": smaller units
    // joined by `and` or a comma make one length.
    let mut parts = vec![(amount, unit)];
    while let Some(joint) = ctx.at(j, Category::Also).or(ctx.punct(j, ',').then_some(1)) {
        let k = j + joint;
        let Some((n, nlen)) = ctx
            .amount_at(k)
            .filter(|_| !ctx.is(k, Category::Indefinite))
        else {
            break;
        };
        let Some((next, ulen)) = ctx.unit_at(k + nlen) else {
            break;
        };
        let (_, last) = parts[parts.len() - 1];
        // Not when the last amount is a shift of its own ("… and 2 days ago they found it").
        let after = k + nlen + ulen;
        let shifted = [
            Category::Ago,
            Category::FromNow,
            Category::AfterBase,
            Category::BeforeBase,
        ]
        .iter()
        .any(|c| ctx.is(after, *c));
        if !smaller_unit(next, last) || shifted {
            break;
        }
        parts.push((n, next));
        j = k + nlen + ulen;
    }
    if parts.len() > 1 {
        return Some((j - i, Expr::Durations(parts)));
    }
    Some((
        j - i,
        Expr::Duration {
            amount: Some(amount),
            unit,
        },
    ))
}

/// Whether `a` is a smaller unit than `b` among those a length is written in (years down to seconds).
fn smaller_unit(a: Unit, b: Unit) -> bool {
    const ORDER: [Unit; 7] = [
        Unit::Year,
        Unit::Month,
        Unit::Week,
        Unit::Day,
        Unit::Hour,
        Unit::Minute,
        Unit::Second,
    ];
    let rank = |u: Unit| ORDER.iter().position(|o| *o == u);
    matches!((rank(a), rank(b)), (Some(x), Some(y)) if x > y)
}

/// A recurrence: `every year`, `chaque semaine`, `elke maandag`, `wekelijks`, `elke twee dagen`.
fn set(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let lexical = ctx
        .phrases
        .at_any(i, &[Category::Set])
        .map(|(_, hit)| (hit.len, Expr::Set(hit.value.to_string())));
    let every = (|| {
        let len = ctx.at(i, Category::Every)?;
        let mut j = i + len;
        if let Some((wd, wlen)) = ctx.weekday_at(j) {
            return Some((len + wlen, Expr::Set(format!("XXXX-WXX-{wd}"))));
        }
        // "every other day" (P2D); "tous les deux vendredis": a weekday, every so many weeks.
        let other = ctx.at(j, Category::Other);
        if let Some(olen) = other {
            j += olen;
        }
        if let Some((_, alen)) = ctx.amount_at(j) {
            if let Some((1, Expr::Set(value))) = plural_weekday(ctx, j + alen) {
                return Some((j + alen + 1 - i, Expr::Set(value)));
            }
        }
        if other.is_some() {
            if let Some((wd, wlen)) = ctx.weekday_at(j) {
                return Some((j + wlen - i, Expr::Set(format!("XXXX-WXX-{wd}"))));
            }
            let (unit, ulen) = ctx.unit_at(j)?;
            return Some((j + ulen - i, Expr::Set(unit.duration(Some(2.0)))));
        }
        let len = j - i;
        // "every evening", "elke avond", "chaque soir".
        if let Some((part, plen)) = daypart_at(ctx, j) {
            return Some((len + plen, Expr::Set(format!("T{part}"))));
        }
        let (amount, alen) = ctx.amount_at(j).unwrap_or((1.0, 0));
        let (unit, ulen) = ctx.unit_at(j + alen)?;
        Some((len + alen + ulen, Expr::Set(unit.duration(Some(amount)))))
    })();
    // "He works Tuesdays", "les mardis", "maandagen": a plural weekday on its own.
    [lexical, every, plural_weekday(ctx, i)]
        .into_iter()
        .flatten()
        .max_by_key(|(len, _)| *len)
}

/// `now`, `nu`, `actuellement`, `in the past`, `bientôt`, `tot nu toe`.
fn reference(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (_, hit) = ctx.hit_any(i, &[Category::Ref])?;
    let value = match hit.value {
        "PAST_REF" => "PAST_REF",
        "FUTURE_REF" => "FUTURE_REF",
        _ => "PRESENT_REF",
    };
    Some((hit.len, Expr::Ref(value)))
}

/// A clock time: `15:30`, `16h30`, `3pm`, `om 8 uur`, `à 16 heures`, `at 10 o'clock`.
fn time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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

fn clock_at(ctx: &Ctx, i: usize) -> Option<(u32, Option<u32>, usize)> {
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

/// A date with a time or part of the day: `lundi à 16h`, `Monday at 8am`, `maandag om 15.00`,
/// `Monday night`, `lundi soir`.
fn date_and_time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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

/// `next 3 days`, `the last 3 months`, `komende vijf dagen`, `afgelopen 5 jaren`, `3 prochains jours`,
/// `les 10 semaines précédentes`, `5 années à venir`, `3 next weeks`: a period running from the
/// reference, as a range.
fn rolling_period(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    if last_is_a_verb(ctx, i) {
        return None;
    }
    let j = ctx.skip_article(i);
    let (dir, amount, end) = if let Some((dir, dlen)) = ctx.dir_before(j) {
        let (amount, alen) = ctx.amount_at(j + dlen)?;
        let (_, ulen) = ctx.unit_at(j + dlen + alen)?;
        (dir, amount, (j + dlen + alen, ulen))
    } else {
        let (amount, alen) = ctx.amount_at(j)?;
        if let Some((dir, dlen)) = ctx.dir_before(j + alen).or_else(|| ctx.dir_after(j + alen)) {
            let (_, ulen) = ctx.unit_at(j + alen + dlen)?;
            (dir, amount, (j + alen + dlen, ulen))
        } else {
            let (_, ulen) = ctx.unit_at(j + alen)?;
            let (dir, dlen) = ctx.dir_after(j + alen + ulen)?;
            (dir, amount, (j + alen, ulen + dlen))
        }
    };
    let (unit, _) = ctx.unit_at(end.0)?;
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
        return None;
    }
    let stop = end.0 + end.1;
    let range = match dir {
        Dir::Past | Dir::Recent => Expr::Range(
            Box::new(Expr::Shift {
                amount,
                unit,
                sign: -1,
                base: None,
            }),
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
                base: Some(Box::new(Expr::Shift {
                    amount,
                    unit,
                    sign: 1,
                    base: None,
                })),
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

/// A day of the month joined to a following full date that gives its month: `18` in `18 and 19 June`,
/// `le 18 et le 19 juin`, `18 en 19 juni`. (`18 to 19 June` is a range, found by [`range`].)
fn coordinated_day(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let (day, dlen) = ctx.day_at(i)?;
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

/// `first`, `last`, `third`, `15th` at `i`: the ordinal (−1 for the last) and its length.
fn ordinal_or_last_at(ctx: &Ctx, i: usize) -> Option<(i64, usize)> {
    if let Some(hit) = ctx.hit(i, Category::Ordinal).filter(|h| h.int() == -1) {
        return Some((-1, hit.len));
    }
    ordinal_at(&ctx.phrases, i).map(|(n, len)| (i64::from(n), len))
}

/// The period a `within_period` counts in: `2021`, `next month`, `juillet`, `the year`, `l'année`.
fn period_at(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = ctx.skip_article(i);
    if let Some((unit, len)) = ctx.unit_at(j) {
        // "the year 2021", "l'année 2021": the year written.
        if let (Unit::Year, Some(y)) = (unit, ctx.year_at(j + len)) {
            let year = Expr::Cal {
                year: Year::Abs(y),
                month: None,
                day: None,
                dir: Dir::Auto,
            };
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
fn within_period(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = ctx.skip_article(i);
    // `trois premiers mois` (fr) puts the amount first; `first three months` (en, nl) after.
    let mut amount = None;
    if let Some((n, len)) = ctx
        .amount_at(j)
        .filter(|_| ordinal_at(&ctx.phrases, j).is_none())
    {
        if ordinal_or_last_at(ctx, j + len).is_some_and(|(o, _)| o == 1 || o == -1) {
            amount = Some(n);
            j += len;
        }
    }
    let (ordinal, olen) = ordinal_or_last_at(ctx, j)?;
    j += olen;
    if amount.is_none() {
        if let Some((n, len)) = ctx.amount_at(j) {
            amount = Some(n);
            j += len;
        }
    }
    let (unit, ulen) = ctx.unit_at(j)?;
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
/// 4 februari`: the ISO week the day falls in.
fn week_of_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let j = ctx.skip_article(i);
    let (unit, ulen) = ctx.unit_at(j)?;
    // One week: not "two weeks of May 3".
    let counted = j > 0 && ctx.amount_at(j - 1).is_some_and(|(_, len)| len == 1);
    if unit != Unit::Week || counted {
        return None;
    }
    let k = j + ulen;
    let k = ctx.skip_article(k + ctx.at(k, Category::WeekOf)?);
    let (len, day) = point(ctx, k)?;
    let dated = match &day {
        Expr::Cal { day, month, .. } => day.is_some() && month.is_some(),
        _ => false,
    };
    dated.then(|| (k + len - i, Expr::WeekOf(Box::new(day))))
}

/// A month relative to the reference's at `i` (`mois prochain`, `next month`, `volgende maand`, `le mois
/// dernier`): its offset and length.
fn relative_month_at(ctx: &Ctx, i: usize) -> Option<(i64, usize)> {
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

/// Day `day` of the month `n` months from the reference's.
fn day_of_month_offset(day: u32, n: i64) -> Expr {
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
fn day_of_relative_month(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    // The days: one, or two joined as a range; `from` only opens a range.
    let days_at = |j: usize| -> Option<(u32, Option<u32>, usize)> {
        let (a, alen) = ctx.day_at(j)?;
        let k = j + alen;
        if let Some(to) = ctx.at(k, Category::To) {
            let s = ctx.skip_article(k + to);
            if let Some((b, blen)) = ctx.day_at(s).filter(|(b, _)| *b > a) {
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
    let ordinal = ordinal_at(&ctx.phrases, j).is_some();
    if b.is_none() && (of.is_none() || (j == i && !ordinal)) {
        return None;
    }
    let (n, mlen) = relative_month_at(ctx, k + of.unwrap_or(0))?;
    Some((k + of.unwrap_or(0) + mlen - i, expr(a, b, n)))
}

/// A weekday followed by the date it falls on: `this Friday 5/12`, `vendredi 12/05`,
/// `Friday-Jun-15`, `maandag 12-4`.
fn weekday_with_date(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let mut j = i;
    if let Some((_, len)) = ctx.dir_before(j) {
        j += len;
    }
    let (_, wlen) = ctx.weekday_at(j)?;
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
            ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((
                3,
                Expr::Cal {
                    year: Year::Infer,
                    month: Some(month),
                    day: Some(day),
                    dir: Dir::Auto,
                },
            ))
        })?;
    let mut end = k + len;
    if ctx.punct(k - 1, '(') && ctx.punct(end, ')') {
        end += 1;
    }
    Some((end - i, date))
}

/// A day of the month without a month: `the 18th`, `de 18e`, and after a weekday `Sunday 31`,
/// `mardi 11`, `dinsdag de elfde`, `wednesday the thirty first`.
fn day_of_month(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let weekday = ctx.weekday_at(i);
    let j = match weekday {
        Some((_, len)) => i + len,
        None => i,
    };
    let k = ctx.skip_article(j);
    let (day, dlen) = ctx.day_at(k)?;
    let written_as_ordinal = ctx.tok(k).is_some_and(|t| t.kind == Kind::Word) || dlen == 2;
    let end = k + dlen;
    // Not when a month or a unit follows ("the 18th of May" is another rule; "the 3 days" is not a date).
    if ctx.month_at(ctx.skip_of(end)).is_some()
        || ctx.unit_at(end).is_some()
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
        None if k > j && written_as_ordinal && ctx.lang != Lang::Fr => {
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

/// A recurrence at a clock time: `every Monday at 4pm`, `chaque lundi à 16h`, `3pm each day`,
/// `elke dag 15.00`, `Thursdays at 17.30`.
fn set_with_time(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
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
fn weekday_daypart_set(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let plural = plural_weekday_at(ctx, i);
    let (day, len) = match plural {
        Some(day) => (day.to_string(), 1),
        None => ctx.weekday_at(i).map(|(day, len)| (day.to_string(), len))?,
    };
    let plural = plural.is_some();
    let (part, plen) = daypart_at(ctx, i + len)?;
    if !plural && !ctx.is(i + len, Category::DaypartPlural) {
        return None;
    }
    Some((len + plen, Expr::Set(format!("XXXX-WXX-{day}T{part}"))))
}

/// `Thursdays`, `maandagen`: a plural weekday is a recurrence.
fn plural_weekday(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    let day = plural_weekday_at(ctx, i)?;
    Some((1, Expr::Set(format!("XXXX-WXX-{day}"))))
}

/// The ISO weekday (as the lexicon writes it) a plural weekday at `i` names: `2` for `Tuesdays`.
fn plural_weekday_at<'a>(ctx: &Ctx<'a>, i: usize) -> Option<&'a str> {
    ctx.lex
        .phrases
        .word(plural_stem(&ctx.tok(i)?.lower)?, Category::Weekday)
}

/// A clock time where a recurrence already gives the context: `15.00`, `16h`, `3pm`, `16 heures`.
fn clock_at_loose(ctx: &Ctx, i: usize) -> Option<(u32, Option<u32>, usize)> {
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
    let (Unit::Hour, ulen) = ctx.unit_at(i + 1)? else {
        return None;
    };
    Some((hour, None, 1 + ulen))
}

/// "will last three weeks", "to last": English `last` as a verb after a modal or "to".
fn last_is_a_verb(ctx: &Ctx, i: usize) -> bool {
    i > 0 && ctx.is(i, Category::VerbLast) && ctx.is(i - 1, Category::Modal)
}

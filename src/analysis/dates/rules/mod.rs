//! The named rules of the temporal tagger, by phenomenon. Each rule looks at the tokens from a
//! position and, when it applies, says how many tokens it covers and what they mean ([`Expr`]). The
//! rules are shared by the three languages; what differs between languages (words, their order,
//! which cues come before or after a noun) is data in the lexicons.
//!
//! - [`points`]: calendar dates, months, years, weekdays, days relative to the reference, holidays;
//! - [`periods`]: relative periods (`last year`), quarters, halves, seasons, decades, weeks, the part
//!   of a period (`eind januari`), units within a period (`the first two weeks of 2021`);
//! - [`ranges`]: from one point to another, and periods rolling from the reference (`the last 3 months`);
//! - [`amounts`]: lengths of time, shifts from a point (`two weeks ago`), hedged amounts;
//! - [`sets`]: recurrences (`every Monday`, `les mardis soir`);
//! - [`times`]: clock times and parts of the day, alone or on a date;
//! - [`words`]: the readers they share (a year, a month, a unit, a direction cue at a position);
//! - [`ctx`]: what they look at.
//!
//! Every position is offered to every rule of [`RULES`]; the longest findings that do not overlap are
//! kept (the first rule of the list on a tie). The point rules ([`Entry::Points`]) offer only their
//! longest finding (the later rule on a tie).

pub(crate) mod amounts;
pub(crate) mod ctx;
pub(crate) mod periods;
pub(crate) mod points;
pub(crate) mod ranges;
pub(crate) mod sets;
pub(crate) mod times;
pub(crate) mod words;

use super::expr::Expr;
use crate::analysis::lexicon::numbers::{number_at, ordinal_at};
use crate::analysis::lexicon::Category;
use crate::analysis::text::tokens::Kind;
pub(crate) use ctx::Ctx;

/// A rule's finding: the tokens it covers and their meaning.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// First token.
    pub start: usize,
    /// Number of tokens.
    pub len: usize,
    /// The meaning.
    pub expr: Expr,
    /// The name of the rule that found it.
    pub rule: &'static str,
}

/// A named rule: at a token position, how many tokens it covers and what they mean.
#[derive(Clone, Copy)]
pub(crate) struct Rule {
    /// The rule's name (its function's).
    pub name: &'static str,
    /// The rule.
    pub find: fn(&Ctx, usize) -> Option<(usize, Expr)>,
}

/// A rule named after its function.
macro_rules! rule {
    ($f:ident) => {
        Rule {
            name: stringify!($f),
            find: $f,
        }
    };
}

/// An entry of [`RULES`]: one rule, or a group that offers only its longest finding.
pub(crate) enum Entry {
    /// One rule.
    One(Rule),
    /// The longest finding of any of the [`POINTS`] (the later one on a tie), worked out once per
    /// position: `find_all` and several rules (ranges, dates with times, modifiers) ask for it.
    Points,
}

use amounts::{compound_duration, duration, modified, shift, vague_ago};
use periods::{
    day_of_relative_month, decade_or_century, fiscal_year, part_of, period_of_relative_year,
    possessive_year, quarter_or_half, relative_unit, roman_ordinal_at, same_period, season,
    week_number, week_of_date, within_period,
};
use points::{
    coordinated_day, day_month_year, day_next_to, day_of_month, deictic, holiday, holiday_weekend,
    iso_date, month_day_year, month_with_cue, month_year, nth_weekday_of_month, numeric_date,
    reference, spaced_numeric_date, weekday, weekday_with_date, weekend, year_in_context,
};
use ranges::{range, rest_of_period, rolling_period};
use sets::{plural_weekday, rate, set, set_with_time, weekday_daypart_set};
use times::{
    clock_length, clock_word_with_cue, date_and_time, day_and_part_word, daypart_then_clock,
    daypart_with_cue, night_between_days, time, time_on_date,
};

/// The point rules: dates, months, years, weekdays, relative periods. Other rules read a point
/// through [`point`].
pub(crate) const POINTS: &[Rule] = &[
    rule!(weekday_with_date),
    rule!(day_of_month),
    rule!(iso_date),
    rule!(numeric_date),
    rule!(spaced_numeric_date),
    rule!(day_month_year),
    rule!(month_day_year),
    rule!(month_year),
    rule!(month_with_cue),
    rule!(weekday),
    rule!(deictic),
    rule!(weekend),
    rule!(relative_unit),
    rule!(quarter_or_half),
    rule!(season),
    rule!(decade_or_century),
    rule!(week_number),
    rule!(holiday),
    rule!(part_of),
    rule!(year_in_context),
];

/// Every rule. Longer findings win over shorter ones that overlap them.
pub(crate) const RULES: &[Entry] = &[
    Entry::One(rule!(range)),
    Entry::One(rule!(rolling_period)),
    Entry::One(rule!(rest_of_period)),
    Entry::One(rule!(within_period)),
    Entry::One(rule!(coordinated_day)),
    Entry::One(rule!(nth_weekday_of_month)),
    Entry::One(rule!(holiday_weekend)),
    Entry::One(rule!(possessive_year)),
    Entry::One(rule!(period_of_relative_year)),
    Entry::One(rule!(fiscal_year)),
    Entry::One(rule!(day_next_to)),
    Entry::One(rule!(same_period)),
    Entry::One(rule!(day_of_relative_month)),
    Entry::One(rule!(week_of_date)),
    Entry::One(rule!(modified)),
    Entry::One(rule!(set_with_time)),
    Entry::One(rule!(weekday_daypart_set)),
    Entry::One(rule!(night_between_days)),
    Entry::One(rule!(date_and_time)),
    Entry::One(rule!(daypart_then_clock)),
    Entry::One(rule!(time_on_date)),
    Entry::One(rule!(clock_word_with_cue)),
    Entry::One(rule!(day_and_part_word)),
    Entry::One(rule!(daypart_with_cue)),
    Entry::Points,
    Entry::One(rule!(shift)),
    Entry::One(rule!(vague_ago)),
    // Before `duration`: "a year" after an amount is a rate.
    Entry::One(rule!(rate)),
    Entry::One(rule!(duration)),
    Entry::One(rule!(set)),
    Entry::One(rule!(reference)),
    // Before `time`: on the same tokens, the length wins.
    Entry::One(rule!(clock_length)),
    Entry::One(rule!(time)),
];

impl Entry {
    /// What this entry finds at token `i`, with the name of the rule that found it.
    pub(crate) fn find(&self, ctx: &Ctx, i: usize) -> Option<(usize, Expr, &'static str)> {
        match self {
            Entry::One(rule) => (rule.find)(ctx, i).map(|(len, expr)| (len, expr, rule.name)),
            Entry::Points => best_point(ctx, i),
        }
    }

    /// Whether this entry is the rule of that name.
    pub(crate) fn is(&self, name: &str) -> bool {
        matches!(self, Entry::One(rule) if rule.name == name)
    }
}

/// The longest finding of `rules` at token `i` (the later rule on a tie), with its rule's name.
fn best(rules: &[Rule], ctx: &Ctx, i: usize) -> Option<(usize, Expr, &'static str)> {
    rules
        .iter()
        .filter_map(|rule| (rule.find)(ctx, i).map(|(len, expr)| (len, expr, rule.name)))
        .max_by_key(|(len, _, _)| *len)
}

/// The longest point expression at `i` (see [`POINTS`]).
pub(crate) fn point(ctx: &Ctx, i: usize) -> Option<(usize, Expr)> {
    best_point(ctx, i).map(|(len, expr, _)| (len, expr))
}

/// The longest finding of the [`POINTS`] at `i`, with its rule's name: worked out the first time a
/// position is asked, then remembered (the point rules depend only on the tokens).
fn best_point(ctx: &Ctx, i: usize) -> Option<(usize, Expr, &'static str)> {
    if let Some(Some(found)) = ctx.points.borrow().get(i) {
        return found.clone();
    }
    let found = best(POINTS, ctx, i);
    if let Some(slot) = ctx.points.borrow_mut().get_mut(i) {
        *slot = Some(found.clone());
    }
    found
}

/// All findings of all rules at every position, overlapping. No expression starts inside a phrase
/// that is no date (`soon as`, `nu eenmaal`, `jour au lendemain`).
pub(crate) fn find_all(ctx: &Ctx) -> Vec<Found> {
    let mut found = Vec::new();
    // The first token not inside such a phrase.
    let mut free = 0;
    for i in 0..ctx.t.len() {
        if let Some(len) = ctx.at(i, Category::NotADate) {
            free = free.max(i + len);
        }
        if i < free || !may_start(ctx, i) {
            continue;
        }
        for entry in RULES {
            if let Some((len, expr, rule)) = entry.find(ctx, i) {
                if len > 0 {
                    found.push(Found {
                        start: i,
                        len,
                        expr,
                        rule,
                    });
                }
            }
        }
    }
    found
}

/// Whether an expression can start at token `i`: a number, a word that starts a phrase of the date
/// lexicon that can start one ([`Ctx::starts`]), a single character (`Q3`, `H1`, `½`), a number or
/// ordinal written in words or Roman numerals (`XVIIe`), an apostrophe before a number (`'90s`), a
/// plural weekday, a Dutch length compound or a word that joins a day and a part of it
/// (`gisteravond`). Every rule starts with one of these, so
/// the others are skipped without asking each rule.
fn may_start(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.t[i];
    t.kind == Kind::Number
        || ctx.phrases.starts_any(i, ctx.starts)
        || (t.lower.chars().nth(1).is_none() && (t.kind != Kind::Punct || !t.lower.is_ascii()))
        // "'90s".
        || (t.is('\'') && ctx.tok(i + 1).is_some_and(|n| n.kind == Kind::Number))
        || (t.kind == Kind::Word
            && (number_at(ctx.phrases, i).is_some()
                || ordinal_at(ctx.phrases, i).is_some()
                || plural_weekday(ctx, i).is_some()
                || compound_duration(ctx, i).is_some()
                || (t.capitalised && roman_ordinal_at(ctx, i).is_some())
                || (t.lower.len() >= 7 && day_and_part_word(ctx, i).is_some())))
}

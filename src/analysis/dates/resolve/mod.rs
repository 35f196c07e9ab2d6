//! The resolution of an expression ([`Expr`]) against a reference date into a TIMEX3 value, with its
//! grain, modifier and a sentence that says how. One small function per kind of expression:
//!
//! - [`points`]: calendar dates, weekdays, days relative to the reference, the weekend, a day of the
//!   month, holidays, the week of a date;
//! - [`periods`]: periods relative to the reference, quarters, halves, seasons, weeks, decades,
//!   centuries, parts of a period and units within one;
//! - [`spans`]: ranges and shifts from a point;
//! - [`other`]: lengths, recurrences, references to the present, hedged expressions and clock times.

mod other;
mod periods;
mod points;
mod spans;

use super::expr::{Dir, Expr, Year};
use super::Tense;
use crate::analysis::mention::{Grain, TimexType};
use crate::analysis::text::calendar::Date;
use crate::analysis::value::{Period, Value};

/// The date that relative expressions are resolved against, and how precisely it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The date (for a month-precise reference, a day inside the month).
    pub date: Date,
    /// Day, month or year.
    pub grain: Grain,
}

impl Reference {
    /// Reads a reference date at its own precision: `YYYY-MM-DD` (a day), `YYYY-MM` (a month) or `YYYY`
    /// (a year). A month stands at its 15th and a year at 1 July, as a publication date of that precision
    /// does ([`Reference::of_period`]), with the grain that says how far results
    /// can be trusted. `None` for anything else (`2020-13`, `14/01/2020`, `2020-1`).
    pub fn parse(s: &str) -> Option<Reference> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let period =
            match parts.as_slice() {
                [y] if digits(y, 4) => Period::Year(y.parse().ok()?),
                [y, m] if digits(y, 4) && digits(m, 2) => Period::Month {
                    year: y.parse().ok()?,
                    month: m.parse().ok()?,
                },
                [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => Period::Day(
                    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?,
                ),
                _ => return None,
            };
        Reference::of_period(period)
    }

    /// The reference a date known to a precision stands for: a day is itself; a month stands at its
    /// 15th and any longer period at 1 July of its year, with the grain that says how far results can
    /// be trusted. `None` when the day does not exist (month 13).
    pub fn of_period(period: Period) -> Option<Reference> {
        let (date, grain) = match period {
            Period::Day(date) => (date, Grain::Day),
            Period::Month { year, month } => (Date::new(year, month, 15)?, Grain::Month),
            other => (Date::new(other.year(), 7, 1)?, Grain::Year),
        };
        Some(Reference { date, grain })
    }
}

/// A resolved expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// The TIMEX3 value.
    pub value: Value,
    /// DATE, TIME, DURATION or SET.
    pub kind: TimexType,
    /// The precision.
    pub grain: Grain,
    /// START, MID, END or APPROX.
    pub modifier: Option<&'static str>,
    /// How it was resolved.
    pub anchor: String,
    /// The first day it covers, for dates.
    pub first: Option<Date>,
}

/// Resolves an expression against an optional reference. `tense` is the sentence's: the future tips
/// undated months and weekdays forward, the past holds them back.
pub fn resolve(expr: &Expr, reference: Option<Reference>, tense: Tense) -> Option<Resolved> {
    resolve_after(expr, reference, tense, None, true)
}

/// The date a text wrote last, which anaphoric expressions count from (`two years earlier`, `the next
/// day`, `le 9`): its first day and grain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Then {
    /// The first day it covers.
    pub first: Date,
    /// Its precision: a day, a week, a month, a quarter, a half or a year.
    pub grain: Grain,
}

impl Then {
    /// The date a resolved expression gives later anaphora, if it names one period of the calendar.
    pub fn of(resolved: &Resolved) -> Option<Then> {
        let anchored = matches!(resolved.kind, TimexType::Date | TimexType::Time)
            && matches!(
                resolved.value,
                Value::Period(_) | Value::Time { day: Some(_), .. }
            );
        let grain = match resolved.grain {
            Grain::Time => Grain::Day,
            g @ (Grain::Day
            | Grain::Week
            | Grain::Month
            | Grain::Quarter
            | Grain::Half
            | Grain::Year) => g,
            _ => return None,
        };
        Some(Then {
            first: resolved.first?,
            grain,
        })
        .filter(|_| anchored)
    }
}

/// [`resolve`], after a text has written `then` (the last date before the expression, if near).
/// With `explain` the result's `anchor` says how it was resolved; without, it is empty (or a fixed
/// sentence where one costs nothing), for a caller that resolves an expression against many references
/// and never shows how (the publication date's candidates). The value, kind, grain, modifier and
/// first day are the same either way.
pub fn resolve_after(
    expr: &Expr,
    reference: Option<Reference>,
    tense: Tense,
    then: Option<Then>,
    explain: bool,
) -> Option<Resolved> {
    Resolver {
        reference,
        tense,
        then,
        explain,
    }
    .resolve(expr)
}

/// What an expression is resolved against: the reference, the sentence's tense, and the date written
/// last before it; and whether the anchor (how it was resolved) is written.
struct Resolver {
    reference: Option<Reference>,
    tense: Tense,
    then: Option<Then>,
    explain: bool,
}

impl Resolver {
    /// Resolves one expression, by its kind.
    fn resolve(&self, expr: &Expr) -> Option<Resolved> {
        match expr {
            Expr::Cal {
                year,
                month,
                day,
                dir,
            } => self.cal(*year, *month, *day, *dir),
            Expr::Weekday {
                weekday,
                dir,
                week_offset,
            } => self.weekday(*weekday, *dir, *week_offset),
            Expr::DayOffset(n) => self.day_offset(*n),
            Expr::UnitOffset { unit, n } => self.unit_offset(*unit, *n),
            Expr::Weekend => self.weekend(),
            Expr::DayOfMonth { day, weekday } => self.day_of_month(*day, *weekday),
            Expr::NthWeekday {
                year,
                month,
                weekday,
                n,
                dir,
            } => self.nth_weekday(*year, *month, *weekday, *n, *dir),
            Expr::Easter { year, dir } => self.easter(*year, *dir),
            Expr::Shift {
                amount,
                unit,
                sign,
                base,
            } => self.shift(*amount, *unit, *sign, base.as_deref()),
            Expr::Quarter { year, q } => self.quarter(*year, *q),
            Expr::Half { year, h } => self.half(*year, *h),
            Expr::Season { year, season, dir } => self.season(*year, season, *dir),
            Expr::Week { year, week } => self.week(*year, *week),
            Expr::FiscalYear(year) => self.fiscal_year(*year),
            Expr::Decade(start) => Some(decade(*start)),
            Expr::Century(n) => Some(century(*n)),
            Expr::Part { modifier, inner } => self.part(modifier, inner),
            Expr::Modified { modifier, inner } => self.modified(modifier, inner),
            Expr::Duration { amount, unit } => Some(other::duration(*amount, *unit)),
            Expr::Durations(parts) => Some(other::durations(parts)),
            Expr::WeekOf(day) => self.week_of(day),
            Expr::WeekendOf(day) => self.weekend_of(day),
            Expr::Set(value) => Some(other::set(value)),
            Expr::Ref(value) => Some(self.reference_to(value)),
            Expr::Within {
                unit,
                amount,
                from_end,
                skip,
                inner,
            } => self.within(*unit, *amount, *from_end, *skip, inner),
            Expr::Range(a, b) => self.range(a, b),
            Expr::Time {
                date,
                hour,
                minute,
                part,
            } => self.time(date.as_deref(), *hour, *minute, *part),
            Expr::Then => self.then(),
        }
    }

    /// An anchor, written only when the resolver explains (empty otherwise).
    fn say(&self, anchor: impl FnOnce() -> String) -> String {
        if self.explain {
            anchor()
        } else {
            String::new()
        }
    }

    /// How the reference is written in an anchor: `the reference 2020-01-14`.
    fn ref_text(&self) -> String {
        if !self.explain {
            return String::new();
        }
        match self.reference {
            Some(r) if r.grain == Grain::Day => format!("the reference {}", r.date),
            Some(r) => format!("the reference {}", Period::of(r.date, r.grain)),
            None => "no reference date".to_string(),
        }
    }

    /// A day-precise result, coarsened to what the reference supports.
    fn day_result(&self, d: Date, unit_grain: Grain, how: &str) -> Resolved {
        let ref_grain = self.reference.map_or(Grain::Day, |r| r.grain);
        let grain = coarser(unit_grain, ref_grain);
        let first = first_of(grain, d);
        let period = Period::of(first, grain);
        let anchor = self.say(|| {
            let mut anchor = format!("{period}, {how} {}", self.ref_text());
            if grain != unit_grain {
                anchor.push_str(" (known only to its precision)");
            }
            anchor
        });
        date_result(Value::Period(period), grain, anchor, Some(first))
    }

    /// How a year was found: as written, relative to the reference's, or inferred.
    fn year_note(&self, written: Year, y: i32) -> String {
        if !self.explain {
            return String::new();
        }
        match written {
            Year::Abs(_) => "absolute".to_string(),
            Year::Rel(n) => format!("year {n:+} relative to {} → {y}", self.ref_text()),
            Year::Infer => format!("year {y} inferred as the nearest to {}", self.ref_text()),
        }
    }

    /// The year of a period written `year`: as written, relative to the reference's, or the one whose
    /// `period` lies nearest the reference in the direction `dir`.
    fn infer_year(
        &self,
        year: Year,
        dir: Dir,
        period: impl Fn(i32) -> Option<(Date, Date)>,
    ) -> Option<i32> {
        self.infer_year_in(self.tense, year, dir, period)
    }

    /// [`Resolver::infer_year`] for a reporting period (a quarter, a half): a future sentence weighs it
    /// as a present does, since the results of a closed period are announced in the future tense
    /// (`fourth-quarter results will be published next month`, written in March, are last year's).
    fn infer_reporting_year(
        &self,
        year: Year,
        period: impl Fn(i32) -> Option<(Date, Date)>,
    ) -> Option<i32> {
        let tense = match self.tense {
            Tense::Future => Tense::Present,
            tense => tense,
        };
        self.infer_year_in(tense, year, Dir::Auto, period)
    }

    /// The year of a period written `year`, read in a sentence of `tense`.
    fn infer_year_in(
        &self,
        tense: Tense,
        year: Year,
        dir: Dir,
        period: impl Fn(i32) -> Option<(Date, Date)>,
    ) -> Option<i32> {
        match (year, self.reference) {
            (Year::Infer, Some(r)) => Some(nearest_year(r.date, dir, tense, period)),
            _ => year_value(year, self.reference),
        }
    }
}

/// A DATE result.
fn date_result(value: Value, grain: Grain, anchor: String, first: Option<Date>) -> Resolved {
    Resolved {
        value,
        kind: TimexType::Date,
        grain,
        modifier: None,
        anchor,
        first,
    }
}

/// A decade, by its first year, as TIMEX3 writes it: the 1990s are `199`.
fn decade(start: i32) -> Resolved {
    let first = january_first(start);
    let value = Value::Period(Period::Decade(start.div_euclid(10)));
    let anchor = format!("the decade {start}–{}", start + 9);
    date_result(value, Grain::Decade, anchor, Some(first))
}

/// A century, by its number (21 for 2000–2099), as TIMEX3 writes it: the 21st century is `20`.
fn century(n: i32) -> Resolved {
    let start = (n - 1) * 100;
    let first = january_first(start);
    let value = Value::Period(Period::Century(n - 1));
    let anchor = format!("the century {start}–{}", start + 99);
    date_result(value, Grain::Century, anchor, Some(first))
}

/// The first of January of a year.
fn january_first(year: i32) -> Date {
    Date {
        year,
        month: 1,
        day: 1,
    }
}

/// `PAST_REF`, `PRESENT_REF` or `FUTURE_REF` by the sign of an offset, when no reference anchors it.
fn unanchored_offset(n: i64, what: &str) -> Resolved {
    let value = ["PAST_REF", "PRESENT_REF", "FUTURE_REF"][(n.signum() + 1) as usize];
    date_result(
        Value::Ref(value),
        Grain::None,
        format!("relative {what} with no reference date"),
        None,
    )
}

/// The coarser of two grains.
fn coarser(a: Grain, b: Grain) -> Grain {
    fn rank(g: Grain) -> u8 {
        match g {
            Grain::Time => 0,
            Grain::Day => 1,
            Grain::Week => 2,
            Grain::Month => 3,
            Grain::Season | Grain::Quarter => 4,
            Grain::Half => 5,
            Grain::Year => 6,
            _ => 7,
        }
    }
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// The first day of the year or month `d` falls in (for those grains; `d` otherwise).
fn first_of(grain: Grain, d: Date) -> Date {
    match grain {
        Grain::Year => Date {
            month: 1,
            day: 1,
            ..d
        },
        Grain::Month => Date { day: 1, ..d },
        _ => d,
    }
}

/// Picks, among candidate years, the period nearest the reference; future periods cost more than past
/// ones (news leans to the past unless the sentence speaks of the future).
fn nearest_year(
    reference: Date,
    dir: Dir,
    tense: Tense,
    period: impl Fn(i32) -> Option<(Date, Date)>,
) -> i32 {
    let y = reference.year;
    let r = reference.days_since_epoch();
    let mut best = (f64::MAX, y);
    for candidate in [y - 1, y, y + 1] {
        let Some((start, end)) = period(candidate) else {
            continue;
        };
        let (s, e) = (start.days_since_epoch(), end.days_since_epoch());
        let cost = match dir {
            // `last March`, `mars prochain` written in March: another year's, not the one that holds
            // the reference.
            Dir::Past | Dir::Recent if e >= r => continue,
            Dir::Future | Dir::Coming if s <= r => continue,
            Dir::This if candidate != y => continue,
            _ if r >= s && r <= e => 0.0,
            _ if e < r => {
                (r - e) as f64
                    * match tense {
                        // A future sentence tells of what lies ahead: a period behind costs eight
                        // times its distance, as one ahead does in a past sentence (`la loi entrera
                        // en vigueur à l'automne`, `the talks will resume in January`, written in
                        // March, are the coming ones).
                        Tense::Future => 8.0,
                        // A present states a plan, as the future does, less surely
                        // (`de wet treedt in het najaar in werking`).
                        Tense::Present => 2.0,
                        _ => 1.0,
                    }
            }
            _ => {
                (s - r) as f64
                    * match tense {
                        Tense::Future => 1.0,
                        Tense::Past => 8.0,
                        Tense::Unknown => 2.0,
                        // A present tense states a plan, as the future does.
                        Tense::Present => 1.0,
                    }
            }
        };
        if cost < best.0 {
            best = (cost, candidate);
        }
    }
    best.1
}

/// A year as written or relative to the reference's; `None` when it must be inferred.
fn year_value(year: Year, reference: Option<Reference>) -> Option<i32> {
    match (year, reference) {
        (Year::Abs(y), _) => Some(y),
        (Year::Rel(n), Some(r)) => Some(r.date.year + n),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Reference::parse`: a reference with its precision, or nothing.
    #[test]
    fn references_are_read_at_their_precision() {
        let day = |y, m, d, grain| {
            Some(Reference {
                date: Date::new(y, m, d).unwrap(),
                grain,
            })
        };
        #[rustfmt::skip]
        let cases: &[(&str, &str, Option<Reference>)] = &[
            ("a_day", "2020-01-14", day(2020, 1, 14, Grain::Day)),
            ("a_month_at_its_middle", "2020-01", day(2020, 1, 15, Grain::Month)),
            ("a_year_at_its_middle", "2020", day(2020, 7, 1, Grain::Year)),
            ("spaces_around", " 2020-01 ", day(2020, 1, 15, Grain::Month)),
            ("no_month_13", "2020-13", None),
            ("no_30_february", "2019-02-30", None),
            ("one_digit_month", "2020-1", None),
            ("day_first", "14/01/2020", None),
            ("two_digit_year", "20-01-14", None),
            ("empty", "", None),
            ("trailing_dash", "2020-", None),
        ];
        for (name, text, want) in cases {
            assert_eq!(Reference::parse(text), *want, "{name}: {text:?}");
        }
    }
}

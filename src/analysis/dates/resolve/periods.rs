//! Resolving periods: the reference's own unit moved by n (`last year`, `this week`), quarters,
//! halves, seasons, ISO weeks, the start, middle or end of a period, and units within a period.

use super::spans::{period_after, shift_date};
use super::{
    century, coarser, date_result, decade, unanchored_offset, year_value, Resolved, Resolver,
};
use crate::analysis::dates::expr::{Dir, Expr, Unit, Year};
use crate::analysis::mention::{Grain, TimexType};
use crate::analysis::text::calendar::{last_day, weekday_in_week, Date};
use crate::analysis::value::{Period, Value};

impl Resolver {
    /// A financial year: `FY2019`, or `FYXXXX` with no reference to count from.
    pub(super) fn fiscal_year(&self, year: Year) -> Option<Resolved> {
        let (value, anchor) = match year_value(year, self.reference) {
            Some(y) => (format!("FY{y}"), format!("the financial year called {y}")),
            None => ("FYXXXX".to_string(), "no reference date".to_string()),
        };
        Some(date_result(
            Value::Unanchored(value),
            Grain::Year,
            anchor,
            None,
        ))
    }

    /// The reference's own unit moved by `n`: `last year`, `this week`, `next quarter`.
    pub(super) fn unit_offset(&self, unit: Unit, n: i64) -> Option<Resolved> {
        let Some(r) = self.reference else {
            return Some(unanchored_offset(n, "period"));
        };
        let d = r.date;
        let what = self.say(|| match n {
            0 => "the same".to_string(),
            -1 => "the previous".to_string(),
            1 => "the next".to_string(),
            n => format!("{n:+}"),
        });
        let (value, grain, first) = match unit {
            Unit::Day | Unit::BusinessDay => {
                let how = self.say(|| format!("{what} day relative to"));
                return Some(self.day_result(d.add_days(n), Grain::Day, &how));
            }
            Unit::Decade => return Some(decade((d.year / 10 + n as i32) * 10)),
            Unit::Century => return Some(century(d.year / 100 + 1 + n as i32)),
            Unit::Hour | Unit::Minute | Unit::Second => return None,
            _ => offset_period(d, unit, n),
        };
        if coarser(grain, r.grain) != grain {
            // A week relative to a month-precise reference: only the month is known.
            let how = self.say(|| format!("{what} {grain:?} relative to").to_lowercase());
            return Some(self.day_result(d, grain, &how));
        }
        let anchor = self.say(|| {
            format!(
                "{value}: {what} {} relative to {}",
                format!("{unit:?}").to_lowercase(),
                self.ref_text()
            )
        });
        Some(date_result(Value::Period(value), grain, anchor, first))
    }

    /// A quarter (1–4) of a year.
    pub(super) fn quarter(&self, year: Year, q: u32) -> Option<Resolved> {
        let y = self.infer_reporting_year(year, |y| {
            Some((Date::new(y, q * 3 - 2, 1)?, last_day(y, q * 3)))
        })?;
        let first = Date::new(y, q * 3 - 2, 1)?;
        Some(date_result(
            Value::Period(Period::Quarter {
                year: y,
                quarter: q,
            }),
            Grain::Quarter,
            self.year_note(year, y),
            Some(first),
        ))
    }

    /// A half (1–2) of a year.
    pub(super) fn half(&self, year: Year, h: u32) -> Option<Resolved> {
        let y = self.infer_reporting_year(year, |y| {
            Some((Date::new(y, h * 6 - 5, 1)?, last_day(y, h * 6)))
        })?;
        Some(date_result(
            Value::Period(Period::Half { year: y, half: h }),
            Grain::Half,
            self.year_note(year, y),
            Date::new(y, h * 6 - 5, 1),
        ))
    }

    /// A season of a year (the winter of 2020 runs from December 2019).
    pub(super) fn season(&self, year: Year, season: &'static str, dir: Dir) -> Option<Resolved> {
        let (from, to) = season_months(season);
        let span = |y: i32| {
            if from > to {
                Some((Date::new(y - 1, from, 1)?, last_day(y, to)))
            } else {
                Some((Date::new(y, from, 1)?, last_day(y, to)))
            }
        };
        Some(match self.infer_year(year, dir, span) {
            Some(y) => date_result(
                Value::Period(Period::Season { year: y, season }),
                Grain::Season,
                self.year_note(year, y),
                span(y).map(|s| s.0),
            ),
            None => date_result(
                Value::Unanchored(season.to_string()),
                Grain::Season,
                "season with no reference date".into(),
                None,
            ),
        })
    }

    /// An ISO week of a year (the reference's year when not written).
    pub(super) fn week(&self, year: Year, week: u32) -> Option<Resolved> {
        let y = super::year_value(year, self.reference).or(self.reference.map(|r| r.date.year))?;
        Some(date_result(
            Value::Period(Period::Week {
                year: y,
                week,
                weekend: false,
            }),
            Grain::Week,
            self.year_note(year, y),
            None,
        ))
    }

    /// The start, middle or end of a period: the period with a modifier.
    pub(super) fn part(&self, modifier: &'static str, inner: &Expr) -> Option<Resolved> {
        let mut res = self.resolve(inner)?;
        res.modifier = Some(modifier);
        res.anchor = self.say(|| format!("{} of {}", modifier.to_lowercase(), res.anchor));
        Some(res)
    }

    /// Units at the start or end of a period, or the n-th of them (see [`Expr::Within`]).
    pub(super) fn within(
        &self,
        unit: Unit,
        amount: u32,
        from_end: bool,
        skip: u32,
        inner: &Expr,
    ) -> Option<Resolved> {
        let outer = self.resolve(inner)?;
        let first = outer.first?;
        if !matches!(
            outer.grain,
            Grain::Year | Grain::Half | Grain::Quarter | Grain::Month | Grain::Week
        ) {
            return None;
        }
        let end = period_after(first, outer.grain)?;
        let (start, stop) = units_within(first, end, unit, amount, from_end, skip);
        if start < first.add_days(-3) || stop > end.add_days(3) {
            return None;
        }
        let anchor = self.say(|| {
            let which = match (from_end, skip, amount) {
                (true, _, 1) => format!("the last {unit:?}").to_lowercase(),
                (true, _, n) => format!("the last {n} {unit:?}s").to_lowercase(),
                (false, 0, 1) => format!("the first {unit:?}").to_lowercase(),
                (false, 0, n) => format!("the first {n} {unit:?}s").to_lowercase(),
                (false, s, _) => format!("{unit:?} number {}", s + 1).to_lowercase(),
            };
            format!("{which} of {} ({})", outer.value, outer.anchor)
        });
        let grain = match unit {
            Unit::Day => Grain::Day,
            Unit::Week => Grain::Week,
            Unit::Month => Grain::Month,
            Unit::Quarter => Grain::Quarter,
            _ => return None,
        };
        if amount == 1 {
            let period = Value::Period(Period::of(start, grain));
            return Some(date_result(period, grain, anchor, Some(start)));
        }
        Some(Resolved {
            value: Value::days(start, stop),
            kind: TimexType::Date,
            grain: Grain::Range,
            modifier: None,
            anchor,
            first: Some(start),
        })
    }
}

/// The reference's year, month, quarter, half, week or weekend moved by `n`: the period, its grain
/// and first day.
fn offset_period(d: Date, unit: Unit, n: i64) -> (Period, Grain, Option<Date>) {
    match unit {
        Unit::Year => {
            let y = d.year + n as i32;
            (Period::Year(y), Grain::Year, Date::new(y, 1, 1))
        }
        Unit::Month => {
            let m = d.add_months(n);
            let first = Date::new(m.year, m.month, 1);
            (Period::of(m, Grain::Month), Grain::Month, first)
        }
        Unit::Quarter => {
            let m = Date { day: 1, ..d }.add_months(3 * n);
            let q = (m.month - 1) / 3 + 1;
            let first = Date::new(m.year, q * 3 - 2, 1);
            (Period::of(m, Grain::Quarter), Grain::Quarter, first)
        }
        Unit::Half => {
            let m = Date { day: 1, ..d }.add_months(6 * n);
            let h = (m.month - 1) / 6 + 1;
            let first = Date::new(m.year, h * 6 - 5, 1);
            (Period::of(m, Grain::Half), Grain::Half, first)
        }
        Unit::Weekend => {
            let w = d.add_days(7 * n);
            let (year, week) = w.iso_week();
            let weekend = Period::Week {
                year,
                week,
                weekend: true,
            };
            (weekend, Grain::Week, Some(weekday_in_week(w, 6)))
        }
        // Weeks and fortnights: the week.
        _ => {
            let w = d.add_days(7 * n);
            let monday = Some(weekday_in_week(w, 1));
            (Period::of(w, Grain::Week), Grain::Week, monday)
        }
    }
}

/// The first day and the day after `amount` units at the start (after `skip` of them) or at the end
/// of the period from `first` to `end` (exclusive). Weeks are whole weeks, Monday to Sunday: the
/// first week is the one with most of its days in the period; so is the last.
fn units_within(
    first: Date,
    end: Date,
    unit: Unit,
    amount: u32,
    from_end: bool,
    skip: u32,
) -> (Date, Date) {
    let monday = |d: Date| weekday_in_week(d, 1);
    let (n, skipped) = (f64::from(amount), f64::from(skip));
    match (unit, from_end) {
        (Unit::Week, false) => {
            let start = shift_date(monday(first.add_days(3)), unit, skipped);
            (start, shift_date(start, unit, n))
        }
        (Unit::Week, true) => {
            let stop = monday(end.add_days(-4)).add_days(7);
            (shift_date(stop, unit, -n), stop)
        }
        (_, false) => {
            let start = shift_date(first, unit, skipped);
            (start, shift_date(start, unit, n))
        }
        (_, true) => (shift_date(end, unit, -n), end),
    }
}

/// The first and last month of a season (TIMEX3 code).
fn season_months(season: &str) -> (u32, u32) {
    match season {
        "SP" => (3, 5),
        "SU" => (6, 8),
        "FA" => (9, 11),
        _ => (12, 2),
    }
}

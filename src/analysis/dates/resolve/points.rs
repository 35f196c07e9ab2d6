//! Resolving points: calendar dates (parts possibly missing), weekdays, days relative to the
//! reference, the weekend, a day of the month alone, the n-th weekday of a month, Easter, and the
//! week of a date.

use super::{date_result, unanchored_offset, Resolved, Resolver};
use crate::analysis::dates::expr::{Dir, Expr, Year};
use crate::analysis::dates::Tense;
use crate::analysis::mention::Grain;
use crate::analysis::text::calendar::{easter, last_day, nth_weekday, weekday_in_week, Date};
use crate::analysis::value::{Period, Value};

impl Resolver {
    /// A date, month or year, parts possibly missing: the year inferred when not written.
    pub(super) fn cal(
        &self,
        year: Year,
        month: Option<u32>,
        day: Option<u32>,
        dir: Dir,
    ) -> Option<Resolved> {
        let Some(m) = month else {
            let y = super::year_value(year, self.reference)?;
            return Some(date_result(
                Value::Period(Period::Year(y)),
                Grain::Year,
                self.year_note(year, y),
                Date::new(y, 1, 1),
            ));
        };
        let span = |y: i32| match day {
            Some(d) => Date::new(y, m, d).map(|x| (x, x)),
            None => Some((Date::new(y, m, 1)?, last_day(y, m))),
        };
        let Some(y) = self.infer_year(year, dir, span) else {
            return Some(unknown_year(m, day));
        };
        let note = self.year_note(year, y);
        let Some(d) = day else {
            let value = Value::Period(Period::Month { year: y, month: m });
            return Some(date_result(value, Grain::Month, note, Date::new(y, m, 1)));
        };
        match Date::new(y, m, d) {
            Some(date) => Some(date_result(Value::day(date), Grain::Day, note, Some(date))),
            // "30 février", "February 29, 2019": written as a date, but no such day exists, so it
            // is kept as written (its year only when written) and has no place on a timeline.
            None => {
                let year = match year {
                    Year::Abs(y) => Some(y),
                    _ => None,
                };
                Some(date_result(
                    Value::NoSuchDay {
                        year,
                        month: m,
                        day: d,
                    },
                    Grain::Day,
                    format!("no such day in {y:04}: not resolved"),
                    None,
                ))
            }
        }
    }

    /// A weekday, in a week relative to the reference's or the occurrence its cue says.
    pub(super) fn weekday(
        &self,
        weekday: u32,
        dir: Dir,
        week_offset: Option<i64>,
    ) -> Option<Resolved> {
        let Some(r) = self.reference else {
            return Some(date_result(
                Value::Unanchored(format!("XXXX-WXX-{weekday}")),
                Grain::Day,
                "weekday with no reference date".into(),
                None,
            ));
        };
        let d = r.date;
        let back = (i64::from(d.weekday()) - i64::from(weekday)).rem_euclid(7);
        let ahead = (i64::from(weekday) - i64::from(d.weekday())).rem_euclid(7);
        let (date, how) = match (week_offset, dir) {
            (Some(w), _) => (
                weekday_in_week(d.add_days(7 * w), weekday),
                "in the week relative to",
            ),
            // "ce jeudi", "this Friday": the one of the days around the reference, the tense says
            // which way (today's when it is that day).
            (None, Dir::This) if self.tense == Tense::Past => {
                (d.add_days(-back), "this one (past tense), at or before")
            }
            (None, Dir::This) => (d.add_days(ahead), "this one, at or after"),
            // "last Friday", "vendredi dernier", "vorige vrijdag": the most recent one.
            (None, Dir::Past | Dir::Recent) => (
                d.add_days(-(if back == 0 { 7 } else { back })),
                "the last one before",
            ),
            (None, Dir::Future) => (weekday_in_week(d.add_days(7), weekday), "in the week after"),
            (None, Dir::Coming) => (
                d.add_days(if ahead == 0 { 7 } else { ahead }),
                "the next one after",
            ),
            (None, Dir::Auto) if self.tense == Tense::Future => {
                (d.add_days(ahead), "the next one (future tense) after")
            }
            (None, Dir::Auto) if self.tense == Tense::Past => {
                (d.add_days(-back), "the one (past tense) at or before")
            }
            // A present tense with no past cue states a plan: the next one.
            (None, Dir::Auto) if self.tense == Tense::Present => (
                d.add_days(ahead),
                "the next one (present tense) at or after",
            ),
            // No tense to go by (a present tense often speaks of the days ahead): the nearer one.
            (None, Dir::Auto) if ahead < back => (d.add_days(ahead), "the nearest one to"),
            (None, Dir::Auto) => (d.add_days(-back), "the nearest one to"),
        };
        Some(self.day_result(date, Grain::Day, how))
    }

    /// Today (0), tomorrow (1), yesterday (−1) …
    pub(super) fn day_offset(&self, n: i64) -> Option<Resolved> {
        let Some(r) = self.reference else {
            return Some(unanchored_offset(n, "day"));
        };
        let how = self.say(|| match n {
            0 => "the day of".to_string(),
            n if n < 0 => format!("{} day(s) before", -n),
            n => format!("{n} day(s) after"),
        });
        Some(self.day_result(r.date.add_days(n), Grain::Day, &how))
    }

    /// The weekend nearest the reference: the one before it unless the sentence speaks of the future.
    pub(super) fn weekend(&self) -> Option<Resolved> {
        let Some(r) = self.reference else {
            return Some(date_result(
                Value::Unanchored("XXXX-WXX-WE".into()),
                Grain::Week,
                "weekend with no reference date".into(),
                None,
            ));
        };
        let d = r.date;
        let in_weekend = d.weekday() >= 6;
        let (next, last) = (weekday_in_week(d, 6), weekday_in_week(d.add_days(-7), 6));
        // Days to the next weekend count double when the tense does not say (news leans to the past):
        // a Monday's weekend is the one just gone, a Friday's the one ahead.
        let ahead = d.days_until(next);
        let behind = last.add_days(1).days_until(d);
        let (saturday, how) = match self.tense {
            _ if in_weekend => (next, "the weekend of"),
            Tense::Future => (next, "the next weekend (future tense) after"),
            Tense::Unknown | Tense::Present if 2 * ahead < behind => {
                (next, "the nearest weekend to")
            }
            _ => (last, "the last weekend before"),
        };
        if r.grain != Grain::Day {
            return Some(self.day_result(saturday, Grain::Week, how));
        }
        let (year, week) = saturday.iso_week();
        let value = Value::Period(Period::Week {
            year,
            week,
            weekend: true,
        });
        let anchor = self.say(|| format!("{value}, {how} {}", self.ref_text()));
        Some(date_result(value, Grain::Week, anchor, Some(saturday)))
    }

    /// A day of the month with no month: the nearest such day (on `weekday` when given), leaning to
    /// the past unless the sentence speaks of the future.
    pub(super) fn day_of_month(&self, day: u32, weekday: Option<u32>) -> Option<Resolved> {
        let Some(r) = self.reference else {
            return Some(date_result(
                Value::Unanchored(format!("XXXX-XX-{day:02}")),
                Grain::Day,
                "day of month with no reference date".into(),
                None,
            ));
        };
        // "le 9" in a paragraph about March: the month written last.
        if let Some(then) = self
            .then
            .filter(|t| t.grain == Grain::Day || t.grain == Grain::Month)
        {
            let d = Date::new(then.first.year, then.first.month, day)
                .filter(|d| weekday.is_none_or(|w| d.weekday() == w));
            if let Some(d) = d {
                return Some(date_result(
                    Value::day(d),
                    Grain::Day,
                    self.say(|| format!("{d}, in the month written last ({})", then.first)),
                    Some(d),
                ));
            }
        }
        let first = Date { day: 1, ..r.date };
        let candidates = (-14..=14).filter_map(|k| {
            let m = first.add_months(k);
            Date::new(m.year, m.month, day)
        });
        let fits = |c: &Date| weekday.is_none_or(|w| c.weekday() == w);
        let best = candidates.filter(fits).min_by_key(|c| {
            let dist = r.date.days_until(*c);
            if dist > 0 && self.tense != Tense::Future {
                dist * 3 / 2
            } else {
                dist.abs()
            }
        })?;
        Some(self.day_result(best, Grain::Day, "the nearest such day to"))
    }

    /// The n-th weekday of a month (the last for −1): Thanksgiving, Memorial Day.
    pub(super) fn nth_weekday(
        &self,
        year: Year,
        month: u32,
        weekday: u32,
        n: i32,
        dir: Dir,
    ) -> Option<Resolved> {
        let on = |y: i32| nth_weekday(y, month, weekday, n);
        let y = self.infer_year(year, dir, |y| on(y).map(|d| (d, d)))?;
        let d = on(y)?;
        let anchor = self.say(|| {
            let nth = match n {
                -1 => "last".to_string(),
                n => format!("{n}th"),
            };
            format!(
                "the {nth} weekday {weekday} of {y:04}-{month:02}: {}",
                self.year_note(year, y)
            )
        });
        Some(date_result(Value::day(d), Grain::Day, anchor, Some(d)))
    }

    /// Easter Sunday of a year.
    pub(super) fn easter(&self, year: Year, dir: Dir) -> Option<Resolved> {
        let y = self.infer_year(year, dir, |y| easter(y).map(|d| (d, d)))?;
        let d = easter(y)?;
        let anchor = self.say(|| format!("Easter {y}: {}", self.year_note(year, y)));
        Some(date_result(Value::day(d), Grain::Day, anchor, Some(d)))
    }

    /// The ISO week a date falls in.
    pub(super) fn week_of(&self, day: &Expr) -> Option<Resolved> {
        let res = self.resolve(day)?;
        let d = res.first?;
        let monday = weekday_in_week(d, 1);
        let value = Value::Period(Period::of(d, Grain::Week));
        let anchor = self.say(|| format!("{value}: the week of {} ({})", res.value, res.anchor));
        Some(date_result(value, Grain::Week, anchor, Some(monday)))
    }
}

impl Resolver {
    /// The date written last (see [`Expr::Then`]), or the reference's day.
    pub(super) fn then(&self) -> Option<Resolved> {
        match self.then {
            Some(then) => {
                let period = Period::of(then.first, then.grain);
                let anchor = self.say(|| format!("{period}, the date written last"));
                Some(date_result(
                    Value::Period(period),
                    then.grain,
                    anchor,
                    Some(then.first),
                ))
            }
            None => self.day_offset(0),
        }
    }

    /// The weekend of the week a date falls in: `2019-W24-WE`.
    pub(super) fn weekend_of(&self, day: &Expr) -> Option<Resolved> {
        let res = self.resolve(day)?;
        let first = res.first?;
        // The nearest weekend: a Monday or Tuesday's is the one before it.
        let saturday = match weekday_in_week(first, 6) {
            s if first.weekday() <= 2 => s.add_days(-7),
            s => s,
        };
        let (year, week) = saturday.iso_week();
        let value = Value::Period(Period::Week {
            year,
            week,
            weekend: true,
        });
        let anchor = self.say(|| format!("{value}: the weekend of {} ({})", res.value, res.anchor));
        Some(date_result(value, Grain::Week, anchor, Some(saturday)))
    }
}

/// A date or month whose year no reference can give: `XXXX-04-22`, `XXXX-04`.
fn unknown_year(m: u32, day: Option<u32>) -> Resolved {
    let (value, grain) = match day {
        Some(d) => (format!("XXXX-{m:02}-{d:02}"), Grain::Day),
        None => (format!("XXXX-{m:02}"), Grain::Month),
    };
    let anchor = "year unknown: no reference date".into();
    date_result(Value::Unanchored(value), grain, anchor, None)
}

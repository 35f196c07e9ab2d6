//! Resolving what has no place on the calendar, or adds to what has: lengths of time, recurrences,
//! references to the present, past or future, hedged expressions, and clock times on a date.

use super::{date_result, Resolved, Resolver};
use crate::analysis::dates::expr::{Expr, Unit};
use crate::analysis::dates::Tense;
use crate::analysis::mention::{Grain, TimexType};
use crate::analysis::value::{Clock, Period, Value};

/// A length of time (`P10Y`; `PXY` and APPROX when vague).
pub(super) fn duration(amount: Option<f64>, unit: Unit) -> Resolved {
    Resolved {
        value: Value::Unanchored(unit.duration(amount)),
        kind: TimexType::Duration,
        grain: Grain::None,
        modifier: amount.is_none().then_some("APPROX"),
        anchor: "a length of time: not anchored".into(),
        first: None,
    }
}

/// A length of time in several units (`P2Y3M`).
pub(super) fn durations(parts: &[(f64, Unit)]) -> Resolved {
    Resolved {
        value: Value::Unanchored(Unit::durations(parts)),
        kind: TimexType::Duration,
        grain: Grain::None,
        modifier: None,
        anchor: "a length of time: not anchored".into(),
        first: None,
    }
}

/// A recurrence, as written by the rules (`P1W`, `XXXX-WXX-1`).
pub(super) fn set(value: &str) -> Resolved {
    Resolved {
        value: Value::Unanchored(value.to_string()),
        kind: TimexType::Set,
        grain: Grain::None,
        modifier: None,
        anchor: "a recurrence: not anchored".into(),
        first: None,
    }
}

impl Resolver {
    /// `PAST_REF`, `PRESENT_REF` or `FUTURE_REF` (the present is the reference's day).
    pub(super) fn reference_to(&self, value: &'static str) -> Resolved {
        Resolved {
            value: Value::Ref(value),
            kind: TimexType::Date,
            grain: Grain::None,
            modifier: None,
            anchor: self.say(|| {
                format!(
                    "{} relative to {}",
                    value.to_lowercase().replace('_', " "),
                    self.ref_text()
                )
            }),
            first: if value == "PRESENT_REF" {
                self.reference.map(|r| r.date)
            } else {
                None
            },
        }
    }

    /// An expression with a TIMEX3 modifier the text gives before it (`APPROX`, `MORE_THAN` …).
    pub(super) fn modified(&self, modifier: &'static str, inner: &Expr) -> Option<Resolved> {
        let mut res = self.resolve(inner)?;
        res.modifier = Some(modifier);
        res.anchor = self.say(|| {
            format!(
                "{} {}",
                modifier.to_lowercase().replace('_', " "),
                res.anchor
            )
        });
        Some(res)
    }

    /// A clock time or a part of the day on a date. With no date written (`at 22:30`), the day in
    /// focus: the day written last ([`Then`](super::Then), `on Sunday` a sentence before), else the reference's day;
    /// when the text's focus is a longer period that does not hold the reference's day (`last week`),
    /// the day is left open (`XXXX-XX-XXT22:30`, as TIMEX3 allows) rather than claimed.
    pub(super) fn time(
        &self,
        date: Option<&Expr>,
        hour: Option<u32>,
        minute: Option<u32>,
        part: Option<&'static str>,
    ) -> Option<Resolved> {
        let open = |why: &str| {
            date_result(
                Value::Unanchored("XXXX-XX-XX".into()),
                Grain::Day,
                why.into(),
                None,
            )
        };
        let day = match (date, self.then, self.reference) {
            // Midnight of a night (`tonight at midnight`) ends the day, unless the sentence tells of
            // the past (`vannacht om middernacht brak de dijk door`: the night before the day).
            (Some(d), _, _)
                if hour == Some(0) && part == Some("NI") && self.tense != Tense::Past =>
            {
                self.resolve(&Expr::Shift {
                    amount: 1.0,
                    unit: Unit::Day,
                    sign: 1,
                    base: Some(Box::new(d.clone())),
                })?
            }
            (Some(d), _, _) => self.resolve(d)?,
            (None, Some(then), _) if then.grain == Grain::Day => date_result(
                Value::Period(Period::Day(then.first)),
                Grain::Day,
                format!("{}, the day written last", then.first),
                Some(then.first),
            ),
            (None, Some(then), Some(r))
                if r.grain == Grain::Day
                    && !Period::of(then.first, then.grain)
                        .span()
                        .is_some_and(|(a, b)| a <= r.date && r.date <= b) =>
            {
                open(&format!(
                    "no day: the text speaks of {}, which does not hold {}",
                    Period::of(then.first, then.grain),
                    self.ref_text()
                ))
            }
            (None, _, Some(r)) if r.grain == Grain::Day => {
                self.day_result(r.date, Grain::Day, "the day of")
            }
            _ => open("no reference day"),
        };
        let clock = match (hour, part) {
            (Some(h), _) => Clock::At(h, minute.unwrap_or(0)),
            (None, Some(p)) => Clock::Part(p),
            (None, None) => return Some(day),
        };
        let value = Value::Time {
            day: (day.grain == Grain::Day).then(|| Box::new(day.value.clone())),
            clock,
        };
        Some(Resolved {
            value,
            kind: TimexType::Time,
            grain: Grain::Time,
            modifier: None,
            anchor: self.say(|| format!("{clock} on {}", day.anchor)),
            first: day.first,
        })
    }
}

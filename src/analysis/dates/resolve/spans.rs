//! Resolving spans: ranges from one point to another, and dates a number of units from the reference
//! or from another point.

use super::{coarser, date_result, first_of, Resolved, Resolver};
use crate::analysis::dates::expr::{Expr, Unit, Year};
use crate::analysis::mention::{Grain, TimexType};
use crate::analysis::text::calendar::Date;
use crate::analysis::value::{Period, Value};

impl Resolver {
    /// From one point to another: `start/end`, each end the day it stands for ([`range_bound`]).
    pub(super) fn range(&self, a: &Expr, b: &Expr) -> Option<Resolved> {
        let mut ra = self.resolve(a)?;
        let later = second_after_first(a, b, ra.first);
        let rb = self.resolve(later.as_ref().unwrap_or(b))?;
        // Ends resolved one by one can cross ("from the end of March to mid-September" in November:
        // next March, last September): an undated start then falls in the year before.
        if let (Some(fa), Some(fb)) = (ra.first, rb.first) {
            if fb < fa {
                if let Some(earlier) = in_year(a, fa.year - 1).and_then(|e| self.resolve(&e)) {
                    if earlier.first.is_some_and(|d| d <= fb) {
                        ra = earlier;
                    }
                }
            }
        }
        let start = range_bound(&ra, false).map_or(ra.value.clone(), Value::day);
        let end = range_bound(&rb, true).map_or(rb.value.clone(), Value::day);
        Some(Resolved {
            value: Value::Span(Box::new(start), Box::new(end)),
            kind: TimexType::Date,
            grain: Grain::Range,
            modifier: None,
            anchor: self.say(|| {
                format!(
                    "from {} ({}) to {} ({})",
                    ra.value, ra.anchor, rb.value, rb.anchor
                )
            }),
            first: ra.first,
        })
    }

    /// A date `amount` units before (`sign` −1) or after (1) a base (the reference when `None`).
    pub(super) fn shift(
        &self,
        amount: f64,
        unit: Unit,
        sign: i64,
        base: Option<&Expr>,
    ) -> Option<Resolved> {
        if let Some(Expr::Then) = base {
            return self.shift_from_then(amount, unit, sign);
        }
        let (base_date, base_text) = match base {
            Some(b) => {
                let resolved = self.resolve(b)?;
                let text = self.say(|| format!("{} ({})", resolved.value, resolved.anchor));
                (resolved.first?, text)
            }
            None => match self.reference {
                Some(r) => (r.date, self.ref_text()),
                None => {
                    let value = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                    return Some(date_result(
                        Value::Ref(value),
                        Grain::None,
                        "offset with no reference date".into(),
                        None,
                    ));
                }
            },
        };
        let d = shift_date(base_date, unit, amount * sign as f64);
        let how = self.say(|| {
            format!(
                "{} {}",
                Unit::duration(unit, Some(amount)),
                if sign < 0 { "before" } else { "after" }
            )
        });
        let grain = if unit.grain() == Grain::Time {
            Grain::Time
        } else {
            Grain::Day
        };
        let mut res = self.day_result(d, grain, &how);
        if base.is_some() {
            res.anchor = self.say(|| format!("{}, {how} {base_text}", res.value));
        }
        Some(res)
    }
}

impl Resolver {
    /// A date some units before or after the date written last (`two years earlier` after `in 2015`
    /// is 2013, `the next day` after `3 March` is 4 March), known to the coarser of its unit and that
    /// date; from the reference when nothing was written, or only something coarser than the unit (a
    /// year before `the next day`).
    fn shift_from_then(&self, amount: f64, unit: Unit, sign: i64) -> Option<Resolved> {
        let unit_grain = match unit {
            Unit::Week | Unit::Fortnight | Unit::Weekend => Grain::Week,
            Unit::Quarter | Unit::Half => Grain::Month,
            u => u.grain(),
        };
        let Some(then) = self
            .then
            .filter(|t| coarser(t.grain, unit_grain) == unit_grain)
        else {
            // "that quarter" after "in 2017": the period written last, known only to its year;
            // "the same year" with nothing written before: the reference's.
            if amount == 0.0 {
                return match self.then {
                    Some(_) => self.then(),
                    None => self.unit_offset(unit, 0),
                };
            }
            return self.shift(amount, unit, sign, None);
        };
        let d = shift_date(then.first, unit, amount * sign as f64);
        let grain = match coarser(then.grain, unit.grain()) {
            Grain::Time => Grain::Day,
            g => g,
        };
        let first = first_of(grain, d);
        let period = Period::of(first, grain);
        let anchor = self.say(|| {
            format!(
                "{period}, {} {} the date written last ({})",
                Unit::duration(unit, Some(amount)),
                if sign < 0 { "before" } else { "after" },
                then.first
            )
        });
        Some(date_result(
            Value::Period(period),
            grain,
            anchor,
            Some(first),
        ))
    }
}

/// Two undated months of a range run forward: `from November to February` ends in the year after the
/// start's. The second end with its year, when it needs one.
fn second_after_first(a: &Expr, b: &Expr, first: Option<Date>) -> Option<Expr> {
    match (a, b, first) {
        (
            Expr::Cal {
                year: Year::Infer,
                month: Some(ma),
                ..
            },
            Expr::Cal {
                year: Year::Infer,
                month: Some(mb),
                day,
                dir,
            },
            Some(first),
        ) => {
            let y = if mb < ma { first.year + 1 } else { first.year };
            Some(Expr::Cal {
                year: Year::Abs(y),
                month: Some(*mb),
                day: *day,
                dir: *dir,
            })
        }
        _ => None,
    }
}

/// An undated calendar expression (a month or day whose year is inferred, or the start, middle or end
/// of one) given the year `y`.
fn in_year(e: &Expr, y: i32) -> Option<Expr> {
    match e {
        Expr::Cal {
            year: Year::Infer,
            month,
            day,
            dir,
        } => Some(Expr::Cal {
            year: Year::Abs(y),
            month: *month,
            day: *day,
            dir: *dir,
        }),
        Expr::Part { modifier, inner } => Some(Expr::Part {
            modifier,
            inner: Box::new(in_year(inner, y)?),
        }),
        _ => None,
    }
}

/// Shifts a date by `amount` units (working days step over weekends; clock units leave it).
pub(super) fn shift_date(d: Date, unit: Unit, amount: f64) -> Date {
    let whole = amount.round() as i64;
    let months = |per_unit: f64| d.add_months((amount * per_unit).round() as i64);
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => d,
        Unit::Day => d.add_days(whole),
        Unit::BusinessDay => {
            let step = whole.signum();
            let mut day = d;
            for _ in 0..whole.abs() {
                day = day.add_days(step);
                while day.weekday() > 5 {
                    day = day.add_days(step);
                }
            }
            day
        }
        Unit::Weekend | Unit::Week => d.add_days((amount * 7.0).round() as i64),
        Unit::Fortnight => d.add_days((amount * 14.0).round() as i64),
        Unit::Month => d.add_months(whole),
        Unit::Quarter => months(3.0),
        Unit::Half => months(6.0),
        Unit::Year => months(12.0),
        Unit::Decade => months(120.0),
        Unit::Century => months(1200.0),
    }
}

/// The day after a period that starts on `first` and has the given grain.
pub(super) fn period_after(first: Date, grain: Grain) -> Option<Date> {
    Some(match grain {
        Grain::Day => first.add_days(1),
        Grain::Week => first.add_days(7),
        Grain::Month => first.add_months(1),
        Grain::Quarter | Grain::Season => first.add_months(3),
        Grain::Half => first.add_months(6),
        Grain::Year => first.add_months(12),
        Grain::Decade => first.add_months(120),
        Grain::Century => first.add_months(1200),
        _ => return None,
    })
}

/// The day a resolved end of a range stands for: its first day, except that a middle is the middle
/// (`du milieu de 2007` → 2007-07-02, `mid-September` → the 16th), an end that closes the range runs to
/// the end (`to the end of 2008` → 2009-01-01), and so does a month that closes it (`March–April 2018`
/// ends on 2018-05-01), and an end that opens it starts two thirds in (`from the end of March` → 21
/// March).
fn range_bound(end: &Resolved, closes: bool) -> Option<Date> {
    let first = end.first?;
    let Some(after) = period_after(first, end.grain) else {
        return Some(first);
    };
    let days = first.days_until(after);
    Some(match (end.modifier, closes) {
        (Some("MID"), _) => first.add_days(days / 2),
        (Some("END"), true) => after,
        (None, true) if end.grain == Grain::Month => after,
        (Some("END"), false) => first.add_days(days * 2 / 3),
        _ => first,
    })
}

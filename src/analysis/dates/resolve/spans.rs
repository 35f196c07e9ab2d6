//! Resolving spans: ranges from one point to another, and dates a number of units from the reference
//! or from another point.

use super::{date_result, Resolved, Resolver};
use crate::analysis::dates::expr::{Expr, Unit, Year};
use crate::analysis::mention::{Grain, TimexType};
use crate::analysis::text::calendar::Date;
use crate::analysis::value::Value;

impl Resolver {
    /// From one point to another: `start/end`, each end the day it stands for ([`range_bound`]).
    pub(super) fn range(&self, a: &Expr, b: &Expr) -> Option<Resolved> {
        let ra = self.resolve(a)?;
        let later = second_after_first(a, b, ra.first);
        let rb = self.resolve(later.as_ref().unwrap_or(b))?;
        let start = range_bound(&ra, false).map_or(ra.value.clone(), Value::day);
        let end = range_bound(&rb, true).map_or(rb.value.clone(), Value::day);
        Some(Resolved {
            value: Value::Span(Box::new(start), Box::new(end)),
            kind: TimexType::Date,
            grain: Grain::Range,
            modifier: None,
            anchor: format!(
                "from {} ({}) to {} ({})",
                ra.value, ra.anchor, rb.value, rb.anchor
            ),
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
        let (base_date, base_text) = match base {
            Some(b) => {
                let resolved = self.resolve(b)?;
                let text = format!("{} ({})", resolved.value, resolved.anchor);
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
        let how = format!(
            "{} {}",
            Unit::duration(unit, Some(amount)),
            if sign < 0 { "before" } else { "after" }
        );
        let grain = if unit.grain() == Grain::Time {
            Grain::Time
        } else {
            Grain::Day
        };
        let mut res = self.day_result(d, grain, &how);
        if base.is_some() {
            res.anchor = format!("{}, {how} {base_text}", res.value);
        }
        Some(res)
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
/// the end (`to the end of 2008` → 2009-01-01) and an end that opens it starts two thirds in (`from
/// the end of March` → 21 March).
fn range_bound(end: &Resolved, closes: bool) -> Option<Date> {
    let first = end.first?;
    let Some(after) = period_after(first, end.grain) else {
        return Some(first);
    };
    let days = first.days_until(after);
    Some(match (end.modifier, closes) {
        (Some("MID"), _) => first.add_days(days / 2),
        (Some("END"), true) => after,
        (Some("END"), false) => first.add_days(days * 2 / 3),
        _ => first,
    })
}

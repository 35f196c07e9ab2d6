//! The calendar span a TIMEX3 date value covers: `2020-02-11`, `2020-02`, `2019`, `2019-Q3`, `2020-H1`,
//! `2020-WI`, `2020-W05`, `2020-W05-WE`, `2020-01-14T16:30`, decades `198` and centuries `17` (the
//! 1980s, the 18th century), and ranges `2020-01-24/2020-02-11`.
//!
//! ```
//! use dossier::analysis::period::value_span;
//! let (start, end) = value_span("2019-Q3").unwrap();
//! assert_eq!((start.to_string(), end.to_string()), ("2019-07-01".into(), "2019-09-30".into()));
//! assert!(value_span("P10Y").is_none());
//! ```

use super::calendar::{days_in_month, Date};

/// The first and last day (inclusive) a value covers, or `None` for durations, sets, references and
/// values with unknown parts.
pub fn value_span(value: &str) -> Option<(Date, Date)> {
    if let Some((a, b)) = value.split_once('/') {
        let (start, _) = value_span(a)?;
        let (b_start, _) = value_span(b)?;
        return (b_start >= start).then_some((start, b_start));
    }
    let value = value.split('T').next()?;
    // A decade (`198`) or a century (`17`): TIMEX3 writes the digits the years share.
    if value.len() <= 3 && value.bytes().all(|b| b.is_ascii_digit()) && !value.is_empty() {
        let lead: i32 = value.parse().ok()?;
        let (first, years) = if value.len() == 3 {
            (lead * 10, 10)
        } else {
            (lead * 100, 100)
        };
        let start = Date::new(first, 1, 1)?;
        return Some((start, Date::new(first + years - 1, 12, 31)?));
    }
    let year: i32 = value.get(0..4)?.parse().ok()?;
    let rest = &value[4..];
    let month_span = |m: u32, months: u32| -> Option<(Date, Date)> {
        let start = Date::new(year, m, 1)?;
        let last = start.add_months(i64::from(months) - 1);
        Some((
            start,
            Date::new(last.year, last.month, days_in_month(last.year, last.month))?,
        ))
    };
    if rest.is_empty() {
        return month_span(1, 12);
    }
    let tail = rest.strip_prefix('-')?;
    if let Some(d) = Date::parse(value) {
        return Some((d, d));
    }
    if let Ok(m) = tail.parse::<u32>() {
        return month_span(m, 1);
    }
    if let Some(w) = tail.strip_prefix('W') {
        let (week, weekend) = match w.split_once('-') {
            Some((n, "WE")) => (n.parse::<u32>().ok()?, true),
            _ => (w.parse::<u32>().ok()?, false),
        };
        // ISO week 1 holds 4 January.
        let jan4 = Date::new(year, 1, 4)?;
        let monday = jan4.add_days(1 - i64::from(jan4.weekday()) + 7 * (i64::from(week) - 1));
        return Some(if weekend {
            (monday.add_days(5), monday.add_days(6))
        } else {
            (monday, monday.add_days(6))
        });
    }
    match tail {
        "Q1" => month_span(1, 3),
        "Q2" => month_span(4, 3),
        "Q3" => month_span(7, 3),
        "Q4" => month_span(10, 3),
        "H1" => month_span(1, 6),
        "H2" => month_span(7, 6),
        "SP" => month_span(3, 3),
        "SU" => month_span(6, 3),
        "FA" => month_span(9, 3),
        "WI" => {
            let start = Date::new(year - 1, 12, 1)?;
            Some((start, Date::new(year, 2, days_in_month(year, 2))?))
        }
        _ => None,
    }
}

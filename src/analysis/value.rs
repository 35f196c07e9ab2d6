//! TIMEX3 values, typed: a resolved expression carries what it means on the calendar (the period, the
//! span from one day to another, the day of a clock time), and is written out as TIMEX3 text only at
//! the edges ([`fmt::Display`], JSON). Nothing is formatted to text and read back: the calendar span
//! of a value ([`Value::span`]) is computed from its parts.

use super::text::calendar::{days_in_month, Date};
use std::fmt;

/// A period of the calendar, as TIMEX3 writes it: `2020-02-11`, `2020-W05`, `2020-W05-WE`, `2020-02`,
/// `2019-Q3`, `2020-H1`, `2020-WI`, `2019`, a decade `198` (the 1980s), a century `17` (1700–1799,
/// the 18th).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// A day.
    Day(Date),
    /// An ISO week (its week-numbering year and number, as written), or its weekend.
    Week {
        /// The ISO week-numbering year.
        year: i32,
        /// 1–53.
        week: u32,
        /// Only its Saturday and Sunday (`-WE`).
        weekend: bool,
    },
    /// A month.
    Month {
        /// The year.
        year: i32,
        /// 1–12.
        month: u32,
    },
    /// A quarter.
    Quarter {
        /// The year.
        year: i32,
        /// 1–4.
        quarter: u32,
    },
    /// A half year.
    Half {
        /// The year.
        year: i32,
        /// 1–2.
        half: u32,
    },
    /// A season: `SP`, `SU`, `FA`, `WI` (the winter of 2020 runs from December 2019).
    Season {
        /// The year.
        year: i32,
        /// The TIMEX3 season code.
        season: &'static str,
    },
    /// A year.
    Year(i32),
    /// A decade, by the digits its years share: `198` for 1980–1989.
    Decade(i32),
    /// A century, by the digits its years share: `17` for 1700–1799 (the 18th century).
    Century(i32),
}

/// A clock time, or a part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Hours (0–24) and minutes.
    At(u32, u32),
    /// `MO`, `AF`, `EV`, `NI`.
    Part(&'static str),
}

/// A resolved TIMEX3 value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A period of the calendar.
    Period(Period),
    /// From one point to another (`2020-01-24/2020-02-11`). An end with no day of its own is written
    /// as it resolved.
    Span(Box<Value>, Box<Value>),
    /// A clock time or part of the day on a day (`2020-01-14T16:30`, `XXXX-WXX-1TEV`), or on no day
    /// known to the day (`T16:30`).
    Time {
        /// The day, when known to the day.
        day: Option<Box<Value>>,
        /// The time.
        clock: Clock,
    },
    /// A date written in the text that does not exist (`2019-02-30`, `XXXX-04-31`): kept as written.
    NoSuchDay {
        /// The year, when written.
        year: Option<i32>,
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
    /// `PAST_REF`, `PRESENT_REF` or `FUTURE_REF`.
    Ref(&'static str),
    /// Not on the calendar: a length (`P10Y`), a recurrence (`XXXX-WXX-1`), a date with no year known
    /// (`XXXX-04-22`), a season with no year (`SU`).
    Unanchored(String),
}

impl Period {
    /// The period of `grain` that `d` falls in (a day for the grains finer than a day or not listed).
    pub fn of(d: Date, grain: super::mention::Grain) -> Period {
        use super::mention::Grain;
        match grain {
            Grain::Year => Period::Year(d.year),
            Grain::Month => Period::Month {
                year: d.year,
                month: d.month,
            },
            Grain::Week => {
                let (year, week) = d.iso_week();
                Period::Week {
                    year,
                    week,
                    weekend: false,
                }
            }
            Grain::Quarter => Period::Quarter {
                year: d.year,
                quarter: (d.month - 1) / 3 + 1,
            },
            Grain::Half => Period::Half {
                year: d.year,
                half: (d.month - 1) / 6 + 1,
            },
            _ => Period::Day(d),
        }
    }

    /// The first and last day it covers (inclusive), when they exist.
    pub fn span(self) -> Option<(Date, Date)> {
        let months = |year: i32, first: u32, count: u32| -> Option<(Date, Date)> {
            let start = Date::new(year, first, 1)?;
            let last = start.add_months(i64::from(count) - 1);
            Some((
                start,
                Date::new(last.year, last.month, days_in_month(last.year, last.month))?,
            ))
        };
        match self {
            Period::Day(d) => Some((d, d)),
            Period::Week {
                year,
                week,
                weekend,
            } => {
                // ISO week 1 holds 4 January.
                let jan4 = Date::new(year, 1, 4)?;
                let monday =
                    jan4.add_days(1 - i64::from(jan4.weekday()) + 7 * (i64::from(week) - 1));
                Some(if weekend {
                    (monday.add_days(5), monday.add_days(6))
                } else {
                    (monday, monday.add_days(6))
                })
            }
            Period::Month { year, month } => months(year, month, 1),
            Period::Quarter { year, quarter } => months(year, quarter * 3 - 2, 3),
            Period::Half { year, half } => months(year, half * 6 - 5, 6),
            Period::Season { year, season } => match season {
                "SP" => months(year, 3, 3),
                "SU" => months(year, 6, 3),
                "FA" => months(year, 9, 3),
                _ => Some((
                    Date::new(year - 1, 12, 1)?,
                    Date::new(year, 2, days_in_month(year, 2))?,
                )),
            },
            Period::Year(year) => months(year, 1, 12),
            Period::Decade(lead) => Some((
                Date::new(lead * 10, 1, 1)?,
                Date::new(lead * 10 + 9, 12, 31)?,
            )),
            Period::Century(lead) => Some((
                Date::new(lead * 100, 1, 1)?,
                Date::new(lead * 100 + 99, 12, 31)?,
            )),
        }
    }

    /// The year as written in the value (for a week, its ISO week-numbering year; for a decade or a
    /// century, which write no year, its first year).
    pub fn year(self) -> i32 {
        match self {
            Period::Day(d) => d.year,
            Period::Week { year, .. }
            | Period::Month { year, .. }
            | Period::Quarter { year, .. }
            | Period::Half { year, .. }
            | Period::Season { year, .. }
            | Period::Year(year) => year,
            Period::Decade(lead) => lead * 10,
            Period::Century(lead) => lead * 100,
        }
    }
}

impl Value {
    /// A day.
    pub fn day(d: Date) -> Value {
        Value::Period(Period::Day(d))
    }

    /// From one day to another.
    pub fn days(from: Date, to: Date) -> Value {
        Value::Span(Box::new(Value::day(from)), Box::new(Value::day(to)))
    }

    /// The first and last day the value covers (inclusive): a period's, or from the first day of a
    /// span's start to the first day of its end; `None` for lengths, recurrences, references, values
    /// with unknown parts, times on no known day, and days that do not exist.
    pub fn span(&self) -> Option<(Date, Date)> {
        match self {
            Value::Period(p) => p.span(),
            Value::Span(a, b) => {
                let (start, _) = a.span()?;
                let (end, _) = b.span()?;
                (end >= start).then_some((start, end))
            }
            Value::Time { day: Some(day), .. } => day.span(),
            _ => None,
        }
    }

    /// The year the value is written with (the start's, for a span), if any (a decade or a century
    /// writes none).
    pub fn year(&self) -> Option<i32> {
        match self {
            Value::Period(Period::Decade(_) | Period::Century(_)) => None,
            Value::Period(p) => Some(p.year()),
            Value::Span(a, _) => a.year(),
            Value::Time { day: Some(day), .. } => day.year(),
            Value::NoSuchDay { year, .. } => *year,
            _ => None,
        }
    }

    /// Whether it is one day or one weekend (the values known to the day or two).
    pub fn is_day_or_weekend(&self) -> bool {
        matches!(
            self,
            Value::Period(Period::Day(_) | Period::Week { weekend: true, .. })
        )
    }

    /// The day, when the value is exactly one existing day.
    pub fn as_day(&self) -> Option<Date> {
        match self {
            Value::Period(Period::Day(d)) => Some(*d),
            _ => None,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Day(d) => write!(f, "{d}"),
            Period::Week {
                year,
                week,
                weekend,
            } => write!(
                f,
                "{year:04}-W{week:02}{}",
                if weekend { "-WE" } else { "" }
            ),
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            Period::Half { year, half } => write!(f, "{year:04}-H{half}"),
            Period::Season { year, season } => write!(f, "{year:04}-{season}"),
            Period::Year(year) => write!(f, "{year:04}"),
            Period::Decade(lead) => write!(f, "{lead:03}"),
            Period::Century(lead) => write!(f, "{lead:02}"),
        }
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Clock::At(h, m) => write!(f, "{h:02}:{m:02}"),
            Clock::Part(part) => f.write_str(part),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Period(p) => write!(f, "{p}"),
            Value::Span(a, b) => write!(f, "{a}/{b}"),
            Value::Time {
                day: Some(day),
                clock,
            } => write!(f, "{day}T{clock}"),
            Value::Time { day: None, clock } => write!(f, "T{clock}"),
            Value::NoSuchDay { year, month, day } => match year {
                Some(y) => write!(f, "{y:04}-{month:02}-{day:02}"),
                None => write!(f, "XXXX-{month:02}-{day:02}"),
            },
            Value::Ref(r) => f.write_str(r),
            Value::Unanchored(text) => f.write_str(text),
        }
    }
}

impl serde::Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::dates::{extract_timex, Reference};
    use crate::analysis::language::Lang;
    use crate::analysis::mention::Grain;

    /// How spans were once read back from the written values; kept to show the typed spans agree.
    fn value_span(value: &str) -> Option<(Date, Date)> {
        if let Some((a, b)) = value.split_once('/') {
            let (start, _) = value_span(a)?;
            let (b_start, _) = value_span(b)?;
            return (b_start >= start).then_some((start, b_start));
        }
        let value = value.split('T').next()?;
        // A decade (`198`) or a century (`17`): the digits the years share.
        if (2..=3).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit()) {
            let lead: i32 = value.parse().ok()?;
            let years = if value.len() == 3 { 10 } else { 100 };
            return Some((
                Date::new(lead * years, 1, 1)?,
                Date::new(lead * years + years - 1, 12, 31)?,
            ));
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
        // (Once `2020-WI` was read as a week here, and so had no span: the winter is a season.)
        if let Some(w) = tail
            .strip_prefix('W')
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        {
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

    #[test]
    fn typed_spans_and_years_agree_with_the_written_values() {
        let texts = [
            (
                Lang::Nl,
                include_str!("../../seeds/000_5f2e0fee363e49bd.txt"),
            ),
            (
                Lang::Nl,
                include_str!("../../seeds/001_2ebdd90373ca95d5.txt"),
            ),
            (
                Lang::Fr,
                include_str!("../../seeds/002_3df8e90182d96ef8.txt"),
            ),
            (
                Lang::En,
                include_str!("../../seeds/003_cdcbea80cec60ce5.txt"),
            ),
            (
                Lang::En,
                include_str!("../../seeds/004_af97a86d67851a04.txt"),
            ),
            (
                Lang::En,
                "From May to September 2020, in the winter, the week of March 22, the 1990s, \
                the 21st century, week 53 of 2021, the last two weeks of this year, Monday night, \
                February 30, 2019, the weekend, Q3 2019, the first half of 2020, next month, \
                at 3pm, every Monday, ten years, now, from week 5 to week 8, mid-2019.",
            ),
            (
                Lang::Nl,
                "Van eind maart 2019 tot half september 2019, vorig jaar, dit weekend, \
                de zomer van 2018, volgende week donderdag om 15.00, gisteravond.",
            ),
        ];
        let references = [
            None,
            Some(Reference {
                date: Date::new(2020, 1, 14).unwrap(),
                grain: Grain::Day,
            }),
            Some(Reference {
                date: Date::new(2020, 1, 15).unwrap(),
                grain: Grain::Month,
            }),
            Some(Reference {
                date: Date::new(2021, 1, 3).unwrap(),
                grain: Grain::Day,
            }),
        ];
        let mut checked = 0;
        for (lang, text) in texts {
            for reference in references {
                for t in extract_timex(text, lang, reference) {
                    let written = t.value.to_string();
                    assert_eq!(t.value.span(), value_span(&written), "{written}");
                    let year = written.get(0..4).and_then(|y| y.parse::<i32>().ok());
                    assert_eq!(t.value.year(), year, "{written}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }
}

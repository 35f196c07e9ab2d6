//! TIMEX3 values in words, for people (issue 19: no raw internals shown to readers). The page speaks
//! English ([`crate::compare::words::UI_LANG`]), so values are written in English: `PT18H` is
//! `18 hours`, `PAST_REF` is `in the past`, `2016-09-09T22:30` is `9 September 2016, 22:30`, `202` is
//! `the 2020s`. The TIMEX3 value itself stays as data (a tooltip, a `<data value>`).
//!
//! ```text
//! value_words(&Value::Ref("PAST_REF"))                 → "in the past"
//! value_words(&Value::Unanchored("P10W".into()))       → "10 weeks"
//! value_words(&Value::Time { day: None, clock: EV })   → "evening (day unknown)"
//! ```

use crate::analysis::calendar::Date;
use crate::analysis::value::{Clock, Period, Value};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month_name(month: u32) -> &'static str {
    MONTHS
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A TIMEX3 season code (`SP`, `SU`, `FA`, `WI`) in words.
fn season(code: &str) -> Option<&'static str> {
    Some(match code {
        "SP" => "spring",
        "SU" => "summer",
        "FA" => "autumn",
        "WI" => "winter",
        _ => return None,
    })
}

/// A TIMEX3 part of the day (`MO`, `MI`, `AF`, `EV`, `NI`, `DT`) in words.
fn part_of_day(code: &str) -> &str {
    match code {
        "MO" => "morning",
        "MI" => "midday",
        "AF" => "afternoon",
        "EV" => "evening",
        "NI" => "night",
        "DT" => "daytime",
        other => other,
    }
}

fn day(d: Date) -> String {
    format!("{} {} {}", d.day, month_name(d.month), d.year)
}

/// A period of the calendar in words: `9 September 2016`, `week 5 of 2020`, `Q3 2019`, `the 2020s`.
pub fn period_words(p: Period) -> String {
    match p {
        Period::Day(d) => day(d),
        Period::Week {
            year,
            week,
            weekend: false,
        } => format!("week {week} of {year}"),
        Period::Week {
            year,
            week,
            weekend: true,
        } => format!("the weekend of week {week}, {year}"),
        Period::Month { year, month } => format!("{} {year}", month_name(month)),
        Period::Quarter { year, quarter } => format!("Q{quarter} {year}"),
        Period::Half { year, half } => {
            format!(
                "the {} half of {year}",
                if half == 1 { "first" } else { "second" }
            )
        }
        Period::Season { year, season: code } => match season(code) {
            Some(name) => format!("{name} {year}"),
            None => format!("{code} {year}"),
        },
        Period::Year(year) => year.to_string(),
        Period::Decade(lead) => format!("the {}0s", lead),
        Period::Century(lead) => format!("the {} century", ordinal(lead + 1)),
    }
}

/// A TIMEX3 length (`P10W`, `PT18H`, `P2Y6M`, `PXY`) in words (`10 weeks`, `18 hours`,
/// `2 years 6 months`, `some years`); `None` when `text` is not a length.
fn duration_words(text: &str) -> Option<String> {
    let body = text.strip_prefix('P')?;
    if body.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    let mut in_time = false;
    let mut number = String::new();
    for c in body.chars() {
        match c {
            'T' if number.is_empty() => in_time = true,
            '0'..='9' | '.' | 'X' => number.push(c),
            unit => {
                let name = match (unit, in_time) {
                    ('Y', _) => "year",
                    ('M', false) => "month",
                    ('W', _) => "week",
                    ('D', _) => "day",
                    ('H', true) => "hour",
                    ('M', true) => "minute",
                    ('S', true) => "second",
                    ('E', _) => "decade",
                    ('C', _) => "century",
                    ('L', _) => "millennium",
                    _ => return None,
                };
                let plural = match name {
                    "century" => "centuries".to_string(),
                    "millennium" => "millennia".to_string(),
                    n => format!("{n}s"),
                };
                let words = match number.as_str() {
                    "" => return None,
                    "X" | "XX" => format!("some {plural}"),
                    "1" => format!("1 {name}"),
                    n if n.contains('X') => return None,
                    n => format!("{n} {plural}"),
                };
                parts.push(words);
                number.clear();
            }
        }
    }
    (number.is_empty() && !parts.is_empty()).then(|| parts.join(" "))
}

/// A value with no place on the calendar in words: a length, a recurrence (`XXXX-WXX-1` is
/// `every Monday`), a day with no year (`XXXX-04-22` is `22 April (year unknown)`), a season (`SU`).
fn unanchored_words(text: &str) -> String {
    if let Some(words) = duration_words(text) {
        return words;
    }
    if let Some(name) = season(text) {
        return name.to_string();
    }
    let fields: Vec<&str> = text.split('-').collect();
    match fields.as_slice() {
        ["XXXX", "WXX", "WE"] => "every weekend".to_string(),
        ["XXXX", "WXX", d] => match d.parse::<usize>() {
            Ok(n @ 1..=7) => format!("every {}", WEEKDAYS[n - 1]),
            _ => "every week".to_string(),
        },
        ["XXXX", "XX"] | ["XXXX", "XX", "XX"] => "a day (date unknown)".to_string(),
        ["XXXX", m] => match m.parse::<u32>() {
            Ok(m @ 1..=12) => format!("{} (year unknown)", month_name(m)),
            _ => season(m).map_or_else(|| text.to_string(), str::to_string),
        },
        ["XXXX", m, d] => match (m.parse::<u32>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} (year unknown)", month_name(m)),
            _ => text.to_string(),
        },
        ["XXXX"] => "a year (unknown)".to_string(),
        _ => text.to_string(),
    }
}

fn clock_words(clock: Clock) -> String {
    match clock {
        Clock::At(h, m) => format!("{h:02}:{m:02}"),
        Clock::Part(part) => part_of_day(part).to_string(),
    }
}

/// Any resolved TIMEX3 value as people write it, in English: `9 September 2016, 22:30`,
/// `20 August 2015, afternoon`, `evening (day unknown)`, `18 hours`, `in the past`, `the 2020s`,
/// `10 weeks`, `24 January 2020 to 11 February 2020`. Never fails: a value it cannot read is
/// returned as written.
pub fn value_words(value: &Value) -> String {
    match value {
        Value::Period(p) => period_words(*p),
        Value::Span(a, b) => format!("{} to {}", value_words(a), value_words(b)),
        Value::Time {
            day: Some(d),
            clock,
        } => format!("{}, {}", value_words(d), clock_words(*clock)),
        Value::Time { day: None, clock } => format!("{} (day unknown)", clock_words(*clock)),
        Value::NoSuchDay { year, month, day } => match year {
            Some(y) => format!("{day} {} {y} (no such day)", month_name(*month)),
            None => format!("{day} {} (no such day)", month_name(*month)),
        },
        Value::Ref(r) => match *r {
            "PAST_REF" => "in the past",
            "PRESENT_REF" => "now",
            "FUTURE_REF" => "in the future",
            other => other,
        }
        .to_string(),
        Value::Unanchored(text) => unanchored_words(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, d: u32) -> Date {
        Date::new(year, month, d).expect("a real day")
    }

    fn un(s: &str) -> Value {
        Value::Unanchored(s.to_string())
    }

    #[test]
    fn values_in_words() {
        let day = |y, m, d| Box::new(Value::day(date(y, m, d)));
        // (name, value, words)
        let cases: Vec<(&str, Value, &str)> = vec![
            ("day", Value::day(date(2020, 1, 24)), "24 January 2020"),
            (
                "week",
                Value::Period(Period::Week {
                    year: 2020,
                    week: 5,
                    weekend: false,
                }),
                "week 5 of 2020",
            ),
            (
                "weekend",
                Value::Period(Period::Week {
                    year: 2020,
                    week: 5,
                    weekend: true,
                }),
                "the weekend of week 5, 2020",
            ),
            (
                "month",
                Value::Period(Period::Month {
                    year: 2022,
                    month: 3,
                }),
                "March 2022",
            ),
            (
                "quarter",
                Value::Period(Period::Quarter {
                    year: 2019,
                    quarter: 3,
                }),
                "Q3 2019",
            ),
            (
                "half",
                Value::Period(Period::Half {
                    year: 2020,
                    half: 1,
                }),
                "the first half of 2020",
            ),
            (
                "season",
                Value::Period(Period::Season {
                    year: 2020,
                    season: "WI",
                }),
                "winter 2020",
            ),
            ("year", Value::Period(Period::Year(2019)), "2019"),
            ("decade", Value::Period(Period::Decade(202)), "the 2020s"),
            (
                "century",
                Value::Period(Period::Century(17)),
                "the 18th century",
            ),
            (
                "21st century",
                Value::Period(Period::Century(20)),
                "the 21st century",
            ),
            (
                "span of days",
                Value::days(date(2020, 1, 24), date(2020, 2, 11)),
                "24 January 2020 to 11 February 2020",
            ),
            (
                "clock time on a day",
                Value::Time {
                    day: Some(day(2016, 9, 9)),
                    clock: Clock::At(22, 30),
                },
                "9 September 2016, 22:30",
            ),
            (
                "part of a day",
                Value::Time {
                    day: Some(day(2015, 8, 20)),
                    clock: Clock::Part("AF"),
                },
                "20 August 2015, afternoon",
            ),
            (
                "evening, day unknown",
                Value::Time {
                    day: None,
                    clock: Clock::Part("EV"),
                },
                "evening (day unknown)",
            ),
            (
                "clock time, day unknown",
                Value::Time {
                    day: None,
                    clock: Clock::At(16, 5),
                },
                "16:05 (day unknown)",
            ),
            (
                "every Monday evening",
                Value::Time {
                    day: Some(Box::new(un("XXXX-WXX-1"))),
                    clock: Clock::Part("EV"),
                },
                "every Monday, evening",
            ),
            (
                "no such day",
                Value::NoSuchDay {
                    year: Some(2019),
                    month: 2,
                    day: 30,
                },
                "30 February 2019 (no such day)",
            ),
            (
                "no such day, no year",
                Value::NoSuchDay {
                    year: None,
                    month: 4,
                    day: 31,
                },
                "31 April (no such day)",
            ),
            ("past", Value::Ref("PAST_REF"), "in the past"),
            ("present", Value::Ref("PRESENT_REF"), "now"),
            ("future", Value::Ref("FUTURE_REF"), "in the future"),
            ("hours", un("PT18H"), "18 hours"),
            ("weeks", un("P10W"), "10 weeks"),
            ("one day", un("P1D"), "1 day"),
            ("years and months", un("P2Y6M"), "2 years 6 months"),
            ("minutes", un("PT30M"), "30 minutes"),
            ("months not minutes", un("P3M"), "3 months"),
            ("some years", un("PXY"), "some years"),
            ("decades", un("P2E"), "2 decades"),
            ("recurrence", un("XXXX-WXX-1"), "every Monday"),
            (
                "day without year",
                un("XXXX-04-22"),
                "22 April (year unknown)",
            ),
            (
                "month without year",
                un("XXXX-11"),
                "November (year unknown)",
            ),
            ("season without year", un("SU"), "summer"),
            ("unreadable kept", un("Q?"), "Q?"),
        ];
        for (name, value, want) in cases {
            assert_eq!(value_words(&value), want, "{name}");
        }
    }
}

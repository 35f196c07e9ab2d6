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
use crate::analysis::mention::{Grain, TimexType};
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

/// A day in words: `9 September 2016`.
pub fn day_words(d: Date) -> String {
    day(d)
}

/// The days from `first` to `last` (both included) in words, sharing what the two ends share:
/// `1 – 31 March 2022`, `7 March – 12 April 2022`, `14 January 2011 – 2 March 2022`, `9 September 2016`
/// (one day). Ends given in the wrong order are written as given.
pub fn days_words(first: Date, last: Date) -> String {
    if first == last {
        day(first)
    } else if first.year != last.year {
        format!("{} – {}", day(first), day(last))
    } else if first.month != last.month {
        format!("{} {} – {}", first.day, month_name(first.month), day(last))
    } else {
        format!("{} – {}", first.day, day(last))
    }
}

/// The days of a week (or its weekend) in brackets, without the week's year when both ends are in it:
/// ` (9 – 15 June)`, ` (29 December 2025 – 4 January 2026)`; empty when the week does not exist.
fn week_days(p: Period, year: i32) -> String {
    match p.span() {
        Some((first, last)) if first.year != year || last.year != year => {
            format!(" ({})", days_words(first, last))
        }
        Some((first, last)) if first.month == last.month => {
            format!(" ({} – {} {})", first.day, last.day, month_name(last.month))
        }
        Some((first, last)) => format!(
            " ({} {} – {} {})",
            first.day,
            month_name(first.month),
            last.day,
            month_name(last.month)
        ),
        None => String::new(),
    }
}

/// A period of the calendar in words: `9 September 2016`, `week 24 of 2025 (9 – 15 June)`, `Q3 2019`,
/// `the 2020s`.
pub fn period_words(p: Period) -> String {
    match p {
        Period::Day(d) => day(d),
        Period::Week {
            year,
            week,
            weekend: false,
        } => format!("week {week} of {year}{}", week_days(p, year)),
        Period::Week {
            year,
            week,
            weekend: true,
        } => format!("the weekend of week {week}, {year}{}", week_days(p, year)),
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

/// A value's words with its TIMEX3 modifier (`mod`) in words: `APPROX` → `about 23 January 2023`,
/// `MORE_THAN` → `more than 3 years`, `LESS_THAN` → `less than …`, `START` / `MID` / `END` → `early …`
/// / `mid …` / `late …`; no modifier (or one not known) leaves the words as they are.
pub fn modified_words(words: &str, modifier: Option<&str>) -> String {
    let before = match modifier {
        Some("APPROX") => "about",
        Some("MORE_THAN") => "more than",
        Some("LESS_THAN") => "less than",
        Some("START") => "early",
        Some("MID") => "mid",
        Some("END") => "late",
        _ => return words.to_string(),
    };
    format!("{before} {words}")
}

/// An expression type in words, for the filters: `DATE` → `dates`, `TIME` → `times of day`,
/// `DURATION` → `lengths of time`, `SET` → `repeating (every …)`. The TIMEX3 type stays the fragment
/// key and the data.
pub fn type_words(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "dates",
        TimexType::Time => "times of day",
        TimexType::Duration => "lengths of time",
        TimexType::Set => "repeating (every …)",
    }
}

/// A precision in words, for the filters: `day`, `month`, …; a range is `a span of dates`, no calendar
/// position (lengths, recurrences, `now`) is `not on the calendar`.
pub fn grain_words(g: Grain) -> &'static str {
    match g {
        Grain::Time => "time of day",
        Grain::Day => "day",
        Grain::Week => "week",
        Grain::Month => "month",
        Grain::Season => "season",
        Grain::Quarter => "quarter",
        Grain::Half => "half year",
        Grain::Year => "year",
        Grain::Decade => "decade",
        Grain::Century => "century",
        Grain::Range => "a span of dates",
        Grain::None => "not on the calendar",
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

/// A TIMEX3 value as the analysis writes it, read back: a day (`2020-01-24`), a week (`2020-W05`,
/// `2020-W05-WE`), a month (`2020-01`), a quarter, half or season (`2019-Q3`, `2020-H1`, `2020-WI`), a
/// time on a day (`2020-01-14T16:30`, `2020-03-04TEV`), a length (`P2M`, `PXDE`) or `PAST_REF`,
/// `PRESENT_REF`, `FUTURE_REF`. A year alone (`2019`) reads the same in words, so it is not taken;
/// `None` for anything else.
pub fn timex_value(token: &str) -> Option<Value> {
    let num = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if let Some(r) = ["PAST_REF", "PRESENT_REF", "FUTURE_REF"]
        .into_iter()
        .find(|r| *r == token)
    {
        return Some(Value::Ref(r));
    }
    if let Some(rest) = token.strip_prefix('P') {
        let ok = !rest.is_empty()
            && rest.bytes().any(|b| b.is_ascii_digit() || b == b'X')
            && rest
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || b == b'.');
        return ok.then(|| Value::Unanchored(token.to_string()));
    }
    if let Some((day, clock)) = token.split_once('T') {
        let day = Box::new(timex_value(day)?);
        let clock = match clock {
            "MO" => Clock::Part("MO"),
            "AF" => Clock::Part("AF"),
            "EV" => Clock::Part("EV"),
            "NI" => Clock::Part("NI"),
            _ => {
                let (h, m) = clock.split_once(':')?;
                Clock::At(num(h, 2)?, num(m, 2)?)
            }
        };
        return Some(Value::Time {
            day: Some(day),
            clock,
        });
    }
    let mut parts = token.split('-');
    let year = num(parts.next()?, 4)? as i32;
    let second = parts.next()?;
    let third = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let period = match (second.as_bytes().first()?, third) {
        (b'0'..=b'9', None) => {
            let month = num(second, 2).filter(|m| (1..=12).contains(m))?;
            Period::Month { year, month }
        }
        (b'0'..=b'9', Some(day)) => Period::Day(Date::parse(&format!("{year:04}-{second}-{day}"))?),
        (b'Q', None) => Period::Quarter {
            year,
            quarter: num(&second[1..], 1).filter(|q| (1..=4).contains(q))?,
        },
        (b'H', None) => Period::Half {
            year,
            half: num(&second[1..], 1).filter(|h| (1..=2).contains(h))?,
        },
        (b'W', None) if second == "WI" => Period::Season { year, season: "WI" },
        (b'W', weekend) if weekend.is_none_or(|w| w == "WE") => Period::Week {
            year,
            week: num(&second[1..], 2).filter(|w| (1..=53).contains(w))?,
            weekend: weekend.is_some(),
        },
        (_, None) => Period::Season {
            year,
            season: ["SP", "SU", "FA"].into_iter().find(|s| *s == second)?,
        },
        _ => return None,
    };
    Some(Value::Period(period))
}

/// A sentence of the analysis's (how a date was resolved, where a publication date comes from) with
/// every TIMEX3 value in it put in words ([`timex_value`], [`value_words`]) and `past ref`,
/// `present ref`, `future ref` read as `the past`, `now`, `the future`:
/// `year 2020 inferred as the nearest to the reference 2020-01` → `… the reference January 2020`.
/// Quoted text (`'24 janvier'`) is the article's and is left as it is. A quote opens at a `'` with no
/// letter or digit before it and closes at a `'` with none after it, so an apostrophe inside a quoted
/// word (`'l'an dernier'`, `'aujourd'hui'`) neither ends nor starts a quote.
pub fn explanation_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut quoted = false;
    let mut token = String::new();
    let chars: Vec<char> = text.chars().collect();
    let word_char = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    let flush = |token: &mut String, out: &mut String, quoted: bool| {
        match (!quoted).then(|| timex_value(token)).flatten() {
            Some(v) => out.push_str(&value_words(&v)),
            None if !quoted && part_of_day(token) != token => out.push_str(part_of_day(token)),
            None => out.push_str(token),
        }
        token.clear();
    };
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.') {
            token.push(c);
            continue;
        }
        // A token's last full stop or colon ends the sentence, not the value.
        let trailing: String = {
            let keep = token.trim_end_matches(['.', ':', '-']).len();
            token.split_off(keep)
        };
        flush(&mut token, &mut out, quoted);
        out.push_str(&trailing);
        if c == '\'' {
            if !quoted && !word_char(i.checked_sub(1)) {
                quoted = true;
            } else if quoted && !word_char(Some(i + 1)) {
                quoted = false;
            }
        }
        out.push(c);
    }
    let trailing: String = {
        let keep = token.trim_end_matches(['.', ':', '-']).len();
        token.split_off(keep)
    };
    flush(&mut token, &mut out, quoted);
    out.push_str(&trailing);
    PLAIN
        .iter()
        .fold(out, |out, (from, to)| out.replace(from, to))
}

/// The analysis's phrases in plain English: (as the analysis writes it, as the page says it).
const PLAIN: [(&str, &str); 9] = [
    ("past ref", "the past"),
    ("present ref", "now"),
    ("future ref", "the future"),
    ("the reference", "the publication date"),
    ("no reference date", "no publication date"),
    ("a day (date unknown), ", "an unknown day, "),
    ("written last", "the text named last"),
    ("(known only to its precision)", "(no finer date given)"),
    ("not resolved", "not placed on the calendar"),
];

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
    fn day_ranges_in_words() {
        // (name, first, last, words)
        let cases = [
            (
                "one_day",
                date(2016, 9, 9),
                date(2016, 9, 9),
                "9 September 2016",
            ),
            (
                "one_month",
                date(2022, 3, 1),
                date(2022, 3, 31),
                "1 – 31 March 2022",
            ),
            (
                "one_year",
                date(2022, 3, 7),
                date(2022, 4, 12),
                "7 March – 12 April 2022",
            ),
            (
                "years",
                date(2011, 1, 14),
                date(2022, 3, 2),
                "14 January 2011 – 2 March 2022",
            ),
        ];
        for (name, first, last, want) in cases {
            assert_eq!(days_words(first, last), want, "{name}");
        }
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
                "week 5 of 2020 (27 January – 2 February)",
            ),
            (
                "weekend",
                Value::Period(Period::Week {
                    year: 2020,
                    week: 5,
                    weekend: true,
                }),
                "the weekend of week 5, 2020 (1 – 2 February)",
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

    #[test]
    fn weeks_give_their_days() {
        // (name, period, words)
        let week = |year, week, weekend| Period::Week {
            year,
            week,
            weekend,
        };
        let cases = [
            (
                "june",
                week(2025, 24, false),
                "week 24 of 2025 (9 – 15 June)",
            ),
            (
                "across_months",
                week(2025, 27, false),
                "week 27 of 2025 (30 June – 6 July)",
            ),
            (
                "across_years",
                week(2026, 1, false),
                "week 1 of 2026 (29 December 2025 – 4 January 2026)",
            ),
            (
                "weekend",
                week(2025, 24, true),
                "the weekend of week 24, 2025 (14 – 15 June)",
            ),
        ];
        for (name, period, want) in cases {
            assert_eq!(period_words(period), want, "{name}");
        }
    }

    #[test]
    fn modifiers_in_words() {
        // (name, words, TIMEX3 mod, shown)
        let cases = [
            (
                "approx_day",
                "23 January 2023",
                Some("APPROX"),
                "about 23 January 2023",
            ),
            (
                "more_than",
                "3 years",
                Some("MORE_THAN"),
                "more than 3 years",
            ),
            (
                "less_than",
                "2 weeks",
                Some("LESS_THAN"),
                "less than 2 weeks",
            ),
            ("end_of_month", "March 2020", Some("END"), "late March 2020"),
            ("start", "2019", Some("START"), "early 2019"),
            ("mid", "June 2021", Some("MID"), "mid June 2021"),
            ("none", "March 2020", None, "March 2020"),
            ("unknown_mod", "March 2020", Some("XYZ"), "March 2020"),
        ];
        for (name, words, modifier, want) in cases {
            assert_eq!(modified_words(words, modifier), want, "{name}");
        }
    }

    #[test]
    fn filter_labels_in_words() {
        // (name, label, words)
        let cases = [
            ("date", type_words(TimexType::Date), "dates"),
            ("time", type_words(TimexType::Time), "times of day"),
            (
                "duration",
                type_words(TimexType::Duration),
                "lengths of time",
            ),
            ("set", type_words(TimexType::Set), "repeating (every …)"),
            ("day", grain_words(Grain::Day), "day"),
            ("half", grain_words(Grain::Half), "half year"),
            ("range", grain_words(Grain::Range), "a span of dates"),
            ("none", grain_words(Grain::None), "not on the calendar"),
        ];
        for (name, label, want) in cases {
            assert_eq!(label, want, "{name}");
        }
    }

    #[test]
    fn explanations_in_words() {
        // (name, the analysis's sentence, in words)
        let cases = [
            ("plain_words_stay", "absolute", "absolute"),
            (
                "reference_month",
                "year 2020 inferred as the nearest to the reference 2020-01",
                "year 2020 inferred as the nearest to the publication date January 2020",
            ),
            (
                "value_and_length",
                "2020-10, P2M after the reference 2020-08 (known only to its precision)",
                "October 2020, 2 months after the publication date August 2020 (no finer date given)",
            ),
            (
                "ref_phrase",
                "past ref relative to the reference 2020-01",
                "the past relative to the publication date January 2020",
            ),
            (
                "quotes_are_the_articles",
                "inferred from '24 janvier' → 2020-01-24; 'novembre dernier' → 2019-11",
                "inferred from '24 janvier' → 24 January 2020; 'novembre dernier' → November 2019",
            ),
            (
                "quoted_value_left_alone",
                "header on line 1: 'date 2020-01'",
                "header on line 1: 'date 2020-01'",
            ),
            (
                "season_quarter_week",
                "2020-WI, 2019-Q3, 2020-W05-WE.",
                "winter 2020, Q3 2019, the weekend of week 5, 2020 (1 – 2 February).",
            ),
            (
                "apostrophes_inside_a_quote",
                "'l'an dernier' → 2019; 'aujourd'hui' → 2020-01-24; ''s avonds' → 2020-01-24TEV",
                "'l'an dernier' → 2019; 'aujourd'hui' → 24 January 2020; ''s avonds' → 24 January 2020, evening",
            ),
            ("time_on_a_day", "2020-03-04TEV", "4 March 2020, evening"),
            (
                "part_of_day_code",
                "MO on 2025-11-21, the day of the reference 2025-11-21",
                "morning on 21 November 2025, the day of the publication date 21 November 2025",
            ),
            (
                "day_written_last",
                "2025-11-17, the day written last",
                "17 November 2025, the day the text named last",
            ),
            ("quoted_code_stays", "'MO'", "'MO'"),
            ("a_year_reads_as_itself", "2019: the previous year", "2019: the previous year"),
            ("not_a_month", "2020-13 and P and PRESENTS", "2020-13 and P and PRESENTS"),
        ];
        for (name, text, want) in cases {
            assert_eq!(explanation_words(text), want, "{name}");
        }
    }
}

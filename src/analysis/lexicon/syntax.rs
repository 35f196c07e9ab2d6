//! The syntax of the lexicon data files (`src/analysis/lexicons/{nl,fr,en}/*.txt`), and the errors
//! that name a file and line. Every line is either read or refused: none is skipped silently.
//!
//! - `dates.txt`: `CATEGORY.VALUE = phrase | phrase | …` (`cue.NAME = …` for a cue category with no
//!   value); the category must be a [`Category`] and the value of its [`Shape`].
//! - `entities.txt`: gazetteer lines `TYPE: Canonical = alias | alias` (`TYPE` is `place`, `org`,
//!   `misc` or `person`), and phrase lines as in `dates.txt` for the entity cues.
//! - `given_names.txt`, `stopwords.txt`: words separated by white space, any number a line.
//! - `boilerplate.txt`: `starts: cue` or `contains: cue`, one lower-case cue a line.
//!
//! Lines starting with `#` are comments (in phrase files after leading white space too); blank lines
//! are ignored. `build.rs` checks every data file with this module and fails the build on the first
//! bad line of each; the runtime loader reads them with it too.
//!
//! This file is also compiled into `build.rs` (through `#[path]`), so it depends on nothing but `std`
//! and [`super::category`].

use super::category::{Category, Shape};
use std::fmt;

/// The languages with a lexicon folder, in the order of the loader's tables.
pub const LANGUAGES: [&str; 3] = ["nl", "fr", "en"];

/// What a data file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Phrase lines (`dates.txt`).
    Phrases,
    /// Gazetteer lines and phrase lines (`entities.txt`).
    Entities,
    /// Words (`given_names.txt`, `stopwords.txt`).
    Words,
    /// Boilerplate cues (`boilerplate.txt`).
    Boilerplate,
}

/// Every data file of a language folder, and what it holds.
pub const FILES: [(&str, FileKind); 5] = [
    ("dates.txt", FileKind::Phrases),
    ("entities.txt", FileKind::Entities),
    ("given_names.txt", FileKind::Words),
    ("stopwords.txt", FileKind::Words),
    ("boilerplate.txt", FileKind::Boilerplate),
];

/// A bad line of a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    /// The file, as the caller named it (e.g. `src/analysis/lexicons/en/dates.txt`).
    pub file: String,
    /// The 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The type a gazetteer line gives its names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// `place:`.
    Place,
    /// `org:`.
    Organisation,
    /// `misc:`.
    Misc,
    /// `person:`.
    Person,
}

/// Where a boilerplate cue must be found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// `starts:`: the line begins with it.
    Starts,
    /// `contains:`: a short line contains it.
    Contains,
}

/// One line of a data file, read.
#[derive(Clone, Debug, PartialEq)]
pub enum Item<'a> {
    /// `category.value = phrase | phrase`.
    Phrases {
        /// The category.
        category: Category,
        /// The value after the dot (`""` for none).
        value: &'a str,
        /// The phrases, trimmed, none empty.
        phrases: Vec<&'a str>,
    },
    /// `type: Canonical = alias | alias`.
    Name {
        /// The type.
        kind: NameKind,
        /// The language-independent name.
        canonical: &'a str,
        /// The aliases, trimmed, none empty.
        aliases: Vec<&'a str>,
    },
    /// Words of a word list.
    Words(Vec<&'a str>),
    /// A boilerplate cue.
    Cue(CueKind, &'a str),
}

/// A line read, with its 1-based number.
#[derive(Clone, Debug, PartialEq)]
pub struct Line<'a> {
    /// 1-based line number.
    pub number: usize,
    /// What it says.
    pub item: Item<'a>,
}

/// Reads a data file: every line, or every bad line with why.
pub fn parse_file<'a>(
    file: &str,
    kind: FileKind,
    data: &'a str,
) -> Result<Vec<Line<'a>>, Vec<LexiconError>> {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (n, raw) in data.lines().enumerate() {
        let read = match kind {
            FileKind::Phrases => phrase_line(raw),
            FileKind::Entities => name_line(raw).unwrap_or_else(|| phrase_line(raw)),
            FileKind::Words => word_line(raw),
            FileKind::Boilerplate => cue_line(raw),
        };
        match read {
            Ok(Some(item)) => lines.push(Line {
                number: n + 1,
                item,
            }),
            Ok(None) => {}
            Err(message) => errors.push(LexiconError {
                file: file.to_string(),
                line: n + 1,
                message,
            }),
        }
    }
    if errors.is_empty() {
        Ok(lines)
    } else {
        Err(errors)
    }
}

/// The `|`-separated parts after `=`, trimmed; an error for an empty one.
fn alternatives<'a>(list: &'a str, what: &str) -> Result<Vec<&'a str>, String> {
    let parts: Vec<&str> = list.split('|').map(str::trim).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(format!(
            "empty {what}: expected '… = {what} | {what}' with no empty part"
        ));
    }
    Ok(parts)
}

fn phrase_line(raw: &str) -> Result<Option<Item<'_>>, String> {
    let line = raw.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let Some((key, phrases)) = line.split_once('=') else {
        return Err(format!(
            "expected 'category.value = phrase | phrase', found '{line}'"
        ));
    };
    let key = key.trim();
    let (name, value) = key.split_once('.').unwrap_or((key, ""));
    // `cue.last = …` defines the cue category `last`.
    let (name, value) = if name == "cue" {
        (value, "")
    } else {
        (name, value)
    };
    let Some(category) = Category::from_name(name) else {
        return Err(format!(
            "unknown category '{name}' (the categories are listed in src/analysis/lexicon/category.rs)"
        ));
    };
    check_value(category, value)?;
    Ok(Some(Item::Phrases {
        category,
        value,
        phrases: alternatives(phrases, "phrase")?,
    }))
}

/// Whether `value` has the shape `category` requires.
fn check_value(category: Category, value: &str) -> Result<(), String> {
    let ok = match category.shape() {
        Shape::Flag => value.is_empty(),
        Shape::Int(lo, hi) => value.parse::<i64>().is_ok_and(|n| (lo..=hi).contains(&n)),
        Shape::Number => value.parse::<f64>().is_ok_and(|x| x.is_finite() && x > 0.0),
        Shape::OneOf(codes) => codes.contains(&value),
        Shape::Recurrence => {
            value.len() > 1 && value.starts_with('P') && !value.contains(char::is_whitespace)
        }
        Shape::Holiday => Holiday::parse(value).is_some(),
        Shape::Currency => value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase()),
        Shape::Word => !value.is_empty() && value.bytes().all(|b| b.is_ascii_lowercase()),
    };
    if ok {
        return Ok(());
    }
    let expected = match category.shape() {
        Shape::Flag => "no value (write 'name = …' or 'cue.name = …')".to_string(),
        Shape::Int(lo, hi) => format!("an integer from {lo} to {hi}"),
        Shape::Number => "a positive number".to_string(),
        Shape::OneOf(codes) => format!("one of {}", codes.join(", ")),
        Shape::Recurrence => "a TIMEX3 recurrence such as P1W".to_string(),
        Shape::Holiday => "MM-DD, easter[+N|-N] or MM-dddN[+K] (e.g. 11-thu4)".to_string(),
        Shape::Currency => "a three-letter ISO 4217 code".to_string(),
        Shape::Word => "a lower-case word".to_string(),
    };
    Err(format!(
        "bad value '{value}' for category '{}': expected {expected}",
        category.name()
    ))
}

/// A gazetteer line, or `None` when the line is not one (a phrase line or a comment).
fn name_line(raw: &str) -> Option<Result<Option<Item<'_>>, String>> {
    let line = raw.trim();
    let (kind, rest) = [
        ("place:", NameKind::Place),
        ("org:", NameKind::Organisation),
        ("misc:", NameKind::Misc),
        ("person:", NameKind::Person),
    ]
    .into_iter()
    .find_map(|(prefix, kind)| line.strip_prefix(prefix).map(|rest| (kind, rest)))?;
    let Some((canonical, aliases)) = rest.split_once('=') else {
        return Some(Err(format!(
            "expected 'type: Canonical = alias | alias', found '{line}'"
        )));
    };
    let canonical = canonical.trim();
    if canonical.is_empty() {
        return Some(Err("empty canonical name before '='".to_string()));
    }
    Some(alternatives(aliases, "alias").map(|aliases| {
        Some(Item::Name {
            kind,
            canonical,
            aliases,
        })
    }))
}

fn word_line(raw: &str) -> Result<Option<Item<'_>>, String> {
    if raw.starts_with('#') || raw.trim().is_empty() {
        return Ok(None);
    }
    if let Some(bad) = raw.split_whitespace().find(|w| w.contains(['=', '|'])) {
        return Err(format!(
            "'{bad}': a word list holds words separated by spaces ('=' and '|' belong to phrase files)"
        ));
    }
    Ok(Some(Item::Words(raw.split_whitespace().collect())))
}

fn cue_line(raw: &str) -> Result<Option<Item<'_>>, String> {
    if raw.starts_with('#') || raw.trim().is_empty() {
        return Ok(None);
    }
    let (kind, cue) = if let Some(cue) = raw.strip_prefix("starts:") {
        (CueKind::Starts, cue.trim())
    } else if let Some(cue) = raw.strip_prefix("contains:") {
        (CueKind::Contains, cue.trim())
    } else {
        return Err(format!(
            "expected 'starts: cue' or 'contains: cue', found '{}'",
            raw.trim()
        ));
    };
    if cue.is_empty() {
        return Err("empty cue".to_string());
    }
    if cue.chars().any(char::is_uppercase) {
        return Err(format!(
            "cue '{cue}' has capitals: cues are lower case (lines are compared in lower case)"
        ));
    }
    Ok(Some(Item::Cue(kind, cue)))
}

/// A holiday as the lexicon writes it (the value of `holiday.…`): a fixed day, Easter, or the n-th
/// weekday of a month, with a number of days after (or before) it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    /// The day it is counted from.
    pub base: HolidayBase,
    /// Days after the base (negative: before).
    pub offset_days: i64,
}

/// The day a holiday is counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayBase {
    /// `MM-DD`: the same day every year.
    Fixed {
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
    /// `easter`: Easter Sunday.
    Easter,
    /// `MM-dddN`: the N-th weekday `ddd` (`mon` … `sun`) of month `MM`; `N` = −1 for the last.
    NthWeekday {
        /// 1–12.
        month: u32,
        /// ISO weekday, Monday = 1.
        weekday: u32,
        /// 1–5, or −1 for the last.
        n: i32,
    },
}

/// The weekday codes of holiday values, Monday first.
const WEEKDAY_CODES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl Holiday {
    /// Reads `12-25`, `easter`, `easter+39`, `easter-2`, `11-thu4`, `11-thu4+1`, `05-mon-1`.
    pub fn parse(value: &str) -> Option<Holiday> {
        let offset = |o: &str| -> Option<i64> {
            match o {
                "" => Some(0),
                o if o.starts_with(['+', '-']) && o.len() > 1 => {
                    o.trim_start_matches('+').parse().ok()
                }
                _ => None,
            }
        };
        if let Some(rest) = value.strip_prefix("easter") {
            return Some(Holiday {
                base: HolidayBase::Easter,
                offset_days: offset(rest)?,
            });
        }
        let (m, d) = value.split_once('-')?;
        let month: u32 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
        if let Some(w) = WEEKDAY_CODES.iter().position(|c| d.starts_with(c)) {
            let rest = &d[3..];
            let split = rest
                .get(1..)?
                .find(['+', '-'])
                .map_or(rest.len(), |k| k + 1);
            let (n, days) = rest.split_at(split);
            let n: i32 = n.parse().ok().filter(|n| (1..=5).contains(n) || *n == -1)?;
            return Some(Holiday {
                base: HolidayBase::NthWeekday {
                    month,
                    weekday: w as u32 + 1,
                    n,
                },
                offset_days: offset(days)?,
            });
        }
        let day: u32 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
        Some(Holiday {
            base: HolidayBase::Fixed { month, day },
            offset_days: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, file kind, one line, the error expected or "" for none)
    #[rustfmt::skip]
    const LINES: &[(&str, FileKind, &str, &str)] = &[
        ("phrase", FileKind::Phrases, "month.3 = march | mar", ""),
        ("cue", FileKind::Phrases, "cue.last = last | past", ""),
        ("comment", FileKind::Phrases, "  # a comment", ""),
        ("no_equals", FileKind::Phrases, "month.3 march", "expected 'category.value = phrase | phrase'"),
        ("unknown_category", FileKind::Phrases, "mnth.3 = march", "unknown category 'mnth'"),
        ("month_out_of_range", FileKind::Phrases, "month.13 = smarch", "bad value '13' for category 'month'"),
        ("flag_with_value", FileKind::Phrases, "ambiguous_month.3 = mar", "bad value '3'"),
        ("unit_unknown", FileKind::Phrases, "unit.moon = lunation", "expected one of second"),
        ("empty_phrase", FileKind::Phrases, "month.3 = march | | mar", "empty phrase"),
        ("holiday", FileKind::Phrases, "holiday.11-thu4+1 = black friday", ""),
        ("holiday_bad", FileKind::Phrases, "holiday.11-xyz4 = someday", "bad value '11-xyz4'"),
        ("gazetteer", FileKind::Entities, "place: United States = United States | US", ""),
        ("gazetteer_no_equals", FileKind::Entities, "org: Microsoft", "expected 'type: Canonical = alias | alias'"),
        ("gazetteer_no_canonical", FileKind::Entities, "org:  = MS", "empty canonical name"),
        ("entity_cue", FileKind::Entities, "currency.USD = dollar | $", ""),
        ("currency_lower", FileKind::Entities, "currency.usd = dollar", "three-letter ISO 4217 code"),
        ("words", FileKind::Words, "Jan Piet Joris", ""),
        ("words_with_equals", FileKind::Words, "Jan = Piet", "'=': a word list"),
        ("cue_starts", FileKind::Boilerplate, "starts: read more", ""),
        ("cue_unknown", FileKind::Boilerplate, "begins: read more", "expected 'starts: cue' or 'contains: cue'"),
        ("cue_capitals", FileKind::Boilerplate, "contains: Read More", "cues are lower case"),
    ];

    #[test]
    fn every_line_is_read_or_refused_with_its_file_and_line() {
        for (name, kind, line, want) in LINES {
            let data = format!("# first line\n{line}\n");
            match parse_file("x/dates.txt", *kind, &data) {
                Ok(_) => assert!(want.is_empty(), "{name}: accepted, expected '{want}'"),
                Err(errors) => {
                    assert!(!want.is_empty(), "{name}: refused: {errors:?}");
                    let shown = errors[0].to_string();
                    assert!(shown.starts_with("x/dates.txt:2: "), "{name}: {shown}");
                    assert!(shown.contains(want), "{name}: {shown}");
                }
            }
        }
    }

    #[test]
    fn holidays_read_into_their_parts() {
        let nth = |month, weekday, n, offset_days| Holiday {
            base: HolidayBase::NthWeekday { month, weekday, n },
            offset_days,
        };
        assert_eq!(Holiday::parse("11-thu4+1"), Some(nth(11, 4, 4, 1)));
        assert_eq!(Holiday::parse("05-mon-1"), Some(nth(5, 1, -1, 0)));
        assert_eq!(
            Holiday::parse("easter-2"),
            Some(Holiday {
                base: HolidayBase::Easter,
                offset_days: -2
            })
        );
        assert_eq!(
            Holiday::parse("12-25"),
            Some(Holiday {
                base: HolidayBase::Fixed { month: 12, day: 25 },
                offset_days: 0
            })
        );
        assert_eq!(Holiday::parse("12-25+1"), None);
    }
}

//! The optional publication-date header at the start of an article: ` date YYYY-MM` or
//! ` date YYYY-MM-DD`, which may run on into the first sentence on the same line. It is recognised after
//! trimming: blank lines and spaces before it, `Date`, `DATE`, `datum` and a colon after the word
//! (` Date: 2020-01-01`) are the same header.
//!
//! This file is also compiled into `build.rs` (through `#[path]`), so it depends on nothing but `std`.

/// A parsed header: the date it gives and where it ends in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// Year, e.g. 2020.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of month when the header gives one.
    pub day: Option<u32>,
    /// Byte offset just past the header and the white space after it: where the article text starts.
    pub text_start: usize,
}

impl Header {
    /// The date as an ISO 8601 / TIMEX3 value at its own precision: `2020-01` or `2020-01-14`.
    pub fn value(&self) -> String {
        match self.day {
            Some(d) => format!("{:04}-{:02}-{:02}", self.year, self.month, d),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }
}

/// Why a header could not be read, and on which line (after any blank lines before it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderError {
    /// The 1-based line of the header.
    pub line: usize,
    /// What is wrong, quoting the header as written.
    pub message: String,
}

/// Number of days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// The words that name a header, compared without case: `date` (English, French) and `datum` (Dutch).
const HEADER_WORDS: [&str; 2] = ["datum", "date"];

/// Reads the header at the start of `text` (a BOM already removed).
///
/// The header is recognised after trimming: white space and blank lines may come before it, the word
/// may be capitalised (`Date`, `DATE`, `Datum`) and followed by a colon (` Date: 2020-01-01`,
/// `datum:2020-01`). Returns `Ok(None)` when the text does not start with a header, `Ok(Some(_))` for a
/// valid one, and an error naming the header's line when the text starts like a header (the word, an
/// optional colon and a digit) but the date is malformed.
pub fn parse_header(text: &str) -> Result<Option<Header>, HeaderError> {
    let lead = text.len() - text.trim_start().len();
    let line = 1 + text[..lead].matches('\n').count();
    let rest = &text[lead..];
    let Some(word) = HEADER_WORDS.iter().find(|w| {
        rest.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
    }) else {
        return Ok(None);
    };
    // Spaces (a French no-break space before the colon too), an optional colon, spaces: at least one.
    let blank: &[char] = &[' ', '\t', '\u{a0}', '\u{202f}'];
    let after_word = &rest[word.len()..];
    let before_colon = after_word.trim_start_matches(blank);
    let after_colon = before_colon.strip_prefix(':');
    let value = after_colon
        .unwrap_or(before_colon)
        .trim_start_matches(blank);
    if value.len() == after_word.len() {
        return Ok(None);
    }
    let token_start = text.len() - value.len();
    if !text[token_start..].starts_with(|c: char| c.is_ascii_digit()) {
        return Ok(None);
    }
    let token_len = text[token_start..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - token_start);
    let token = &text[token_start..token_start + token_len];
    // A capitalised word with no colon and no date-like token starts a sentence (`Datum 12 mei ligt
    // vast`), not a header.
    let as_written = &rest[..word.len()];
    if after_colon.is_none() && as_written != "date" && !token.contains(['-', '/', '.']) {
        return Ok(None);
    }
    let written = text[lead..token_start].trim_end();
    let bad = |why: &str| HeaderError {
        line,
        message: format!(
            "malformed header '{written} {token}': {why} \
             (expected 'date YYYY-MM' or 'date YYYY-MM-DD')"
        ),
    };
    let parts: Vec<&str> = token.split('-').collect();
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !(2..=3).contains(&parts.len()) || !all_digits {
        return Err(bad("not a date"));
    }
    if parts[0].len() != 4 || parts[1].len() != 2 || parts.get(2).is_some_and(|d| d.len() != 2) {
        return Err(bad("wrong number of digits"));
    }
    let year: i32 = parts[0].parse().map_err(|_| bad("bad year"))?;
    let month: u32 = parts[1].parse().map_err(|_| bad("bad month"))?;
    if !(1..=12).contains(&month) {
        return Err(bad(&format!("month {month} is not 1-12")));
    }
    let day = match parts.get(2) {
        Some(d) => {
            let day: u32 = d.parse().map_err(|_| bad("bad day"))?;
            if day == 0 || day > days_in_month(year, month) {
                return Err(bad(&format!(
                    "day {day} does not exist in {year:04}-{month:02}"
                )));
            }
            Some(day)
        }
        None => None,
    };
    let after = token_start + token_len;
    let ws = text[after..].len() - text[after..].trim_start_matches([' ', '\t']).len();
    Ok(Some(Header {
        year,
        month,
        day,
        text_start: after + ws,
    }))
}

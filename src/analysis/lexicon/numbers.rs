//! Numbers and ordinals at a token position: digits (with a decimal comma or point), number words and
//! their compounds (`twenty-four`, `vingt et un`, `vierentwintig`), and ordinals (`3rd`, `1er`, `3e`,
//! `eerste`, `twenty-first`, `eenendertigste`).

use super::{Category, Phrases};
use crate::analysis::text::tokens::Kind;

/// A number found at a position: its value and how many tokens it covers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num {
    /// The value.
    pub value: f64,
    /// Tokens covered.
    pub len: usize,
    /// Whether it was written with digits.
    pub digits: bool,
}

const DUTCH_TENS: [(&str, u32); 8] = [
    ("twintig", 20),
    ("dertig", 30),
    ("veertig", 40),
    ("vijftig", 50),
    ("zestig", 60),
    ("zeventig", 70),
    ("tachtig", 80),
    ("negentig", 90),
];

/// A number at token `i`: digits (optionally with a glued decimal part) or number words.
pub fn number_at(p: &Phrases, i: usize) -> Option<Num> {
    let tokens = p.tokens;
    let t = tokens.get(i)?;
    if t.kind == Kind::Number {
        let whole = t.lower.parse::<f64>().ok()?;
        // "123,45" or "1.5": a decimal part glued on both sides.
        if let (Some(sep), Some(frac)) = (tokens.get(i + 1), tokens.get(i + 2)) {
            if (sep.is(',') || sep.is('.'))
                && !sep.space_before
                && !frac.space_before
                && frac.kind == Kind::Number
            {
                let value = format!("{}.{}", t.lower, frac.lower).parse().ok()?;
                return Some(Num {
                    value,
                    len: 3,
                    digits: true,
                });
            }
        }
        return Some(Num {
            value: whole,
            len: 1,
            digits: true,
        });
    }
    if t.kind != Kind::Word {
        return None;
    }
    if let Some(v) = dutch_compound(&t.lower) {
        return Some(Num {
            value: f64::from(v),
            len: 1,
            digits: false,
        });
    }
    let hit = p.at(i, Category::Number)?;
    let mut value = hit.int();
    let mut len = hit.len;
    // Tens followed by a joiner and a unit: "twenty-four", "vingt et un", "soixante-quinze".
    if value >= 20 && value % 10 == 0 && value < 100 {
        let mut j = i + len;
        if let Some(joiner) = p.at(j, Category::NumberJoiner) {
            j += joiner.len;
        } else if tokens.get(j).is_some_and(|t| t.is('-')) {
            j += 1;
        }
        if let Some(unit) = p.at(j, Category::Number) {
            let u = unit.int();
            if (1..10).contains(&u) || ((value == 60 || value == 80) && (10..20).contains(&u)) {
                value += u;
                len = j + unit.len - i;
            }
        }
    }
    Some(Num {
        value: value as f64,
        len,
        digits: false,
    })
}

/// Dutch compounds written as one word: `vierentwintig`, `tweeëntwintig`, `eenendertig`.
fn dutch_compound(word: &str) -> Option<u32> {
    const UNITS: [(&str, u32); 9] = [
        ("een", 1),
        ("twee", 2),
        ("drie", 3),
        ("vier", 4),
        ("vijf", 5),
        ("zes", 6),
        ("zeven", 7),
        ("acht", 8),
        ("negen", 9),
    ];
    let (tens_word, tens) = DUTCH_TENS
        .iter()
        .find(|(w, _)| word.ends_with(w) && word.len() > w.len())?;
    let head = &word[..word.len() - tens_word.len()];
    let unit_word = head
        .strip_suffix("en")
        .or_else(|| head.strip_suffix("ën"))?;
    let unit_word = unit_word
        .strip_suffix('ë')
        .map_or(unit_word.to_string(), |u| format!("{u}e"));
    let (_, unit) = UNITS.iter().find(|(w, _)| *w == unit_word)?;
    Some(tens + unit)
}

/// An ordinal at token `i`, e.g. a day of the month: `3rd`, `1er`, `3e`, `11th`, `eerste`,
/// `twenty-first`, `vingt et unième`, `eenendertigste`. Returns (value, tokens covered).
pub fn ordinal_at(p: &Phrases, i: usize) -> Option<(u32, usize)> {
    let tokens = p.tokens;
    let t = tokens.get(i)?;
    if t.kind == Kind::Number {
        let n = t.number()?;
        let suffix = tokens.get(i + 1).filter(|s| !s.space_before)?;
        if p.is(i + 1, Category::OrdinalSuffix) && suffix.kind == Kind::Word {
            return Some((n, 2));
        }
        return None;
    }
    if let Some(hit) = p.at(i, Category::Ordinal) {
        let v = hit.int();
        if v > 0 {
            return Some((v as u32, hit.len));
        }
    }
    // Compound: tens + joiner + ordinal ("twenty-first", "vingt et unième").
    if let Some(tens) = p.at(i, Category::Number) {
        let tv = tens.int();
        if (20..100).contains(&tv) && tv % 10 == 0 {
            let mut j = i + tens.len;
            if let Some(joiner) = p.at(j, Category::NumberJoiner) {
                j += joiner.len;
            }
            if let Some(unit) = p.at(j, Category::Ordinal) {
                let u = unit.int();
                if (1..10).contains(&u) {
                    return Some(((tv + u) as u32, j + unit.len - i));
                }
            }
        }
    }
    // Dutch: "eenendertigste", "vierentwintigste".
    let stem = t.lower.strip_suffix("ste")?;
    dutch_compound(stem).map(|v| (v, 1))
}

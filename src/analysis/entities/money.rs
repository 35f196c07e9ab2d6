//! Amounts of money and percentages, normalised: `tien miljard dollar`, `10 milliards de dollars`,
//! `$ 10 billion`, `9 milliards d'euros`, `€2.5m` are all `USD 10000000000` or `EUR …`; a dollar
//! sign with a country prefix names that country's dollar (`A$120m` is `AUD 120000000`, `NZ$`, `C$`,
//! `HK$`, `S$`, `US$`; `R$` is the Brazilian real), and a short scale glued to the number (`£2bn`,
//! `€40m`, `$500k`) reads the same in every language; `47 procent`,
//! `39%`, `4,5 %`, `47 per cent` are `47%`, `39%`, `4.5%`. A hedge before the amount (`ongeveer`,
//! `up to`, `près de`) becomes a modifier, not part of the span.

use crate::analysis::language::Lang;
use crate::analysis::lexicon::numbers::number_at;
use crate::analysis::lexicon::{Category, Phrases};
use crate::analysis::mention::EntityType;
use crate::analysis::text::tokens::{Kind, Token};

/// An amount or percentage found in the tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount {
    /// First token of the span (the hedge excluded).
    pub start: usize,
    /// Tokens in the span.
    pub len: usize,
    /// MONEY or PERCENT.
    pub kind: EntityType,
    /// `USD 10000000000`, `47%`.
    pub value: String,
    /// `APPROX`, `MORE_THAN`, `LESS_THAN`, `UP_TO` when a hedge precedes.
    pub modifier: Option<&'static str>,
}

/// A number written with digits, decimal marks and thousands groups: `10`, `2.5`, `4,5`, `10,000`,
/// `8 000`. Returns (value, tokens).
fn digits_at(tokens: &[Token], i: usize, lang: Lang) -> Option<(f64, usize)> {
    let t = tokens.get(i)?;
    if t.kind != Kind::Number {
        return None;
    }
    let mut text = t.lower.clone();
    let mut j = i + 1;
    while let (Some(sep), Some(next)) = (tokens.get(j), tokens.get(j + 1)) {
        let glued = !sep.space_before && !next.space_before && next.kind == Kind::Number;
        if glued && (sep.is(',') || sep.is('.')) {
            // A group of three after a comma in English, or after a dot in nl/fr, is thousands.
            let thousands = next.lower.len() == 3
                && ((sep.is(',') && lang == Lang::En) || (sep.is('.') && lang != Lang::En));
            if thousands {
                text.push_str(&next.lower);
            } else {
                text.push('.');
                text.push_str(&next.lower);
            }
            j += 2;
            continue;
        }
        // "8 000": a space-separated group of three digits.
        if sep.kind == Kind::Number
            && sep.space_before
            && sep.lower.len() == 3
            && text.len() <= 3
            && !text.contains('.')
        {
            text.push_str(&sep.lower);
            j += 1;
            continue;
        }
        break;
    }
    Some((text.parse().ok()?, j - i))
}

fn amount_at(numbers: &Phrases, i: usize, lang: Lang) -> Option<(f64, usize)> {
    let tokens = numbers.tokens;
    if let Some(found) = digits_at(tokens, i, lang) {
        return Some(found);
    }
    let n = number_at(numbers, i)?;
    // "a", "an", "un", "een" alone are articles, not amounts.
    if n.len == 1 && numbers.is(i, Category::Indefinite) {
        return None;
    }
    Some((n.value, n.len))
}

fn format_amount(x: f64) -> String {
    if (x - x.round()).abs() < 1e-6 && x.abs() < 1e18 {
        format!("{}", x.round() as i64)
    } else {
        let s = format!("{x:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The hedge right before token `i`, if any: (modifier, first token of the hedge).
fn hedge_before(p: &Phrases, i: usize) -> Option<&'static str> {
    for back in 1..=4.min(i) {
        let j = i - back;
        if let Some((_, hit)) = p.at_any(j, &[Category::Hedge]) {
            if j + hit.len == i {
                return Some(match hit.value {
                    "MORE_THAN" => "MORE_THAN",
                    "LESS_THAN" => "LESS_THAN",
                    "UP_TO" => "UP_TO",
                    _ => "APPROX",
                });
            }
        }
    }
    None
}

/// The currency named at token `i`: (ISO 4217 code, tokens). A sign inside a currency of several
/// tokens is glued to what comes before it: `A$120m` and `NZ$40m` are Australian and New Zealand
/// dollars, but in `A $5 fee` the article and the sign are apart (plain `$`, read from the sign).
fn currency_at<'a>(p: &Phrases<'a>, i: usize) -> Option<(&'a str, usize)> {
    let (_, hit) = p.at_any(i, &[Category::Currency])?;
    let apart = p.tokens[i + 1..i + hit.len]
        .iter()
        .any(|t| t.space_before && !matches!(t.kind, Kind::Word | Kind::Number));
    if apart {
        return None;
    }
    Some((hit.value, hit.len))
}

fn scale_at(p: &Phrases, i: usize) -> Option<(f64, usize)> {
    let tokens = p.tokens;
    let (_, hit) = p.at_any(i, &[Category::Scale])?;
    // A one- or two-letter scale ("m", "bn", "k") only glued to the number ("€2.5m", "$10bn") or to a
    // currency symbol after it ("450 k€", "3,2 M€", "1,5 M$").
    let currency_glued = tokens
        .get(i + 1)
        .is_some_and(|c| !c.space_before && currency_at(p, i + 1).is_some());
    if tokens[i].lower.chars().count() <= 2
        && tokens[i].space_before
        && hit.len == 1
        && !currency_glued
    {
        return None;
    }
    Some((hit.value.parse().ok()?, hit.len))
}

/// Finds the amount of money or percentage starting at token `i` of a text read in its language's
/// lexicon (which holds the number words, currencies, scales and hedges).
pub fn money_or_percent_at(p: &Phrases, lang: Lang, i: usize) -> Option<Amount> {
    let (tokens, numbers) = (p.tokens, p);
    let t = tokens.get(i)?;
    // Every amount starts with digits, a number word or a currency (a phrase of the lexicon).
    if t.kind != Kind::Number && !p.has(i) {
        return None;
    }
    // The hedge is looked for once an amount is found.
    let modifier = || hedge_before(p, i);
    // Currency first: "$10 billion", "€2.5m", "US$ 5".
    if let Some((currency, clen)) = currency_at(p, i) {
        // "Euro 2024": a capitalised currency word before a year is a tournament, not an amount.
        let year = tokens
            .get(i + clen)
            .and_then(Token::number)
            .is_some_and(|y| (1900..=2100).contains(&y) && tokens[i + clen].lower.len() == 4);
        if year && clen == 1 && t.capitalised && t.kind == Kind::Word && t.lower.len() > 3 {
            return None;
        }
        let (n, nlen) = amount_at(numbers, i + clen, lang)?;
        let mut len = clen + nlen;
        let mut value = n;
        if let Some((scale, slen)) = scale_at(p, i + len) {
            value *= scale;
            len += slen;
        }
        return Some(Amount {
            start: i,
            len,
            kind: EntityType::Money,
            value: format!("{currency} {}", format_amount(value)),
            modifier: modifier(),
        });
    }
    let (n, nlen) = amount_at(numbers, i, lang)?;
    let mut j = i + nlen;
    // Percentages.
    if let Some(hit) = p.at(j, Category::Percent) {
        return Some(Amount {
            start: i,
            len: nlen + hit.len,
            kind: EntityType::Percent,
            value: format!("{}%", format_amount(n)),
            modifier: modifier(),
        });
    }
    let mut value = n;
    if let Some((scale, slen)) = scale_at(p, j) {
        value *= scale;
        j += slen;
    }
    // "de dollars", "d'euros": French links the scale to the currency.
    let mut k = j;
    if tokens
        .get(k)
        .is_some_and(|t| t.lower == "de" || t.lower == "d")
    {
        k += 1;
        if tokens.get(k).is_some_and(|t| t.is('\'')) {
            k += 1;
        }
    }
    let scaled = j > i + nlen;
    let (k, (currency, clen)) = match currency_at(p, k) {
        // "de dollars" only after a scale word: "10 milliards de dollars".
        Some(c) if k == j || scaled => (k, c),
        _ => (j, currency_at(p, j)?),
    };
    Some(Amount {
        start: i,
        len: k + clen - i,
        kind: EntityType::Money,
        value: format!("{currency} {}", format_amount(value)),
        modifier: modifier(),
    })
}

//! Amounts, claims and articles in words, for people: `USD 10000000000` is `$10 billion` to an English
//! reader, `10 milliards de dollars` in a French article and `10 miljard dollar` in a Dutch one; a pair of
//! claims reads "Amazon Web Services' market share: 47% vs 39%, 8 points apart".
//!
//! The page speaks English ([`UI_LANG`]), so descriptions are English; amounts are written in any of the
//! three languages. The normalised value stays as data (the `value` of a `<data>` element, a tooltip).
//!
//! ```text
//! amount("USD 10000000000", None, Lang::En)     → "$10 billion"
//! amount("EUR 9000000000", None, Lang::Fr)      → "9 milliards d’euros"
//! amount("47%", Some("APPROX"), Lang::Nl)       → "ongeveer 47%"
//! ```

use super::pair::{ClaimMatch, Verdict};
use crate::analysis::language::Lang;
use crate::analysis::mention::EntityType;

/// The language of the page's own words (labels, descriptions).
pub const UI_LANG: Lang = Lang::En;

/// A normalised amount: a percentage, or a sum in a currency (ISO 4217 code).
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// `None` for a percentage, else the currency code (`USD`, `EUR`).
    pub currency: Option<String>,
    /// The number (a percentage in percent: 47 for `47%`).
    pub number: f64,
}

/// Reads a normalised value (`47%`, `4.5%`, `USD 10000000000`); `None` for anything else.
pub fn quantity(value: &str) -> Option<Quantity> {
    if let Some(p) = value.strip_suffix('%') {
        return Some(Quantity {
            currency: None,
            number: p.trim().parse().ok()?,
        });
    }
    let (code, n) = value.split_once(' ')?;
    if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    Some(Quantity {
        currency: Some(code.to_string()),
        number: n.parse().ok()?,
    })
}

/// A number with at most two decimals, the language's decimal mark, and its thousands grouped (English
/// from 1,000 up: `1,200`; Dutch and French from 10,000 up: `12.500`, `12 500` with a no-break space).
pub fn number(x: f64, lang: Lang) -> String {
    let rounded = (x * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
    let (decimal, group) = match lang {
        Lang::En | Lang::Other => ('.', ","),
        Lang::Nl => (',', "."),
        Lang::Fr => (',', "\u{a0}"),
    };
    let digits = whole.to_string();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    let group_from = if group == "," { 1_000 } else { 10_000 };
    if whole >= group_from {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(c);
        }
    } else {
        out.push_str(&digits);
    }
    if cents > 0 {
        out.push(decimal);
        let frac = format!("{cents:02}");
        out.push_str(frac.trim_end_matches('0'));
    }
    out
}

/// The scale word for a large sum: (divisor, singular, plural), or `None` below a million.
fn scale(x: f64, lang: Lang) -> Option<(f64, &'static str, &'static str)> {
    let steps: [(f64, [&'static str; 3], [&'static str; 3]); 3] = [
        (
            1e12,
            ["trillion", "biljoen", "billion"],
            ["trillion", "biljoen", "billions"],
        ),
        (
            1e9,
            ["billion", "miljard", "milliard"],
            ["billion", "miljard", "milliards"],
        ),
        (
            1e6,
            ["million", "miljoen", "million"],
            ["million", "miljoen", "millions"],
        ),
    ];
    let k = match lang {
        Lang::Nl => 1,
        Lang::Fr => 2,
        Lang::En | Lang::Other => 0,
    };
    steps
        .iter()
        .find(|(d, _, _)| x.abs() >= *d)
        .map(|(d, one, many)| (*d, one[k], many[k]))
}

/// A currency's name in a language: (singular, plural), or `None` for a code without one.
fn currency_name(code: &str, lang: Lang) -> Option<(&'static str, &'static str)> {
    Some(match (code, lang) {
        ("USD", Lang::Nl) => ("dollar", "dollar"),
        ("USD", Lang::Fr) => ("dollar", "dollars"),
        ("USD", _) => ("dollar", "dollars"),
        ("EUR", Lang::Nl) => ("euro", "euro"),
        ("EUR", _) => ("euro", "euros"),
        ("GBP", Lang::Nl) => ("pond", "pond"),
        ("GBP", Lang::Fr) => ("livre sterling", "livres sterling"),
        ("GBP", _) => ("pound", "pounds"),
        ("JPY", Lang::Fr) => ("yen", "yens"),
        ("JPY", _) => ("yen", "yen"),
        ("CNY", Lang::Fr) => ("yuan", "yuans"),
        ("CNY", _) => ("yuan", "yuan"),
        ("CHF", Lang::Nl) => ("Zwitserse frank", "Zwitserse frank"),
        ("CHF", Lang::Fr) => ("franc suisse", "francs suisses"),
        ("CHF", _) => ("Swiss franc", "Swiss francs"),
        _ => return None,
    })
}

/// The symbol English writes before a sum in this currency.
fn currency_symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => return None,
    })
}

/// A hedge (`APPROX`, `UP_TO`, `MORE_THAN`, `LESS_THAN`) in a language, with its trailing space.
fn hedge(modifier: Option<&str>, lang: Lang) -> &'static str {
    let k = match lang {
        Lang::Nl => 1,
        Lang::Fr => 2,
        Lang::En | Lang::Other => 0,
    };
    let words: [&'static str; 3] = match modifier {
        Some("APPROX") => ["about ", "ongeveer ", "environ "],
        Some("UP_TO") => ["up to ", "tot ", "jusqu’à "],
        Some("MORE_THAN") => ["more than ", "meer dan ", "plus de "],
        Some("LESS_THAN") => ["less than ", "minder dan ", "moins de "],
        _ => ["", "", ""],
    };
    words[k]
}

/// A quantity as people write it in a language, without a hedge.
fn written(q: &Quantity, lang: Lang) -> String {
    let Some(code) = q.currency.as_deref() else {
        return match lang {
            Lang::Fr => format!("{}\u{a0}%", number(q.number, lang)),
            _ => format!("{}%", number(q.number, lang)),
        };
    };
    // The number and its scale word: `10 billion`, `2,5 miljoen`, `950 000`.
    let (n, scale_word, many) = match scale(q.number, lang) {
        Some((d, one, plural)) => {
            let n = q.number / d;
            let word = if lang == Lang::Fr && n.abs() < 2.0 {
                one
            } else {
                plural
            };
            (number(n, lang), Some(word), true)
        }
        None => (number(q.number, lang), None, q.number.abs() >= 2.0),
    };
    let figure = match scale_word {
        Some(w) => format!("{n} {w}"),
        None => n,
    };
    let name = currency_name(code, lang).map(|(one, plural)| if many { plural } else { one });
    match (lang, name) {
        (Lang::En | Lang::Other, _) if currency_symbol(code).is_some() => {
            format!("{}{figure}", currency_symbol(code).unwrap_or_default())
        }
        (Lang::En | Lang::Other, Some(name)) if code != "CHF" => format!("{figure} {name}"),
        (Lang::En | Lang::Other, _) => format!("{code} {figure}"),
        // French links a scale word to the currency: `10 milliards de dollars`, `9 milliards d’euros`.
        (Lang::Fr, Some(name)) if scale_word.is_some() => {
            let elided = name.starts_with(['a', 'e', 'i', 'o', 'u', 'é']);
            format!("{figure} {}{name}", if elided { "d’" } else { "de " })
        }
        (_, Some(name)) => format!("{figure} {name}"),
        (_, None) => format!("{figure} {code}"),
    }
}

/// A normalised amount (`USD 10000000000`, `47%`) with its hedge, as people write it in `lang`:
/// `about $10 billion`, `10 milliards de dollars`, `ongeveer 10 miljard dollar`, `47 %` in French.
/// A value that is not an amount is returned as it is.
pub fn amount(value: &str, modifier: Option<&str>, lang: Lang) -> String {
    match quantity(value) {
        Some(q) => format!("{}{}", hedge(modifier, lang), written(&q, lang)),
        None => value.to_string(),
    }
}

/// How an entity is named in a list or a facet: an amount in words in `lang` (`$10 billion`), any
/// other entity by its canonical name.
pub fn entity_label(canonical: &str, kind: EntityType, lang: Lang) -> String {
    match kind {
        EntityType::Money | EntityType::Percent => amount(canonical, None, lang),
        _ => canonical.to_string(),
    }
}

/// `text` cut to at most `max` characters at a word boundary, with `…` where it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        at_word.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—(".contains(c))
    )
}

/// The longest headline shown in a choice or a button before it is shortened.
pub const HEADLINE_CHARS: usize = 70;

/// `name's`, or `name'` after a final s.
fn possessive(name: &str) -> String {
    if name.ends_with('s') || name.ends_with('S') {
        format!("{name}’")
    } else {
        format!("{name}’s")
    }
}

/// What a claim measures, in words, with its entity if it has one: `Microsoft’s market share`,
/// `the value for Microsoft`, `the value`.
pub fn topic(measure: &str, subject: Option<&str>) -> String {
    let name = match measure {
        "share" => "market share",
        "value" => "value",
        "revenue" => "revenue",
        "profit" => "profit",
        "growth" => "growth",
        "jobs" => "jobs",
        _ => "amount",
    };
    match subject {
        Some(s) if matches!(measure, "value" | "amount") => format!("the {name} for {s}"),
        Some(s) if measure == "jobs" => format!("the jobs at {s}"),
        Some(s) => format!("{} {name}", possessive(s)),
        None => format!("the {name}"),
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How far apart two quantities of the same unit are, in words: `8 points apart`, `$2 billion apart`.
fn apart(a: &Quantity, b: &Quantity) -> String {
    let gap = (a.number - b.number).abs();
    match &a.currency {
        None if (gap - 1.0).abs() < 1e-9 => "1 point apart".to_string(),
        None => format!("{} points apart", number(gap, UI_LANG)),
        Some(code) => format!(
            "{} apart",
            written(
                &Quantity {
                    currency: Some(code.clone()),
                    number: gap,
                },
                UI_LANG
            )
        ),
    }
}

/// The subject a pair of claims is about: the left's, else the right's.
fn pair_subject(m: &ClaimMatch) -> Option<&str> {
    m.left.subject.as_deref().or(m.right.subject.as_deref())
}

/// A pair of claims in words, in pieces so that a page can mark up the two amounts:
/// `{lead}{left}{joiner}{right}{tail}` reads as one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimWords {
    /// What is claimed, up to the first amount: "Both give the value for Microsoft: ",
    /// "Amazon Web Services’ market share: ".
    pub lead: String,
    /// The left amount in words, with its hedge; `left_value` its normalised value.
    pub left: String,
    /// The left claim's normalised value (`USD 10000000000`).
    pub left_value: String,
    /// Between the amounts (`" vs "`, `" and "`); `None` when both read the same and one is given.
    pub joiner: Option<&'static str>,
    /// The right amount in words.
    pub right: String,
    /// The right claim's normalised value.
    pub right_value: String,
    /// After the amounts: ", 8 points apart", or nothing.
    pub tail: String,
}

/// A pair of claims in words, in pieces: "Both give the value for Microsoft: $10 billion" (the same
/// value, however written), "Both give the value for Microsoft, compatibly: about $10 billion and up to
/// $10 billion" (compatible hedges), "Amazon Web Services’ market share: 47% vs 39%, 8 points apart".
pub fn claim_words(m: &ClaimMatch) -> ClaimWords {
    let topic = topic(&m.left.measure, pair_subject(m));
    let (l, r) = (&m.left, &m.right);
    let mut words = ClaimWords {
        lead: String::new(),
        left: amount(&l.value, l.modifier, UI_LANG),
        left_value: l.value.clone(),
        joiner: None,
        right: amount(&r.value, r.modifier, UI_LANG),
        right_value: r.value.clone(),
        tail: String::new(),
    };
    match m.verdict {
        Verdict::Agree if words.left == words.right => {
            words.lead = format!("Both give {topic}: ");
        }
        Verdict::Agree => {
            words.lead = format!("Both give {topic}, compatibly: ");
            words.joiner = Some(" and ");
        }
        Verdict::Disagree => {
            words.lead = format!("{}: ", capitalised(&topic));
            words.joiner = Some(" vs ");
            if let (Some(a), Some(b)) = (quantity(&l.value), quantity(&r.value)) {
                if a.currency == b.currency {
                    words.tail = format!(", {}", apart(&a, &b));
                }
            }
        }
    }
    words
}

/// A pair of claims in one sentence ([`claim_words`] joined; the page marks up the pieces instead).
#[cfg(test)]
pub fn claim_sentence(m: &ClaimMatch) -> String {
    let w = claim_words(m);
    match w.joiner {
        Some(joiner) => format!("{}{}{joiner}{}{}", w.lead, w.left, w.right, w.tail),
        None => format!("{}{}{}", w.lead, w.left, w.tail),
    }
}

/// Why two claims were paired, in words: "Paired because both give Amazon Web Services’ market share,
/// as a percentage."; "Paired because both give the value in US dollars; one names Microsoft, the other
/// no one."
pub fn claim_reason(m: &ClaimMatch) -> String {
    let unit = match quantity(&m.left.value).and_then(|q| q.currency) {
        None => "as a percentage".to_string(),
        Some(code) => match currency_name(&code, UI_LANG) {
            Some((_, plural)) if code == "USD" => format!("in US {plural}"),
            Some((_, plural)) => format!("in {plural}"),
            None => format!("in {code}"),
        },
    };
    let subjects = match (&m.left.subject, &m.right.subject) {
        (Some(a), Some(b)) if a == b => String::new(),
        (Some(s), None) | (None, Some(s)) => format!("; one names {s}, the other no one"),
        (Some(a), Some(b)) => format!("; one names {a}, the other {b}"),
        (None, None) => "; neither names whom it is about".to_string(),
    };
    let topic = match (&m.left.subject, &m.right.subject) {
        (Some(a), Some(b)) if a == b => topic(&m.left.measure, Some(a)),
        _ => topic(&m.left.measure, None),
    };
    format!("Paired because both give {topic}, {unit}{subjects}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::claims::Claim;

    #[test]
    fn amounts_in_three_languages() {
        // (name, value, hedge, language, written)
        let cases = [
            (
                "usd_billion_en",
                "USD 10000000000",
                None,
                Lang::En,
                "$10 billion",
            ),
            (
                "usd_billion_fr",
                "USD 10000000000",
                None,
                Lang::Fr,
                "10 milliards de dollars",
            ),
            (
                "usd_billion_nl",
                "USD 10000000000",
                None,
                Lang::Nl,
                "10 miljard dollar",
            ),
            (
                "eur_fr_elides",
                "EUR 9000000000",
                None,
                Lang::Fr,
                "9 milliards d’euros",
            ),
            (
                "eur_decimal_en",
                "EUR 2500000",
                None,
                Lang::En,
                "€2.5 million",
            ),
            (
                "eur_decimal_nl",
                "EUR 2500000",
                None,
                Lang::Nl,
                "2,5 miljoen euro",
            ),
            (
                "fr_singular_scale",
                "EUR 1500000",
                None,
                Lang::Fr,
                "1,5 million d’euros",
            ),
            (
                "fr_plural_scale",
                "USD 3000000",
                None,
                Lang::Fr,
                "3 millions de dollars",
            ),
            (
                "trillion_en",
                "USD 1200000000000",
                None,
                Lang::En,
                "$1.2 trillion",
            ),
            (
                "trillion_fr",
                "USD 2000000000000",
                None,
                Lang::Fr,
                "2 billions de dollars",
            ),
            (
                "under_a_million_en",
                "EUR 950000",
                None,
                Lang::En,
                "€950,000",
            ),
            (
                "under_a_million_nl",
                "EUR 950000",
                None,
                Lang::Nl,
                "950.000 euro",
            ),
            (
                "under_a_million_fr",
                "EUR 950000",
                None,
                Lang::Fr,
                "950\u{a0}000 euros",
            ),
            ("small_sum_en", "USD 1200", None, Lang::En, "$1,200"),
            ("one_euro_fr", "EUR 1", None, Lang::Fr, "1 euro"),
            ("pounds_en", "GBP 40000000", None, Lang::En, "£40 million"),
            (
                "pounds_fr",
                "GBP 40000000",
                None,
                Lang::Fr,
                "40 millions de livres sterling",
            ),
            ("francs_en", "CHF 5000000", None, Lang::En, "CHF 5 million"),
            (
                "yuan_en",
                "CNY 3000000000",
                None,
                Lang::En,
                "3 billion yuan",
            ),
            (
                "unknown_code_en",
                "IEP 2000000",
                None,
                Lang::En,
                "IEP 2 million",
            ),
            (
                "unknown_code_nl",
                "IEP 2000000",
                None,
                Lang::Nl,
                "2 miljoen IEP",
            ),
            ("percent_en", "47%", None, Lang::En, "47%"),
            ("percent_fr_space", "4.5%", None, Lang::Fr, "4,5\u{a0}%"),
            ("percent_nl", "4.5%", None, Lang::Nl, "4,5%"),
            (
                "hedge_en",
                "USD 10000000000",
                Some("UP_TO"),
                Lang::En,
                "up to $10 billion",
            ),
            (
                "hedge_nl",
                "USD 10000000000",
                Some("APPROX"),
                Lang::Nl,
                "ongeveer 10 miljard dollar",
            ),
            (
                "hedge_fr",
                "47%",
                Some("MORE_THAN"),
                Lang::Fr,
                "plus de 47\u{a0}%",
            ),
            (
                "rounded_mantissa",
                "USD 1234567890",
                None,
                Lang::En,
                "$1.23 billion",
            ),
            ("not_an_amount", "Microsoft", None, Lang::En, "Microsoft"),
            ("lower_case_code", "usd 5", None, Lang::En, "usd 5"),
        ];
        for (name, value, modifier, lang, want) in cases {
            assert_eq!(amount(value, modifier, lang), want, "{name}");
        }
    }

    #[test]
    fn numbers_group_thousands_from_ten_thousand() {
        // (name, number, language, written)
        let cases = [
            ("small", 950.0, Lang::En, "950"),
            ("four_digits", 1200.0, Lang::Fr, "1200"),
            ("en_group", 12500.0, Lang::En, "12,500"),
            ("nl_group", 1234567.0, Lang::Nl, "1.234.567"),
            ("decimals_trimmed", 2.50, Lang::En, "2.5"),
            ("two_decimals", 1.256, Lang::Nl, "1,26"),
            ("negative", -3.5, Lang::En, "-3.5"),
        ];
        for (name, x, lang, want) in cases {
            assert_eq!(number(x, lang), want, "{name}");
        }
    }

    #[test]
    fn shortened_text() {
        // (name, text, max, shortened)
        let cases = [
            ("fits", "Microsoft wins", 20, "Microsoft wins"),
            (
                "word_boundary",
                "Microsoft wins the cloud contract",
                20,
                "Microsoft wins the…",
            ),
            (
                "trailing_comma",
                "Microsoft, Amazon, and the Pentagon",
                20,
                "Microsoft, Amazon…",
            ),
            (
                "one_long_word",
                "Aaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                10,
                "Aaaaaaaaa…",
            ),
            (
                "non_ascii",
                "Één défi énorme pour l'équipe",
                12,
                "Één défi…",
            ),
        ];
        for (name, text, max, want) in cases {
            assert_eq!(shorten(text, max), want, "{name}");
        }
    }

    #[test]
    fn topics() {
        // (name, measure, subject, words)
        let cases = [
            (
                "share",
                "share",
                Some("Microsoft"),
                "Microsoft’s market share",
            ),
            (
                "share_s",
                "share",
                Some("Amazon Web Services"),
                "Amazon Web Services’ market share",
            ),
            (
                "value",
                "value",
                Some("Microsoft"),
                "the value for Microsoft",
            ),
            ("value_alone", "value", None, "the value"),
            ("jobs", "jobs", Some("Philips"), "the jobs at Philips"),
            ("unknown_measure", "weight", None, "the amount"),
        ];
        for (name, measure, subject, want) in cases {
            assert_eq!(topic(measure, subject), want, "{name}");
        }
    }

    fn claim(
        subject: Option<&str>,
        measure: &str,
        value: &str,
        modifier: Option<&'static str>,
    ) -> Claim {
        Claim {
            article: 0,
            subject: subject.map(str::to_string),
            measure: measure.into(),
            kind: if value.ends_with('%') {
                EntityType::Percent
            } else {
                EntityType::Money
            },
            value: value.into(),
            modifier,
            text: value.into(),
            sentence: String::new(),
            sentence_start: 0,
            start: 0,
            conversion: false,
        }
    }

    #[test]
    fn claim_pairs_in_words() {
        use Verdict::{Agree, Disagree};
        type Side = (Option<&'static str>, &'static str, Option<&'static str>);
        // (name, verdict, measure, left (subject, value, hedge), right, sentence, reason)
        let cases: [(&str, Verdict, &str, Side, Side, &str, &str); 6] = [
            (
                "same_value",
                Agree,
                "value",
                (None, "USD 10000000000", None),
                (Some("Microsoft"), "USD 10000000000", None),
                "Both give the value for Microsoft: $10 billion",
                "Paired because both give the value, in US dollars; one names Microsoft, the other no one.",
            ),
            (
                "compatible_hedge",
                Agree,
                "value",
                (Some("Microsoft"), "USD 10000000000", Some("APPROX")),
                (Some("Microsoft"), "USD 10000000000", Some("UP_TO")),
                "Both give the value for Microsoft, compatibly: about $10 billion and up to $10 billion",
                "Paired because both give the value for Microsoft, in US dollars.",
            ),
            (
                "share_points",
                Disagree,
                "share",
                (Some("Amazon Web Services"), "47%", None),
                (Some("Amazon Web Services"), "39%", None),
                "Amazon Web Services’ market share: 47% vs 39%, 8 points apart",
                "Paired because both give Amazon Web Services’ market share, as a percentage.",
            ),
            (
                "one_point",
                Disagree,
                "share",
                (Some("Microsoft"), "13%", None),
                (Some("Microsoft"), "14%", None),
                "Microsoft’s market share: 13% vs 14%, 1 point apart",
                "Paired because both give Microsoft’s market share, as a percentage.",
            ),
            (
                "money_apart",
                Disagree,
                "revenue",
                (Some("Philips"), "EUR 5000000000", None),
                (Some("Philips"), "EUR 4500000000", None),
                "Philips’ revenue: €5 billion vs €4.5 billion, €500 million apart",
                "Paired because both give Philips’ revenue, in euros.",
            ),
            (
                "no_subject",
                Disagree,
                "value",
                (None, "USD 3000000000", None),
                (None, "USD 2000000000", None),
                "The value: $3 billion vs $2 billion, $1 billion apart",
                "Paired because both give the value, in US dollars; neither names whom it is about.",
            ),
        ];
        for (name, verdict, measure, l, r, sentence, reason) in cases {
            let m = ClaimMatch {
                verdict,
                left: claim(l.0, measure, l.1, l.2),
                right: claim(r.0, measure, r.1, r.2),
                why: String::new(),
            };
            assert_eq!(claim_sentence(&m), sentence, "{name}");
            assert_eq!(claim_reason(&m), reason, "{name}");
        }
    }
}

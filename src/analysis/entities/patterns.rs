//! Names whose shape alone says where they start and end and what they are, where the learned typer,
//! which scores each candidate span on its own, cuts them or types them wrongly:
//!
//! - a ministry or department with a list of portfolios (`ministerie van Landbouw, Natuur en
//!   Voedselkwaliteit`, `ministère de l'Europe et des Affaires étrangères`, `Department for Environment,
//!   Food and Rural Affairs`): one organisation ([`portfolio_list`]);
//! - an East-Asian name with a hyphenated given name whose second syllable is written in lower case
//!   (`Kim Jong-un`, `Lee Hsien-loong`, `Wong Kwok-hing`): one person ([`hyphenated_given_name`]);
//! - a surname after two or more dotted initials (`J.K. Rowling`, `O.J. Simpson`, `J.R.R. Tolkien`): one
//!   person ([`initials_and_surname`]).
//!
//! Each function takes a token position and returns the end (one past the last token) of the span that
//! starts there, if any.

use super::features::Doc;
use super::names::name_like;
use crate::analysis::gazetteer::Class;
use crate::analysis::language::Lang;
use crate::analysis::lexicon::{given_names, Category};
use crate::analysis::text::tokens::{Kind, Token};

/// A ministry or department with a list of two portfolios or more at token `i`: the ministry word, a
/// joiner (`van`, `de l'`, `for`), then portfolios separated by commas, the last after `en`, `et` or
/// `and` (and a joiner: `et des Affaires étrangères`). A portfolio is one or more capitalised words;
/// in French one lower-case adjective may follow (`Affaires étrangères`). `free(k)`: token `k` may be
/// part of a name (no amount, no line break before it). The last portfolio is no name the curated list
/// or the gazetteer knows (`ministerie van Defensie en Shell` is two names) and no person's name: a
/// given name before another capitalised word (`ministerie van Defensie en Jan Smit` is an organisation
/// and a person). The ministry words and the coordinators are lexicon data (`ministry`, `coordinator`
/// in `src/analysis/lexicons/*/entities.txt`).
pub fn portfolio_list(doc: &Doc, i: usize, free: &dyn Fn(usize) -> bool) -> Option<usize> {
    let tokens = doc.tokens;
    if !doc.phrases.is(i, Category::Ministry) {
        return None;
    }
    let mut k = joiners(doc, i + 1, free);
    if k == i + 1 {
        return None;
    }
    k = portfolio(doc, k, free)?;
    loop {
        if free(k) && tokens[k].is(',') {
            k = portfolio(doc, k + 1, free)?;
        } else if free(k) && doc.phrases.is(k, Category::Coordinator) {
            let last = joiners(doc, k + 1, free);
            if doc.phrases.known_at(last, doc.text).is_some() || person_named(doc, last, free) {
                return None;
            }
            return portfolio(doc, last, free);
        } else {
            return None;
        }
    }
}

/// Past the joiners from token `k` on (`de`, `l'`, `des`), never past `en`, `et`, `and`.
fn joiners(doc: &Doc, mut k: usize, free: &dyn Fn(usize) -> bool) -> usize {
    while free(k) && !doc.phrases.is(k, Category::Coordinator) {
        match doc.phrases.at(k, Category::Joiner) {
            Some(hit) if !doc.tokens[k].capitalised => k += hit.len,
            _ => break,
        }
        if free(k) && doc.tokens[k].is('\'') {
            k += 1;
        }
    }
    k
}

/// One portfolio from token `k`: capitalised words (hyphenated ones too), then in French one
/// lower-case word that is no function word; its end.
fn portfolio(doc: &Doc, k: usize, free: &dyn Fn(usize) -> bool) -> Option<usize> {
    let tokens = doc.tokens;
    let mut e = k;
    while free(e) && name_like(&tokens[e]) {
        e += 1;
        let hyphenated = tokens.get(e).is_some_and(|d| d.is('-') && !d.space_before)
            && tokens
                .get(e + 1)
                .is_some_and(|n| !n.space_before && name_like(n));
        if hyphenated && free(e + 1) {
            e += 1;
        }
    }
    if e == k {
        return None;
    }
    let adjective = |t: &Token| {
        t.kind == Kind::Word && !t.capitalised && !doc.lex.stop_words.contains(t.lower.as_str())
    };
    if doc.lang == Lang::Fr
        && free(e)
        && adjective(&tokens[e])
        && !doc.phrases.is(e, Category::Joiner)
        && !doc.phrases.is(e, Category::Coordinator)
    {
        e += 1;
    }
    Some(e)
}

/// Whether a person's name starts at token `k`: a given name of the lists (`Jan`, `Marie`, `John`)
/// followed by another capitalised word (`Jan Smit`, `Marie Dubois`).
fn person_named(doc: &Doc, k: usize, free: &dyn Fn(usize) -> bool) -> bool {
    let tokens = doc.tokens;
    free(k)
        && free(k + 1)
        && name_like(&tokens[k])
        && name_like(&tokens[k + 1])
        && given_names().contains(&doc.text[tokens[k].start..tokens[k].end])
}

/// Whether a lower-case word is one syllable of a romanised East-Asian name (Pinyin, Wade-Giles,
/// Cantonese, Korean): at most six ASCII letters, at most two consonants, then one to three vowels (`y` and `w`
/// count), then at most `n`, `ng`, `m`, `p`, `t`, `k`, `h`, `l`, `hn` (`hung`, `loong`, `un`, `jeou`,
/// `moon`, `ahn`). English words that end otherwise (`based`, `led`, `born`, `style`, `strong`) are not.
fn syllable(lower: &str) -> bool {
    let b = lower.as_bytes();
    if b.is_empty() || b.len() > 6 || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let vowel = |c: u8| b"aeiouyw".contains(&c);
    let onset = b.iter().take_while(|&&c| !vowel(c)).count();
    // `y` and `w` open a syllable as consonants too (`yew`, `wen`).
    let onset = if onset == 0 && matches!(b[0], b'y' | b'w') && b.len() > 1 && vowel(b[1]) {
        1
    } else {
        onset
    };
    let nucleus = b[onset..].iter().take_while(|&&c| vowel(c)).count();
    let coda = &lower[onset + nucleus..];
    onset <= 2
        && (1..=3).contains(&nucleus)
        && matches!(
            coda,
            "" | "n" | "ng" | "m" | "p" | "t" | "k" | "h" | "l" | "hn"
        )
}

/// A capitalised word that may be a syllable of a romanised name (`Kwok`, `Jae`, `Hsien`), or, for a
/// surname, a short name (`Park`, `Leung`).
fn capitalised_syllable(t: &Token, surname: bool) -> bool {
    t.kind == Kind::Word
        && t.capitalised
        && (syllable(&t.lower) || surname && t.lower.len() <= 6 && t.lower.is_ascii())
}

/// An East-Asian name at token `i`: a surname, then a given name of two syllables joined by a hyphen,
/// the second in lower case (`Kim Jong-un`, `Wong Kwok-hing`, `Ma Ying-jeou`): four tokens. The first
/// two words are no title, no nationality, no function word opening a sentence and no place the gazetteer knows as a whole (`Hong
/// Kong-run`).
pub fn hyphenated_given_name(doc: &Doc, i: usize) -> Option<usize> {
    let tokens = doc.tokens;
    let [surname, given, dash, second] = tokens.get(i..i + 4)? else {
        return None;
    };
    let glued = !dash.space_before && !second.space_before && given.space_before;
    let ok = glued
        && dash.is('-')
        && capitalised_syllable(surname, true)
        && capitalised_syllable(given, false)
        && second.kind == Kind::Word
        && !second.capitalised
        && syllable(&second.lower)
        && !tokens
            .get(i + 4)
            .is_some_and(|n| !n.space_before && (n.is('-') || n.kind == Kind::Word))
        && [i, i + 1].iter().all(|&k| {
            // A function word written with a capital mid-sentence is a name (`Ma Ying-jeou`).
            let function =
                doc.lex.stop_words.contains(tokens[k].lower.as_str()) && doc.info[k].starts_clause;
            !doc.info[k].title && !function && !doc.phrases.is(k, Category::Nationality)
        })
        && !doc
            .multi_word_keys(i)
            .iter()
            .any(|m| m.len >= 2 && m.hits.identity().is_some());
    ok.then_some(i + 4)
}

/// A person named by two dotted initials or more and a surname at token `i` (`J.K. Rowling`, `O.J.
/// Simpson`, `J.R.R. Tolkien`): the initials are no abbreviation the gazetteer or the curated list
/// knows (`U.S.`, `U.N.`, `E.U.`), the surname is a single capitalised word that is no place, no
/// institution and no title, and no capitalised word follows it (`U.S. Army Corps`).
pub fn initials_and_surname(doc: &Doc, i: usize) -> Option<usize> {
    let tokens = doc.tokens;
    let text = doc.text;
    let initial = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Word && t.capitalised && text[t.start..t.end].chars().nth(1).is_none()
        }) && tokens
            .get(k + 1)
            .is_some_and(|d| d.is('.') && !d.space_before)
    };
    // The chain starts after a space or an opening bracket or quote, not inside another chain.
    if i > 0
        && !tokens[i].space_before
        && (tokens[i - 1].kind != Kind::Punct || tokens[i - 1].is('.'))
        || !initial(i)
        || doc.phrases.is(i, Category::Title)
    {
        return None;
    }
    let mut k = i;
    while initial(k) && (k == i || !tokens[k].space_before) {
        k += 2;
    }
    let surname = tokens.get(k)?;
    let known = doc.phrases.known_at(i, text).is_some()
        || doc.multi_word_keys(i).iter().any(|m| m.len >= 2);
    let ok = (k - i) / 2 >= 2
        && !known
        && surname.space_before
        && !surname.newline_before
        && name_like(surname)
        && text[surname.start..surname.end].chars().nth(1).is_some()
        && !doc.info[k].title
        && !doc.info[k]
            .gaz
            .iter()
            .any(|c| c.is_entity() || c == Class::Title)
        && !tokens
            .get(k + 1)
            .is_some_and(|n| name_like(n) && !n.newline_before);
    ok.then_some(k + 1)
}

#[cfg(test)]
mod tests {
    use super::syllable;

    #[test]
    fn romanised_syllables_and_english_words() {
        for s in [
            "hung", "loong", "un", "in", "jeou", "yew", "hing", "moon", "kuo", "wen", "ahn",
        ] {
            assert!(syllable(s), "{s}");
        }
        for s in [
            "based", "led", "born", "style", "owned", "strong", "era", "made",
        ] {
            assert!(!syllable(s), "{s}");
        }
    }
}

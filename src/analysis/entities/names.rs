//! Names that no list holds: runs of capitalised words (with language-aware joiners such as `van der`,
//! `de la`, `of`), all-caps acronyms and names with digits or hyphens, with possessives and elisions
//! stripped, and sentence-initial words kept only when evidence says they are names.

use crate::analysis::lexicon::{given_names, Category, Phrases};
use crate::analysis::text::sentences::starts_clause;
use crate::analysis::text::tokens::{plural_stem, Kind, Token};

/// A candidate name: a token range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Whether a token starts like a name: a capitalised word or an all-caps acronym.
pub fn name_like(t: &Token) -> bool {
    t.kind == Kind::Word && t.capitalised
}

/// Whether a token is all capitals (an acronym such as `AWS`, `JEDI`, `DoD` counts when ≥ 2 capitals).
pub fn acronym_like(text: &str, t: &Token) -> bool {
    let w = &text[t.start..t.end];
    t.kind == Kind::Word
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars().next().is_some_and(char::is_uppercase)
}

/// Words that are capitalised for reasons other than being names: months, weekdays, nationalities,
/// function words.
fn common_capitalised(p: &Phrases, i: usize) -> bool {
    let (lex, tokens) = (p.lex, p.tokens);
    let t = &tokens[i];
    // A month or weekday abbreviated with a dot: "Jan.", "Sept.", "Wed.".
    let abbreviated = tokens
        .get(i + 1)
        .is_some_and(|d| d.is('.') && !d.space_before);
    (p.is(i, Category::Month) || p.is(i, Category::Weekday)) && abbreviated
        || p.is(i, Category::Month) && !p.is(i, Category::AmbiguousMonth)
        || p.is(i, Category::Weekday) && !p.is(i, Category::AmbiguousWeekday)
        || plural_stem(&t.lower)
            .is_some_and(|stem| lex.phrases.word(stem, Category::Weekday).is_some())
        || p.is(i, Category::Nationality)
        || lex.stop_words.contains(t.lower.as_str()) && t.lower.len() > 1
        || opener(p, i)
}

/// Whether token `i` is a sentence opener that is never part of a name (lexicon `opener`: `Aldus`,
/// `Selon`, `Meanwhile`) at the start of a sentence or clause.
pub fn opener(p: &Phrases, i: usize) -> bool {
    p.is(i, Category::Opener) && starts_clause(p.tokens, i)
}

/// Whether a word has a capital after its first letter (`iPhone`, `eBay`): a name written in lower case.
pub fn mixed_case(text: &str, t: &Token) -> bool {
    t.kind == Kind::Word
        && !t.capitalised
        && text[t.start..t.end].chars().skip(1).any(char::is_uppercase)
}

/// A single capital letter with its dot glued on: `W.` in `George W. Bush`, `N.` in `N.Y.`.
fn dotted_initial(p: &Phrases, text: &str, i: usize) -> bool {
    let tokens = p.tokens;
    let t = &tokens[i];
    !p.is(i, Category::Title)
        && t.kind == Kind::Word
        && t.capitalised
        && text[t.start..t.end].chars().nth(1).is_none()
        && tokens
            .get(i + 1)
            .is_some_and(|d| d.is('.') && !d.space_before)
}

/// Whether a capitalised word that is usually no name (a month, a weekday, an article) may start or
/// continue a run here: a name follows it directly (`April Ryan`, `Le Pen`, `De Nederlandsche Bank`), or
/// (inside a run) it follows a name and no number follows it (`Gilles Avril`, `Pierre Lundi`).
fn common_but_named(p: &Phrases, text: &str, i: usize, inside: bool) -> bool {
    let (lex, tokens) = (p.lex, p.tokens);
    let t = &tokens[i];
    let next_is_name = tokens.get(i + 1).is_some_and(|n| {
        name_like(n) && n.space_before && !n.newline_before && !common_capitalised(p, i + 1)
    });
    // A nationality word is no name, unless it is also a given name before a name mid-sentence or
    // after an opener ("Volgens Frans Timmermans", "Ook Frans Timmermans").
    if p.is(i, Category::Nationality) {
        return next_is_name && !inside && given_names().contains(&text[t.start..t.end]);
    }
    let stop_word = lex.stop_words.contains(t.lower.as_str()) || opener(p, i);
    if next_is_name {
        // An article starts a name only mid-sentence ("Le Pen", not "Les États-Unis …" opening one);
        // English "the" is left to the newspapers the lists know.
        return !(stop_word && (inside || t.lower == "the" || starts_clause(tokens, i)));
    }
    inside && !stop_word && !tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Number)
}

/// `-au-Prince`, `-en-Velin`, `-de-la-Madeleine` from the dash at `dash`: short lower-case words between
/// glued hyphens up to a capitalised word; the end of the chain.
fn hyphen_chain(tokens: &[Token], dash: usize) -> Option<usize> {
    let glued = |k: usize| tokens.get(k).filter(|t| !t.space_before);
    let mut k = dash;
    for _ in 0..3 {
        let word = glued(k + 1)?;
        if !(glued(k)?.is('-')
            && word.kind == Kind::Word
            && !word.capitalised
            && word.lower.chars().count() <= 3)
        {
            return None;
        }
        if !glued(k + 2)?.is('-') {
            return None;
        }
        k += 2;
        if glued(k + 1).is_some_and(name_like) {
            return Some(k + 2);
        }
    }
    None
}

/// Finds the capitalised runs of a text.
pub fn capitalised_runs(p: &Phrases, text: &str) -> Vec<Run> {
    let tokens = p.tokens;
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let starts = name_like(&tokens[i])
            && (!common_capitalised(p, i)
                || acronym_like(text, &tokens[i])
                || common_but_named(p, text, i, false))
            || mixed_case(text, &tokens[i]);
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            // Initials with their dots: "N.Y.", "U.S.", "George W. Bush".
            if dotted_initial(p, text, end - 1) {
                end += 1;
                if tokens
                    .get(end)
                    .is_some_and(|n| !n.space_before && n.kind == Kind::Word)
                    && dotted_initial(p, text, end)
                {
                    end += 1;
                    continue;
                }
            }
            // A name never runs across a line break.
            if tokens.get(end).is_some_and(|t| t.newline_before) {
                break;
            }
            // Glued hyphen or digits: "Zuid-Korea", "COVID-19", "Jean-Pierre"; and lower-case words
            // between hyphens: "Port-au-Prince", "Vaulx-en-Velin", "Île-de-France".
            if let (Some(dash), Some(next)) = (tokens.get(end), tokens.get(end + 1)) {
                if dash.is('-') && !dash.space_before && !next.space_before {
                    if name_like(next) || next.kind == Kind::Number {
                        end += 2;
                        continue;
                    }
                    if let Some(e) = hyphen_chain(tokens, end) {
                        end = e;
                        continue;
                    }
                }
            }
            if let Some(next) = tokens.get(end) {
                if next.kind == Kind::Number && !next.space_before {
                    end += 1;
                    continue;
                }
                // A legal form in capitals continues the name though its letters spell a function
                // word: French `SA` (`sa`) in `Bréval SA`.
                let legal_form = p.is(end, Category::LegalForm) && acronym_like(text, next);
                if name_like(next)
                    && (!common_capitalised(p, end)
                        || common_but_named(p, text, end, true)
                        || legal_form)
                {
                    end += 1;
                    continue;
                }
            }
            // Joiners inside a name: "Bank of America", "Jan van der Berg", "Banque de France".
            // Never across a line break, before or after the joiner.
            let mut after = end;
            while let Some(hit) = p
                .at(after, Category::Joiner)
                .filter(|_| !p.is(after, Category::Coordinator))
            {
                after += hit.len;
                if tokens.get(after).is_some_and(|t| t.is('\'')) {
                    after += 1;
                }
            }
            let one_line = tokens
                .get(end..=after)
                .is_some_and(|ts| ts.iter().all(|t| !t.newline_before));
            if after > end
                && one_line
                && tokens
                    .get(after)
                    .is_some_and(|t| name_like(t) && !common_capitalised(p, after))
            {
                end = after + 1;
                continue;
            }
            // "Inc.", "Corp.": a designator with its dot.
            if let Some(hit) = p.at(end - 1, Category::Designator) {
                if hit.len == 2 && tokens[end].is('.') {
                    end += 1;
                }
            }
            break;
        }
        runs.push(Run { start, end });
        i = end;
    }
    runs
}

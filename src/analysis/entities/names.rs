//! Names that no list holds: runs of capitalised words (with language-aware joiners such as `van der`,
//! `de la`, `of`), all-caps acronyms and names with digits or hyphens, with possessives and elisions
//! stripped, and sentence-initial words kept only when evidence says they are names.

use crate::analysis::lexicon::{Category, Lexicon};
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
fn common_capitalised(lex: &Lexicon, tokens: &[Token], i: usize) -> bool {
    let words = &lex.phrases;
    let t = &tokens[i];
    words.is(tokens, i, Category::Month) && !words.is(tokens, i, Category::AmbiguousMonth)
        || words.is(tokens, i, Category::Weekday)
            && !words.is(tokens, i, Category::AmbiguousWeekday)
        || plural_stem(&t.lower).is_some_and(|stem| words.word(stem, Category::Weekday).is_some())
        || lex.phrases.is(tokens, i, Category::Nationality)
        || lex.stop_words.contains(t.lower.as_str()) && t.lower.len() > 1
}

/// Finds the capitalised runs of a text.
pub fn capitalised_runs(lex: &Lexicon, text: &str, tokens: &[Token]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !name_like(&tokens[i])
            || common_capitalised(lex, tokens, i) && !acronym_like(text, &tokens[i])
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            // A name never runs across a line break.
            if tokens.get(end).is_some_and(|t| t.newline_before) {
                break;
            }
            // Glued hyphen or digits: "Zuid-Korea", "COVID-19", "Jean-Pierre".
            if let (Some(dash), Some(next)) = (tokens.get(end), tokens.get(end + 1)) {
                if dash.is('-')
                    && !dash.space_before
                    && !next.space_before
                    && (name_like(next) || next.kind == Kind::Number)
                {
                    end += 2;
                    continue;
                }
            }
            if let Some(next) = tokens.get(end) {
                if next.kind == Kind::Number && !next.space_before {
                    end += 1;
                    continue;
                }
                if name_like(next) && !common_capitalised(lex, tokens, end) {
                    end += 1;
                    continue;
                }
            }
            // Joiners inside a name: "Bank of America", "Jan van der Berg", "Banque de France".
            let mut after = end;
            while let Some(hit) = lex.phrases.at(tokens, after, Category::Joiner) {
                after += hit.len;
                if tokens.get(after).is_some_and(|t| t.is('\'')) {
                    after += 1;
                }
            }
            if after > end
                && tokens
                    .get(after)
                    .is_some_and(|t| name_like(t) && !common_capitalised(lex, tokens, after))
            {
                end = after + 1;
                continue;
            }
            // "Inc.", "Corp.": a designator with its dot.
            if let Some(hit) = lex.phrases.at(tokens, end - 1, Category::Designator) {
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

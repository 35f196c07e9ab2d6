//! A small tokenizer shared by the extractors: words (runs of letters), numbers (runs of ASCII digits)
//! and single punctuation characters, each with its byte span and whether white space precedes it.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Number,
    /// One other visible character.
    Punct,
}

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// Lower case, with typographic apostrophes as `'`.
    pub lower: String,
    /// Whether white space comes right before it (or it starts the text).
    pub space_before: bool,
    /// Whether the token starts with an upper-case letter.
    pub capitalised: bool,
    /// Whether a line break comes before it (or it starts the text).
    pub newline_before: bool,
}

impl Token {
    /// The number a digits token stands for (`None` for other tokens or when it overflows).
    pub fn number(&self) -> Option<u32> {
        if self.kind == Kind::Number && self.lower.len() <= 9 {
            self.lower.parse().ok()
        } else {
            None
        }
    }

    /// Whether this is the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.lower.starts_with(c) && self.lower.len() == c.len_utf8()
    }
}

fn normalise(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' | '´' => '\'',
        '–' | '—' | '‐' | '‑' => '-',
        other => other,
    }
}

/// A token's lower-case form, typographic apostrophes and dashes normalised.
pub(crate) fn lower_case(raw: &str) -> String {
    if raw.is_ascii() {
        let mut lower = raw.to_string();
        lower.make_ascii_lowercase();
        return lower;
    }
    raw.chars()
        .map(normalise)
        .flat_map(char::to_lowercase)
        .collect()
}

/// Splits a text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut newline_before = true;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            newline_before |= c == '\n';
            continue;
        }
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Punct
        };
        let mut end = start + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(i, next)) = chars.peek() {
                let same = match kind {
                    Kind::Word => next.is_alphabetic() || is_combining_mark(next),
                    _ => next.is_ascii_digit(),
                };
                if !same {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
        }
        let raw = &text[start..end];
        tokens.push(Token {
            start,
            end,
            kind,
            lower: lower_case(raw),
            space_before,
            capitalised: c.is_uppercase(),
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// Combining diacritical marks (U+0300–U+036F): they belong to the word they follow.
pub(crate) fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The singular of a plural word by its ending alone (`thursday` for `thursdays`, `maandag` for
/// `maandagen`), when a stem of more than three letters is left; whether it is a word is the
/// lexicon's to say.
pub fn plural_stem(word: &str) -> Option<&str> {
    word.strip_suffix('s')
        .or_else(|| word.strip_suffix("en"))
        .filter(|stem| stem.len() > 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_splits_into_words_numbers_and_marks() {
        let t = tokenize("Le 1er mars, l'an 2020.");
        let texts: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            texts,
            ["le", "1", "er", "mars", ",", "l", "'", "an", "2020", "."]
        );
        assert_eq!(t[1].kind, Kind::Number);
        assert!(!t[2].space_before);
    }
}

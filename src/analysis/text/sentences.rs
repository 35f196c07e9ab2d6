//! The one sentence splitter of Dossier: the temporal tagger (the tense of a sentence), the entity
//! recogniser (is a capitalised word sentence-initial?), the corpus identities, the timeline (the
//! sentence around an expression) and the comparison (claims, aligned sentences) all ask it.
//!
//! A sentence ends at `.`, `!` or `?` followed by white space or the end of the text, and at a line
//! break. The dot of an abbreviation does not end one: a single capital letter (`M. Dupont`,
//! `J. Smith`) or a title ([`ABBREVIATIONS`]: `Dr. Smith`, `Mme. Martin`, `dhr. Jansen`), so in
//! "Selon M. Dupont, le texte sera voté lundi." there is one sentence, and `Dupont` is not its first
//! word.

use super::tokens::{is_combining_mark, lower_case, Kind, Token};

/// Titles written abbreviated with a dot before a name, in the three languages (lower case): their
/// dot never ends a sentence. English `Dr.`, `Mr.`, `Mrs.`, `Ms.`, `St.`, `Gen.`, `Sr.`, `Prof.`;
/// French `Mme.`, `Mlle.`; Dutch `dhr.`, `mevr.`.
pub const ABBREVIATIONS: [&str; 12] = [
    "dr", "mr", "mrs", "ms", "st", "mme", "mlle", "dhr", "mevr", "prof", "gen", "sr",
];

/// Whether token `k` is the dot of an abbreviation: glued to a single capital letter, or to a title
/// in either case (`Dr.`, `dhr.`).
fn abbreviation_dot(tokens: &[Token], k: usize) -> bool {
    k > 0
        && tokens[k].is('.')
        && !tokens[k].space_before
        && tokens[k - 1].kind == Kind::Word
        && abbreviation(&tokens[k - 1].lower, tokens[k - 1].capitalised)
}

/// Whether a word (in lower case) written before a dot is an abbreviation: a single capital letter,
/// or a title.
fn abbreviation(lower: &str, capitalised: bool) -> bool {
    (capitalised && lower.chars().nth(1).is_none()) || ABBREVIATIONS.contains(&lower)
}

/// Whether token `k` ends a sentence: `.`, `!` or `?` followed by white space or the end, and not the
/// dot of an abbreviation.
pub fn ends_sentence(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    (t.is('.') || t.is('!') || t.is('?'))
        && tokens.get(k + 1).is_none_or(|next| next.space_before)
        && !abbreviation_dot(tokens, k)
}

/// Opening quotes and brackets that may stand before the first word of a sentence.
const OPENERS: [&str; 8] = ["\"", "“", "‘", "'", "«", "(", "‚", "„"];

/// Whether token `i` is the first word of a sentence: the first token, the first after a line break or
/// after a sentence end, opening quotes and brackets before it aside.
pub fn starts_sentence(tokens: &[Token], i: usize) -> bool {
    let j = before_openers(tokens, i);
    j == 0 || tokens[j].newline_before || ends_sentence(tokens, j - 1)
}

/// Whether token `i` is the first word of a sentence or of a clause after a colon or a semicolon
/// (where a capital letter is no evidence of a name).
pub fn starts_clause(tokens: &[Token], i: usize) -> bool {
    let j = before_openers(tokens, i);
    starts_sentence(tokens, i) || (j > 0 && (tokens[j - 1].is(':') || tokens[j - 1].is(';')))
}

/// The position of the first of the opening quotes and brackets right before token `i` (or `i`).
fn before_openers(tokens: &[Token], i: usize) -> usize {
    let mut j = i;
    while j > 0 && OPENERS.contains(&tokens[j - 1].lower.as_str()) {
        j -= 1;
    }
    j
}

/// The sentences of a text's tokens, found in one pass each way (never by walking from each token), so
/// that asking for the sentence around every token of a long text costs linear time.
pub struct SentenceIndex {
    /// For each token, the first token of its sentence.
    start: Vec<usize>,
    /// For each token `i` (and one past the last), the first sentence end at or after `i`.
    next_end: Vec<usize>,
    /// For each token `i` (and one past the last), the first token at or after `i` with a line break
    /// before it.
    next_break: Vec<usize>,
}

impl SentenceIndex {
    /// Indexes the sentences of `tokens`.
    pub fn new(tokens: &[Token]) -> SentenceIndex {
        let n = tokens.len();
        let mut start = Vec::with_capacity(n);
        for (i, t) in tokens.iter().enumerate() {
            let first = i == 0 || t.newline_before || ends_sentence(tokens, i - 1);
            start.push(if first { i } else { start[i - 1] });
        }
        let mut next_end = vec![n; n + 1];
        let mut next_break = vec![n; n + 1];
        for i in (0..n).rev() {
            next_end[i] = if ends_sentence(tokens, i) {
                i
            } else {
                next_end[i + 1]
            };
            next_break[i] = if tokens[i].newline_before {
                i
            } else {
                next_break[i + 1]
            };
        }
        SentenceIndex {
            start,
            next_end,
            next_break,
        }
    }

    /// The token range `[start, end)` of the sentence around token `i` (`end` is the token that ends
    /// it, or the first of the next line, or the end). `i` must be a token of the indexed text.
    pub fn bounds(&self, i: usize) -> (usize, usize) {
        (self.start[i], self.next_end[i].min(self.next_break[i + 1]))
    }
}

/// The sentences of `text[start..end]` (one block: no line breaks), as `(start, end)` byte offsets into
/// `text`, from the first visible character to the end mark included. The same rule as
/// [`ends_sentence`], read off the characters (no tokens are made).
pub fn spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let block = &text[start..end];
    let bytes = block.as_bytes();
    // The first visible character at or after byte `from` (or the end).
    let visible = |from: usize| {
        block[from..]
            .char_indices()
            .find(|(_, c)| !c.is_whitespace())
            .map_or(block.len(), |(k, _)| from + k)
    };
    let mut out = Vec::new();
    let mut s = visible(0);
    let mut i = s;
    // The end marks are ASCII: only they and what follows them need decoding.
    while i < bytes.len() {
        let mark = bytes[i];
        if matches!(mark, b'.' | b'!' | b'?') {
            let next_is_space = block[i + 1..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
            if next_is_space && !(mark == b'.' && word_abbreviation(&block[s..i])) {
                out.push((start + s, start + i + 1));
                s = visible(i + 1);
                i = s;
                continue;
            }
        }
        i += 1;
    }
    if s < bytes.len() {
        out.push((start + s, end));
    }
    out
}

/// Whether the word that ends `before` (the letters right before a dot) is an abbreviation.
fn word_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || is_combining_mark(*c))
        .last()
        .map(|(i, _)| i);
    let Some(word_start) = word_start else {
        return false;
    };
    // The tokenizer starts a word at a letter: combining marks before it belong to no word.
    let word = before[word_start..].trim_start_matches(is_combining_mark);
    let Some(initial) = word.chars().next() else {
        return false;
    };
    if word[initial.len_utf8()..].is_empty() {
        return abbreviation(&lower_case(word), initial.is_uppercase());
    }
    // A title is a short ASCII word: nothing longer need be lower-cased to be compared.
    word.len() <= 4 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The sentence that contains byte `at`, given the block's sentences split by [`spans`] (in order,
/// apart), or the whole block when `at` falls between them: a binary search.
pub fn around_in(
    sentences: &[(usize, usize)],
    block_start: usize,
    block_end: usize,
    at: usize,
) -> (usize, usize) {
    let k = sentences.partition_point(|&(s, _)| s <= at);
    match k.checked_sub(1).map(|k| sentences[k]) {
        Some((s, e)) if at >= s && at < e => (s, e),
        _ => (block_start, block_end),
    }
}

/// The sentence before the one that starts at `sentence_start`, in the same block (or that sentence
/// itself when it is the first), given the block's sentences split by [`spans`] (in order, apart): a
/// binary search.
pub fn before_in(
    sentences: &[(usize, usize)],
    block_start: usize,
    block_end: usize,
    sentence_start: usize,
) -> (usize, usize) {
    match sentences.binary_search_by_key(&sentence_start, |&(s, _)| s) {
        Ok(k) if k > 0 => sentences[k - 1],
        Ok(k) => sentences[k],
        Err(_) => (block_start, block_end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::text::tokens::tokenize;

    /// (name, text, the sentences as written)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, &[&str])] = &[
        ("two_sentences", "Il pleut. Il part.", &["Il pleut.", "Il part."]),
        ("title_initial_fr", "Selon M. Dupont, le texte sera voté lundi. Il part.", &["Selon M. Dupont, le texte sera voté lundi.", "Il part."]),
        ("title_en", "Dr. Smith met Mrs. Jones on Monday! Then?", &["Dr. Smith met Mrs. Jones on Monday!", "Then?"]),
        ("title_nl_lower_case", "Volgens dhr. Jansen komt het. Klaar.", &["Volgens dhr. Jansen komt het.", "Klaar."]),
        ("decimal_is_no_end", "Het groeide 3.5 procent. Daarna niet.", &["Het groeide 3.5 procent.", "Daarna niet."]),
        ("quote_after_dot", "\"Done.\" He left.", &["\"Done.\" He left."]),
        ("no_final_mark", "A headline without a stop", &["A headline without a stop"]),
        ("two_initials_then_surname", "Writer J.D. Salinger lived there. He wrote.", &["Writer J.D. Salinger lived there.", "He wrote."]),
        ("initials_open_a_sentence", "It ended. O.J. Simpson was acquitted.", &["It ended.", "O.J. Simpson was acquitted."]),
        ("three_initials_fr", "L'auteur J.R.R. Tolkien est né. Il écrit.", &["L'auteur J.R.R. Tolkien est né.", "Il écrit."]),
    ];

    #[test]
    fn sentences_split_where_a_reader_would() {
        for (name, text, want) in CASES {
            let got: Vec<&str> = spans(text, 0, text.len())
                .into_iter()
                .map(|(s, e)| &text[s..e])
                .collect();
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn the_word_after_an_abbreviated_title_is_not_sentence_initial() {
        let tokens = tokenize("Selon M. Dupont, lundi. « Demain » part.");
        let initial: Vec<&str> = (0..tokens.len())
            .filter(|&i| tokens[i].kind == Kind::Word && starts_sentence(&tokens, i))
            .map(|i| tokens[i].lower.as_str())
            .collect();
        assert_eq!(initial, ["selon", "demain"]);
    }

    #[test]
    fn the_character_scan_agrees_with_the_tokens() {
        let texts = [
            "Selon M. Dupont, le texte sera voté lundi. Il part.",
            "Dr. Smith met Mrs. Jones on Monday! Then? Yes.",
            "Het groeide 3.5 procent. Daarna niet… en toen? Nee!",
            "\"Done.\" He left. The U.S. Army. Plan B . Next.",
            "Café Noël. É. Étienne. ÉTÉ. e.g. this. Sr.Smith",
            "Tot ziens.Dag. Ja .Nee. A\u{301}. \u{301}B. End",
            "Writer J.D. Salinger lived there. O.J. Simpson. J.R.R. Tolkien.",
            "  Lead. \u{a0}Next.\u{2003}Last ... ? A. B. C. !",
            " . ",
        ];
        for text in texts {
            let tokens = tokenize(text);
            let mut by_tokens = Vec::new();
            let mut first = None;
            for (k, t) in tokens.iter().enumerate() {
                let s = *first.get_or_insert(t.start);
                if ends_sentence(&tokens, k) {
                    by_tokens.push((s, t.end));
                    first = None;
                }
            }
            if let Some(s) = first {
                by_tokens.push((s, text.len()));
            }
            assert_eq!(spans(text, 0, text.len()), by_tokens, "{text}");
        }
    }

    #[test]
    fn token_bounds_agree_with_byte_spans() {
        let text = "Selon M. Dupont, le texte sera voté lundi. Il part.";
        let tokens = tokenize(text);
        let lundi = tokens.iter().position(|t| t.lower == "lundi").unwrap();
        let (s, e) = SentenceIndex::new(&tokens).bounds(lundi);
        assert_eq!(
            (tokens[s].start, tokens[e].end),
            spans(text, 0, text.len())[0]
        );
    }

    /// (name, text, byte asked about, the sentence around it, the sentence before that one)
    #[rustfmt::skip]
    const AROUND: &[(&str, &str, usize, &str, &str)] = &[
        ("first_sentence", "One two. Three four. Five.", 2, "One two.", "One two."),
        ("middle_sentence", "One two. Three four. Five.", 12, "Three four.", "One two."),
        ("last_without_stop", "One two. Three four", 14, "Three four", "One two."),
        ("question_and_exclamation", "Why? Because! Done.", 8, "Because!", "Why?"),
        ("white_space_between_is_the_block", "One.  Two.", 5, "One.  Two.", "One."),
        ("dot_inside_a_number_does_not_end", "It cost 2.5 million. Then more.", 9, "It cost 2.5 million.", "It cost 2.5 million."),
        ("abbreviated_title_does_not_end", "Selon M. Dupont, lundi. Il part.", 10, "Selon M. Dupont, lundi.", "Selon M. Dupont, lundi."),
    ];

    #[test]
    fn the_sentence_around_a_byte_and_the_one_before() {
        for (name, text, at, sentence, previous) in AROUND {
            let split = spans(text, 0, text.len());
            let (s, e) = around_in(&split, 0, text.len(), *at);
            assert_eq!(&text[s..e], *sentence, "{name}");
            let (ps, pe) = before_in(&split, 0, text.len(), s);
            assert_eq!(&text[ps..pe], *previous, "{name}");
        }
    }
}

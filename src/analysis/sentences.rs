//! Sentence boundaries in a block of text, by byte offsets: a sentence ends at `.`, `!` or `?` followed
//! by white space or the end of the block. Used by the timeline (the sentence around an expression) and
//! by the comparison (claims and aligned sentences).

/// The sentences of `text[start..end]`, as `(start, end)` byte offsets into `text`, leading white space
/// trimmed.
pub fn spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let bytes = &text.as_bytes()[start..end];
    let mut out = Vec::new();
    let mut s = 0;
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
        {
            out.push((start + s, start + i + 1));
            s = i + 1;
            while s < bytes.len() && bytes[s].is_ascii_whitespace() {
                s += 1;
            }
        }
    }
    if s < bytes.len() {
        out.push((start + s, end));
    }
    out
}

/// The sentence of `text[block_start..block_end]` that contains byte `at`.
pub fn around(text: &str, block_start: usize, block_end: usize, at: usize) -> (usize, usize) {
    around_in(
        &spans(text, block_start, block_end),
        block_start,
        block_end,
        at,
    )
}

/// [`around`] with the block's sentences already split by [`spans`] (in order, apart): a binary search.
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

/// The sentence before the one that starts at `sentence_start`, in the same block (or that sentence itself
/// when it is the first).
pub fn before(
    text: &str,
    block_start: usize,
    block_end: usize,
    sentence_start: usize,
) -> (usize, usize) {
    before_in(
        &spans(text, block_start, block_end),
        block_start,
        block_end,
        sentence_start,
    )
}

/// [`before`] with the block's sentences already split by [`spans`] (in order, apart): a binary search.
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

    /// (name, text, byte asked about, the sentence around it, the sentence before that one)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, usize, &str, &str)] = &[
        ("first_sentence", "One two. Three four. Five.", 2, "One two.", "One two."),
        ("middle_sentence", "One two. Three four. Five.", 12, "Three four.", "One two."),
        ("last_without_stop", "One two. Three four", 14, "Three four", "One two."),
        ("question_and_exclamation", "Why? Because! Done.", 8, "Because!", "Why?"),
        ("white_space_between_is_the_block", "One.  Two.", 5, "One.  Two.", "One."),
        ("dot_inside_a_number_does_not_end", "It cost 2.5 million. Then more.", 9, "It cost 2.5 million.", "It cost 2.5 million."),
    ];

    #[test]
    fn the_sentence_around_a_byte_and_the_one_before() {
        for (name, text, at, sentence, previous) in CASES {
            let (s, e) = around(text, 0, text.len(), *at);
            assert_eq!(&text[s..e], *sentence, "{name}");
            let (ps, pe) = before(text, 0, text.len(), s);
            assert_eq!(&text[ps..pe], *previous, "{name}");
        }
    }
}

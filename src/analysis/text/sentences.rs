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
    spans(text, block_start, block_end)
        .into_iter()
        .find(|(s, e)| at >= *s && at < *e)
        .unwrap_or((block_start, block_end))
}

/// The sentence before the one that starts at `sentence_start`, in the same block (or that sentence itself
/// when it is the first).
pub fn before(
    text: &str,
    block_start: usize,
    block_end: usize,
    sentence_start: usize,
) -> (usize, usize) {
    let all = spans(text, block_start, block_end);
    match all.iter().position(|(s, _)| *s == sentence_start) {
        Some(k) if k > 0 => all[k - 1],
        _ => all
            .iter()
            .copied()
            .find(|(s, _)| *s == sentence_start)
            .unwrap_or((block_start, block_end)),
    }
}

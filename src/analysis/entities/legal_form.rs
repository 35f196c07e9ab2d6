//! Company legal forms (`Radwerk AG`, `Renovalys SPRL`, `Acme Ltd.`): kept in a mention's span as
//! written, left out of its canonical name, so that `Radwerk AG` and a later bare `Radwerk` (or
//! `Radwerk` in another language's article) are one identity (`../shared/ANNOTATION.md`: a canonical
//! name has no legal-form suffix). The forms are the `legal_form` lines of each language's
//! `entities.txt`.

use crate::analysis::lexicon::{Category, Phrases};
use crate::analysis::text::tokens::Kind;

/// Where the name before a legal form ends, for the span of tokens `start..end`: the first token of a
/// legal form that reaches the end of the span (`AG` in `Radwerk AG`, `Pty` in `Acme Pty Ltd`; the
/// form may run past the span, as the dot of `Ltd.`), with a comma before it left out too (`Acme,
/// Inc.`). `None` when the span does not end in a legal form or would keep no word of name.
pub fn name_end(p: &Phrases, start: usize, end: usize) -> Option<usize> {
    let tokens = p.tokens;
    let form = (start + 1..end).find(|&k| {
        tokens[k].kind == Kind::Word
            && p.at(k, Category::LegalForm)
                .is_some_and(|hit| k + hit.len >= end)
    })?;
    let mut cut = form;
    while cut > start + 1 && tokens[cut - 1].is(',') {
        cut -= 1;
    }
    tokens[start..cut]
        .iter()
        .any(|t| t.kind == Kind::Word)
        .then_some(cut)
}

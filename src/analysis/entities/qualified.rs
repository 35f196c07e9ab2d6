//! A country's institution is never another's (issue 16, kind 10). Parliaments and courts share their
//! common words across countries (`Senate`, `Senaat`, `Sénat`; `House of Representatives`; `Supreme
//! Court`), and the curated list and the gazetteer give each bare word the identity news mostly means
//! (`Senate`: the US Senate). A demonym adjective beside the name says whose it is: before it in Dutch and
//! English (`de Italiaanse Senaat`, `the Australian House of Representatives`), after it in French (`le
//! Sénat italien`). Then the identity is:
//! - the gazetteer's institution written with that adjective, when it has one (`Dutch House of
//!   Representatives`, `Sénat américain`);
//! - else the span's own identity when it belongs to that country, or to no country (an international
//!   body);
//! - else none: the mention keeps its own name rather than another country's institution.

use super::features::Doc;
use crate::analysis::gazetteer::{gazetteer, Class};
use crate::analysis::language::Lang;
use crate::analysis::text::tokens::Kind;

/// Where the demonym adjective of an institution name stands: the token index, and whether it comes
/// before the name.
fn demonym_beside(doc: &Doc, start: usize, end: usize) -> Option<(usize, bool)> {
    let tokens = doc.tokens;
    let is_demonym = |k: usize| {
        tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
            && gazetteer().lookup(&tokens[k].lower).has(Class::Demonym)
    };
    match doc.lang {
        Lang::Fr => is_demonym(end).then_some((end, false)),
        _ if start > 0 && is_demonym(start - 1) => Some((start - 1, true)),
        // `Italian Senate` taken as one span: the adjective opens it.
        _ if end - start >= 2 && is_demonym(start) => Some((start, true)),
        _ => None,
    }
}

/// The country (ISO 3166-1) a demonym adjective is of.
fn country_of_demonym(lower: &str) -> Option<&'static str> {
    let g = gazetteer();
    g.country(g.lookup(lower).entity(Class::Demonym)?)
}

/// The canonical name an organisation span `start..end` (token indices) keeps, given the `canonical`
/// the curated list or the gazetteer gave it (see the module's rules).
pub(crate) fn settle(
    doc: &Doc,
    start: usize,
    end: usize,
    canonical: Option<String>,
) -> Option<String> {
    let Some((at, before)) = demonym_beside(doc, start, end) else {
        return canonical;
    };
    let g = gazetteer();
    let (text, tokens) = (doc.text, doc.tokens);
    let adjective = &tokens[at].lower;
    // The name without the adjective, when the span opens with it.
    let first = if at == start { start + 1 } else { start };
    let name = &text[tokens[first].start..tokens[end - 1].end];
    let written = if before {
        format!("{adjective} {name}")
    } else {
        format!("{name} {adjective}")
    };
    if let Some(id) = g.lookup(&written).entity(Class::Institution) {
        return Some(g.canonical(id).to_string());
    }
    let canonical = canonical?;
    let theirs = g
        .lookup(&canonical)
        .entity(Class::Institution)
        .and_then(|id| g.country(id));
    match (country_of_demonym(adjective), theirs) {
        (Some(ours), Some(theirs)) if ours != theirs => None,
        _ => Some(canonical),
    }
}

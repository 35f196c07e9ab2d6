//! The analysis core: language detection, temporal expressions, named entities and the per-article
//! analysis that ties them together. Free of web dependencies; builds and tests natively.

pub mod dates;
pub mod document;
pub mod entities;
// Read by the entity typer (issue 16), which is on its way; until then only its tests use it.
#[allow(dead_code)]
pub mod gazetteer;
pub mod language;
pub mod lexicon;
pub mod mention;
pub mod pubdate;
pub mod text;
pub mod value;

pub use text::{calendar, sentences, tokens};

use dates::Reference;
use language::Lang;
use mention::Extraction;

/// Extracts entities and temporal expressions from one text in a known language, resolving relative
/// dates against `reference` (the publication date) when one is given. A span is one thing: a date
/// expression that overlaps a person's name is dropped (`April` in `April Ryan asked`), since the
/// recogniser named the person from the context around the name.
pub fn extract(text: &str, lang: Lang, reference: Option<Reference>) -> Extraction {
    let entities = entities::extract_entities(text, lang);
    let mut timex = dates::extract_timex(text, lang, reference);
    let people: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == mention::EntityType::Person)
        .map(|e| (e.start, e.end))
        .collect();
    if !people.is_empty() {
        timex.retain(|t| {
            let i = people.partition_point(|&(_, end)| end <= t.start);
            people.get(i).is_none_or(|&(start, _)| start >= t.end)
        });
    }
    Extraction { entities, timex }
}

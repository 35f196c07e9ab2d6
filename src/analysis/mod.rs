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
/// dates against `reference` (the publication date) when one is given.
pub fn extract(text: &str, lang: Lang, reference: Option<Reference>) -> Extraction {
    Extraction {
        entities: entities::extract_entities(text, lang),
        timex: dates::extract_timex(text, lang, reference),
    }
}

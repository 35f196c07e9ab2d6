//! The analysis core: language detection, temporal expressions, named entities and the per-article
//! analysis that ties them together. Free of web dependencies and of any clock; builds and tests
//! natively. In layers, each using only those before it (and the records, [`mention`] and [`value`],
//! which all share):
//!
//! 1. [`text`]: tokens, the one sentence splitter, calendar arithmetic;
//! 2. [`lexicon`]: the words of each language, loaded once, typed, looked up once per token;
//! 3. [`language`] (detection), [`dates`] (the temporal tagger), [`entities`] (the recogniser; never
//!    the tagger);
//! 4. [`pubdate`] (publication dates), [`document`] (one article in one pass).

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
/// dates against `reference` (the publication date) when one is given. The text is read once: its
/// tokens, looked up once in the language's lexicon, serve both.
///
/// ```
/// use dossier::{extract, Lang};
/// let found = extract("Het Pentagon koos Microsoft in oktober 2019.", Lang::Nl, None);
/// assert_eq!(found.timex[0].value.to_string(), "2019-10");
/// assert_eq!(found.entities.len(), 2);
/// ```
pub fn extract(text: &str, lang: Lang, reference: Option<Reference>) -> Extraction {
    let tokens = text::tokens::tokenize(text);
    let phrases = lexicon::Phrases::new(lexicon::lexicon(lang), &tokens);
    Extraction {
        entities: entities::extract_in(text, &phrases, lang),
        timex: dates::extract_in(text, &phrases, lang, reference),
    }
}

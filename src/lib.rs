//! Dossier: an explorer for a small multilingual (Dutch, French, English) news corpus.
//!
//! - [`corpus`]: reading, validating and parsing articles; the corpus embedded at build time.
//! - [`analysis`]: the analysis core (language, dates, entities), free of web dependencies.
//! - `ui` (wasm32 only): the Yew front end.

pub mod analysis;
pub mod corpus;

#[cfg(target_arch = "wasm32")]
pub mod ui;

use analysis::document::{analyze_article, AnalyzedArticle};
use corpus::article::Article;
use corpus::source::SourceFile;

/// Parses and analyses every file of a corpus, in order.
pub fn analyze_corpus(files: &[SourceFile]) -> Vec<AnalyzedArticle> {
    files
        .iter()
        .map(|f| analyze_article(&Article::parse(f), None))
        .collect()
}

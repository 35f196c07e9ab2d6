//! Dossier: an explorer for a small multilingual (Dutch, French, English) news corpus.
//!
//! - [`corpus`]: reading, validating and parsing articles; the corpus embedded at build time.
//! - [`analysis`]: the analysis core (language, dates, entities), free of web dependencies.
//! - [`compare`]: claims, and what two articles share and where they disagree.
//! - [`timeline`]: events, merging, filters, URL state and exports for the timeline (native and wasm).
//! - `ui` (wasm32 only): the Yew front end.

pub mod analysis;
pub mod compare;
pub mod corpus;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod ui;

use analysis::document::{analyze_article, AnalyzedArticle, CorpusEvidence};
use corpus::article::Article;
use corpus::source::SourceFile;

/// Parses and analyses every file of a corpus, in order. Articles with a dated header are analysed
/// first; what they mention then helps infer the publication dates of the others.
pub fn analyze_corpus(files: &[SourceFile]) -> Vec<AnalyzedArticle> {
    let articles: Vec<Article> = files.iter().map(Article::parse).collect();
    let none = CorpusEvidence::default();
    let dated: Vec<AnalyzedArticle> = articles
        .iter()
        .filter(|a| a.header.is_some())
        .map(|a| analyze_article(a, None, &none))
        .collect();
    let evidence = CorpusEvidence::from_articles(&dated);
    let mut dated = dated.into_iter();
    let mut analysed: Vec<AnalyzedArticle> = articles
        .iter()
        .map(|a| match a.header {
            Some(_) => dated.next().expect("one analysis per dated article"),
            None => analyze_article(a, None, &evidence),
        })
        .collect();
    unify_entities(&mut analysed);
    analysed
}

/// Gives each entity one identity across the corpus, and drops capitalised common nouns that the
/// corpus also writes in lower case.
fn unify_entities(articles: &mut [AnalyzedArticle]) {
    use analysis::mention::EntityType;
    let vocabulary =
        analysis::entities::lower_case_vocabulary(articles.iter().map(|a| a.text.as_str()));
    let mut mentions: Vec<Vec<_>> = articles
        .iter_mut()
        .map(|a| std::mem::take(&mut a.entities))
        .collect();
    // Names one article writes mid-sentence are names at the start of a sentence in every article.
    let known: std::collections::HashMap<String, (EntityType, String)> = mentions
        .iter()
        .flatten()
        .filter(|m| {
            !matches!(m.kind, EntityType::Money | EntityType::Percent) && !m.text.contains(' ')
        })
        .map(|m| (m.text.clone(), (m.kind, m.canonical.clone())))
        .collect();
    for (article, list) in articles.iter().zip(mentions.iter_mut()) {
        analysis::entities::recover_known_names(&article.analysed_text(), list, &known);
    }
    analysis::entities::unify_corpus(&mut mentions, &vocabulary);
    for (article, mentions) in articles.iter_mut().zip(mentions) {
        article.entity_index = analysis::document::index_entities(&mentions);
        article.entities = mentions;
    }
}

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
    let mut analyzer = CorpusAnalyzer::new(files);
    while analyzer.step() {}
    analyzer.finish()
}

/// The analysis of a corpus one article at a time, so that a page can show progress and stay
/// responsive: dated articles first, then the undated ones with the evidence the dated ones give, then
/// the identities across the corpus ([`CorpusAnalyzer::finish`]).
pub struct CorpusAnalyzer {
    articles: Vec<Article>,
    results: Vec<Option<AnalyzedArticle>>,
    /// Indices still to analyse, dated articles first.
    queue: std::collections::VecDeque<usize>,
    evidence: Option<CorpusEvidence>,
}

impl CorpusAnalyzer {
    /// Prepares the analysis of these files.
    pub fn new(files: &[SourceFile]) -> CorpusAnalyzer {
        let articles: Vec<Article> = files.iter().map(Article::parse).collect();
        let (dated, undated): (Vec<usize>, Vec<usize>) =
            (0..articles.len()).partition(|&i| articles[i].header.is_some());
        CorpusAnalyzer {
            results: vec![None; articles.len()],
            articles,
            queue: dated.into_iter().chain(undated).collect(),
            evidence: None,
        }
    }

    /// Number of articles.
    pub fn total(&self) -> usize {
        self.articles.len()
    }

    /// Number of articles analysed so far.
    pub fn done(&self) -> usize {
        self.total() - self.queue.len()
    }

    /// Analyses the next article; `false` when there is none left.
    pub fn step(&mut self) -> bool {
        let Some(i) = self.queue.pop_front() else {
            return false;
        };
        let article = &self.articles[i];
        let analysis = if article.header.is_some() {
            analyze_article(article, None, &CorpusEvidence::default())
        } else {
            if self.evidence.is_none() {
                let dated: Vec<AnalyzedArticle> = self.results.iter().flatten().cloned().collect();
                self.evidence = Some(CorpusEvidence::from_articles(&dated));
            }
            analyze_article(article, None, self.evidence.as_ref().expect("just set"))
        };
        self.results[i] = Some(analysis);
        true
    }

    /// The articles analysed so far, in corpus order, before the corpus-wide identities: enough for a
    /// first look while the rest is analysed.
    pub fn analysed_so_far(&self) -> Vec<AnalyzedArticle> {
        self.results.iter().flatten().cloned().collect()
    }

    /// The analysed articles, in corpus order, with one identity per entity across the corpus.
    pub fn finish(mut self) -> Vec<AnalyzedArticle> {
        while self.step() {}
        let mut analysed: Vec<AnalyzedArticle> = self.results.into_iter().flatten().collect();
        unify_entities(&mut analysed);
        analysed
    }
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

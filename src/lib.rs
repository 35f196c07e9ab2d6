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
use analysis::entities::corpus::CorpusIdentities;
use analysis::mention::EntityMention;
use corpus::article::Article;
use corpus::source::SourceFile;

/// Parses and analyses every file of a corpus, in order. Articles with a dated header are analysed
/// first; what they mention then helps infer the publication dates of the others.
pub fn analyze_corpus(files: &[SourceFile]) -> Vec<AnalyzedArticle> {
    let mut analyzer = CorpusAnalyzer::new(files);
    while analyzer.step() {}
    analyzer.finish()
}

/// The analysis of a corpus one small step at a time, so that a page can show progress and stay
/// responsive: every file parsed, then the dated articles analysed, then the undated ones with the
/// evidence the dated ones give, then the identities across the corpus, one article of one pass per
/// step.
pub struct CorpusAnalyzer {
    files: Vec<SourceFile>,
    /// The files parsed so far (one per step, first of all).
    articles: Vec<Article>,
    results: Vec<Option<AnalyzedArticle>>,
    /// Indices still to analyse, dated articles first, once every file is parsed.
    queue: std::collections::VecDeque<usize>,
    queued: bool,
    evidence: Option<CorpusEvidence>,
    identities: CorpusIdentities,
    /// Each article's mentions while the identities are worked out.
    mentions: Vec<Vec<EntityMention>>,
    /// Articles whose mentions are back in place with their entity index.
    indexed: usize,
}

impl CorpusAnalyzer {
    /// Prepares the analysis of these files.
    pub fn new(files: &[SourceFile]) -> CorpusAnalyzer {
        CorpusAnalyzer {
            files: files.to_vec(),
            articles: Vec::with_capacity(files.len()),
            results: vec![None; files.len()],
            queue: std::collections::VecDeque::new(),
            queued: false,
            evidence: None,
            identities: CorpusIdentities::default(),
            mentions: Vec::new(),
            indexed: 0,
        }
    }

    /// Number of articles.
    pub fn total(&self) -> usize {
        self.files.len()
    }

    /// Number of articles analysed so far (the corpus-wide identities may still be in the works when
    /// all are).
    pub fn done(&self) -> usize {
        if self.queued {
            self.total() - self.queue.len()
        } else {
            0
        }
    }

    /// Does the next small piece of work: parses one file, analyses one article, or does one
    /// article of one corpus-wide pass; `false` when nothing is left.
    pub fn step(&mut self) -> bool {
        if let Some(file) = self.files.get(self.articles.len()) {
            self.articles.push(Article::parse(file));
            return true;
        }
        if !self.queued {
            let (dated, undated): (Vec<usize>, Vec<usize>) =
                (0..self.articles.len()).partition(|&i| self.articles[i].header.is_some());
            self.queue = dated.into_iter().chain(undated).collect();
            self.queued = true;
        }
        if let Some(i) = self.queue.pop_front() {
            self.analyse(i);
            return true;
        }
        if self.indexed == 0 && self.mentions.is_empty() {
            self.mentions = self
                .results
                .iter_mut()
                .flatten()
                .map(|a| std::mem::take(&mut a.entities))
                .collect();
        }
        if self.identities.step(&mut self.mentions) {
            return true;
        }
        // Every article is analysed by now: `results` and `mentions` line up.
        let Some(article) = self.results.get_mut(self.indexed).and_then(Option::as_mut) else {
            return false;
        };
        let mentions = std::mem::take(&mut self.mentions[self.indexed]);
        article.entity_index = analysis::document::index_entities(&mentions);
        article.entities = mentions;
        self.indexed += 1;
        true
    }

    fn analyse(&mut self, i: usize) {
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
        self.identities
            .add_article(i, &analysis.text, &analysis.analysed_text());
        self.results[i] = Some(analysis);
    }

    /// The articles analysed so far, in corpus order, with their mentions as they stand: enough for a
    /// first look while the rest is analysed.
    pub fn analysed_so_far(&self) -> Vec<AnalyzedArticle> {
        let mut so_far: Vec<AnalyzedArticle> = self.results.iter().flatten().cloned().collect();
        for (article, mentions) in so_far.iter_mut().zip(&self.mentions).skip(self.indexed) {
            article.entities = mentions.clone();
        }
        so_far
    }

    /// The analysed articles, in corpus order, with one identity per entity across the corpus.
    pub fn finish(mut self) -> Vec<AnalyzedArticle> {
        while self.step() {}
        self.results.into_iter().flatten().collect()
    }
}

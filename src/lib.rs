//! Dossier: an explorer for a small multilingual (Dutch, French, English) news corpus. This crate is
//! its analysis core and the web app around it; what other programs may use is this page: a small
//! facade over private layers (text, lexicon, dates, entities, corpus, comparison, timeline, UI).
//!
//! - [`extract`]: the named entities and the temporal expressions of one text, dates resolved
//!   against a reference date ([`extract_entities`], [`extract_timex`]: one of the two);
//! - [`detect`]: the language of a text (Dutch, French, English or other);
//! - [`analyze_article`], [`analyze_corpus`], [`CorpusAnalyzer`]: the analysis of corpus articles
//!   (structure, language, publication date, entities with one identity across the corpus, dates);
//! - [`load_folder`], [`decode_article`], [`embedded_files`]: reading and validating article files.
//!
//! Offsets are UTF-8 byte offsets into the text, end exclusive. Nothing here reads a clock: relative
//! dates are resolved against the reference given, or left unanchored.
//!
//! # Examples
//!
//! Extracting from one text, with the publication date as the reference:
//!
//! ```
//! use dossier::{extract, Date, EntityType, Grain, Lang, Reference};
//! let reference = Reference { date: Date::new(2020, 1, 14).unwrap(), grain: Grain::Day };
//! let found = extract("Amazon a porté l'affaire en justice en novembre dernier.", Lang::Fr, Some(reference));
//! assert_eq!(found.timex[0].text, "novembre dernier");
//! assert_eq!(found.timex[0].value.to_string(), "2019-11");
//! assert_eq!(found.entities[0].kind, EntityType::Organisation);
//! ```
//!
//! Detecting the language:
//!
//! ```
//! use dossier::{detect, Lang};
//! let d = detect("Het kabinet wil dat de regels voor de huurmarkt dit jaar nog worden aangepast.");
//! assert_eq!(d.lang, Lang::Nl);
//! assert!(d.confidence > 0.5);
//! ```
//!
//! Analysing a corpus: one identity per entity across the articles, publication dates inferred from
//! the dated articles of the same story (two names in common; here: after 11 February 2020, told in the
//! past tense):
//!
//! ```
//! use dossier::{analyze_corpus, decode_article, PubDateSource};
//! let files = [
//!     decode_article("a.txt", " date 2020-01 Amazon Web Services (AWS) verloor de zaak tegen het Pentagon op 11 februari.".as_bytes()).unwrap(),
//!     decode_article("b.txt", "AWS a perdu le 11 février. Le Pentagone a choisi Microsoft.".as_bytes()).unwrap(),
//! ];
//! let articles = analyze_corpus(&files);
//! assert_eq!(articles[1].entities[0].canonical, "Amazon Web Services");
//! assert_eq!(articles[1].pub_date.source, PubDateSource::Inferred);
//! assert_eq!(articles[1].pub_date.value.unwrap().to_string(), "2020-02");
//! ```

mod analysis;
// The comparison and the timeline serve the web app (wasm32); natively only their tests and the
// claims of the facade use them.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod compare;
mod corpus;
mod sort;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod timeline;

#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(test)]
mod testing;

pub use analysis::dates::{extract_timex, Reference};
pub use analysis::document::{AnalyzedArticle, EntityRecord, PubDate, PubDateSource, STEP_BYTES};
pub use analysis::entities::extract_entities;
pub use analysis::extract;
pub use analysis::language::{detect, Detection, Lang};
pub use analysis::mention::{EntityMention, EntityType, Extraction, Grain, Timex, TimexType};
pub use analysis::text::calendar::Date;
pub use analysis::value::{Clock, Period, Value};
pub use compare::claims::{article_claims, corpus_names, Claim};
pub use corpus::article::{Block, BlockKind, Boilerplate};
pub use corpus::embedded_files;
pub use corpus::source::{decode_article, load_folder, CorpusError, SourceFile, MAX_ARTICLE_BYTES};

/// Mounts the web app on the document body (wasm32 only; the entry point of `dossier-app`).
#[cfg(target_arch = "wasm32")]
pub use ui::start;

/// Training and inspecting the entity typer: what `examples/train_ner.rs` (which writes
/// `src/analysis/entities/model/weights.bin`) and `examples/ner_scores.rs` need. Not part of the facade
/// proper: for the project's own tools.
#[doc(hidden)]
pub mod ner_training {
    pub use crate::analysis::entities::model::{compact::PRUNE_BELOW, prune};
    pub use crate::analysis::entities::train::{evaluate, train, Document, Example, Report};
    pub use crate::analysis::entities::{candidate_scores, training_examples};
}

use analysis::document::{analyze_article as analyse_alone, index_entities};
use analysis::document::{Analysis, ArticleSteps, CorpusEvidence};
use analysis::entities::corpus::{CorpusIdentities, Work};
use corpus::article::Article;

/// Analyses one article on its own (no other article helps infer its publication date): its
/// structure, language, publication date, entities and temporal expressions.
///
/// ```
/// use dossier::{analyze_article, decode_article, Lang};
/// let text = " date 2020-01-14 Het Pentagon heeft het contract gisteren aan Microsoft gegeven.";
/// let article = analyze_article(&decode_article("a.txt", text.as_bytes()).unwrap());
/// assert_eq!(article.lang, Lang::Nl);
/// assert_eq!(article.timex[0].value.to_string(), "2020-01-13");
/// ```
pub fn analyze_article(file: &SourceFile) -> AnalyzedArticle {
    analyse_alone(Article::parse(file), None, &CorpusEvidence::default())
}

/// [`analyze_article`] all at once (each stage of the analysis over the whole text in one go), as it
/// was before the analysis went in steps: the reference the steps are checked against
/// (`tests/stepwise.rs`). Not part of the facade proper.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn analyze_article_at_once(file: &SourceFile) -> AnalyzedArticle {
    let mut analysed =
        analysis::document::analyse_at_once(Article::parse(file), None, &CorpusEvidence::default())
            .article;
    analysed.entity_index = index_entities(&analysed.entities);
    analysed
}

/// [`analyze_corpus`] with each article analysed all at once ([`analyze_article_at_once`]): the
/// reference the steps are checked against. Not part of the facade proper.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn analyze_corpus_at_once(files: &[SourceFile]) -> Vec<AnalyzedArticle> {
    let mut analyzer = CorpusAnalyzer::new(files);
    analyzer.at_once = true;
    analyzer.finish()
}

/// Parses and analyses every file of a corpus, in order. Articles with a dated header are analysed
/// first; what they mention then helps infer the publication dates of the others; entities get one
/// identity across the corpus.
pub fn analyze_corpus(files: &[SourceFile]) -> Vec<AnalyzedArticle> {
    let mut analyzer = CorpusAnalyzer::new(files);
    while analyzer.step() {}
    analyzer.finish()
}

/// The analysis of a corpus one small step at a time, so that a page can show progress and stay
/// responsive: every file parsed, then the dated articles analysed, then the undated ones with the
/// evidence the dated ones give, then the identities across the corpus, one article of one pass per
/// step. An article is analysed in several steps ([`STEP_BYTES`] of its text at a time for its
/// language, tokens and look-ups; then its entities, publication date, dates and cues), so a long
/// article is many steps.
///
/// ```
/// use dossier::{analyze_corpus, decode_article, CorpusAnalyzer};
/// let files = [decode_article("a.txt", b"Le Pentagone a choisi Microsoft.").unwrap()];
/// let mut analyzer = CorpusAnalyzer::new(&files);
/// while analyzer.step() {
///     println!("{} of {} analysed", analyzer.done(), analyzer.total());
/// }
/// assert_eq!(analyzer.finish(), analyze_corpus(&files));
/// ```
pub struct CorpusAnalyzer {
    files: Vec<SourceFile>,
    /// The files parsed so far (one per step, first of all), until analysed.
    articles: Vec<Option<Article>>,
    /// Whether each file has a dated header.
    dated: Vec<bool>,
    results: Vec<Option<AnalyzedArticle>>,
    /// Indices still to analyse, dated articles first, once every file is parsed.
    queue: std::collections::VecDeque<usize>,
    /// The article being analysed, and where its analysis stands.
    current: Option<(usize, ArticleSteps)>,
    /// Whether an article is analysed all at once, in one step (the reference the steps are checked
    /// against: `analyze_corpus_at_once`; never in the page).
    #[cfg(not(target_arch = "wasm32"))]
    at_once: bool,
    queued: bool,
    evidence: Option<CorpusEvidence>,
    identities: CorpusIdentities,
}

impl CorpusAnalyzer {
    /// Prepares the analysis of these files (their texts are shared, not copied).
    pub fn new(files: &[SourceFile]) -> CorpusAnalyzer {
        CorpusAnalyzer {
            files: files.to_vec(),
            articles: Vec::with_capacity(files.len()),
            dated: Vec::with_capacity(files.len()),
            results: vec![None; files.len()],
            queue: std::collections::VecDeque::new(),
            current: None,
            #[cfg(not(target_arch = "wasm32"))]
            at_once: false,
            queued: false,
            evidence: None,
            identities: CorpusIdentities::default(),
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
            self.total() - self.queue.len() - usize::from(self.current.is_some())
        } else {
            0
        }
    }

    /// Does the next small piece of work: parses one file, does one step of an article's analysis,
    /// reads one article for one corpus-wide pass, or settles one article's identities; `false` when
    /// nothing is left.
    pub fn step(&mut self) -> bool {
        if let Some(file) = self.files.get(self.articles.len()) {
            let article = Article::parse(file);
            self.dated.push(article.header.is_some());
            self.articles.push(Some(article));
            return true;
        }
        if !self.queued {
            let (dated, undated): (Vec<usize>, Vec<usize>) =
                (0..self.articles.len()).partition(|&i| self.dated[i]);
            self.queue = dated.into_iter().chain(undated).collect();
            self.queued = true;
        }
        if self.current.is_none() {
            if let Some(i) = self.queue.pop_front() {
                if let Some(article) = self.articles[i].take() {
                    self.current = Some((i, ArticleSteps::new(article, None)));
                }
                return true;
            }
        }
        if self.current.is_some() {
            self.analyse_step();
            return true;
        }
        // Every article is analysed by now.
        match self.identities.next(self.results.len()) {
            Some(Work::Gather(pass, i)) => {
                if let Some(a) = &self.results[i] {
                    self.identities.gather(pass, i, &a.entities);
                }
                true
            }
            Some(Work::Settle(i)) => {
                if let Some(a) = self.results[i].as_mut() {
                    a.entities = self.identities.settle(i, std::mem::take(&mut a.entities));
                    a.entity_index = index_entities(&a.entities);
                }
                true
            }
            None => false,
        }
    }

    /// One step of the current article's analysis; its result kept once it is done.
    fn analyse_step(&mut self) {
        let Some((i, steps)) = self.current.as_mut() else {
            return;
        };
        let i = *i;
        let evidence = if self.dated[i] {
            &CorpusEvidence::default()
        } else {
            // The dated articles are all analysed by now: what they mention, once.
            let results = &self.results;
            self.evidence
                .get_or_insert_with(|| CorpusEvidence::from_articles(results.iter().flatten()))
        };
        #[cfg(not(target_arch = "wasm32"))]
        if self.at_once {
            if let Some((i, steps)) = self.current.take() {
                let article = steps.into_article();
                let Analysis { article, cues } =
                    analysis::document::analyse_at_once(article, None, evidence);
                self.identities.add_article(i, cues);
                self.results[i] = Some(article);
            }
            return;
        }
        if steps.step(evidence) {
            return;
        }
        if let Some((i, steps)) = self.current.take() {
            let Analysis { article, cues } = steps.analysis();
            self.identities.add_article(i, cues);
            self.results[i] = Some(article);
        }
    }

    /// The articles analysed so far, in corpus order, with their mentions as they stand (their
    /// identities settled or not yet): enough for a first look while the rest is analysed.
    pub fn analysed_so_far(&self) -> Vec<AnalyzedArticle> {
        self.results.iter().flatten().cloned().collect()
    }

    /// The analysed articles, in corpus order, with one identity per entity across the corpus.
    pub fn finish(mut self) -> Vec<AnalyzedArticle> {
        while self.step() {}
        self.results.into_iter().flatten().collect()
    }
}

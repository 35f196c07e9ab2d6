//! The analysis of one corpus article: its language, publication date, and the entities and temporal
//! expressions of its analysed blocks (boilerplate excluded), with offsets into the article text.

use super::calendar::Date;
use super::dates::Reference;
use super::extract;
use super::language::{detect, Detection, Lang};
use super::mention::{EntityMention, Grain, Timex};
use super::pubdate;
use crate::corpus::article::{Article, Block, Boilerplate};
use serde::Serialize;

/// Where a publication date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PubDateSource {
    /// The file's ` date …` header.
    Header,
    /// Worked out from the article's content.
    Inferred,
    /// Nothing supports a guess.
    Unknown,
}

/// An article's publication date, its precision and the evidence for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PubDate {
    /// `2020-01`, `2020-01-14`, or `None` when unknown.
    pub value: Option<String>,
    /// Header, inferred or unknown.
    pub source: PubDateSource,
    /// Day, month or year.
    pub precision: Grain,
    /// Why this value: the header line, or the expressions it was inferred from.
    pub evidence: String,
}

impl PubDate {
    /// The reference for relative expressions: the day when known, else the middle of the month (or
    /// year), with the precision that says how far results can be trusted.
    pub fn reference(&self) -> Option<Reference> {
        let value = self.value.as_deref()?;
        if let Some(date) = Date::parse(value) {
            return Some(Reference {
                date,
                grain: Grain::Day,
            });
        }
        if let Some(date) = Date::parse(&format!("{value}-15")) {
            return Some(Reference {
                date,
                grain: Grain::Month,
            });
        }
        Date::parse(&format!("{value}-07-01")).map(|date| Reference {
            date,
            grain: Grain::Year,
        })
    }
}

/// The analysis of one article, as `dossier analyze` writes it and the web app shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AnalyzedArticle {
    /// The file stem.
    pub id: String,
    /// The file name.
    pub file: String,
    /// The headline, or the first sentence when there is no headline.
    pub title: String,
    /// Whether `title` is a real headline.
    pub has_headline: bool,
    /// The detected language.
    pub lang: Lang,
    /// The detector's confidence (0–1).
    pub lang_confidence: f64,
    /// The publication date.
    pub pub_date: PubDate,
    /// Number of words in the analysed text.
    pub word_count: usize,
    /// The whole article text; every offset refers to it.
    #[serde(skip)]
    pub text: String,
    /// The headline block, when there is one.
    #[serde(skip)]
    pub headline: Option<Block>,
    /// Subheadings and body paragraphs.
    pub paragraphs: Vec<Block>,
    /// Boilerplate lines, kept but not analysed.
    pub boilerplate: Vec<Boilerplate>,
    /// Entity mentions, in text order.
    pub entities: Vec<EntityMention>,
    /// Temporal expressions, in text order.
    pub timex: Vec<Timex>,
}

/// What the rest of the corpus tells about dates: the resolved day-precise dates its dated articles
/// mention, and the years they were published in. Used to infer missing publication dates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusEvidence {
    /// Day-precise values (`2020-02-11`) mentioned by dated articles.
    pub dates: Vec<String>,
    /// Publication years of dated articles.
    pub years: Vec<i32>,
}

impl CorpusEvidence {
    /// Collects the evidence of the articles whose publication date is known.
    pub fn from_articles(articles: &[AnalyzedArticle]) -> CorpusEvidence {
        let mut evidence = CorpusEvidence::default();
        for a in articles
            .iter()
            .filter(|a| a.pub_date.source != PubDateSource::Unknown)
        {
            if let Some(y) = a
                .pub_date
                .value
                .as_deref()
                .and_then(|v| v.get(0..4))
                .and_then(|y| y.parse().ok())
            {
                evidence.years.push(y);
            }
            evidence.dates.extend(
                a.timex
                    .iter()
                    .filter(|t| t.grain == Grain::Day)
                    .map(|t| t.value.clone()),
            );
        }
        evidence
    }
}

/// The publication date from the header, or inferred from the text and the corpus.
fn publication_date(article: &Article, lang: Lang, corpus: &CorpusEvidence) -> PubDate {
    if let Some(h) = &article.header {
        return PubDate {
            value: Some(h.value()),
            source: PubDateSource::Header,
            precision: if h.day.is_some() {
                Grain::Day
            } else {
                Grain::Month
            },
            evidence: format!("header on line 1: 'date {}'", h.value()),
        };
    }
    let blocks: Vec<pubdate::Block> = article
        .analysed_blocks()
        .map(|b| pubdate::Block { text: &b.text })
        .collect();
    match pubdate::infer(&blocks, lang, &corpus.dates, &corpus.years) {
        Some(found) => PubDate {
            value: Some(found.value),
            source: PubDateSource::Inferred,
            precision: found.precision,
            evidence: found.evidence,
        },
        None => PubDate {
            value: None,
            source: PubDateSource::Unknown,
            precision: Grain::None,
            evidence: "no header, and nothing in the text supports a date".to_string(),
        },
    }
}

/// Analyses a parsed article. `lang` overrides detection when given; `corpus` is what the other
/// articles tell about dates (empty for an article on its own).
pub fn analyze_article(
    article: &Article,
    lang: Option<Lang>,
    corpus: &CorpusEvidence,
) -> AnalyzedArticle {
    let analysed: String = article
        .analysed_blocks()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let detection = match lang {
        Some(lang) => Detection {
            lang,
            confidence: 1.0,
        },
        None => detect(&analysed),
    };
    let pub_date = publication_date(article, detection.lang, corpus);
    let reference = pub_date.reference();
    let mut entities = Vec::new();
    let mut timex = Vec::new();
    for block in article.analysed_blocks() {
        let found = extract(&block.text, detection.lang, reference);
        entities.extend(found.entities.into_iter().map(|mut e| {
            e.start += block.start;
            e.end += block.start;
            e
        }));
        timex.extend(found.timex.into_iter().map(|mut t| {
            t.start += block.start;
            t.end += block.start;
            t
        }));
    }
    AnalyzedArticle {
        id: article.id.clone(),
        file: article.file.clone(),
        title: article.title(),
        has_headline: article.headline.is_some(),
        lang: detection.lang,
        lang_confidence: detection.confidence,
        pub_date,
        word_count: article.word_count(),
        text: article.text.clone(),
        headline: article.headline.clone(),
        paragraphs: article.paragraphs.clone(),
        boilerplate: article.boilerplate.clone(),
        entities,
        timex,
    }
}

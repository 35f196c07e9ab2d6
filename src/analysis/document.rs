//! The analysis of one corpus article: its language, publication date, and the entities and temporal
//! expressions of its analysed blocks (boilerplate excluded), with offsets into the article text.

use super::calendar::Date;
use super::dates::Reference;
use super::extract;
use super::language::{detect, Detection, Lang};
use super::mention::{EntityMention, EntityType, Grain, Timex};
use super::pubdate;
use super::value::Period;
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
    /// The day or month it was published (written out `2020-01-14`, `2020-01`), or `None` when
    /// unknown.
    pub value: Option<Period>,
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
        let (date, grain) = match self.value? {
            Period::Day(date) => (date, Grain::Day),
            Period::Month { year, month } => (Date::new(year, month, 15)?, Grain::Month),
            other => (Date::new(other.year(), 7, 1)?, Grain::Year),
        };
        Some(Reference { date, grain })
    }

    /// The first and last day it may be (inclusive).
    pub fn span(&self) -> Option<(Date, Date)> {
        self.value?.span()
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
    /// The distinct entities, with counts and all their offsets.
    pub entity_index: Vec<EntityRecord>,
    /// Temporal expressions, in text order.
    pub timex: Vec<Timex>,
}

/// What the rest of the corpus tells about dates: the resolved day-precise dates its dated articles
/// mention, and the years they were published in. Used to infer missing publication dates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusEvidence {
    /// Days (`2020-02-11`) mentioned by dated articles.
    pub dates: std::collections::HashSet<Date>,
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
            if let Some(value) = a.pub_date.value {
                evidence.years.push(value.year());
            }
            evidence.dates.extend(
                a.timex
                    .iter()
                    .filter(|t| t.grain == Grain::Day)
                    .filter_map(|t| t.value.as_day()),
            );
        }
        evidence
    }
}

/// The publication date from the header, or inferred from the text and the corpus.
fn publication_date(article: &Article, lang: Lang, corpus: &CorpusEvidence) -> PubDate {
    if let Some(h) = &article.header {
        let value = match h.day {
            Some(day) => Date::new(h.year, h.month, day).map(Period::Day),
            None => Some(Period::Month {
                year: h.year,
                month: h.month,
            }),
        };
        return PubDate {
            value,
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
    let masked = analysed_text(article);
    let found = extract(&masked, detection.lang, reference);
    let entities = drop_unsupported_headline_names(article, found.entities);
    let timex = found.timex;
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
        entity_index: index_entities(&entities),
        entities,
        timex,
    }
}

/// The article text with what is not analysed (the header, boilerplate) blanked out byte for byte, so
/// offsets stay those of the article text and paragraphs stay apart.
fn analysed_text(article: &Article) -> String {
    mask(
        &article.text,
        article.analysed_blocks().map(|b| (b.start, b.end)),
    )
}

impl AnalyzedArticle {
    /// The `(start, end)` spans of the analysed blocks: the headline, then the paragraphs.
    pub fn block_spans(&self) -> Vec<(usize, usize)> {
        self.headline
            .iter()
            .chain(self.paragraphs.iter())
            .map(|b| (b.start, b.end))
            .collect()
    }

    /// The analysed text: the article text with the header and boilerplate blanked out byte for byte.
    pub fn analysed_text(&self) -> String {
        mask(
            &self.text,
            self.headline
                .iter()
                .chain(self.paragraphs.iter())
                .map(|b| (b.start, b.end)),
        )
    }
}

/// `text` with every byte outside the given spans (line breaks excepted) replaced by a space.
fn mask(text: &str, spans: impl Iterator<Item = (usize, usize)>) -> String {
    let mut keep = vec![false; text.len()];
    for (start, end) in spans {
        keep[start..end].iter_mut().for_each(|k| *k = true);
    }
    let bytes: Vec<u8> = text
        .bytes()
        .zip(keep)
        .map(|(b, k)| if k || b == b'\n' { b } else { b' ' })
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}

/// English headlines are in title case, so capitals there are no evidence of a name: a name found only
/// in the headline is kept when the gazetteer or the body supports it.
fn drop_unsupported_headline_names(
    article: &Article,
    mentions: Vec<EntityMention>,
) -> Vec<EntityMention> {
    let Some(h) = &article.headline else {
        return mentions;
    };
    let in_headline = |m: &EntityMention| m.start >= h.start && m.end <= h.end;
    let body: std::collections::HashSet<String> = mentions
        .iter()
        .filter(|m| !in_headline(m))
        .map(|m| m.canonical.clone())
        .collect();
    mentions
        .into_iter()
        .filter(|m| {
            !in_headline(m)
                || matches!(m.kind, EntityType::Money | EntityType::Percent)
                || m.canonical != m.text
                || body.contains(&m.canonical)
        })
        .collect()
}

/// One entity of an article: its identity, type, how often it is mentioned, how it is written, where.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityRecord {
    /// The canonical name.
    pub canonical: String,
    /// The type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Number of mentions.
    pub count: usize,
    /// The distinct ways it is written.
    pub forms: Vec<String>,
    /// Every mention's `[start, end)` byte offsets.
    pub spans: Vec<[usize; 2]>,
}

/// The distinct entities of a list of mentions, most mentioned first.
pub fn index_entities(mentions: &[EntityMention]) -> Vec<EntityRecord> {
    let mut records: Vec<EntityRecord> = Vec::new();
    // Each identity's record, by canonical name and type: one hash look-up per mention.
    let mut slot: std::collections::HashMap<(&str, EntityType), usize> =
        std::collections::HashMap::new();
    for m in mentions {
        match slot.get(&(m.canonical.as_str(), m.kind)) {
            Some(&i) => {
                let r = &mut records[i];
                r.count += 1;
                r.spans.push([m.start, m.end]);
                if !r.forms.contains(&m.text) {
                    r.forms.push(m.text.clone());
                }
            }
            None => {
                slot.insert((m.canonical.as_str(), m.kind), records.len());
                records.push(EntityRecord {
                    canonical: m.canonical.clone(),
                    kind: m.kind,
                    count: 1,
                    forms: vec![m.text.clone()],
                    spans: vec![[m.start, m.end]],
                });
            }
        }
    }
    records.sort_by(|a, b| b.count.cmp(&a.count).then(a.canonical.cmp(&b.canonical)));
    records
}

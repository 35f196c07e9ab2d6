//! The analysis of one corpus article: its language, publication date, and the entities and temporal
//! expressions of its analysed blocks (boilerplate excluded), with offsets into the article text.

use super::calendar::Date;
use super::dates::Reference;
use super::entities::corpus::ArticleCues;
use super::language::{detect, Detection, Lang};
use super::lexicon::{lexicon, Phrases};
use super::mention::{EntityMention, EntityType, Grain, Timex};
use super::pubdate;
use super::text::tokens::tokenize;
use super::value::Period;
use super::{dates, entities};
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
        Reference::of_period(self.value?)
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
    /// The whole article text, shared with the source file; every offset refers to it.
    #[serde(skip)]
    pub text: std::sync::Arc<str>,
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

/// What the rest of the corpus tells about dates: what each article whose publication date is known
/// tells ([`pubdate::DatedArticle`]: its year, names, days and dated events). Used to infer missing
/// publication dates, from the articles of the same story only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CorpusEvidence {
    /// The dated articles, in corpus order, indexed by name and day.
    pub dates: pubdate::CorpusDates,
}

impl CorpusEvidence {
    /// Collects the evidence of the articles whose publication date is known.
    pub fn from_articles<'a>(
        articles: impl IntoIterator<Item = &'a AnalyzedArticle>,
    ) -> CorpusEvidence {
        let articles = articles
            .into_iter()
            .filter(|a| a.pub_date.source != PubDateSource::Unknown)
            .filter_map(|a| {
                let year = a.pub_date.value?.year();
                Some(pubdate::DatedArticle::new(
                    year,
                    &a.text,
                    &a.block_spans(),
                    a.lang,
                    &a.timex,
                    &a.entities,
                ))
            })
            .collect();
        CorpusEvidence {
            dates: pubdate::CorpusDates::new(articles),
        }
    }
}

/// The publication date from the header, or inferred from the text and the corpus.
fn publication_date(
    article: &Article,
    phrases: &Phrases,
    lang: Lang,
    corpus: &CorpusEvidence,
    entities: &[EntityMention],
) -> PubDate {
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
        .map(|b| pubdate::Block {
            text: &b.text,
            start: b.start,
        })
        .collect();
    match pubdate::infer(&blocks, phrases, lang, entities, &corpus.dates) {
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

/// Analyses a parsed article on its own: [`analyse`] with its entity index. `lang` overrides
/// detection when given; `corpus` is what the other articles tell about dates (empty for an article
/// on its own).
pub fn analyze_article(
    article: Article,
    lang: Option<Lang>,
    corpus: &CorpusEvidence,
) -> AnalyzedArticle {
    let mut analysed = analyse(article, lang, corpus).article;
    analysed.entity_index = index_entities(&analysed.entities);
    analysed
}

/// One article analysed in one pass, and what the corpus-wide identities need from it.
pub struct Analysis {
    /// The analysis (its entity index left empty: the corpus builds it once the identities are
    /// settled).
    pub article: AnalyzedArticle,
    /// The words and sentence starts the identities need.
    pub cues: ArticleCues,
}

/// Analyses a parsed article in one pass: the analysed text (header and boilerplate blanked out) made
/// once, read once (tokens looked up once in the language's lexicon), and shared by language
/// detection, the temporal tagger, the entity recogniser and the identities' cues. The article text
/// is shared, and the blocks moved, not copied.
pub fn analyse(article: Article, lang: Option<Lang>, corpus: &CorpusEvidence) -> Analysis {
    let spans: Vec<(usize, usize)> = article
        .analysed_blocks()
        .map(|b| (b.start, b.end))
        .collect();
    let masked = mask(&article.text, spans.iter().copied());
    let detection = match lang {
        Some(lang) => Detection {
            lang,
            confidence: 1.0,
        },
        // The analysed text's words are the blocks' words, in order: detection reads them there.
        None => detect(&masked),
    };
    let tokens = tokenize(&masked);
    let phrases = Phrases::new(lexicon(detection.lang), &tokens);
    // Entities do not depend on the publication date; an undated article's tell its story.
    let entities = entities::extract_in(&masked, &phrases, detection.lang);
    let entities = drop_unsupported_headline_names(&article, entities);
    let pub_date = publication_date(&article, &phrases, detection.lang, corpus, &entities);
    let mut timex = dates::extract_in(&masked, &phrases, detection.lang, pub_date.reference());
    super::drop_dates_in_names(&mut timex, &entities, &phrases);
    let left_out = gaps(article.text.len(), &spans).map(|(s, e)| &article.text[s..e]);
    let cues = ArticleCues::gather(&masked, &tokens, left_out);
    let analysed = AnalyzedArticle {
        title: article.title(),
        has_headline: article.headline.is_some(),
        lang: detection.lang,
        lang_confidence: detection.confidence,
        pub_date,
        word_count: article.word_count(),
        id: article.id,
        file: article.file,
        text: article.text,
        headline: article.headline,
        paragraphs: article.paragraphs,
        boilerplate: article.boilerplate,
        entity_index: Vec::new(),
        entities,
        timex,
    };
    Analysis {
        article: analysed,
        cues,
    }
}

/// The stretches of a text of `len` bytes outside the (sorted, disjoint) `spans`.
fn gaps(len: usize, spans: &[(usize, usize)]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let ends = std::iter::once(0).chain(spans.iter().map(|(_, e)| *e));
    let starts = spans.iter().map(|(s, _)| *s).chain(std::iter::once(len));
    ends.zip(starts).filter(|(s, e)| s < e)
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

/// The distinct entities of a list of mentions, most mentioned first (then by canonical name, then in
/// order of first mention).
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
    crate::sort::sort_by(&mut records, |a, b| {
        b.count.cmp(&a.count).then(a.canonical.cmp(&b.canonical))
    });
    records
}

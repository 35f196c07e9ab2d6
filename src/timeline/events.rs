//! Timeline events: one per date or time expression the analysis found, one per publication date.

use crate::analysis::calendar::Date;
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::language::Lang;
use crate::analysis::mention::{EntityType, Grain, TimexType};
use crate::analysis::sentences;
use serde::Serialize;

/// One dated (or undatable) fact of one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// Stable id: the article id and the expression's offset (`000_…@1088`), or `000_…@pub`.
    pub id: String,
    /// Index of the article in the corpus.
    pub article: usize,
    /// The article's id.
    pub article_id: String,
    /// The article's language.
    pub lang: Lang,
    /// The expression as written (the date itself for a publication date).
    pub text: String,
    /// The TIMEX3 value.
    pub value: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The precision.
    pub grain: Grain,
    /// First and last day covered; `None` for durations, sets and references, which are listed but not
    /// placed on the axis.
    pub span: Option<(Date, Date)>,
    /// How the value was resolved.
    pub anchor: String,
    /// The sentence around the expression.
    pub sentence: String,
    /// Where the expression sits in the sentence (byte offsets).
    pub in_sentence: (usize, usize),
    /// Offset of the sentence in the article text.
    pub sentence_start: usize,
    /// Canonical names of the entities in the sentence and the one before it.
    pub entities: Vec<String>,
    /// Canonical names of the entities in the whole paragraph.
    #[serde(skip)]
    pub paragraph_entities: Vec<String>,
    /// Whether this is the article's publication date.
    pub publication: bool,
    /// The sentence, the expression and the value in lower case, for the search.
    pub search_text: String,
}

/// All events of a corpus, in article order then text order.
#[cfg(test)]
pub fn corpus_events(articles: &[AnalyzedArticle]) -> Vec<Event> {
    articles
        .iter()
        .enumerate()
        .flat_map(|(a, article)| article_events(a, article))
        .collect()
}

/// The canonical names of the entities (percentages aside) inside `[start, end)`, sorted, once each.
fn names_between(article: &AnalyzedArticle, start: usize, end: usize) -> Vec<String> {
    let mut names: Vec<String> = article
        .entities
        .iter()
        .filter(|e| e.start >= start && e.end <= end && !matches!(e.kind, EntityType::Percent))
        .map(|e| e.canonical.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The events of article number `a` of a corpus, in text order: its publication date first.
pub fn article_events(a: usize, article: &AnalyzedArticle) -> Vec<Event> {
    let mut events = Vec::new();
    let blocks = article.block_spans();
    if let Some(value) = &article.pub_date.value {
        events.push(Event {
            id: format!("{}@pub", article.id),
            article: a,
            article_id: article.id.clone(),
            lang: article.lang,
            text: value.to_string(),
            value: value.to_string(),
            kind: TimexType::Date,
            grain: article.pub_date.precision,
            span: value.span(),
            anchor: format!(
                "publication date ({:?}): {}",
                article.pub_date.source, article.pub_date.evidence
            )
            .to_lowercase(),
            sentence: article.title.clone(),
            in_sentence: (0, 0),
            sentence_start: 0,
            entities: Vec::new(),
            paragraph_entities: Vec::new(),
            publication: true,
            search_text: String::new(),
        });
    }
    for t in &article.timex {
        let Some(&(bs, be)) = blocks.iter().find(|(s, e)| t.start >= *s && t.end <= *e) else {
            continue;
        };
        let (ss, se) = sentences::around(&article.text, bs, be, t.start);
        let (ps, _) = sentences::before(&article.text, bs, be, ss);
        let entities = names_between(article, ps, se);
        let paragraph_entities = names_between(article, bs, be);
        events.push(Event {
            id: format!("{}@{}", article.id, t.start),
            article: a,
            article_id: article.id.clone(),
            lang: article.lang,
            text: t.text.clone(),
            value: t.value.to_string(),
            kind: t.kind,
            grain: t.grain,
            span: if matches!(t.kind, TimexType::Date | TimexType::Time) {
                t.value.span()
            } else {
                None
            },
            anchor: t.anchor.clone(),
            sentence: article.text[ss..se].to_string(),
            in_sentence: (t.start - ss, t.end - ss),
            sentence_start: ss,
            entities,
            paragraph_entities,
            publication: false,
            search_text: String::new(),
        });
    }
    for e in &mut events {
        e.search_text = format!("{}\n{}\n{}", e.sentence, e.text, e.value).to_lowercase();
    }
    events
}

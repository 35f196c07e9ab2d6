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
    /// The value in words, as the page shows it (`18 hours`, `in the past`): [`super::words::value_words`].
    #[serde(skip)]
    pub words: String,
    /// `START`, `MID`, `END` or `APPROX` where the text gives one (`eind maart` is `2022-03`, `END`).
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The precision.
    pub grain: Grain,
    /// First and last day covered (the part a `START`, `MID` or `END` modifier names: see [`part_of`]);
    /// `None` for durations, sets and references, which are listed but not placed on the axis.
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

/// The part of a span a modifier names: `START` its first third, `MID` its middle third, `END` its last
/// third (`eind maart` → 21–31 March); the whole span otherwise. Spans
/// under nine days are kept whole.
pub fn part_of((start, end): (Date, Date), modifier: Option<&str>) -> (Date, Date) {
    let days = start.days_until(end) + 1;
    if days < 9 {
        return (start, end);
    }
    let third = days / 3;
    match modifier {
        Some("START") => (start, start.add_days(third - 1)),
        Some("MID") => (start.add_days(third), end.add_days(-third)),
        Some("END") => (end.add_days(-(third - 1) - (days % 3)), end),
        _ => (start, end),
    }
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

/// A block of an article with its sentences and the names it mentions, worked out once for all the
/// expressions in it.
struct Block {
    span: (usize, usize),
    sentences: Vec<(usize, usize)>,
    names: Vec<String>,
}

/// An article's entity mentions by start, so that those inside a span are a binary search away.
struct MentionsByStart<'a> {
    article: &'a AnalyzedArticle,
    /// (start, index into `article.entities`), sorted.
    starts: Vec<(usize, usize)>,
}

impl<'a> MentionsByStart<'a> {
    fn new(article: &'a AnalyzedArticle) -> MentionsByStart<'a> {
        let mut starts: Vec<(usize, usize)> = article
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.start, i))
            .collect();
        crate::sort::sort(&mut starts);
        MentionsByStart { article, starts }
    }

    /// The canonical names of the entities (percentages aside) inside `[start, end)`, sorted, once each.
    fn names_between(&self, start: usize, end: usize) -> Vec<String> {
        let from = self.starts.partition_point(|&(s, _)| s < start);
        let mut names: Vec<String> = self.starts[from..]
            .iter()
            .take_while(|&&(s, _)| s < end)
            .map(|&(_, i)| &self.article.entities[i])
            .filter(|e| e.end <= end && !matches!(e.kind, EntityType::Percent))
            .map(|e| e.canonical.clone())
            .collect();
        crate::sort::sort(&mut names);
        names.dedup();
        names
    }
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
            words: super::words::period_words(*value),
            modifier: None,
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
    // Blocks never overlap: sorted by start, the one holding an expression is a binary search away.
    // The sentences and names of a block are worked out once, for all its expressions.
    let mut blocks = blocks;
    crate::sort::sort(&mut blocks);
    let mentions = MentionsByStart::new(article);
    let mut block: Option<Block> = None;
    for t in &article.timex {
        let k = blocks.partition_point(|&(s, _)| s <= t.start);
        let Some(&(bs, be)) = k
            .checked_sub(1)
            .map(|k| &blocks[k])
            .filter(|(s, e)| t.start >= *s && t.end <= *e)
        else {
            continue;
        };
        if block.as_ref().is_none_or(|b| b.span != (bs, be)) {
            block = Some(Block {
                span: (bs, be),
                sentences: sentences::spans(&article.text, bs, be),
                names: mentions.names_between(bs, be),
            });
        }
        let b = block.as_ref().expect("just set");
        let (ss, se) = sentences::around_in(&b.sentences, bs, be, t.start);
        let (ps, _) = sentences::before_in(&b.sentences, bs, be, ss);
        let entities = mentions.names_between(ps, se);
        let paragraph_entities = b.names.clone();
        events.push(Event {
            id: format!("{}@{}", article.id, t.start),
            article: a,
            article_id: article.id.clone(),
            lang: article.lang,
            text: t.text.clone(),
            value: t.value.to_string(),
            words: super::words::value_words(&t.value),
            modifier: t.modifier,
            kind: t.kind,
            grain: t.grain,
            span: if matches!(t.kind, TimexType::Date | TimexType::Time) {
                t.value.span().map(|span| part_of(span, t.modifier))
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

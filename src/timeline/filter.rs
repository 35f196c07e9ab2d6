//! The timeline's filters, all combinable: text (sentence, entity names and their names in every
//! language), entities, languages, articles, expression types, precisions, a date range, and the
//! articles the reader has hidden.
//!
//! An entity filter looks at an event's sentence (and the one before it) when some dated sentence of the
//! corpus names the entity ([`Scope::Sentence`]); an entity that only undated sentences name filters by
//! article instead ([`Scope::Article`]): the events of the articles that name it.

use super::build::Timeline;
use super::events::Event;
#[cfg(test)]
use super::merge::Card;
use crate::analysis::calendar::Date;
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::language::Lang;
use crate::analysis::mention::{EntityType, Grain, TimexType};
use std::collections::{BTreeSet, HashMap, HashSet};

/// What the reader has narrowed the timeline to. Empty sets mean "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free text.
    pub query: String,
    /// Canonical entity names (an event must mention all of them; see [`Scope`]).
    pub entities: BTreeSet<String>,
    /// Languages.
    pub langs: BTreeSet<Lang>,
    /// Article ids.
    pub articles: BTreeSet<String>,
    /// Expression types.
    pub types: BTreeSet<TimexType>,
    /// Precisions.
    pub grains: BTreeSet<Grain>,
    /// Earliest date (inclusive).
    pub from: Option<Date>,
    /// Latest date (inclusive).
    pub to: Option<Date>,
    /// Ids of articles hidden from every view. Not a filter the reader clears with the others:
    /// [`Filters::is_empty`] and [`Filters::cleared`] leave it alone.
    pub hidden: BTreeSet<String>,
}

impl Filters {
    /// Whether no filter is set (hidden articles aside).
    pub fn is_empty(&self) -> bool {
        *self == self.cleared()
    }

    /// No filter, the same hidden articles.
    pub fn cleared(&self) -> Filters {
        Filters {
            hidden: self.hidden.clone(),
            ..Filters::default()
        }
    }

    /// How many filters are set (each entity, language, type and precision counts once; hidden articles
    /// do not count).
    pub fn count(&self) -> usize {
        usize::from(!self.query.trim().is_empty())
            + self.entities.len()
            + self.langs.len()
            + self.articles.len()
            + self.types.len()
            + self.grains.len()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
    }
}

/// What is wrong with a date range, for the message next to From and To: `None` when it can hold a
/// date; when From is after To, says so with both dates in words (`From (12 March 2022) is after To
/// (1 March 2022): no date is in that range, so no event is shown. Swap them or change one.`).
pub fn range_problem(from: Option<Date>, to: Option<Date>) -> Option<String> {
    let (from, to) = (from?, to?);
    let day = |d: Date| {
        super::words::value_words(&crate::analysis::value::Value::Period(
            crate::analysis::value::Period::Day(d),
        ))
    };
    (from > to).then(|| {
        format!(
            "From ({}) is after To ({}): no date is in that range, so no event is shown. Swap them or change one.",
            day(from),
            day(to)
        )
    })
}

/// Every name an entity goes by in the corpus, lower case: its canonical name and each form it is
/// written in, in every language ("pentagon", "pentagone", "ministerie van defensie", …).
pub fn entity_names(articles: &[AnalyzedArticle]) -> HashMap<String, Vec<String>> {
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for record in articles.iter().flat_map(|a| a.entity_index.iter()) {
        let entry = names.entry(record.canonical.clone()).or_default();
        for name in std::iter::once(&record.canonical).chain(record.forms.iter()) {
            let lower = name.to_lowercase();
            if !entry.contains(&lower) {
                entry.push(lower);
            }
        }
    }
    names
}

/// Whether one event passes the filters. To test many events, make one [`Matcher`].
#[cfg(test)]
pub fn event_matches(event: &Event, filters: &Filters, timeline: &Timeline) -> bool {
    Matcher::new(filters, timeline).matches(event)
}

/// The filters made ready to test many events: the query lower-cased once, the entities one of whose
/// names contains it found once, and the article of each article-scoped entity looked up once.
#[derive(Clone, Debug)]
pub struct Matcher<'a> {
    filters: &'a Filters,
    query: String,
    /// Canonical names of the entities one of whose names contains the query.
    named: HashSet<&'a str>,
    /// The chosen entities that filter by sentence.
    in_sentence: Vec<&'a str>,
    /// For each chosen entity that filters by article, the articles that name it (sorted).
    in_article: Vec<&'a [usize]>,
}

impl<'a> Matcher<'a> {
    /// Prepares the filters for the events of this timeline.
    pub fn new(filters: &'a Filters, timeline: &'a Timeline) -> Matcher<'a> {
        let query = filters.query.trim().to_lowercase();
        let named = if query.is_empty() {
            Default::default()
        } else {
            timeline
                .names
                .iter()
                .filter(|(_, all)| all.iter().any(|n| n.contains(&query)))
                .map(|(canonical, _)| canonical.as_str())
                .collect()
        };
        let mut in_sentence = Vec::new();
        let mut in_article = Vec::new();
        for e in &filters.entities {
            match timeline.article_scoped.get(e) {
                Some(articles) => in_article.push(articles.as_slice()),
                None => in_sentence.push(e.as_str()),
            }
        }
        Matcher {
            filters,
            query,
            named,
            in_sentence,
            in_article,
        }
    }

    /// Whether one event passes the filters.
    pub fn matches(&self, event: &Event) -> bool {
        let filters = self.filters;
        if !filters.hidden.is_empty() && filters.hidden.contains(&event.article_id) {
            return false;
        }
        if !filters.langs.is_empty() && !filters.langs.contains(&event.lang) {
            return false;
        }
        if !filters.articles.is_empty() && !filters.articles.contains(&event.article_id) {
            return false;
        }
        if !filters.types.is_empty() && !filters.types.contains(&event.kind) {
            return false;
        }
        if !filters.grains.is_empty() && !filters.grains.contains(&event.grain) {
            return false;
        }
        if !self
            .in_sentence
            .iter()
            .all(|e| event.entities.iter().any(|n| n == e))
        {
            return false;
        }
        if !self
            .in_article
            .iter()
            .all(|articles| articles.binary_search(&event.article).is_ok())
        {
            return false;
        }
        if filters.from.is_some() || filters.to.is_some() {
            let Some((start, end)) = event.span else {
                return false;
            };
            if filters.from.is_some_and(|f| end < f) || filters.to.is_some_and(|t| start > t) {
                return false;
            }
            // A backwards range holds no date (and says so: [`range_problem`]), even for events
            // long enough to reach past both ends.
            if range_problem(filters.from, filters.to).is_some() {
                return false;
            }
        }
        self.query.is_empty()
            || event.search_text.contains(&self.query)
            || event
                .entities
                .iter()
                .any(|canonical| self.named.contains(canonical.as_str()))
    }
}

/// The indices of the cards that pass: a card passes when any of its events does.
pub fn visible_indices(timeline: &Timeline, filters: &Filters) -> Vec<usize> {
    let matcher = Matcher::new(filters, timeline);
    let (cards, events) = (&timeline.cards, &timeline.events);
    (0..cards.len())
        .filter(|&c| cards[c].events.iter().any(|&i| matcher.matches(&events[i])))
        .collect()
}

/// The cards that pass: a card passes when any of its events does.
#[cfg(test)]
pub fn visible_cards<'a>(timeline: &'a Timeline, filters: &Filters) -> Vec<&'a Card> {
    visible_indices(timeline, filters)
        .into_iter()
        .map(|c| &timeline.cards[c])
        .collect()
}

/// How an entity filters events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// By the entities of each event's sentence (and the sentence before it).
    Sentence,
    /// By article: no dated sentence names the entity, so the events of the articles that name it.
    Article,
}

/// An entity of the facet: its canonical name, its type and how many events it filters to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityCount {
    /// The canonical name.
    pub canonical: String,
    /// The type (one per identity across the corpus).
    pub kind: EntityType,
    /// Number of events it filters to ([`Scope`]).
    pub events: usize,
    /// Number of articles that name it.
    pub articles: usize,
    /// Number of its mentions in the corpus.
    pub mentions: usize,
    /// Whether it filters by sentence or by article.
    pub scope: Scope,
}

/// The facet: every entity of the corpus (percentages aside: they are amounts, compared as claims),
/// named by the most articles first, then the most mentioned, then by name ([`facet_order`]); and, for the entities no dated sentence names, the articles that
/// name them (sorted indices), by canonical name. Counted once per corpus.
pub fn entity_counts(
    articles: &[AnalyzedArticle],
    events: &[Event],
) -> (Vec<EntityCount>, HashMap<String, Vec<usize>>) {
    let mut in_sentences: HashMap<&str, usize> = HashMap::new();
    let mut per_article = vec![0usize; articles.len()];
    for e in events {
        if let Some(n) = per_article.get_mut(e.article) {
            *n += 1;
        }
        for c in &e.entities {
            *in_sentences.entry(c.as_str()).or_insert(0) += 1;
        }
    }
    let mut naming: HashMap<&str, (EntityType, Vec<usize>, usize)> = HashMap::new();
    for (a, article) in articles.iter().enumerate() {
        for r in &article.entity_index {
            if r.kind == EntityType::Percent {
                continue;
            }
            let entry = naming
                .entry(r.canonical.as_str())
                .or_insert((r.kind, Vec::new(), 0));
            if entry.1.last() != Some(&a) {
                entry.1.push(a);
            }
            entry.2 += r.count;
        }
    }
    let mut article_scoped = HashMap::new();
    let mut list: Vec<EntityCount> = naming
        .into_iter()
        .map(|(c, (kind, named_in, mentions))| {
            let (events, scope) = match in_sentences.get(c) {
                Some(&n) => (n, Scope::Sentence),
                None => (
                    named_in.iter().map(|&a| per_article[a]).sum(),
                    Scope::Article,
                ),
            };
            let count = EntityCount {
                canonical: c.to_string(),
                kind,
                events,
                articles: named_in.len(),
                mentions,
                scope,
            };
            if scope == Scope::Article {
                article_scoped.insert(c.to_string(), named_in);
            }
            count
        })
        .collect();
    crate::sort::sort_by(&mut list, facet_order);
    (list, article_scoped)
}

/// The facet's order: named by more articles first, then more mentions, then by canonical name. Not by
/// events: an entity that filters by article counts every event of the articles naming it, so one long
/// article's one-off names would lead each group.
pub fn facet_order(a: &EntityCount, b: &EntityCount) -> std::cmp::Ordering {
    b.articles
        .cmp(&a.articles)
        .then(b.mentions.cmp(&a.mentions))
        .then(a.canonical.cmp(&b.canonical))
}

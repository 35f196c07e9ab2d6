//! The timeline's filters, all combinable: text (sentence, entity names and their names in every
//! language), entities, languages, articles, expression types, precisions and a date range.

use super::events::Event;
use super::merge::Card;
use crate::analysis::calendar::Date;
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::language::Lang;
use crate::analysis::mention::{EntityType, Grain, TimexType};
use std::collections::{BTreeSet, HashMap};

/// What the reader has narrowed the timeline to. Empty sets mean "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free text.
    pub query: String,
    /// Canonical entity names (an event must mention all of them).
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
}

impl Filters {
    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
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
pub fn event_matches(
    event: &Event,
    filters: &Filters,
    names: &HashMap<String, Vec<String>>,
) -> bool {
    Matcher::new(filters, names).matches(event)
}

/// The filters made ready to test many events: the query lower-cased once, and the entities one of
/// whose names contains it found once.
#[derive(Clone, Debug)]
pub struct Matcher<'a> {
    filters: &'a Filters,
    query: String,
    /// Canonical names of the entities one of whose names contains the query.
    named: std::collections::HashSet<&'a str>,
}

impl<'a> Matcher<'a> {
    /// Prepares the filters; `names` are every name of every entity in lower case, by canonical name.
    pub fn new(filters: &'a Filters, names: &'a HashMap<String, Vec<String>>) -> Matcher<'a> {
        let query = filters.query.trim().to_lowercase();
        let named = if query.is_empty() {
            Default::default()
        } else {
            names
                .iter()
                .filter(|(_, all)| all.iter().any(|n| n.contains(&query)))
                .map(|(canonical, _)| canonical.as_str())
                .collect()
        };
        Matcher {
            filters,
            query,
            named,
        }
    }

    /// Whether one event passes the filters.
    pub fn matches(&self, event: &Event) -> bool {
        let filters = self.filters;
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
        if !filters.entities.iter().all(|e| event.entities.contains(e)) {
            return false;
        }
        if filters.from.is_some() || filters.to.is_some() {
            let Some((start, end)) = event.span else {
                return false;
            };
            if filters.from.is_some_and(|f| end < f) || filters.to.is_some_and(|t| start > t) {
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
pub fn visible_indices(
    cards: &[Card],
    events: &[Event],
    filters: &Filters,
    names: &HashMap<String, Vec<String>>,
) -> Vec<usize> {
    let matcher = Matcher::new(filters, names);
    (0..cards.len())
        .filter(|&c| cards[c].events.iter().any(|&i| matcher.matches(&events[i])))
        .collect()
}

/// The cards that pass: a card passes when any of its events does.
#[cfg(test)]
pub fn visible_cards<'a>(
    cards: &'a [Card],
    events: &[Event],
    filters: &Filters,
    names: &HashMap<String, Vec<String>>,
) -> Vec<&'a Card> {
    visible_indices(cards, events, filters, names)
        .into_iter()
        .map(|c| &cards[c])
        .collect()
}

/// An entity of the facet: its canonical name, its type and how many events mention it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityCount {
    /// The canonical name.
    pub canonical: String,
    /// The type (from the article that mentions it).
    pub kind: EntityType,
    /// Number of events whose sentence mentions it.
    pub events: usize,
}

/// The entities of the facet, most mentioned first, then by name. Counted once per corpus.
pub fn entity_counts(articles: &[AnalyzedArticle], events: &[Event]) -> Vec<EntityCount> {
    let kinds: Vec<HashMap<&str, EntityType>> = articles
        .iter()
        .map(|a| {
            a.entity_index
                .iter()
                .map(|r| (r.canonical.as_str(), r.kind))
                .collect()
        })
        .collect();
    let mut counts: HashMap<&str, (EntityType, usize)> = HashMap::new();
    for e in events {
        for c in &e.entities {
            let kind = kinds
                .get(e.article)
                .and_then(|k| k.get(c.as_str()).copied())
                .unwrap_or(EntityType::Misc);
            counts.entry(c.as_str()).or_insert((kind, 0)).1 += 1;
        }
    }
    let mut list: Vec<EntityCount> = counts
        .into_iter()
        .map(|(c, (kind, events))| EntityCount {
            canonical: c.to_string(),
            kind,
            events,
        })
        .collect();
    list.sort_by(|a, b| b.events.cmp(&a.events).then(a.canonical.cmp(&b.canonical)));
    list
}

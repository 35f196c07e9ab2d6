//! Merging: expressions from different articles that denote the same date (the same value and modifier:
//! a day with the same day, a month with the same month) and that speak of the same entities become one
//! event card "reported by N articles". Nothing merges through a coarser expression: `lundi` (13 January)
//! and `24 janvier` stay apart even when both articles also say `janvier`. A coarser expression that
//! contains a card's date and shares its entities (`eind januari` beside `24 janvier`) is the card's
//! *related* expression, listed apart from its sources ([`RelatedSweep`]).

use super::events::Event;
use crate::analysis::calendar::Date;
use crate::analysis::language::Lang;
use serde::Serialize;
use std::collections::HashMap;

/// One card on the timeline: one event, or several that report the same fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    /// Indices into the events, in article order then text order (they share one value).
    pub events: Vec<usize>,
    /// The distinct articles that report it.
    pub articles: Vec<usize>,
    /// Their languages, in order of first appearance.
    pub langs: Vec<Lang>,
    /// Coarser expressions (indices into the events) that contain the card's date and share an entity
    /// with its sentences, at most [`MAX_RELATED`], widest last. Never merged into the card.
    pub related: Vec<usize>,
}

/// The most related expressions a card lists.
pub const MAX_RELATED: usize = 6;

impl Card {
    /// The card's main event (its first source).
    pub fn lead<'a>(&self, events: &'a [Event]) -> &'a Event {
        &events[self.events[0]]
    }
}

/// Groups events into cards, ordered by date (undated ones last, in text order), each with its related
/// expressions.
#[cfg(test)]
pub fn cards(events: &[Event]) -> Vec<Card> {
    let mut cards = CardSweep::new(events).cards(events);
    let mut related = RelatedSweep::new(&cards, events);
    while related.step(&mut cards, events) {}
    cards
}

/// Whether two events report the same fact, as [`CardSweep`] decides it pair by pair (for tests that
/// check the sweep against every pair): placed events of different articles, neither a publication date,
/// with the same value and modifier, whose sentences share an entity, or, for a single day, whose
/// paragraphs do.
#[cfg(test)]
pub fn same_fact(a: &Event, b: &Event) -> bool {
    let placed = |e: &Event| e.span.is_some() && !e.publication;
    let single_day = |e: &Event| e.span.is_some_and(|(s, t)| s == t);
    let share = |x: &[String], y: &[String]| x.iter().any(|n| y.contains(n));
    placed(a)
        && placed(b)
        && a.article != b.article
        && (a.value.as_str(), a.modifier) == (b.value.as_str(), b.modifier)
        && (share(&a.entities, &b.entities)
            || single_day(a)
                && single_day(b)
                && share(&a.paragraph_entities, &b.paragraph_entities))
}

/// The key under which events may merge: their value and modifier.
type DateKey<'a> = (&'a str, Option<&'static str>);

/// What is known about one entity among the events of one date so far.
#[derive(Clone, Debug)]
enum Seen {
    /// Only events of this one article name it (they cannot merge with each other).
    OneArticle(usize, Vec<usize>),
    /// Events of several articles name it; they are all in the card of this event.
    Joined(usize),
}

/// The grouping of events into cards, one event at a time so that a page stays responsive. Events are
/// grouped by value and modifier; within a date, two events of different articles that share an entity
/// join one card. Per date and entity only the first articles' events are remembered, so the work is
/// linear in the number of (event, entity) pairs, however many articles report a date.
#[derive(Clone, Debug)]
pub struct CardSweep {
    /// Union-find over the events: each event's representative.
    parent: Vec<usize>,
    /// The placed events, in index order.
    placed: Vec<usize>,
    /// The next position in `placed`.
    next: usize,
    /// Per date key and entity (sentence entities, then paragraph entities of single days, marked by
    /// the flag): what the events so far say.
    seen: HashMap<(String, Option<&'static str>, bool, String), Seen>,
}

fn root(parent: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while parent[r] != r {
        r = parent[r];
    }
    let mut j = i;
    while parent[j] != r {
        let up = parent[j];
        parent[j] = r;
        j = up;
    }
    r
}

fn join(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (root(parent, a), root(parent, b));
    parent[ra.max(rb)] = ra.min(rb);
}

impl CardSweep {
    /// Prepares the sweep over these events.
    pub fn new(events: &[Event]) -> CardSweep {
        CardSweep {
            parent: (0..events.len()).collect(),
            placed: (0..events.len())
                .filter(|&i| events[i].span.is_some() && !events[i].publication)
                .collect(),
            next: 0,
            seen: HashMap::new(),
        }
    }

    /// Files the next event under its date and entities; `false` when every event is done.
    pub fn step(&mut self, events: &[Event]) -> bool {
        let Some(&i) = self.placed.get(self.next) else {
            return false;
        };
        self.next += 1;
        let e = &events[i];
        let key: DateKey = (&e.value, e.modifier);
        let single_day = e.span.is_some_and(|(s, t)| s == t);
        let paragraph = single_day.then_some(&e.paragraph_entities);
        let named = e
            .entities
            .iter()
            .map(|n| (false, n))
            .chain(paragraph.into_iter().flatten().map(|n| (true, n)));
        for (in_paragraph, name) in named {
            let slot = (key.0.to_string(), key.1, in_paragraph, name.clone());
            let replace = match self.seen.get_mut(&slot) {
                None => Some(Seen::OneArticle(e.article, vec![i])),
                Some(Seen::Joined(j)) => {
                    join(&mut self.parent, i, *j);
                    None
                }
                Some(Seen::OneArticle(article, earlier)) if *article == e.article => {
                    earlier.push(i);
                    None
                }
                Some(Seen::OneArticle(_, earlier)) => {
                    for &j in earlier.iter() {
                        join(&mut self.parent, i, j);
                    }
                    Some(Seen::Joined(i))
                }
            };
            if let Some(seen) = replace {
                self.seen.insert(slot, seen);
            }
        }
        true
    }

    /// The cards, ordered by date (undated ones last, in text order), once the sweep is done.
    pub fn cards(mut self, events: &[Event]) -> Vec<Card> {
        while self.step(events) {}
        let parent = &mut self.parent;
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut index_of_root = HashMap::new();
        for i in 0..events.len() {
            let r = root(parent, i);
            let g = *index_of_root.entry(r).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(i);
        }
        let mut cards: Vec<Card> = groups
            .into_iter()
            .map(|members| {
                let mut articles = Vec::new();
                let mut langs = Vec::new();
                for &i in &members {
                    if !articles.contains(&events[i].article) {
                        articles.push(events[i].article);
                    }
                    if !langs.contains(&events[i].lang) {
                        langs.push(events[i].lang);
                    }
                }
                Card {
                    events: members,
                    articles,
                    langs,
                    related: Vec::new(),
                }
            })
            .collect();
        let width = |e: &Event| e.span.map_or(i64::MAX, |(s, t)| s.days_until(t));
        crate::sort::sort_by_key(&mut cards, |c| {
            let lead = c.lead(events);
            (
                lead.span.is_none(),
                lead.span.map(|s| s.0),
                width(lead),
                c.events[0],
            )
        });
        cards
    }
}

/// Finds each card's related expressions ([`Card::related`]), one card at a time: the cards are in date
/// order, and the coarser cards that started by a card's start and have not ended are the only ones
/// that can contain it. Each coarser card's entities are indexed once (entity → its first event naming
/// it), so a card is checked against a coarser one in as many look-ups as it names entities.
#[derive(Clone, Debug)]
pub struct RelatedSweep {
    /// The next card to look at.
    next: usize,
    /// Coarser cards (wider than a day, not publication dates), by start: (start, end, card).
    coarse: Vec<(Date, Date, usize)>,
    /// The next position in `coarse` not yet active.
    opened: usize,
    /// Coarse cards that started by the current card's start and end at or after it, with their
    /// entities (canonical name → the first of the card's events that names it).
    active: Vec<(Date, Date, usize, HashMap<String, usize>)>,
}

impl RelatedSweep {
    /// Prepares the sweep over cards in date order ([`CardSweep::cards`]).
    pub fn new(cards: &[Card], events: &[Event]) -> RelatedSweep {
        let mut coarse: Vec<(Date, Date, usize)> = cards
            .iter()
            .enumerate()
            .filter_map(|(c, card)| {
                let lead = card.lead(events);
                let (s, e) = lead.span?;
                (s < e && !lead.publication).then_some((s, e, c))
            })
            .collect();
        crate::sort::sort(&mut coarse);
        RelatedSweep {
            next: 0,
            coarse,
            opened: 0,
            active: Vec::new(),
        }
    }

    /// Finds the related expressions of the next card; `false` when every card is done.
    pub fn step(&mut self, cards: &mut [Card], events: &[Event]) -> bool {
        let Some(card) = cards.get(self.next) else {
            return false;
        };
        let c = self.next;
        self.next += 1;
        let lead = card.lead(events);
        let Some((start, end)) = lead.span.filter(|_| !lead.publication) else {
            return true;
        };
        while let Some(&(ks, ke, k)) = self.coarse.get(self.opened).filter(|k| k.0 <= start) {
            let mut names: HashMap<String, usize> = HashMap::new();
            for &i in &cards[k].events {
                for n in &events[i].entities {
                    names.entry(n.clone()).or_insert(i);
                }
            }
            self.active.push((ks, ke, k, names));
            self.opened += 1;
        }
        self.active.retain(|k| k.1 >= start);
        let mut names: Vec<&str> = card
            .events
            .iter()
            .flat_map(|&i| events[i].entities.iter().map(String::as_str))
            .collect();
        crate::sort::sort(&mut names);
        names.dedup();
        let mut found: Vec<(i64, usize)> = Vec::new();
        for (ks, ke, k, named) in &self.active {
            if *k == c || *ke < end || (*ks, *ke) == (start, end) {
                continue;
            }
            if let Some(&i) = names.iter().find_map(|n| named.get(*n)) {
                found.push((ks.days_until(*ke), i));
            }
        }
        crate::sort::sort(&mut found);
        cards[c].related = found
            .into_iter()
            .take(MAX_RELATED)
            .map(|(_, i)| i)
            .collect();
        true
    }
}

//! Merging: expressions from different articles that resolve to the same date, or one inside the other's
//! window, and that speak of the same entities become one event card "reported by N articles".

use super::events::Event;
use crate::analysis::language::Lang;
use serde::Serialize;

/// One card on the timeline: one event, or several that report the same fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    /// Indices into the events, the most precise first.
    pub events: Vec<usize>,
    /// The distinct articles that report it.
    pub articles: Vec<usize>,
    /// Their languages, in order of first appearance.
    pub langs: Vec<Lang>,
}

impl Card {
    /// The card's main event (the most precise).
    pub fn lead<'a>(&self, events: &'a [Event]) -> &'a Event {
        &events[self.events[0]]
    }
}

fn shared(a: &Event, b: &Event) -> usize {
    a.entities.iter().filter(|e| b.entities.contains(e)).count()
}

fn contains(outer: &Event, inner: &Event) -> bool {
    match (outer.span, inner.span) {
        (Some((os, oe)), Some((is, ie))) => os <= is && ie <= oe,
        _ => false,
    }
}

/// Whether two events report the same fact: the same value and at least one entity shared by their
/// sentences (or, for the same day, by their paragraphs), or one inside the other's window and at least
/// two shared entities. Publication dates never merge; neither do two events of one article.
pub fn same_fact(a: &Event, b: &Event) -> bool {
    if a.publication
        || b.publication
        || a.article == b.article
        || a.span.is_none()
        || b.span.is_none()
    {
        return false;
    }
    let same_day = a.value == b.value && a.span.is_some_and(|(s, e)| s == e);
    let paragraphs_share = a
        .paragraph_entities
        .iter()
        .any(|e| b.paragraph_entities.contains(e));
    (a.value == b.value && (shared(a, b) >= 1 || same_day && paragraphs_share))
        || ((contains(a, b) || contains(b, a)) && shared(a, b) >= 2)
}

/// Groups events into cards, ordered by date (undated ones last, in text order).
#[cfg(test)]
pub fn cards(events: &[Event]) -> Vec<Card> {
    let mut sweep = CardSweep::new(events);
    while sweep.step(events) {}
    sweep.cards(events)
}

/// The grouping of events into cards, one event at a time so that a page stays responsive: only events
/// whose spans overlap can report the same fact, so the events placed on the axis are swept in order of
/// their start, each compared with those that start before it ends.
#[derive(Clone, Debug)]
pub struct CardSweep {
    /// Union-find over the events: each event's representative.
    parent: Vec<usize>,
    /// The events with a span, by start.
    placed: Vec<usize>,
    /// The next position in `placed`.
    next: usize,
}

fn root(parent: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while parent[r] != r {
        r = parent[r];
    }
    parent[i] = r;
    r
}

impl CardSweep {
    /// Prepares the sweep over these events.
    pub fn new(events: &[Event]) -> CardSweep {
        let mut placed: Vec<usize> = (0..events.len())
            .filter(|&i| events[i].span.is_some())
            .collect();
        placed.sort_by_key(|&i| events[i].span.map(|s| s.0));
        CardSweep {
            parent: (0..events.len()).collect(),
            placed,
            next: 0,
        }
    }

    /// Compares the next event with those that overlap it; `false` when every event is done.
    pub fn step(&mut self, events: &[Event]) -> bool {
        let Some(&a) = self.placed.get(self.next) else {
            return false;
        };
        self.next += 1;
        let Some((_, end_a)) = events[a].span else {
            return true;
        };
        for &b in &self.placed[self.next..] {
            if events[b].span.is_some_and(|(start_b, _)| start_b > end_a) {
                break;
            }
            if same_fact(&events[a], &events[b]) {
                let (ra, rb) = (root(&mut self.parent, a), root(&mut self.parent, b));
                self.parent[ra.max(rb)] = ra.min(rb);
            }
        }
        true
    }

    /// The cards, ordered by date (undated ones last, in text order), once the sweep is done.
    pub fn cards(mut self, events: &[Event]) -> Vec<Card> {
        while self.step(events) {}
        let parent = &mut self.parent;
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut index_of_root = std::collections::HashMap::new();
        for i in 0..events.len() {
            let r = root(parent, i);
            let g = *index_of_root.entry(r).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(i);
        }
        let width = |e: &Event| e.span.map_or(i64::MAX, |(s, t)| s.days_until(t));
        let mut cards: Vec<Card> = groups
            .into_iter()
            .map(|mut members| {
                members.sort_by_key(|&i| (width(&events[i]), i));
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
                }
            })
            .collect();
        cards.sort_by_key(|c| {
            let lead = c.lead(events);
            (lead.span.is_none(), lead.span.map(|s| s.0), c.events[0])
        });
        cards
    }
}

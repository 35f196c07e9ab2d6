//! A timeline built from analysed articles in small steps, so that a page can build the timeline of a
//! large corpus without freezing: the events one article at a time, the cards one event at a time, then
//! the search names and the entity facet.

use super::events::{article_events, Event};
use super::filter::{entity_counts, entity_names, EntityCount};
use super::merge::{Card, CardSweep};
use crate::analysis::calendar::Date;
use crate::analysis::document::AnalyzedArticle;
use std::collections::HashMap;

/// The timeline of a corpus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// The analysed articles, in corpus order.
    pub articles: Vec<AnalyzedArticle>,
    /// Every event, in article order then text order.
    pub events: Vec<Event>,
    /// Events grouped into cards, in date order.
    pub cards: Vec<Card>,
    /// Every name of every entity in lower case, by canonical name, for the search.
    pub names: HashMap<String, Vec<String>>,
    /// The entity facet: each entity with its type and number of events, most mentioned first.
    pub entity_counts: Vec<EntityCount>,
    /// The first and last day any placed event covers.
    pub extent: Option<(Date, Date)>,
}

/// What the builder does next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// The events of this article.
    Events(usize),
    /// One event of the card sweep.
    Sweep,
    /// The cards out of the sweep.
    Cards,
    /// The names for the search.
    Names,
    /// The entity facet.
    Counts,
    Done,
}

/// Builds a [`Timeline`] one small step at a time.
#[derive(Debug)]
pub struct TimelineBuilder {
    timeline: Timeline,
    sweep: Option<CardSweep>,
    stage: Stage,
}

impl TimelineBuilder {
    /// Prepares the timeline of these articles.
    pub fn new(articles: Vec<AnalyzedArticle>) -> TimelineBuilder {
        TimelineBuilder {
            timeline: Timeline {
                articles,
                ..Timeline::default()
            },
            sweep: None,
            stage: Stage::Events(0),
        }
    }

    /// Does the next small piece of work; `false` when the timeline is complete.
    pub fn step(&mut self) -> bool {
        let t = &mut self.timeline;
        self.stage = match self.stage {
            Stage::Events(i) if i < t.articles.len() => {
                t.events.extend(article_events(i, &t.articles[i]));
                Stage::Events(i + 1)
            }
            Stage::Events(_) => {
                self.sweep = Some(CardSweep::new(&t.events));
                Stage::Sweep
            }
            Stage::Sweep => {
                let more = self.sweep.as_mut().is_some_and(|s| s.step(&t.events));
                if more {
                    Stage::Sweep
                } else {
                    Stage::Cards
                }
            }
            Stage::Cards => {
                if let Some(sweep) = self.sweep.take() {
                    t.cards = sweep.cards(&t.events);
                }
                Stage::Names
            }
            Stage::Names => {
                t.names = entity_names(&t.articles);
                Stage::Counts
            }
            Stage::Counts => {
                t.entity_counts = entity_counts(&t.articles, &t.events);
                Stage::Done
            }
            Stage::Done => return false,
        };
        true
    }

    /// The complete timeline (doing whatever work is left).
    pub fn finish(mut self) -> Timeline {
        while self.step() {}
        let mut timeline = self.timeline;
        timeline.extent = timeline.events.iter().filter_map(|e| e.span).fold(
            None,
            |acc: Option<(Date, Date)>, (s, e)| match acc {
                None => Some((s, e)),
                Some((a, b)) => Some((a.min(s), b.max(e))),
            },
        );
        timeline
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_corpus_has_an_empty_timeline() {
        let timeline = TimelineBuilder::new(Vec::new()).finish();
        assert!(timeline.events.is_empty() && timeline.extent.is_none());
    }
}

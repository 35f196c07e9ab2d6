//! The app's state and the reducer that changes it: every change is an [`Action`]. The view state
//! (view, filters, selection, zoom, open article, compared pair) is what the URL fragment holds.

use crate::analysis::calendar::Date;
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::language::Lang;
use crate::analysis::mention::{Grain, TimexType};
use crate::analyze_corpus;
use crate::corpus::embedded_files;
use crate::timeline::events::{corpus_events, Event};
use crate::timeline::filter::{entity_names, Filters};
use crate::timeline::fragment::{View, ViewState};
use crate::timeline::merge::{cards, Card};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use yew::Reducible;

/// Everything derived from the corpus once, at start-up.
#[derive(Debug)]
pub struct Data {
    /// The analysed articles, in corpus order.
    pub articles: Vec<AnalyzedArticle>,
    /// Problems with the corpus, each naming its file.
    pub errors: Vec<String>,
    /// Every timeline event.
    pub events: Vec<Event>,
    /// Events grouped into cards, in date order.
    pub cards: Vec<Card>,
    /// Every name of every entity, for the search.
    pub names: HashMap<String, Vec<String>>,
    /// The first and last day any placed event covers.
    pub extent: Option<(Date, Date)>,
}

/// The corpus data, shared; compared by identity (it never changes after start-up).
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Data>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Data {
    /// Analyses the embedded corpus and builds the timeline.
    pub fn from_embedded_corpus() -> Data {
        let (articles, errors) = match embedded_files() {
            Ok(files) => (analyze_corpus(&files), Vec::new()),
            Err(errors) => (Vec::new(), errors.iter().map(ToString::to_string).collect()),
        };
        let events = corpus_events(&articles);
        let cards = cards(&events);
        let names = entity_names(&articles);
        let extent =
            events
                .iter()
                .filter_map(|e| e.span)
                .fold(None, |acc: Option<(Date, Date)>, (s, e)| match acc {
                    None => Some((s, e)),
                    Some((a, b)) => Some((a.min(s), b.max(e))),
                });
        Data {
            articles,
            errors,
            events,
            cards,
            names,
            extent,
        }
    }

    /// The index of the article with this id.
    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }
}

/// The app state: the shared data and the view state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The corpus and its timeline.
    pub data: Shared,
    /// What the reader sees (mirrored in the URL fragment).
    pub view: ViewState,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch views.
    SetView(View),
    /// Set the search text.
    SetQuery(String),
    /// Add or remove an entity filter.
    ToggleEntity(String),
    /// Add or remove a language filter.
    ToggleLang(Lang),
    /// Add or remove an expression-type filter.
    ToggleType(TimexType),
    /// Add or remove a precision filter.
    ToggleGrain(Grain),
    /// Show one article's events only, or all.
    SetArticleFilter(Option<String>),
    /// Set the start of the date range.
    SetFrom(Option<Date>),
    /// Set the end of the date range.
    SetTo(Option<Date>),
    /// Clear every filter.
    ClearFilters,
    /// Select an event (by id), or none.
    Select(Option<String>),
    /// Open an article in the reader (and switch to the Articles view).
    OpenArticle(String),
    /// Set the axis window, or reset it.
    Zoom(Option<(Date, Date)>),
    /// Set the two compared articles.
    SetCompare(Option<String>, Option<String>),
    /// Light up an entity or a date in both compared columns, or none.
    SetFocus(Option<String>),
    /// Replace the view state (from the URL fragment).
    Restore(ViewState),
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

impl AppState {
    /// The state at start-up: the embedded corpus, analysed, and the view the fragment describes.
    pub fn new(view: ViewState) -> AppState {
        AppState {
            data: Shared(Rc::new(Data::from_embedded_corpus())),
            view,
        }
    }

    /// The article open in the reader.
    pub fn open_article(&self) -> Option<&AnalyzedArticle> {
        let id = self.view.article.as_deref()?;
        self.data.0.articles.iter().find(|a| a.id == id)
    }

    /// The view state after an action.
    pub fn next_view(&self, action: Action) -> ViewState {
        let mut v = self.view.clone();
        let f: &mut Filters = &mut v.filters;
        match action {
            Action::SetView(view) => v.view = view,
            Action::SetQuery(q) => f.query = q,
            Action::ToggleEntity(e) => toggle(&mut f.entities, e),
            Action::ToggleLang(l) => toggle(&mut f.langs, l),
            Action::ToggleType(t) => toggle(&mut f.types, t),
            Action::ToggleGrain(g) => toggle(&mut f.grains, g),
            Action::SetArticleFilter(a) => f.articles = a.into_iter().collect(),
            Action::SetFrom(d) => f.from = d,
            Action::SetTo(d) => f.to = d,
            Action::ClearFilters => *f = Filters::default(),
            Action::Select(id) => v.selected = id,
            Action::OpenArticle(id) => {
                v.article = Some(id);
                v.view = View::Articles;
            }
            Action::Zoom(window) => v.zoom = window,
            Action::SetCompare(left, right) => {
                v.compare = (left, right);
                v.view = View::Compare;
            }
            Action::SetFocus(focus) => v.focus = focus,
            Action::Restore(state) => v = state,
        }
        v
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let view = self.next_view(action);
        if view == self.view {
            return self;
        }
        Rc::new(AppState {
            data: self.data.clone(),
            view,
        })
    }
}

//! The app's state and the reducer that changes it: every change is an [`Action`]. The view state
//! (view, filters, hidden articles, selection, zoom, open article, compared pair) is what the URL
//! fragment holds; the articles a reader adds are also kept in the browser ([`super::storage`]).

use crate::analysis::calendar::Date;
use crate::analysis::document::AnalyzedArticle;
use crate::analysis::language::Lang;
use crate::analysis::mention::{Grain, TimexType};
use crate::corpus::adding::{resolve, resolve_all, sort_out, Choice, Clash};
use crate::corpus::embedded_files;
use crate::corpus::source::SourceFile;
use crate::timeline::build::{Timeline, TimelineBuilder};
use crate::timeline::filter::Filters;
use crate::timeline::fragment::{View, ViewState};
use std::collections::BTreeSet;
use std::rc::Rc;
use std::sync::Arc;
use yew::Reducible;

/// Everything derived from the corpus: at start-up, and again when a reader adds or removes articles.
#[derive(Debug)]
pub struct Data {
    /// The source files: the embedded corpus, then the articles the reader added.
    pub files: Vec<SourceFile>,
    /// Ids of the articles the reader added in this page.
    pub added: BTreeSet<String>,
    /// Problems with files the reader tried to add, each naming its file.
    pub add_errors: Vec<String>,
    /// The analysed articles and their timeline: events, cards, search names, entity facet, extent.
    pub timeline: Timeline,
    /// Which analysis of the files this is: each change of the files starts a new one, and progress
    /// from an older one is ignored. The start-up analysis, once the articles kept in the browser are
    /// restored, is [`STARTUP_GENERATION`].
    pub generation: u64,
    /// Whether `files` wait for an analysis to start (the app's analysis task picks them up).
    pub pending: bool,
    /// Whether the added articles changed and must be saved in the browser.
    pub persist: bool,
}

/// Where the added articles are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Storage {
    /// The browser's storage is being read (at start-up).
    Opening,
    /// Kept in this browser; `restored` were brought back at start-up.
    Kept {
        /// How many added articles were restored when the page opened.
        restored: usize,
    },
    /// The browser refuses to keep them (the reason): they last while the page is open.
    Unavailable(String),
}

/// The generation of the analysis at start-up ([`Action::Restored`] starts it from [`Data::loading`]'s
/// 0); later ones follow articles added or removed.
pub const STARTUP_GENERATION: u64 = 1;

/// The corpus data, shared; compared by identity (it never changes after start-up).
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Data>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// One article of the shared data, by position: cheap to clone (a reference count), compared by the
/// data's identity and the position, so a component given it re-renders only when the corpus changes.
#[derive(Clone, Debug)]
pub struct ArticleRef {
    data: Shared,
    index: usize,
}

impl ArticleRef {
    /// The article at `index` of the data, if there is one.
    pub fn new(data: &Shared, index: usize) -> Option<ArticleRef> {
        (index < data.0.timeline.articles.len()).then(|| ArticleRef {
            data: data.clone(),
            index,
        })
    }
}

impl std::ops::Deref for ArticleRef {
    type Target = AnalyzedArticle;

    fn deref(&self) -> &AnalyzedArticle {
        &self.data.0.timeline.articles[self.index]
    }
}

impl PartialEq for ArticleRef {
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data && self.index == other.index
    }
}

impl Data {
    /// The state at start-up: the embedded files read, waiting for the articles kept in the browser
    /// ([`Action::Restored`]) before the analysis starts.
    pub fn loading() -> Data {
        let mut data = Data::pending(embedded_files(), BTreeSet::new(), Vec::new(), 0);
        data.pending = false;
        data
    }

    /// Files waiting to be analysed (nothing derived yet), as analysis number `generation`.
    pub fn pending(
        files: Vec<SourceFile>,
        added: BTreeSet<String>,
        add_errors: Vec<String>,
        generation: u64,
    ) -> Data {
        let mut data = Data::from_analysis(Vec::new(), Vec::new(), added, add_errors);
        data.files = files;
        data.generation = generation;
        data.pending = true;
        data
    }

    /// Builds the timeline of analysed articles.
    pub fn from_analysis(
        files: Vec<SourceFile>,
        articles: Vec<AnalyzedArticle>,
        added: BTreeSet<String>,
        add_errors: Vec<String>,
    ) -> Data {
        let timeline = TimelineBuilder::new(articles).finish();
        Data::from_timeline(files, timeline, added, add_errors)
    }

    /// The data of a built timeline.
    pub fn from_timeline(
        files: Vec<SourceFile>,
        timeline: Timeline,
        added: BTreeSet<String>,
        add_errors: Vec<String>,
    ) -> Data {
        Data {
            files,
            added,
            add_errors,
            timeline,
            generation: 0,
            pending: false,
            persist: false,
        }
    }

    /// The index of the article with this id.
    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.timeline.articles.iter().position(|a| a.id == id)
    }

    /// The added articles to keep in the browser: (id, file name, text), in the order added. The texts
    /// are shared with the corpus, not copied.
    pub fn added_files(&self) -> Vec<(String, String, Arc<str>)> {
        self.files
            .iter()
            .filter(|f| self.added.contains(&f.id))
            .map(|f| (f.id.clone(), f.file_name.clone(), f.text.clone()))
            .collect()
    }
}

/// The app state: the shared data and the view state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The corpus and its timeline.
    pub data: Shared,
    /// What the reader sees (mirrored in the URL fragment).
    pub view: ViewState,
    /// While files are being analysed: (articles done, total).
    pub progress: Option<(usize, usize)>,
    /// Where the added articles are kept.
    pub storage: Storage,
    /// Files the reader added whose id is already in the page, each waiting for a choice (replace,
    /// keep both, cancel), in the order added.
    pub clashes: Vec<Clash>,
    /// The data generation whose "not added" messages the reader dismissed (or that a later
    /// successful add made stale): they are no longer shown.
    pub dismissed_errors: Option<u64>,
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
    /// Set both ends of the date range (brushing the axis).
    SetRange(Option<Date>, Option<Date>),
    /// Hide an article from every view, or show it again.
    ToggleHidden(String),
    /// Show every hidden article again.
    ShowAllArticles,
    /// Clear every filter.
    ClearFilters,
    /// Select an event (by id), or none.
    Select(Option<String>),
    /// Open an article in the reader (and switch to the Articles view).
    OpenArticle(String),
    /// Open an article in the reader at a sentence (a byte offset into its text).
    OpenAt(String, usize),
    /// Compare two articles with a sentence of each side by side: (left id, right id, left offset,
    /// right offset).
    ShowPair(String, String, usize, usize),
    /// Set the axis window, or reset it.
    Zoom(Option<(Date, Date)>),
    /// Set the two compared articles.
    SetCompare(Option<String>, Option<String>),
    /// Light up an entity or a date in both compared columns, or none.
    SetFocus(Option<String>),
    /// Replace the view state (from the URL fragment).
    Restore(ViewState),
    /// Add articles the reader dropped or picked (already decoded), and the errors of those refused.
    /// Those whose id is already in the page wait for a choice ([`AppState::clashes`]).
    AddFiles(Vec<SourceFile>, Vec<String>),
    /// Close the messages about files not added.
    DismissAddErrors,
    /// The reader's choice for the clash at this index of [`AppState::clashes`].
    Resolve(usize, Choice),
    /// The reader's choice for every clash at once.
    ResolveAll(Choice),
    /// Remove an added article.
    RemoveAdded(String),
    /// Remove every added article.
    RemoveAllAdded,
    /// The articles kept in the browser (already decoded), the errors of those that no longer decode,
    /// and where articles are kept: the analysis can start.
    Restored(Vec<SourceFile>, Vec<String>, Storage),
    /// Saving the added articles failed (the browser's reason).
    StorageFailed(String),
    /// Analysis number `.0` has done this many of that many articles.
    Progress(u64, usize, usize),
    /// An analysis's result (its data carries its generation): the whole of it (`true`), or a first
    /// look at the articles analysed so far (`false`).
    Loaded(Shared, bool),
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

impl AppState {
    /// The state at start-up: nothing analysed yet, and the view the fragment describes.
    pub fn new(view: ViewState, data: Data) -> AppState {
        AppState {
            progress: Some((0, data.files.len())),
            data: Shared(Rc::new(data)),
            view,
            storage: Storage::Opening,
            clashes: Vec::new(),
            dismissed_errors: None,
        }
    }

    /// The messages about files not added, unless dismissed.
    pub fn add_errors(&self) -> &[String] {
        if self.dismissed_errors == Some(self.data.0.generation) {
            &[]
        } else {
            &self.data.0.add_errors
        }
    }

    /// The ids the view state names that are not in the corpus (once it is analysed): a link made
    /// where other articles had been added.
    pub fn absent_articles(&self) -> Vec<String> {
        if self.progress.is_some() {
            return Vec::new();
        }
        let data = &self.data.0;
        self.view
            .named_articles()
            .into_iter()
            .filter(|id| data.article_index(id).is_none())
            .map(str::to_string)
            .collect()
    }

    /// The article open in the reader.
    pub fn open_article(&self) -> Option<ArticleRef> {
        let id = self.view.article.as_deref()?;
        ArticleRef::new(&self.data, self.data.0.article_index(id)?)
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
            Action::SetArticleFilter(a) => f.articles = crate::sort::set(a),
            Action::SetFrom(d) => {
                f.from = d;
                v.zoom = None;
            }
            Action::SetTo(d) => {
                f.to = d;
                v.zoom = None;
            }
            Action::SetRange(from, to) => {
                (f.from, f.to) = (from, to);
                v.zoom = None;
            }
            Action::ToggleHidden(id) => toggle(&mut f.hidden, id),
            Action::ShowAllArticles => f.hidden.clear(),
            Action::ClearFilters => *f = f.cleared(),
            Action::Select(id) => v.selected = id,
            Action::OpenArticle(id) => {
                v.article = Some(id);
                v.at = None;
                v.view = View::Articles;
            }
            Action::OpenAt(id, at) => {
                v.article = Some(id);
                v.at = Some(at);
                v.view = View::Articles;
            }
            Action::ShowPair(left, right, l, r) => {
                v.compare = (Some(left), Some(right));
                v.pair_at = Some((l, r));
                v.view = View::Compare;
            }
            Action::Zoom(window) => v.zoom = window,
            Action::SetCompare(left, right) => {
                v.compare = (left, right);
                v.pair_at = None;
                v.view = View::Compare;
            }
            Action::SetFocus(focus) => v.focus = focus,
            Action::Restore(state) => v = state,
            Action::AddFiles(..)
            | Action::DismissAddErrors
            | Action::Resolve(..)
            | Action::ResolveAll(_)
            | Action::RemoveAdded(_)
            | Action::RemoveAllAdded
            | Action::Restored(..)
            | Action::StorageFailed(_)
            | Action::Progress(..)
            | Action::Loaded(..) => {}
        }
        v
    }

    /// The data after adding or removing articles; `None` for actions that leave it alone.
    fn next_data(&self, action: &Action) -> Option<Data> {
        let data = &self.data.0;
        match action {
            Action::AddFiles(new, errors) => {
                let (fresh, _) = sort_out(&data.files, &data.added, new);
                if fresh.is_empty() && errors.is_empty() {
                    return None;
                }
                let mut files = data.files.clone();
                let mut added = data.added.clone();
                for f in fresh {
                    added.insert(f.id.clone());
                    files.push(f);
                }
                Some(Data::pending(files, added, errors.clone(), data.generation + 1).persisted())
            }
            Action::Resolve(i, choice) => {
                let (files, added) =
                    resolve(&data.files, &data.added, self.clashes.get(*i)?, *choice)?;
                Some(Data::pending(files, added, Vec::new(), data.generation + 1).persisted())
            }
            Action::ResolveAll(choice) => {
                let (files, added, _) =
                    resolve_all(&data.files, &data.added, &self.clashes, *choice);
                (files != data.files).then(|| {
                    Data::pending(files, added, Vec::new(), data.generation + 1).persisted()
                })
            }
            Action::RemoveAdded(id) if data.added.contains(id) => {
                let files = data.files.iter().filter(|f| &f.id != id).cloned().collect();
                let mut added = data.added.clone();
                added.remove(id);
                Some(Data::pending(files, added, Vec::new(), data.generation + 1).persisted())
            }
            Action::RemoveAllAdded if !data.added.is_empty() => {
                let files = data
                    .files
                    .iter()
                    .filter(|f| !data.added.contains(&f.id))
                    .cloned()
                    .collect();
                Some(
                    Data::pending(files, BTreeSet::new(), Vec::new(), data.generation + 1)
                        .persisted(),
                )
            }
            Action::Restored(restored, errors, _) => {
                let mut files = data.files.clone();
                let mut added = BTreeSet::new();
                let mut add_errors = errors.clone();
                for f in restored {
                    match files.iter().find(|x| x.id.eq_ignore_ascii_case(&f.id)) {
                        Some(existing) => add_errors.push(format!(
                            "{}: kept in this browser, but has the same article id as {}",
                            f.file_name, existing.file_name
                        )),
                        None => {
                            added.insert(f.id.clone());
                            files.push(f.clone());
                        }
                    }
                }
                Some(Data::pending(files, added, add_errors, data.generation + 1))
            }
            _ => None,
        }
    }
}

impl Data {
    /// The same data, marked to be saved in the browser.
    fn persisted(mut self) -> Data {
        self.persist = true;
        self
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match &action {
            Action::Loaded(data, complete) if data.0.generation == self.data.0.generation => {
                return Rc::new(AppState {
                    data: data.clone(),
                    progress: if *complete { None } else { self.progress },
                    ..(*self).clone()
                });
            }
            Action::Progress(generation, done, total) if *generation == self.data.0.generation => {
                return Rc::new(AppState {
                    progress: Some((*done, *total)),
                    ..(*self).clone()
                });
            }
            Action::Loaded(..) | Action::Progress(..) => return self,
            Action::StorageFailed(why) => {
                return Rc::new(AppState {
                    storage: Storage::Unavailable(why.clone()),
                    ..(*self).clone()
                });
            }
            _ => {}
        }
        // The messages about files not added go when dismissed, and when files are added without error.
        let dismissed_errors = match &action {
            Action::DismissAddErrors => Some(self.data.0.generation),
            Action::AddFiles(new, errors) if errors.is_empty() && !new.is_empty() => {
                Some(self.data.0.generation)
            }
            _ => self.dismissed_errors,
        };
        // Files whose id is already in the page wait for the reader's choice; a choice made takes its
        // clash away.
        let clashes = match &action {
            Action::AddFiles(new, _) => {
                let data = &self.data.0;
                let mut clashes = self.clashes.clone();
                clashes.extend(sort_out(&data.files, &data.added, new).1);
                clashes
            }
            Action::Resolve(i, _) => {
                let mut clashes = self.clashes.clone();
                if *i < clashes.len() {
                    clashes.remove(*i);
                }
                clashes
            }
            Action::ResolveAll(choice) => {
                let data = &self.data.0;
                resolve_all(&data.files, &data.added, &self.clashes, *choice).2
            }
            _ => self.clashes.clone(),
        };
        if let Some(data) = self.next_data(&action) {
            let mut view = self.view.clone();
            if let Action::RemoveAdded(id) = &action {
                if view.article.as_deref() == Some(id.as_str()) {
                    view.article = None;
                }
            }
            if let Action::RemoveAllAdded = &action {
                if view
                    .article
                    .as_ref()
                    .is_some_and(|a| self.data.0.added.contains(a))
                {
                    view.article = None;
                }
            }
            let progress = data.pending.then_some((0, data.files.len()));
            let storage = match &action {
                Action::Restored(_, _, storage) => storage.clone(),
                _ => self.storage.clone(),
            };
            return Rc::new(AppState {
                data: Shared(Rc::new(data)),
                view,
                progress,
                storage,
                clashes,
                dismissed_errors,
            });
        }
        if clashes != self.clashes || dismissed_errors != self.dismissed_errors {
            return Rc::new(AppState {
                clashes,
                dismissed_errors,
                ..(*self).clone()
            });
        }
        let view = self.next_view(action);
        if view == self.view {
            return self;
        }
        Rc::new(AppState {
            view,
            ..(*self).clone()
        })
    }
}

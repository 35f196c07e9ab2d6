//! The root component: owns the store, restores the articles kept in the browser and saves changes to
//! them, keeps the URL fragment in step, and lays out the header and the views.

use super::components::add_articles::{add_files, AddArticles};
use super::components::articles_view::ArticlesView;
use super::components::compare_view::CompareView;
use super::components::copy_link::CopyLink;
use super::components::help::Help;
use super::components::timeline_view::TimelineView;
use super::components::view_switcher::ViewSwitcher;
use super::fragment;
use super::state::{Action, AppState, Data, Storage, STARTUP_GENERATION};
use super::{storage, Store};
use crate::corpus::source::decode_article;
use crate::timeline::build::TimelineBuilder;
use crate::timeline::fragment::View;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The longest stretch of analysis between two chances for the browser to paint and respond.
const SLICE_MS: f64 = 12.0;
/// When the timeline first shows the articles analysed so far, if the analysis is not done by then.
const FIRST_PREVIEW_AFTER: f64 = 400.0;
/// How often that first look is brought up to date while the analysis goes on.
const PREVIEW_EVERY: f64 = 2000.0;
/// How long typing in the search pauses before the URL fragment records the query.
const FRAGMENT_AFTER_TYPING: std::time::Duration = std::time::Duration::from_millis(300);
/// How often the progress indicator is brought up to date.
const PROGRESS_EVERY: f64 = 100.0;

/// Gives the browser a chance to paint and respond, then runs `step` until it says nothing is left or
/// SLICE_MS have passed; returns whether work is left.
async fn slice(mut step: impl FnMut() -> bool) -> bool {
    super::browser::yield_to_browser().await;
    let started = js_sys::Date::now();
    loop {
        if !step() {
            return false;
        }
        if js_sys::Date::now() - started >= SLICE_MS {
            return true;
        }
    }
}

/// Analyses `data.files` and builds their timeline a few milliseconds at a time, dispatching progress,
/// a first look at a large corpus while it is analysed, then the result. No task runs longer than a
/// slice: the articles, the corpus-wide identities and the timeline are all built in small steps.
fn analyse_in_slices(store: Store, data: &Data) {
    let files = data.files.clone();
    let (added, add_errors, generation) =
        (data.added.clone(), data.add_errors.clone(), data.generation);
    yew::platform::spawn_local(async move {
        let mut analyzer = crate::CorpusAnalyzer::new(&files);
        let total = analyzer.total();
        let shared = |timeline| {
            let mut data =
                Data::from_timeline(files.clone(), timeline, added.clone(), add_errors.clone());
            data.generation = generation;
            super::state::Shared(Rc::new(data))
        };
        // A first look at what is analysed so far, then every PREVIEW_EVERY ms, until all is done.
        let mut next_preview = js_sys::Date::now() + FIRST_PREVIEW_AFTER;
        let mut last_progress = f64::NEG_INFINITY;
        while slice(|| analyzer.step()).await {
            // Every dispatch renders the page: progress is shown a few times a second, not every slice.
            if js_sys::Date::now() - last_progress >= PROGRESS_EVERY {
                store.dispatch(Action::Progress(generation, analyzer.done(), total));
                last_progress = js_sys::Date::now();
            }
            if analyzer.done() < total && js_sys::Date::now() >= next_preview {
                let mut preview = TimelineBuilder::new(analyzer.analysed_so_far());
                while slice(|| preview.step()).await {}
                store.dispatch(Action::Loaded(shared(preview.finish()), false));
                next_preview = js_sys::Date::now() + PREVIEW_EVERY;
            }
        }
        let mut builder = TimelineBuilder::new(analyzer.finish());
        while slice(|| builder.step()).await {}
        super::browser::yield_to_browser().await;
        store.dispatch(Action::Loaded(shared(builder.finish()), true));
    });
}

/// Reads the articles kept in the browser and hands them to the store, which starts the analysis.
fn restore(store: Store) {
    yew::platform::spawn_local(async move {
        let (files, errors, kept) = match storage::load().await {
            Ok(stored) => {
                let mut files = Vec::new();
                let mut errors = Vec::new();
                for s in stored {
                    match s.and_then(|s| {
                        decode_article(&s.name, s.text.as_bytes()).map_err(|e| e.to_string())
                    }) {
                        Ok(f) => files.push(f),
                        Err(e) => errors.push(format!("kept in this browser, but {e}")),
                    }
                }
                let restored = files.len();
                (files, errors, Storage::Kept { restored })
            }
            Err(why) => (Vec::new(), Vec::new(), Storage::Unavailable(why)),
        };
        store.dispatch(Action::Restored(files, errors, kept));
    });
}

/// The Dossier app.
#[function_component]
pub fn App() -> Html {
    let store = use_reducer(|| AppState::new(fragment::read(), Data::loading()));
    // The parts of the link the page could not use: named in a notice until dismissed.
    let ignored = use_state(|| fragment::read_reporting().1);
    // The articles kept in the browser come back before the first analysis.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            restore(store);
            || ()
        });
    }
    // Save the added articles whenever they change (never when only restored).
    {
        let store = store.clone();
        use_effect_with(store.data.clone(), move |data| {
            if data.0.persist && !matches!(store.storage, Storage::Unavailable(_)) {
                let articles = data.0.added_files();
                yew::platform::spawn_local(async move {
                    if let Err(why) = storage::save(articles).await {
                        store.dispatch(Action::StorageFailed(why));
                    }
                });
            }
            || ()
        });
    }
    // Analyse pending files (at start-up, and after articles are added or removed) in slices of a few
    // milliseconds, yielding to the browser between them, with progress shown: a large corpus never
    // freezes the page.
    {
        let store = store.clone();
        use_effect_with(store.data.clone(), move |data| {
            if data.0.pending {
                analyse_in_slices(store.clone(), &data.0);
            } else if data.0.generation > STARTUP_GENERATION && store.progress.is_none() {
                // Articles were added or removed: the focus returns if the new render lost it.
                super::focus_memory::recover(&store.view);
            }
            || ()
        });
    }
    // Write the fragment when the view state changes: navigation adds an entry at once; typing replaces
    // the entry once the typing pauses (the browser's history costs more per keystroke than the search).
    let last = use_mut_ref(|| store.view.clone());
    let writes = use_mut_ref(|| 0u64);
    {
        let last: Rc<RefCell<_>> = last.clone();
        use_effect_with(store.view.clone(), move |view| {
            let previous = last.replace(view.clone());
            let typing = previous.filters.query != view.filters.query;
            // Lighting up an entity in Compare (hover, arrow keys) is no step to go Back to.
            let only_lighting = !typing
                && previous.focus != view.focus
                && crate::timeline::fragment::ViewState {
                    focus: view.focus.clone(),
                    ..previous.clone()
                } == *view;
            *writes.borrow_mut() += 1;
            if typing {
                let (view, writes) = (view.clone(), writes.clone());
                let ticket = *writes.borrow();
                yew::platform::spawn_local(async move {
                    yew::platform::time::sleep(FRAGMENT_AFTER_TYPING).await;
                    if *writes.borrow() == ticket {
                        fragment::write(&view, true);
                    }
                });
            } else {
                fragment::write(view, only_lighting);
            }
            || ()
        });
    }
    // Follow the fragment on back/forward and on edited links.
    {
        let (store, last, ignored) = (store.clone(), last.clone(), ignored.clone());
        use_effect_with((), move |_| {
            // Back and Forward fire `popstate` (the fragment is written with the History API), edited
            // links `hashchange`; a Back that changes only the fragment fires both, handled once: only a
            // state other than the page's own changes the view (and brings the focus back where it was
            // in that view).
            let listeners = web_sys::window().map(|w| {
                ["popstate", "hashchange"].map(|name| {
                    let (store, last, ignored) = (store.clone(), last.clone(), ignored.clone());
                    EventListener::new(&w, name, move |_| {
                        let (state, left_out) = fragment::read_reporting();
                        let moved = *last.borrow() != state;
                        // A link with unusable parts, or one that leads elsewhere, says what the notice
                        // shows (a clean link takes it away). The page's own rewrite of the fragment that
                        // follows an edited link reads as the state already shown and leaves it as it is.
                        if !left_out.is_empty() || moved {
                            ignored.set(left_out);
                        }
                        if moved {
                            *last.borrow_mut() = state.clone();
                            store.dispatch(Action::Restore(state.clone()));
                            super::focus_memory::restore(&state);
                        }
                    })
                })
            });
            let remembered = super::focus_memory::remember();
            move || drop((listeners, remembered))
        });
    }
    // In embed mode, tell the host page how tall we are.
    use_effect_with(store.view.embed, |embed| {
        let reporter = if *embed {
            super::embed::report_height()
        } else {
            None
        };
        move || drop(reporter)
    });
    let data = store.data.0.clone();
    let view = store.view.view;
    let absent = store.absent_articles();
    // Files dropped anywhere on the page are added like picked ones.
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let store = store.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                add_files(store.clone(), list);
            }
        })
    };
    html! {
        <ContextProvider<Store> context={store.clone()}>
            <div class={classes!("app", store.view.embed.then_some("embed"))} ondragover={ondragover} ondrop={ondrop}>
                <header class="app-header">
                    <h1>{ "Dossier" }</h1>
                    <p class="app-tagline">{ format!("{} articles", data.timeline.articles.len()) }</p>
                    // Kept while the corpus is analysed again, so the focus stays on it after adding
                    // files; not before the articles kept in this browser are read back.
                    if store.storage != Storage::Opening {
                        <AddArticles />
                    }
                    <CopyLink />
                    <Help />
                    <ViewSwitcher />
                </header>
                <main class="app-main" id="main">
                    if !ignored.is_empty() {
                        <div class="notice fragment-ignored" role="status">
                            <p>{ format!(
                                "This link has {} the page does not know, left out: {}.",
                                if ignored.len() == 1 { "a part" } else { "parts" },
                                ignored.iter().map(|i| i.message()).collect::<Vec<_>>().join("; "),
                            ) }</p>
                            <button type="button" class="link-button" onclick={
                                let ignored = ignored.clone();
                                Callback::from(move |_: MouseEvent| ignored.set(Vec::new()))
                            }>{ "Dismiss" }</button>
                        </div>
                    }
                    if !absent.is_empty() {
                        <div class="notice absent-articles" role="status">
                            <p>{ format!(
                                "This link names {} not in this page: {}. {} added in another browser, or removed; add {} with “Add articles” to see {}.",
                                if absent.len() == 1 { "an article" } else { "articles" },
                                absent.join(", "),
                                if absent.len() == 1 { "It may have been" } else { "They may have been" },
                                if absent.len() == 1 { "it" } else { "them" },
                                if absent.len() == 1 { "it" } else { "them" },
                            ) }</p>
                        </div>
                    }
                    if let Some((done, total)) = store.progress {
                        <div class="loading" role="status">
                            <p>{ if store.storage == Storage::Opening {
                                "Opening the articles kept in this browser…".to_string()
                            } else if done == total {
                                format!("Connecting the {total} articles: names and events across the corpus…")
                            } else if data.timeline.articles.is_empty() {
                                format!("Analysing the corpus: {done} of {total} articles…")
                            } else {
                                format!("Analysing the corpus: {done} of {total} articles… showing the first {} meanwhile", data.timeline.articles.len())
                            } }</p>
                            <progress max={total.to_string()} value={done.to_string()} aria-label="Analysis progress"></progress>
                        </div>
                    }
                    if store.progress.is_none() || !data.timeline.articles.is_empty() {
                    { match view {
                        View::Timeline => html! { <TimelineView /> },
                        View::Compare => html! { <CompareView /> },
                        View::Articles => html! { <ArticlesView /> },
                    } }
                    }
                </main>
            </div>
        </ContextProvider<Store>>
    }
}

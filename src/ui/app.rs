//! The root component: owns the store, keeps the URL fragment in step, and lays out the views.

use super::components::add_articles::{add_files, AddArticles};
use super::components::articles_view::ArticlesView;
use super::components::compare_view::CompareView;
use super::components::timeline_view::TimelineView;
use super::components::view_switcher::ViewSwitcher;
use super::fragment;
use super::state::{Action, AppState};
use super::Store;
use crate::timeline::fragment::View;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The Dossier app.
#[function_component]
pub fn App() -> Html {
    let store = use_reducer(|| AppState::new(fragment::read()));
    // Write the fragment when the view state changes (typing replaces, navigation adds an entry).
    let last = use_mut_ref(|| store.view.clone());
    {
        let last: Rc<RefCell<_>> = last.clone();
        use_effect_with(store.view.clone(), move |view| {
            let previous = last.replace(view.clone());
            let typing = previous.filters.query != view.filters.query;
            fragment::write(view, typing);
            || ()
        });
    }
    // Follow the fragment on back/forward and on edited links.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    store.dispatch(Action::Restore(fragment::read()));
                })
            });
            move || drop(listener)
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
                    <p class="app-tagline">{ format!("{} articles", data.articles.len()) }</p>
                    <AddArticles />
                    <ViewSwitcher />
                </header>
                if !data.errors.is_empty() {
                    <div class="corpus-errors" role="alert">
                        <p>{ "The corpus has problems:" }</p>
                        <ul>{ for data.errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                    </div>
                }
                <main class="app-main">
                    { match view {
                        View::Timeline => html! { <TimelineView /> },
                        View::Compare => html! { <CompareView /> },
                        View::Articles => html! { <ArticlesView /> },
                    } }
                </main>
            </div>
        </ContextProvider<Store>>
    }
}

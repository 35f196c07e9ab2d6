//! The root component: owns the state and lays out the views.

use super::components::article_list::ArticleList;
use super::components::reader::Reader;
use super::state::{Action, AppState};
use yew::prelude::*;

/// The Dossier app.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(AppState::from_embedded_corpus);
    let on_select = {
        let state = state.clone();
        Callback::from(move |i: usize| state.dispatch(Action::Select(i)))
    };
    html! {
        <div class="app">
            <header class="app-header">
                <h1>{ "Dossier" }</h1>
                <p class="app-tagline">{ format!("{} articles", state.articles.len()) }</p>
            </header>
            if !state.errors.is_empty() {
                <div class="corpus-errors" role="alert">
                    <p>{ "The corpus has problems:" }</p>
                    <ul>{ for state.errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                </div>
            }
            <main class="app-main">
                <ArticleList articles={state.articles.clone()} selected={state.selected} {on_select} />
                <Reader article={state.selected_article().cloned()} />
            </main>
        </div>
    }
}

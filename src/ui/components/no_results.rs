//! What the timeline shows when no event passes the filters: why (each filter that is set, with how
//! many events it hides, to drop in one click), the words the corpus may use for the query in its other
//! languages, and the names it knows close to the query and across languages.

use crate::timeline::filter::range_problem;
use crate::timeline::filter::Filters;
use crate::timeline::suggest::{
    close_names, names_across_languages, other_words, relaxations, CloseName, OtherWord, Part,
};
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use crate::ui::Store;
use yew::prelude::*;

/// A callback that searches for `text`.
fn search(store: &Store, text: String) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |_: MouseEvent| store.dispatch(Action::SetQuery(text.clone())))
}

/// Each set filter with how many events it hides, a button to drop it.
fn relax_list(store: &Store, filters: &Filters, relax: &[(Part, usize)]) -> Html {
    if relax.is_empty() {
        return html! {};
    }
    html! {
        <ul class="no-results-filters">
            { for relax.iter().map(|(part, n)| {
                let store = store.clone();
                let without = part.drop_from(filters);
                let onclick = Callback::from(move |_: MouseEvent| {
                    let mut view = store.view.clone();
                    view.filters = without.clone();
                    store.dispatch(Action::Restore(view));
                });
                html! {
                    <li>
                        <button class="link-button" {onclick}>{ format!("Drop {}", part.words(filters)) }</button>
                        { format!(": {n} event{} without it", if *n == 1 { "" } else { "s" }) }
                    </li>
                }
            }) }
        </ul>
    }
}

/// The words the corpus may use for the query in its other languages, each a search.
fn other_words_view(store: &Store, words: &[OtherWord]) -> Html {
    if words.is_empty() {
        return html! {};
    }
    html! {
        <p class="no-results-words">
            { "The articles may say it in another language: " }
            { for words.iter().map(|w| html! {
                <>
                    <button class="link-button" onclick={search(store, w.word.clone())}>{ &w.word }</button>
                    { format!(" ({}, {} event{}) ", w.lang.name(), w.events, if w.events == 1 { "" } else { "s" }) }
                </>
            }) }
        </p>
    }
}

/// Names, each with its forms as each language writes them (each form a search), under a lead text.
fn names_view(store: &Store, lead: String, names: &[CloseName]) -> Html {
    if names.is_empty() {
        return html! {};
    }
    let forms = |c: &CloseName| -> Html {
        html! {
            <>
            { for c.forms.iter().map(|(form, langs)| html! {
                <>
                    <button class="link-button" onclick={search(store, form.clone())}>{ form }</button>
                    { format!(" ({}) ", langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")) }
                </>
            }) }
            </>
        }
    };
    html! {
        <div class="no-results-names">
            <p>{ lead }</p>
            <ul>{ for names.iter().map(|c| html! { <li>{ forms(c) }</li> }) }</ul>
        </div>
    }
}

/// The explanation and the suggestions.
#[function_component]
pub fn NoResults() -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let timeline = &data.timeline;
    let filters = store.view.filters.clone();
    let query = filters.query.trim().to_string();
    let (words, close) = if query.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        (
            other_words(&query, timeline, &filters),
            close_names(&query, timeline),
        )
    };
    let hidden = filters.hidden.len();
    html! {
        <section class="no-results" aria-label="No events">
            <h2>{ "No event matches" }</h2>
            if let Some(problem) = range_problem(filters.from, filters.to) {
                <p class="no-results-range">{ problem }</p>
            }
            if filters.count() == 0 && hidden == 0 {
                <p>{ "The corpus has no dated event yet: add articles to see them here." }</p>
            } else if filters.count() == 0 {
                <p>{ format!("Every article with events is hidden ({hidden} hidden): show them again in the Articles view.") }</p>
            } else {
                <p>{ "Each filter below narrows the timeline; together they leave nothing. Drop one:" }</p>
            }
            { relax_list(&store, &filters, &relaxations(&filters, timeline)) }
            if !query.is_empty() {
                <p>{ format!("“{query}” is in no dated sentence of the articles shown and is no name of an entity. The search reads the words as each article writes them, in its own language.") }</p>
            }
            { other_words_view(&store, &words) }
            { names_view(&store, format!("Names close to “{query}”, as each language writes them:"), &close) }
            { names_view(&store, "The corpus writes these names differently in its languages (any of them finds them all):".to_string(), &names_across_languages(timeline, 4)) }
        </section>
    }
}

//! What the timeline shows when no event passes the filters: why (each filter that is set, with how
//! many events it hides, to drop in one click), the words the corpus may use for the query in its other
//! languages, and the names it knows close to the query and across languages.

use crate::timeline::filter::range_problem;
use crate::timeline::suggest::{
    close_names, names_across_languages, other_words, relaxations, Part,
};
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use yew::prelude::*;

/// The explanation and the suggestions.
#[function_component]
pub fn NoResults() -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let timeline = &data.timeline;
    let filters = store.view.filters.clone();
    let query = filters.query.trim().to_string();
    let relax = relaxations(&filters, timeline);
    let words = if query.is_empty() {
        Vec::new()
    } else {
        other_words(&query, timeline, &filters)
    };
    let close = if query.is_empty() {
        Vec::new()
    } else {
        close_names(&query, timeline)
    };
    let across = names_across_languages(timeline, 4);
    let search = |text: String| {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::SetQuery(text.clone())))
    };
    let describe = |p: &Part| -> String {
        match p {
            Part::Query => format!("the search “{query}”"),
            Part::Entity(e) => format!("the entity {e}"),
            Part::Langs => format!(
                "the language filter ({})",
                filters
                    .langs
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Part::Articles => "the article filter".to_string(),
            Part::Types => "the expression types".to_string(),
            Part::Grains => "the precisions".to_string(),
            Part::Dates => "the dates (From, To)".to_string(),
        }
    };
    let forms = |c: &crate::timeline::suggest::CloseName| -> Html {
        html! {
            <>
            { for c.forms.iter().map(|(form, langs)| html! {
                <>
                    <button class="link-button" onclick={search(form.clone())}>{ form }</button>
                    { format!(" ({}) ", langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")) }
                </>
            }) }
            </>
        }
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
            if !relax.is_empty() {
                <ul class="no-results-filters">
                    { for relax.iter().map(|(part, n)| {
                        let store = store.clone();
                        let without = part.drop_from(&filters);
                        let onclick = Callback::from(move |_: MouseEvent| {
                            let mut view = store.view.clone();
                            view.filters = without.clone();
                            store.dispatch(Action::Restore(view));
                        });
                        html! {
                            <li>
                                <button class="link-button" {onclick}>{ format!("Drop {}", describe(part)) }</button>
                                { format!(": {n} event{} without it", if *n == 1 { "" } else { "s" }) }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !query.is_empty() {
                <p>{ format!("“{query}” is in no dated sentence of the articles shown and is no name of an entity. The search reads the words as each article writes them, in its own language.") }</p>
            }
            if !words.is_empty() {
                <p class="no-results-words">
                    { "The articles may say it in another language: " }
                    { for words.iter().map(|w| html! {
                        <>
                            <button class="link-button" onclick={search(w.word.clone())}>{ &w.word }</button>
                            { format!(" ({}, {} event{}) ", w.lang.name(), w.events, if w.events == 1 { "" } else { "s" }) }
                        </>
                    }) }
                </p>
            }
            if !close.is_empty() {
                <div class="no-results-names">
                    <p>{ format!("Names close to “{query}”, as each language writes them:") }</p>
                    <ul>{ for close.iter().map(|c| html! { <li>{ forms(c) }</li> }) }</ul>
                </div>
            }
            if !across.is_empty() {
                <div class="no-results-names">
                    <p>{ "The corpus writes these names differently in its languages (any of them finds them all):" }</p>
                    <ul>{ for across.iter().map(|c| html! { <li>{ forms(c) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}

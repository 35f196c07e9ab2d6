//! The sources of a merged event card: a disclosure "Reported by N articles", whose list is rendered
//! only once opened, a page at a time (a date many articles mention can gather thousands of sources, and
//! rendering them all on every search would stall the page). Each source shows its own expression and
//! value beside its sentence.

use super::event_sentence::event_sentence;
use crate::ui::state::Shared;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Sources listed when the disclosure opens, and added by each "Show more".
const SOURCES_PAGE: usize = 25;

/// Properties of [`EventSources`].
#[derive(Properties, PartialEq)]
pub struct EventSourcesProps {
    /// The corpus data.
    pub data: Shared,
    /// The index of the card whose sources are listed.
    pub card: usize,
    /// Ids of the hidden articles, whose sources are left out.
    pub hidden: Rc<BTreeSet<String>>,
}

/// The disclosure with the card's sources.
#[function_component]
pub fn EventSources(props: &EventSourcesProps) -> Html {
    let timeline = &props.data.0.timeline;
    // How many sources are rendered: none while closed.
    let shown = use_state(|| 0usize);
    let card = &timeline.cards[props.card];
    let sources: Vec<usize> = card
        .events
        .iter()
        .copied()
        .filter(|&i| !props.hidden.contains(&timeline.events[i].article_id))
        .collect();
    let mut articles: Vec<usize> = sources
        .iter()
        .map(|&i| timeline.events[i].article)
        .collect();
    crate::sort::sort(&mut articles);
    articles.dedup();
    let mut langs: Vec<&str> = Vec::new();
    for &i in &sources {
        let code = timeline.events[i].lang.code();
        if !langs.contains(&code) {
            langs.push(code);
        }
    }
    let ontoggle = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open());
            shown.set(if open { SOURCES_PAGE } else { 0 });
        })
    };
    let total = sources.len();
    let limit = (*shown).min(total);
    html! {
        <details class="event-sources" ontoggle={ontoggle}>
            <summary>{ format!("Reported by {} articles ({})", articles.len(), langs.join(", ")) }</summary>
            if limit > 0 {
                <ul>
                    { for sources[..limit].iter().map(|&i| {
                        let e = &timeline.events[i];
                        html! {
                            <li lang={e.lang.code()} data-lang={e.lang.code()}>
                                <span class="lang-badge" data-lang={e.lang.code()}>{ e.lang.code() }</span>{ " " }
                                <span class="source-expression">{ &e.text }</span>{ " → " }
                                <data class="source-value" value={e.value.clone()} title={e.value.clone()}>{ crate::timeline::view::event_date_label(e) }</data>{ ": " }
                                { event_sentence(e) }
                                <span class="event-source-value">{ format!(" — {}", timeline.articles[e.article].title) }</span>
                            </li>
                        }
                    }) }
                </ul>
                if limit < total {
                    <button class="link-button" onclick={
                        let shown = shown.clone();
                        Callback::from(move |_: MouseEvent| shown.set(limit + SOURCES_PAGE))
                    }>{ format!("Show more sources ({limit} of {total} shown)") }</button>
                }
            }
        </details>
    }
}

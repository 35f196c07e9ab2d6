//! The sources of a merged event card: a disclosure "Reported by N articles", whose list is rendered
//! only once opened, a page at a time (a date many articles mention can gather thousands of sources, and
//! rendering them all on every search would stall the page).

use super::event_sentence::event_sentence;
use crate::ui::hooks::use_store;
use yew::prelude::*;

/// Sources listed when the disclosure opens, and added by each "Show more".
const SOURCES_PAGE: usize = 25;

/// Properties of [`EventSources`].
#[derive(Properties, PartialEq)]
pub struct EventSourcesProps {
    /// The index of the card whose sources are listed.
    pub card: usize,
}

/// The disclosure with the card's sources.
#[function_component]
pub fn EventSources(props: &EventSourcesProps) -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    // How many sources are rendered: none while closed.
    let shown = use_state(|| 0usize);
    let card = &data.timeline.cards[props.card];
    let langs: Vec<&str> = card.langs.iter().map(|l| l.code()).collect();
    let ontoggle = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open());
            shown.set(if open { SOURCES_PAGE } else { 0 });
        })
    };
    let total = card.events.len();
    let limit = (*shown).min(total);
    html! {
        <details class="event-sources" ontoggle={ontoggle}>
            <summary>{ format!("Reported by {} articles ({})", card.articles.len(), langs.join(", ")) }</summary>
            if limit > 0 {
                <ul>
                    { for card.events[..limit].iter().map(|&i| {
                        let e = &data.timeline.events[i];
                        html! {
                            <li lang={e.lang.code()} data-lang={e.lang.code()}>
                                <span class="lang-badge" data-lang={e.lang.code()}>{ e.lang.code() }</span>{ " " }
                                { event_sentence(e) }
                                <span class="event-source-value">{ format!(" — {}, {}", e.value, data.timeline.articles[e.article].title) }</span>
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

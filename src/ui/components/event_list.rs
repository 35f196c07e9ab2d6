//! The accessible list of timeline events, in date order, in step with the axis. Arrow keys move between
//! events, Home and End jump, + and − zoom, Enter opens the article at the sentence. A card reported by
//! several articles expands to each source's sentence, in its language.
//!
//! A short list is rendered whole; of a long one only the first cards, and more as the reader nears its
//! end (or presses "Show more", or moves there with the keyboard, or prints): a corpus of thousands of
//! events costs no more to filter than a screenful.

use super::event_sentence::event_sentence;
use super::event_sources::EventSources;
use crate::timeline::axis::{window, zoomed};
use crate::timeline::filter::{Filters, Matcher};
use crate::timeline::view::{dom_id, event_date_label, first_two_sources};
use crate::ui::browser::{focus, focus_soon, when_near};
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use gloo_events::EventListener;
use yew::prelude::*;

/// Cards rendered at first, and added each time the reader nears the end of the list.
pub const PAGE: usize = 20;

/// A list no longer than this is rendered whole.
pub const SHORT_LIST: usize = 50;

/// The id of the element after the last rendered card.
const MORE_ID: &str = "event-list-more";

/// Properties of [`EventList`].
#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// Indices of the visible cards.
    pub visible: Vec<usize>,
}

/// The list.
#[function_component]
pub fn EventList(props: &EventListProps) -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let selected = store.view.selected.clone();
    // The event a card shows first: its most precise event among those that pass the filters.
    let matcher = Matcher::new(&store.view.filters, &data.timeline.names);
    let shown_lead = |ci: usize| -> usize {
        let card = &data.timeline.cards[ci];
        card.events
            .iter()
            .copied()
            .find(|&i| matcher.matches(&data.timeline.events[i]))
            .unwrap_or(card.events[0])
    };
    // Each visible card's lead event (an index into the events).
    let leads: std::rc::Rc<Vec<usize>> =
        std::rc::Rc::new(props.visible.iter().map(|&c| shown_lead(c)).collect());
    // How many cards are rendered, for these filters (a new filter starts again from one page).
    let shown = use_state(|| (Filters::default(), 0));
    let filters = store.view.filters.clone();
    let selected_position = selected
        .as_ref()
        .and_then(|s| leads.iter().position(|&i| data.timeline.events[i].id == *s));
    let first_page = if props.visible.len() <= SHORT_LIST {
        SHORT_LIST
    } else {
        PAGE
    };
    let limit = if shown.0 == filters {
        shown.1.max(first_page)
    } else {
        first_page
    }
    .max(selected_position.map_or(0, |p| p + 1))
    .min(props.visible.len());
    let show = {
        let (shown, filters) = (shown.clone(), filters.clone());
        Callback::from(move |count: usize| shown.set((filters.clone(), count)))
    };
    // Render more when the end of the list comes near, and everything before printing.
    {
        let (show, total) = (show.clone(), props.visible.len());
        use_effect_with((limit, total), move |&(limit, total)| {
            let listeners = (limit < total).then(|| {
                let window = web_sys::window().expect("window");
                let near = {
                    let show = show.clone();
                    when_near(MORE_ID, move || show.emit(limit + PAGE))
                };
                let on_print =
                    EventListener::new(&window, "beforeprint", move |_| show.emit(total));
                (near, on_print)
            });
            move || drop(listeners)
        });
    }
    let onkeydown = {
        let store = store.clone();
        let leads = leads.clone();
        let data = data.clone();
        let show = show.clone();
        Callback::from(move |e: KeyboardEvent| {
            if leads.is_empty() {
                return;
            }
            let id = |k: usize| &data.timeline.events[leads[k]].id;
            // The focused event, else the selected one.
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .map(|el| el.id())
                .and_then(|focused| (0..leads.len()).find(|&k| dom_id(id(k)) == focused));
            let current = focused.or_else(|| {
                store
                    .view
                    .selected
                    .as_ref()
                    .and_then(|s| (0..leads.len()).find(|&k| id(k) == s))
            });
            let target = match e.key().as_str() {
                "ArrowDown" | "ArrowRight" => {
                    Some(current.map_or(0, |c| (c + 1).min(leads.len() - 1)))
                }
                "ArrowUp" | "ArrowLeft" => Some(current.map_or(0, |c| c.saturating_sub(1))),
                "Home" => Some(0),
                "End" => Some(leads.len() - 1),
                "+" | "=" | "-" | "_" => {
                    if let Some(w) = window(store.view.zoom, data.timeline.extent) {
                        let factor = if matches!(e.key().as_str(), "+" | "=") {
                            0.5
                        } else {
                            2.0
                        };
                        store.dispatch(Action::Zoom(Some(zoomed(w, factor))));
                    }
                    e.prevent_default();
                    None
                }
                "Enter" => {
                    if let Some(ev) = current.map(|c| &data.timeline.events[leads[c]]) {
                        store.dispatch(Action::Select(Some(ev.id.clone())));
                        store.dispatch(Action::OpenArticle(ev.article_id.clone()));
                    }
                    None
                }
                _ => None,
            };
            if let Some(t) = target {
                e.prevent_default();
                store.dispatch(Action::Select(Some(id(t).clone())));
                if t < limit {
                    focus(&dom_id(id(t)));
                } else {
                    show.emit(t + PAGE);
                    focus_soon(dom_id(id(t)));
                }
            }
        })
    };
    html! {
        <>
        <ul class="event-list" aria-label="Timeline events" {onkeydown}>
            { for props.visible[..limit].iter().zip(leads.iter()).map(|(&ci, &lead)| {
                let card = &data.timeline.cards[ci];
                let lead_index = lead;
                let lead = &data.timeline.events[lead];
                let is_selected = selected.as_deref() == Some(lead.id.as_str());
                let article = &data.timeline.articles[lead.article];
                let select = {
                    let store = store.clone();
                    let id = lead.id.clone();
                    Callback::from(move |_: MouseEvent| store.dispatch(Action::Select(Some(id.clone()))))
                };
                let open = {
                    let store = store.clone();
                    let (id, article_id) = (lead.id.clone(), lead.article_id.clone());
                    Callback::from(move |_: MouseEvent| {
                        store.dispatch(Action::Select(Some(id.clone())));
                        store.dispatch(Action::OpenArticle(article_id.clone()));
                    })
                };
                html! {
                    <li key={lead.id.clone()} class={classes!("event-card", is_selected.then_some("selected"), lead.publication.then_some("publication"), (card.articles.len() > 1).then_some("merged"))}
                        data-event={lead.id.clone()} data-value={lead.value.clone()}>
                        <button id={dom_id(&lead.id)} class="event-select" aria-pressed={is_selected.to_string()} onclick={select}>
                            <span class="event-date">{ event_date_label(lead) }</span>
                            <span class="event-expression">{ if lead.publication { "publication date".to_string() } else { lead.text.clone() } }</span>
                        </button>
                        <p class="event-sentence" lang={lead.lang.code()}>{ event_sentence(lead) }</p>
                        <p class="event-meta">
                            <span class="lang-badge" data-lang={lead.lang.code()}>{ lead.lang.code() }</span>
                            <span class="event-article">{ &article.title }</span>
                            <button class="link-button" onclick={open}>{ "Open article" }</button>
                            <button class="link-button" onclick={
                                // A merged card opens its first two sources side by side, at their sentences.
                                let (store, id) = (store.clone(), lead.article_id.clone());
                                let pair = first_two_sources(card, &data.timeline.events, lead_index).map(|(a, b)| {
                                    let (a, b) = (&data.timeline.events[a], &data.timeline.events[b]);
                                    (a.article_id.clone(), b.article_id.clone(), a.sentence_start, b.sentence_start)
                                });
                                Callback::from(move |_: MouseEvent| store.dispatch(match pair.clone() {
                                    Some((l, r, ls, rs)) => Action::ShowPair(l, r, ls, rs),
                                    None => Action::SetCompare(Some(id.clone()), None),
                                }))
                            }>{ "Compare with…" }</button>
                        </p>
                        <p class="event-anchor">{ &lead.anchor }</p>
                        if card.articles.len() > 1 {
                            <EventSources card={ci} />
                        }
                    </li>
                }
            }) }
        </ul>
        if limit < props.visible.len() {
            <p id={MORE_ID} class="event-list-more">
                <button onclick={
                    let show = show.clone();
                    Callback::from(move |_: MouseEvent| show.emit(limit + PAGE))
                }>{ format!("Show more ({} of {} events shown)", limit, props.visible.len()) }</button>
            </p>
        }
        </>
    }
}

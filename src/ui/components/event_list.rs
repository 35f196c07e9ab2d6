//! The accessible list of timeline events, in date order, in step with the axis. Arrow keys move between
//! events, Home and End jump, + and − zoom the axis around the focused event, Enter opens the article at
//! the sentence. A card reported by several articles expands to each source's sentence, in its language.
//! When no event passes the filters, the list says why and what to try ([`super::no_results`]).
//!
//! A short list is rendered whole; of a long one only the first cards, and more as the reader nears its
//! end (or presses "Show more", or moves there with the keyboard, or prints): a corpus of thousands of
//! events costs no more to filter than a screenful.

use super::event_card::EventCard;
use super::no_results::NoResults;
use crate::timeline::axis::{day_number, zoom_at, Window};
use crate::timeline::filter::{Filters, Matcher};
use crate::timeline::view::dom_id;
use crate::ui::browser::{focus, focus_soon, when_near};
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use gloo_events::EventListener;
use std::rc::Rc;
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
    pub visible: Rc<Vec<usize>>,
    /// The axis window, for zooming with the keyboard.
    pub window: Option<Window>,
}

/// The list.
#[function_component]
pub fn EventList(props: &EventListProps) -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let selected = store.view.selected.clone();
    let hidden = use_memo(store.view.filters.hidden.clone(), |h| h.clone());
    // Each visible card's lead event: its first event that passes the filters.
    let leads: Rc<Vec<usize>> = use_memo(
        (
            store.data.clone(),
            store.view.filters.clone(),
            props.visible.clone(),
        ),
        |(data, filters, visible)| {
            let timeline = &data.0.timeline;
            let matcher = Matcher::new(filters, timeline);
            visible
                .iter()
                .map(|&ci| {
                    let card = &timeline.cards[ci];
                    card.events
                        .iter()
                        .copied()
                        .find(|&i| matcher.matches(&timeline.events[i]))
                        .unwrap_or(card.events[0])
                })
                .collect()
        },
    );
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
        let axis_window = props.window;
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
                    if let Some(w) = axis_window {
                        let factor = if matches!(e.key().as_str(), "+" | "=") {
                            0.5
                        } else {
                            2.0
                        };
                        // Around the current event when the axis shows it, else the middle.
                        let middle = (day_number(w.0) + day_number(w.1)) / 2.0;
                        let anchor = current
                            .and_then(|c| data.timeline.events[leads[c]].span)
                            .map(|(s, t)| (day_number(s) + day_number(t) + 1.0) / 2.0)
                            .filter(|&a| a >= day_number(w.0) && a <= day_number(w.1))
                            .unwrap_or(middle);
                        store.dispatch(Action::Zoom(Some(zoom_at(w, anchor, factor))));
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
    if props.visible.is_empty() {
        return html! { <NoResults /> };
    }
    let dispatch = store.dispatcher();
    html! {
        <>
        <ul class="event-list" aria-label="Timeline events" {onkeydown}>
            { for props.visible[..limit].iter().zip(leads.iter()).map(|(&ci, &lead)| {
                let id = &data.timeline.events[lead].id;
                html! {
                    <EventCard key={id.clone()} data={store.data.clone()} card={ci} {lead}
                        selected={selected.as_deref() == Some(id.as_str())} hidden={hidden.clone()} dispatch={dispatch.clone()} />
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

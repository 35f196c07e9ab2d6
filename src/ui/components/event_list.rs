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
use crate::timeline::axis::{zoom_at, Window};
use crate::timeline::filter::{Filters, Matcher};
use crate::timeline::list_keys::{list_key, zoom_anchor, ListKey};
use crate::timeline::view::dom_id;
use crate::ui::browser::{focus, focus_soon, when_near};
use crate::ui::hooks::use_store;
use crate::ui::state::Action;
use crate::ui::Store;
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

/// Each visible card's lead event: its first event that passes the filters (an index into the
/// timeline's events), memoised on the data, the filters and the visible cards.
#[hook]
fn use_leads(store: &Store, visible: Rc<Vec<usize>>) -> Rc<Vec<usize>> {
    use_memo(
        (store.data.clone(), store.view.filters.clone(), visible),
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
    )
}

/// How many cards are rendered (`limit`), and `show` to render up to a count: a short list whole,
/// a long one from one page for each new filter, always through the selected card; more when the end
/// of the list comes near, and everything before printing.
#[hook]
fn use_paging(
    filters: Filters,
    total: usize,
    selected_position: Option<usize>,
) -> (usize, Callback<usize>) {
    let shown = use_state(|| (Filters::default(), 0));
    let first_page = if total <= SHORT_LIST {
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
    .min(total);
    let show = Callback::from(move |count: usize| shown.set((filters.clone(), count)));
    {
        let show = show.clone();
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
    (limit, show)
}

/// The list's keys ([`list_key`]): moving selects and focuses an event (rendering more first when it
/// is past the rendered ones), + and − zoom the axis, Enter opens the article at the sentence.
fn on_key(
    store: &Store,
    leads: Rc<Vec<usize>>,
    limit: usize,
    show: Callback<usize>,
    axis_window: Option<Window>,
) -> Callback<KeyboardEvent> {
    let store = store.clone();
    Callback::from(move |e: KeyboardEvent| {
        if leads.is_empty() {
            return;
        }
        let data = store.data.0.clone();
        let event = |k: usize| &data.timeline.events[leads[k]];
        // The focused event, else the selected one.
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .map(|el| el.id())
            .and_then(|focused| (0..leads.len()).find(|&k| dom_id(&event(k).id) == focused));
        let current = focused.or_else(|| {
            let selected = store.view.selected.as_ref()?;
            (0..leads.len()).find(|&k| event(k).id == *selected)
        });
        match list_key(&e.key(), current, leads.len()) {
            ListKey::Go(t) => {
                e.prevent_default();
                let id = event(t).id.clone();
                store.dispatch(Action::Select(Some(id.clone())));
                if t < limit {
                    focus(&dom_id(&id));
                } else {
                    show.emit(t + PAGE);
                    focus_soon(dom_id(&id));
                }
            }
            ListKey::Zoom(factor) => {
                e.prevent_default();
                if let Some(w) = axis_window {
                    let anchor = zoom_anchor(w, current.and_then(|c| event(c).span));
                    store.dispatch(Action::Zoom(Some(zoom_at(w, anchor, factor))));
                }
            }
            ListKey::Open => {
                if let Some(ev) = current.map(event) {
                    store.dispatch(Action::Select(Some(ev.id.clone())));
                    store.dispatch(Action::OpenArticle(ev.article_id.clone()));
                }
            }
            ListKey::Ignore => {}
        }
    })
}

/// The list.
#[function_component]
pub fn EventList(props: &EventListProps) -> Html {
    let store = use_store();
    let data = store.data.0.clone();
    let selected = store.view.selected.clone();
    let hidden = use_memo(store.view.filters.hidden.clone(), |h| h.clone());
    let leads = use_leads(&store, props.visible.clone());
    let selected_position = selected
        .as_ref()
        .and_then(|s| leads.iter().position(|&i| data.timeline.events[i].id == *s));
    let total = props.visible.len();
    let (limit, show) = use_paging(store.view.filters.clone(), total, selected_position);
    let onkeydown = on_key(&store, leads.clone(), limit, show.clone(), props.window);
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
        if limit < total {
            <p id={MORE_ID} class="event-list-more">
                <button onclick={Callback::from(move |_: MouseEvent| show.emit(limit + PAGE))}>
                    { format!("Show more ({limit} of {total} events shown)") }
                </button>
            </p>
        }
        </>
    }
}

//! Keyboard focus that survives navigation. Where the focus is when the reader acts (a key, a click) is
//! remembered for the URL fragment of that moment; after Back or Forward the focus returns there (or, if
//! that element is gone, to the control that stands for the view: `timeline::view::focus_fallback`).
//! When the corpus is analysed again (articles added or removed) and the focus fell to the page, it
//! returns to the last place it was.
//!
//! A place is an element's id, or the nearest ancestor with an id and the element's position among the
//! focusable elements inside it.

use crate::timeline::fragment::ViewState;
use crate::timeline::view::focus_fallback;
use gloo_events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What counts as focusable when a place is found by position.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Where an element is: an id, and a position among the focusable elements inside that element.
#[derive(Clone, Debug)]
struct Place {
    anchor: String,
    nth: Option<u32>,
}

thread_local! {
    /// The place of the focus in each fragment, as last seen when the reader acted there.
    static PLACES: RefCell<HashMap<String, Place>> = RefCell::new(HashMap::new());
    /// The last place that had the focus.
    static LAST: RefCell<Option<Place>> = const { RefCell::new(None) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

fn place_of(el: &Element) -> Option<Place> {
    if !el.id().is_empty() {
        return Some(Place {
            anchor: el.id(),
            nth: None,
        });
    }
    let mut up = el.parent_element();
    while let Some(anchor) = up {
        if !anchor.id().is_empty() {
            let list = anchor.query_selector_all(FOCUSABLE).ok()?;
            let nth = (0..list.length())
                .find(|&i| list.get(i).is_some_and(|n| n.is_same_node(Some(el))))?;
            return Some(Place {
                anchor: anchor.id(),
                nth: Some(nth),
            });
        }
        up = anchor.parent_element();
    }
    None
}

/// The element at a place: the anchor itself, or the n-th focusable element inside it.
fn element_at(place: &Place) -> Option<HtmlElement> {
    let anchor = document()?.get_element_by_id(&place.anchor)?;
    let el = match place.nth {
        None => anchor,
        Some(n) => anchor
            .query_selector_all(FOCUSABLE)
            .ok()?
            .get(n)?
            .dyn_into()
            .ok()?,
    };
    el.dyn_into().ok()
}

/// The element with this id if it can take the focus, else the first focusable element inside it.
fn focusable_by_id(id: &str) -> Option<HtmlElement> {
    let el = document()?.get_element_by_id(id)?;
    if el.matches(FOCUSABLE).unwrap_or(false) {
        return el.dyn_into().ok();
    }
    el.query_selector(FOCUSABLE).ok()??.dyn_into().ok()
}

fn focused_element() -> Option<Element> {
    document()?.active_element()
}

/// Whether the focus is nowhere in particular (on the body, or gone).
fn focus_lost() -> bool {
    focused_element().is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"))
}

/// Remembers the focus's place for the current fragment whenever the reader presses a key or clicks
/// (before the page acts on it), and the last focused place. Keep the listeners alive.
pub fn remember() -> Vec<EventListener> {
    let Some(document) = document() else {
        return Vec::new();
    };
    let capture = EventListenerOptions::run_in_capture_phase();
    let on_act = |_: &web_sys::Event| {
        if let Some(place) = focused_element().as_ref().and_then(place_of) {
            PLACES.with(|p| p.borrow_mut().insert(current_hash(), place));
        }
    };
    vec![
        EventListener::new_with_options(&document, "keydown", capture, on_act),
        EventListener::new_with_options(&document, "click", capture, on_act),
        EventListener::new(&document, "focusin", |e| {
            let place = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .as_ref()
                .and_then(place_of);
            if place.is_some() {
                LAST.with(|l| *l.borrow_mut() = place);
            }
        }),
    ]
}

/// Focuses the first element `find` gives once the page has rendered it (it may still be rendering
/// or analysing), giving up after a few seconds or if the reader has put the focus somewhere meanwhile.
fn focus_when_there(find: impl Fn() -> Option<HtmlElement> + 'static, only_if_lost: bool) {
    yew::platform::spawn_local(async move {
        for attempt in 0..60 {
            let wait = if attempt == 0 { 0 } else { 50 };
            yew::platform::time::sleep(std::time::Duration::from_millis(wait)).await;
            if only_if_lost && !focus_lost() {
                return;
            }
            if let Some(el) = find() {
                let _ = el.focus();
                return;
            }
        }
    });
}

/// After Back or Forward to `state`: the focus returns where it was in that state, or to the control
/// that stands for the view.
pub fn restore(state: &ViewState) {
    let remembered = PLACES.with(|p| p.borrow().get(&current_hash()).cloned());
    let fallback = focus_fallback(state);
    focus_when_there(
        move || {
            remembered
                .as_ref()
                .and_then(element_at)
                .or_else(|| fallback.iter().find_map(|id| focusable_by_id(id)))
        },
        false,
    );
}

/// After the corpus was analysed again: if the focus fell to the page, it returns to where it last
/// was, or to the control that stands for the view.
pub fn recover(state: &ViewState) {
    if !focus_lost() {
        return;
    }
    let last = LAST.with(|l| l.borrow().clone());
    let fallback = focus_fallback(state);
    focus_when_there(
        move || {
            last.as_ref()
                .and_then(element_at)
                .or_else(|| fallback.iter().find_map(|id| focusable_by_id(id)))
        },
        true,
    );
}

//! Keeps the view state and the URL fragment in step: reads it at start-up and on `popstate` and
//! `hashchange` (back, forward, edited links), writes it on every change through the History API:
//! `pushState` (a history entry) for navigation, `replaceState` while typing. A browser that refuses
//! (a sandboxed frame opened from disk) raises an exception we catch, so nothing reaches the console;
//! the state then lives in the page only. `location.hash` is never assigned: in such a frame it is a
//! navigation the browser refuses with a console error.

use crate::timeline::fragment::{decode, decode_reporting, encode, Ignored, ViewState};
use wasm_bindgen::JsValue;

/// The view state in the current URL fragment.
pub fn read() -> ViewState {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    decode(&hash)
}

/// The view state in the current URL fragment, and the parts of it that were left out.
pub fn read_reporting() -> (ViewState, Vec<Ignored>) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    decode_reporting(&hash)
}

/// Writes the view state into the fragment. `replace` avoids a history entry (used while typing).
/// The fragment written (or tried, where the History API is refused) is also left on `<html>` as
/// `data-fragment`, so a test can wait for the write rather than for a fixed time.
pub fn write(view: &ViewState, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let fragment = encode(view);
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-fragment", &fragment);
    }
    let current = window.location().hash().unwrap_or_default();
    if current.trim_start_matches('#') == fragment {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    // An empty fragment clears the `#` from the address.
    let url = if fragment.is_empty() {
        let href = window.location().href().unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_string()
    } else {
        format!("#{fragment}")
    };
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

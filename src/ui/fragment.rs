//! Keeps the view state and the URL fragment in step: reads it at start-up and on `hashchange` (back and
//! forward), writes it on every change. Writing uses `location.hash` (a history entry) for navigation and
//! `history.replaceState` while typing (cheap, and no `hashchange`), falling back to `location.replace`
//! where the history is refused; a refusal of both is ignored.

use crate::timeline::fragment::{decode, encode, ViewState};

/// The view state in the current URL fragment.
pub fn read() -> ViewState {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    decode(&hash)
}

/// Writes the view state into the fragment. `replace` avoids a history entry (used while typing).
pub fn write(view: &ViewState, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let fragment = encode(view);
    let current = location.hash().unwrap_or_default();
    if current.trim_start_matches('#') == fragment {
        return;
    }
    if replace {
        let replaced = window.history().is_ok_and(|h| {
            h.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("#{fragment}")),
            )
            .is_ok()
        });
        if replaced {
            return;
        }
        let href = location.href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or("").to_string();
        let _ = location.replace(&format!("{base}#{fragment}"));
    } else {
        let _ = location.set_hash(&fragment);
    }
}

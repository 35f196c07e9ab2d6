//! Embed mode (`#embed`): the page tells its host how tall it is, so a wiki's iframe can fit it with no
//! inner scrollbar. The message is `{"type": "dossier:height", "height": <CSS pixels>}`, posted to the
//! parent on start and whenever the height changes, down as well as up: the height is the app's own
//! content (not the document, which is at least as tall as the iframe the host made). Our own code; no
//! third-party resizer.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Keeps the height reporting alive; dropping it stops the reports.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The app's content height in CSS pixels, rounded up.
fn content_height(document: &web_sys::Document) -> Option<i32> {
    let app = document.query_selector(".app").ok()??;
    Some(app.get_bounding_client_rect().height().ceil() as i32)
}

fn post_height(last: &Cell<i32>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(height) = window.document().as_ref().and_then(content_height) else {
        return;
    };
    if height == last.get() {
        return;
    }
    last.set(height);
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"dossier:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    if let Ok(Some(parent)) = window.parent() {
        let _ = parent.post_message(&message, "*");
    }
}

/// Starts reporting the app's height to the parent window.
pub fn report_height() -> Option<HeightReporter> {
    let document = web_sys::window()?.document()?;
    let last = Rc::new(Cell::new(-1));
    let callback = {
        let last = last.clone();
        Closure::<dyn FnMut()>::new(move || post_height(&last))
    };
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    if let Some(app) = document.query_selector(".app").ok().flatten() {
        observer.observe(&app);
    }
    post_height(&last);
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}

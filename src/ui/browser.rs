//! Small browser helpers: downloads from the page itself (Blob URLs, no server), focusing and scrolling
//! elements. Every call tolerates a browser that refuses (sandboxed iframes, strict policies).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, Url};

/// Offers `content` as a file download named `name`. Returns whether the browser accepted.
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    let run = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(content));
        let bag = BlobPropertyBag::new();
        bag.set_type(mime);
        let blob = Blob::new_with_str_sequence_and_options(&parts, &bag)?;
        let url = Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        Url::revoke_object_url(&url)?;
        Ok(())
    };
    run().is_ok()
}

/// Focuses the element with this id and scrolls it into view.
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls the element with this id into view (the nearest edge), without moving the focus.
pub fn scroll_into_view(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Focuses the element with this id once the pending render has run (for an element a state change is
/// about to create).
pub fn focus_soon(id: String) {
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        focus(&id);
    });
}

/// Watches the element with this id and calls `near` once it comes within two screens of the viewport
/// (including at once, if it already is). The browser works this out between frames, so nothing forces a
/// layout. Watching stops when the returned value is dropped.
pub fn when_near(id: &str, near: impl FnOnce() + 'static) -> Option<NearWatch> {
    use wasm_bindgen::closure::Closure;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
    let element = web_sys::window()?.document()?.get_element_by_id(id)?;
    let mut near = Some(near);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let intersecting = entries.iter().any(|e| {
            e.dyn_into::<IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if intersecting {
            if let Some(near) = near.take() {
                near();
            }
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px 200% 0px");
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(&element);
    Some(NearWatch {
        observer,
        _callback: callback,
    })
}

/// An element watched by [`when_near`]; dropping it stops the watch.
pub struct NearWatch {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for NearWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Lets the browser paint and handle input, then resumes. A message the page posts to itself is a new
/// task without the 4 ms floor that nested timers get, so yielding between slices of work costs next to
/// nothing; where messages cannot be posted, a timer does the same more slowly.
pub async fn yield_to_browser() {
    use wasm_bindgen::closure::Closure;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let wake_resolve = resolve.clone();
        let posted = web_sys::MessageChannel::new().is_ok_and(|channel| {
            let wake = Closure::once_into_js(move || {
                let _ = wake_resolve.call0(&JsValue::NULL);
            });
            channel.port1().set_onmessage(Some(wake.unchecked_ref()));
            channel.port2().post_message(&JsValue::NULL).is_ok()
        });
        if !posted {
            let _ = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve));
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether the page runs inside a frame whose origin is opaque: a sandboxed iframe without
/// `allow-same-origin` (or a file opened in a frame). Such a frame may be refused downloads
/// (`allow-downloads`), storage and the clipboard, and cannot tell which.
pub fn sandboxed_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let framed = match window.top() {
        Ok(Some(top)) => JsValue::from(top) != JsValue::from(window.clone()),
        _ => true,
    };
    framed && window.origin() == "null"
}

/// Copies `text` to the clipboard: through a selected, off-screen text area and the browser's copy
/// command (which works in sandboxed frames), else the asynchronous clipboard. Returns whether the
/// browser accepted; focus goes back where it was.
pub async fn copy_text(text: &str) -> bool {
    if copy_with_selection(text) {
        return true;
    }
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

fn copy_with_selection(text: &str) -> bool {
    let run = || -> Result<bool, JsValue> {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        let previous = document.active_element();
        let area: web_sys::HtmlTextAreaElement = document.create_element("textarea")?.dyn_into()?;
        area.set_value(text);
        area.set_attribute("readonly", "")?;
        area.set_attribute("aria-hidden", "true")?;
        // Placed off screen by the stylesheet: a style attribute would break the page's CSP.
        area.set_class_name("copy-buffer");
        let body = document.body().ok_or("no body")?;
        body.append_child(&area)?;
        area.select();
        let html: &web_sys::HtmlDocument = document.unchecked_ref();
        let copied = html.exec_command("copy").unwrap_or(false);
        body.remove_child(&area)?;
        if let Some(el) = previous.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
        Ok(copied)
    };
    run().unwrap_or(false)
}

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

/// Focuses the element with this id once the pending render has run (for an element a state change is
/// about to create).
pub fn focus_soon(id: String) {
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::ZERO).await;
        focus(&id);
    });
}

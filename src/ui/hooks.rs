//! The app's hooks.

use super::Store;
use yew::prelude::*;

/// The shared store (state and dispatcher) the [`App`](super::app::App) provides to every component.
///
/// # Panics
/// Outside the app's `ContextProvider<Store>`: every component is rendered inside it.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("components are rendered inside the App's store provider")
}

/// The width in CSS pixels of the element behind `node`, kept up to date by a `ResizeObserver`; 0 until
/// it is first measured.
#[hook]
pub fn use_width(node: NodeRef) -> f64 {
    let width = use_state_eq(|| 0.0f64);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let watch = node.cast::<web_sys::Element>().and_then(|element| {
                use wasm_bindgen::closure::Closure;
                use wasm_bindgen::JsCast;
                let measured = element.clone();
                let callback = Closure::<dyn FnMut()>::new(move || {
                    width.set(f64::from(measured.client_width()));
                });
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = watch {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}

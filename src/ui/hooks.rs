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

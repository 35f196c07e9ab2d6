//! The Yew front end (wasm32 only): state with a reducer ([`state`]), the URL fragment kept in step
//! ([`fragment`]), browser helpers ([`browser`]), the [`hooks::use_store`] hook, and one component per file
//! ([`components`]).

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod embed;
pub mod focus_memory;
pub mod fragment;
pub mod hooks;
pub mod state;
pub mod storage;

/// The shared store: the state and its dispatcher, given to components through a context.
pub type Store = yew::UseReducerHandle<state::AppState>;

/// Mounts the app on the document body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

//! The Yew front end (wasm32 only): state with a reducer, and one component per file.

pub mod app;
pub mod components;
pub mod state;

/// Mounts the app on the document body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

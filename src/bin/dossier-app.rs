//! The web app's entry point, built for wasm32 by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    dossier::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dossier-app is the browser build: run `trunk serve` (see README.md).");
    std::process::exit(2);
}

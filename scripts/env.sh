# Sourced by the other scripts: where the project and its tools live, and the pinned versions.
DOSSIER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOSSIER_TOOLS=${DOSSIER_TOOLS:-$HOME/.cache/dossier-tools}
TRUNK_VERSION=0.21.14
export DOSSIER_ROOT DOSSIER_TOOLS TRUNK_VERSION
export PATH="$DOSSIER_TOOLS/bin:$DOSSIER_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk must never try to download a tool (the machines reach package registries only).
export TRUNK_OFFLINE=true

# The wasm-bindgen version in Cargo.lock: wasm-bindgen-cli is installed at exactly this version.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$DOSSIER_ROOT/Cargo.lock"
}

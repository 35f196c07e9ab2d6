#!/usr/bin/env bash
# Installs what Dossier needs, pinned, idempotently, reusing whatever is already present:
#   - the wasm32 target, clippy and rustfmt (rustup)
#   - trunk and wasm-bindgen-cli (crates.io, into $DOSSIER_TOOLS, default ~/.cache/dossier-tools)
#   - wasm-opt (npm binaryen), esbuild and playwright-core (npm), from package-lock.json
#   - Chromium and ChromeDriver (Debian), only with --browser
# Usage: scripts/setup.sh [--browser]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/env.sh
source "$here/env.sh"
cd "$DOSSIER_ROOT"

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Rust pieces.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding rustup component $component"
    rustup component add "$component"
  fi
done

# Tools built from crates.io, each at the exact version the project pins.
install_crate() { # crate version binary [--locked]
  local crate=$1 version=$2 bin=$3 locked=${4:-}
  if [ -x "$DOSSIER_TOOLS/bin/$bin" ] && "$DOSSIER_TOOLS/bin/$bin" --version 2>/dev/null | grep -q " $version\b"; then
    return
  fi
  step "installing $crate $version into $DOSSIER_TOOLS (once per machine; trunk takes about 10 minutes)"
  cargo install "$crate" --version "=$version" $locked --root "$DOSSIER_TOOLS"
}
install_crate trunk "$TRUNK_VERSION" trunk --locked
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly; its own lock file wants a
# crate the registry does not serve, so it is installed without --locked.
install_crate wasm-bindgen-cli "$(wasm_bindgen_version)" wasm-bindgen

# Node packages (wasm-opt, esbuild, playwright-core), exactly as package-lock.json says.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Trunk builds offline: make sure every crate is in cargo's cache.
cargo fetch --quiet

if $want_browser && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  step "installing Chromium and ChromeDriver from Debian"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi
step "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1)"

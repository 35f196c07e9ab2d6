#!/usr/bin/env bash
# Sets everything up and runs every test: formatting, clippy (host and wasm32), the native tests, the
# release build, and the browser tests in headless Chromium. Fails if any step fails.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

bash scripts/setup.sh --browser
step "cargo fmt --check"
cargo fmt --all -- --check
step "no copy of the shared date suite in tests or docs"
python3 scripts/check-suite-copies.py
step "clippy (host)"
cargo clippy --workspace --all-targets -- -D warnings
step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
step "native tests"
cargo test --workspace
step "fuzz smoke run (cargo fuzz, 20 s per target; scripts/fuzz.sh runs longer)"
bash scripts/fuzz.sh 20
step "release build (dist/ and dist/dossier.html)"
bash scripts/build.sh
step "size budget"
bash scripts/check-size.sh
step "hostile corpus build (target/hostile-dist)"
DOSSIER_CORPUS=tests/fixtures/hostile trunk build --release --dist target/hostile-dist
step "generated corpus of 400 articles (target/scale-dist)"
cargo xtask gen-corpus 400 target/scale-corpus >/dev/null
DOSSIER_CORPUS=target/scale-corpus trunk build --release --dist target/scale-dist
step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/browser/

#!/usr/bin/env bash
# Sets everything up and reproduces BENCHMARKS.md: generated corpora (10, 100, 1,000, 5,000 articles),
# the native throughput benchmark, the release build for the default corpus and for 1,000 articles, the
# in-browser benchmark (wasm core vs chrono-node, start-up, interaction, memory, sizes), then the report.
# Benchmarks measure and report; they never fail on a number (the size budget is enforced by the tests).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

bash scripts/setup.sh --browser
mkdir -p target/bench
for n in 10 100 1000 5000; do
  dir=target/bench/corpus-$n
  if [ "$(find "$dir" -name '*.txt' 2>/dev/null | wc -l)" -ne "$n" ]; then
    step "generating $n articles into $dir"
    rm -rf "$dir"
    cargo xtask gen-corpus "$n" "$dir"
  fi
done
step "native throughput (cargo bench)"
cargo bench --bench throughput -- --out target/bench/native.json \
  target/bench/corpus-100 target/bench/corpus-10 target/bench/corpus-1000 target/bench/corpus-5000
step "release build, 1,000 articles (target/bench/dist-1000)"
DOSSIER_CORPUS=target/bench/corpus-1000 trunk build --release --dist target/bench/dist-1000
step "release build, default corpus (dist/)"
bash scripts/build.sh
step "in-browser benchmark (headless Chromium)"
node bench/browser.mjs
step "writing BENCHMARKS.md"
DOSSIER_RUSTC="$(rustc --version)" DOSSIER_TRUNK="$(trunk --version)" node bench/report.mjs > BENCHMARKS.md
cat BENCHMARKS.md

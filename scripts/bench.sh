#!/usr/bin/env bash
# Sets everything up and reproduces BENCHMARKS.md: generated corpora (10, 100, 1,000, 5,000 articles) and
# long articles (cargo xtask gen-long: nl, fr, en of 8 KB to 8 MB, and undated Dutch ones), the native
# throughput benchmark (per component, growth by article count and by article length), `dossier extract`
# against chrono-node as whole processes, the release build for the default corpus and for 1,000
# articles, the in-browser benchmark (wasm core vs chrono-node, start-up, interaction, memory, sizes),
# then the report. Benchmarks measure and report; they never fail on a number (the size budget is
# enforced by the tests).
#
# Also reported when present: target/bench/fuzz.json (the last long run of scripts/fuzz.sh; set
# DOSSIER_BENCH_FUZZ_SECONDS=900 to run it here first) and target/bench/opt-levels.json
# (scripts/bench-opt-levels.sh).
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
long=()
# 10x steps for every language; Dutch also at issue 15's sizes (700 KB and 1.4 MB dense in names, 5 MB).
for lang in nl fr en nl-undated; do
  sizes=(8000 80000 800000 8000000)
  [ "$lang" = nl ] && sizes=(8000 80000 700000 800000 1400000 5000000 8000000)
  for bytes in "${sizes[@]}"; do
    file=target/bench/long/$lang-$bytes/article.txt
    [ "$lang" = nl-undated ] && file=target/bench/long/nl-$bytes-undated/article.txt
    if [ ! -f "$file" ]; then
      step "generating a long article: $file"
      if [ "$lang" = nl-undated ]; then
        cargo xtask gen-long nl "$bytes" "$file" 42 --undated
      else
        cargo xtask gen-long "$lang" "$bytes" "$file"
      fi
    fi
    long+=(--long "$file")
  done
done
step "native throughput (cargo bench): components, growth by article count and by article length"
cargo bench --bench throughput -- --out target/bench/native.json "${long[@]}" \
  target/bench/corpus-100 target/bench/corpus-10 target/bench/corpus-1000 target/bench/corpus-5000
step "dossier extract against chrono-node, whole processes"
cargo build --release --bin dossier
node bench/extract.mjs
if [ -n "${DOSSIER_BENCH_FUZZ_SECONDS:-}" ]; then
  step "fuzzing, ${DOSSIER_BENCH_FUZZ_SECONDS} s per target"
  bash scripts/fuzz.sh "$DOSSIER_BENCH_FUZZ_SECONDS"
fi
step "release build, 1,000 articles (target/bench/dist-1000)"
DOSSIER_CORPUS=target/bench/corpus-1000 trunk build --release --dist target/bench/dist-1000
step "release build, default corpus (dist/)"
bash scripts/build.sh
step "in-browser benchmark (headless Chromium)"
node bench/browser.mjs
step "the page's longest step on one long article added to it (issue 15): 250 KB and 1 MB"
for bytes in 250000 1000000; do
  file=target/bench/frame/nl-$bytes.txt
  [ -f "$file" ] || cargo xtask gen-long nl "$bytes" "$file"
  node bench/frame_budget.mjs "$file"
done
step "writing BENCHMARKS.md"
DOSSIER_RUSTC="$(rustc --version)" DOSSIER_TRUNK="$(trunk --version)" node bench/report.mjs > BENCHMARKS.md
cat BENCHMARKS.md

#!/usr/bin/env bash
# The wasm build's optimisation level, measured: builds the release page with each cargo opt-level
# (with lto, as the `web` profile has it) and the same wasm-opt level, and runs the in-browser
# throughput benchmark (whole pipeline and extraction against chrono-node, same page) and the size of
# each single file. Writes target/bench/opt-levels.json, which bench/report.mjs shows in BENCHMARKS.md.
# Not a test; the chosen level is the `web` profile's in Cargo.toml and `data-wasm-opt` in index.html.
#
# Each variant builds into its own folder (target/bench/opt-LEVEL/dist) from a copy of index.html whose
# paths point back at the sources, with CARGO_PROFILE_WEB_OPT_LEVEL set, and its own cargo target
# folder (target/bench/opt-target), so the main build's cache is left alone.
# A variant written LEVELiN (e.g. 2i50) builds at LEVEL with LLVM's inline threshold set to N
# (RUSTFLAGS="-C llvm-args=-inline-threshold=N", for every crate; default at 2 is 225): less inlining,
# less code. Such a variant gets its own cargo target folder (target/bench/opt-target-LEVELiN).
# Usage: scripts/bench-opt-levels.sh [LEVEL...]   (default: z s 2 3)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

levels=("$@")
[ ${#levels[@]} -eq 0 ] && levels=(z s 2 3)
bash scripts/setup.sh --browser
[ -f dist/dossier.html ] || bash scripts/build.sh   # the browser harness opens the default page too
[ -d target/bench/corpus-100 ] || cargo xtask gen-corpus 100 target/bench/corpus-100
results=()
for variant in "${levels[@]}"; do
  level=${variant%%i*}
  rustflags=${RUSTFLAGS:-}
  target_dir=target/bench/opt-target
  if [ "$variant" != "$level" ]; then
    rustflags="$rustflags -C llvm-args=-inline-threshold=${variant#*i}"
    target_dir=target/bench/opt-target-$variant
  fi
  dir=target/bench/opt-$variant
  mkdir -p "$dir"
  # The page's sources, seen from $dir; the wasm-opt level follows the cargo one.
  sed -e "s|href=\"styles/|href=\"../../../styles/|" \
      -e "s|data-wasm-opt=\"[^\"]*\"|data-wasm-opt=\"$level\"|" \
      -e "s|<link data-trunk rel=\"rust\"|<link data-trunk rel=\"rust\" href=\"../../../Cargo.toml\"|" \
      index.html >"$dir/index.html"
  step "release build $variant: opt-level $level and wasm-opt -O$level ($dir/dist)"
  RUSTFLAGS="$rustflags" CARGO_TARGET_DIR=$target_dir CARGO_PROFILE_WEB_OPT_LEVEL=$level \
    trunk build --release --config Trunk.toml --dist "$dir/dist" "$dir/index.html"
  step "in-browser throughput, $variant"
  DOSSIER_BENCH_DIST="$dir/dist" DOSSIER_BENCH_ONLY=throughput DOSSIER_BENCH_OUT="$dir/browser.json" \
    node bench/browser.mjs
  results+=("{\"level\": \"$variant\", \"report\": $(cat "$dir/browser.json")}")
done
joined=$(IFS=,; echo "${results[*]}")
echo "{\"variants\": [$joined]}" >target/bench/opt-levels.json
echo "wrote target/bench/opt-levels.json" >&2

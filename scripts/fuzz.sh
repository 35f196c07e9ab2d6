#!/usr/bin/env bash
# Fuzzes Dossier's two entry points with cargo-fuzz (libFuzzer): `corpus_file` (any bytes as a corpus
# file: decoding, parsing, the whole corpus pipeline) and `extract` (any UTF-8 text through extraction in
# nl, fr, en and an unknown language). Each target starts from the seed articles and the hostile fixtures
# and runs for SECONDS (default 600); a crash stops the run with the failing input under
# fuzz/artifacts/<target>/ and a non-zero exit. Prints the number of executions per target.
# cargo-fuzz is installed pinned into $DOSSIER_TOOLS; stable rustc is asked to accept the unstable
# flags libFuzzer builds need (RUSTC_BOOTSTRAP=1, fuzz crate only); no sanitizer, debug assertions on.
# A long run (SECONDS ≥ 300) records its executions per target in target/bench/fuzz.json for
# BENCHMARKS.md (bench/report.mjs); the short smoke run of the test command records nothing.
# Usage: scripts/fuzz.sh [SECONDS] [MAX_LEN]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
seconds=${1:-600}
max_len=${2:-16384}
CARGO_FUZZ_VERSION=0.13.1
step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! { [ -x "$DOSSIER_TOOLS/bin/cargo-fuzz" ] && "$DOSSIER_TOOLS/bin/cargo-fuzz" --version | grep -q " $CARGO_FUZZ_VERSION\b"; }; then
  step "installing cargo-fuzz $CARGO_FUZZ_VERSION into $DOSSIER_TOOLS"
  cargo install cargo-fuzz --version "=$CARGO_FUZZ_VERSION" --locked --root "$DOSSIER_TOOLS"
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
cd fuzz
export RUSTC_BOOTSTRAP=1
records=()
flags=(--sanitizer none --release --debug-assertions)
# CPU time (user + system) of the processes this shell has waited for, in seconds: on a shared machine
# the fuzzer gets only part of a core, so the record keeps its CPU time beside the wall-clock time.
tick=$(getconf CLK_TCK 2>/dev/null || echo 100)
children_cpu() { awk -v tick="$tick" '{ print ($16 + $17) / tick }' /proc/$$/stat 2>/dev/null || echo 0; }
step "building the fuzz targets"
cargo fuzz build "${flags[@]}" >/dev/null 2>&1 || cargo fuzz build "${flags[@]}"
for target in corpus_file extract; do
  corpus="target/corpus/$target"
  mkdir -p "$corpus"
  cp -n ../seeds/*.txt ../tests/fixtures/hostile/*.txt "$corpus/" 2>/dev/null || true
  step "fuzzing $target for $seconds s (inputs up to $max_len bytes)"
  log="target/$target.log"
  cpu_before=$(children_cpu)
  if ! cargo fuzz run "${flags[@]}" "$target" "$corpus" -- \
      -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz: $target failed; the input is under fuzz/artifacts/$target/" >&2
    exit 1
  fi
  cpu=$(awk -v a="$cpu_before" -v b="$(children_cpu)" 'BEGIN { printf "%.1f", b - a }')
  runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
  echo "fuzz: $target: ${runs}s (${cpu} s of CPU), no failure"
  read -r n s < <(echo "$runs" | awk '{print $2, $5}')
  records+=("{\"target\": \"$target\", \"runs\": ${n:-0}, \"seconds\": ${s:-0}, \"cpu_seconds\": ${cpu:-0}}")
done
if [ "$seconds" -ge 300 ]; then
  mkdir -p ../target/bench
  joined=$(IFS=,; echo "${records[*]}")
  printf '{"seconds": %s, "max_len": %s, "commit": "%s", "date": "%s", "targets": [%s]}\n' \
    "$seconds" "$max_len" "$commit" "$(date -u +%Y-%m-%dT%H:%MZ)" "$joined" >../target/bench/fuzz.json
  echo "fuzz: recorded in target/bench/fuzz.json" >&2
fi

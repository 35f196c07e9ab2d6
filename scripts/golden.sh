#!/usr/bin/env bash
# Golden outputs for refactoring the analysis core: records what the command line writes today and
# checks, after a change, that it still writes exactly that, byte for byte.
#
#   bash scripts/golden.sh record   # writes target/golden/expected/ (run it on the code you trust)
#   bash scripts/golden.sh check    # writes target/golden/actual/ and compares; fails on any difference
#
# The outputs: `dossier analyze` on the seeds and on generated corpora of 100 and 1,000 articles
# (`cargo xtask gen-corpus`), and `dossier extract` on JSON Lines built at run time from the shared date
# conformance cases (`../shared/conformance/dates/*.jsonl`, read in place, never copied into the project):
# once with each case's language and reference date, once with neither (language detection, no anchor).
# Nothing is committed: the goldens live in target/golden/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"

mode=${1:-check}
case "$mode" in
  record) out=target/golden/expected ;;
  check) out=target/golden/actual ;;
  *) echo "usage: bash scripts/golden.sh record|check" >&2; exit 2 ;;
esac

# ../shared sits beside the main checkout; a git worktree elsewhere finds it through the common git dir.
shared=${DOSSIER_SHARED:-}
if [ -z "$shared" ]; then
  for candidate in "$DOSSIER_ROOT/../shared" \
    "$(dirname "$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo /nonexistent/.git)")/../shared"; do
    if [ -d "$candidate/conformance/dates" ]; then shared=$candidate; break; fi
  done
fi
if [ -z "$shared" ] || [ ! -d "$shared/conformance/dates" ]; then
  echo "golden.sh: cannot find ../shared/conformance/dates; set DOSSIER_SHARED" >&2
  exit 1
fi

cargo build --quiet --release --bin dossier
dossier=target/release/dossier
mkdir -p "$out" target/golden/input
for n in 100 1000; do
  dir=target/golden/input/corpus-$n
  if [ "$(find "$dir" -name '*.txt' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$dir"
    cargo xtask gen-corpus "$n" "$dir" 2>/dev/null
  fi
done

"$dossier" analyze seeds > "$out/analyze-seeds.json"
"$dossier" analyze target/golden/input/corpus-100 > "$out/analyze-100.json"
"$dossier" analyze target/golden/input/corpus-1000 > "$out/analyze-1000.json"
for lang in nl fr en; do
  cases="$shared/conformance/dates/$lang.jsonl"
  jq -c '{id, text, lang, reference}' "$cases" | "$dossier" extract > "$out/extract-$lang.jsonl"
  jq -c '{id, text, lang: null, reference: null}' "$cases" | "$dossier" extract > "$out/extract-$lang-bare.jsonl"
done

if [ "$mode" = record ]; then
  echo "recorded $(ls "$out" | wc -l) golden outputs in $out" >&2
  exit 0
fi
status=0
for f in target/golden/expected/*; do
  name=$(basename "$f")
  if ! cmp -s "$f" "$out/$name"; then
    echo "DIFFERS: $name" >&2
    status=1
  fi
done
if [ "$status" -eq 0 ]; then
  echo "golden outputs identical ($(ls target/golden/expected | wc -l) files)" >&2
else
  echo "golden.sh: outputs differ (compare target/golden/expected and target/golden/actual)" >&2
fi
exit "$status"

#!/usr/bin/env bash
# The size budget: fails when the single file for the default corpus grows past it (README: "Size").
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
BUDGET=${DOSSIER_SIZE_BUDGET:-700000}   # 700 KB (issues 15 and 16: speed-first wasm, gazetteer and typer weights)
file=dist/dossier.html
size=$(stat -c %s "$file")
gz=$(gzip -9 -c "$file" | wc -c)
echo "size: $file is $size bytes ($gz gzipped); budget $BUDGET bytes"
if [ "$size" -gt "$BUDGET" ]; then
  echo "size: over budget by $((size - BUDGET)) bytes" >&2
  exit 1
fi

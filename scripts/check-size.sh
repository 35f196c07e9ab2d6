#!/usr/bin/env bash
# The size budget: fails when the single file for the default corpus grows past it (README: "Size").
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
# The issues' target: 700,000 bytes (15 and 16: the gazetteer and the typer's weights included). Met again
# with the typer's features pruned below |w| 10 (model/README.md "Pruning"; README: "Size").
BUDGET=${DOSSIER_SIZE_BUDGET:-700000}
file=dist/dossier.html
size=$(stat -c %s "$file")
gz=$(gzip -9 -c "$file" | wc -c)
echo "size: $file is $size bytes ($gz gzipped); budget $BUDGET bytes"
if [ "$size" -gt "$BUDGET" ]; then
  echo "size: over budget by $((size - BUDGET)) bytes" >&2
  exit 1
fi

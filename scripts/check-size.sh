#!/usr/bin/env bash
# The size budget: fails when the single file for the default corpus grows past it (README: "Size").
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
# The issues' target is 700,000 bytes (15 and 16: the gazetteer and the typer's weights included). The file
# was 696,064 bytes on 2026-11-30 before that day's entity, date and page fixes were merged, 712,080 after,
# 707,129 with the typer's weights pruned (README: "Size"); the check fails past 710,000 until the target
# is met again.
BUDGET=${DOSSIER_SIZE_BUDGET:-710000}
file=dist/dossier.html
size=$(stat -c %s "$file")
gz=$(gzip -9 -c "$file" | wc -c)
echo "size: $file is $size bytes ($gz gzipped); budget $BUDGET bytes"
if [ "$size" -gt "$BUDGET" ]; then
  echo "size: over budget by $((size - BUDGET)) bytes" >&2
  exit 1
fi

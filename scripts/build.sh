#!/usr/bin/env bash
# Builds the release web app: dist/ (works under any sub-path) and dist/dossier.html (one self-contained
# file that opens from disk). Embeds seeds/, or the folder named by DOSSIER_CORPUS.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
trunk build --release "$@"
ls -l dist/dossier.html >&2

#!/usr/bin/env bash
# Sets everything up, builds the single file, and serves the explorer on the embedded corpus at
# http://127.0.0.1:8080/ (Ctrl-C stops it). The single file is dist/dossier.html.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/env.sh"
cd "$DOSSIER_ROOT"
bash scripts/setup.sh
bash scripts/build.sh
echo
echo "Single file (open it from disk, no server needed): $DOSSIER_ROOT/dist/dossier.html"
echo "Serving the explorer at http://127.0.0.1:8080/  (Ctrl-C to stop)"
open_flag=()
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then open_flag=(--open); fi
exec trunk serve --release "${open_flag[@]}"

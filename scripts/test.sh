#!/usr/bin/env bash
# Set up .venv (tool + test extras) and run the whole test suite with the real stack.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k end_to_end -x`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh test

set +e
.venv/bin/python -m pytest -q "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "test.sh: pytest collected no tests: failing" >&2
    exit 1
fi
exit "$status"

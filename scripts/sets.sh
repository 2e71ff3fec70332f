#!/usr/bin/env bash
# Score every set of articles in examples/ that has gold: each set is built into a store of its own
# (out/sets/NAME.store), exported as N-Quads and scored with ../shared/eval/kgeval.py.
# Prints one line per set; the full scores are in out/sets/NAME.json.
# Usage: bash scripts/sets.sh [SET ...]     (default: every set; needs ../shared beside the repo)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

evaluator=../shared/eval/kgeval.py
if [ ! -f "$evaluator" ]; then
    echo "sets.sh: $evaluator not found (../shared must sit beside the repo)" >&2
    exit 1
fi
bash scripts/setup.sh
py=.venv/bin/python
newskg=.venv/bin/newskg
out=out/sets
mkdir -p "$out"

sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
    sets=(articles)
    for d in examples/*/gold; do
        sets+=("$(basename "$(dirname "$d")")")
    done
fi
for name in "${sets[@]}"; do
    if [ "$name" = articles ]; then articles=examples/articles; gold=examples/gold
    else articles=examples/$name/articles; gold=examples/$name/gold; fi
    if [ ! -d "$articles" ] || [ ! -d "$gold" ]; then
        echo "sets.sh: no set '$name' ($articles and $gold)" >&2
        exit 2
    fi
    rm -rf "$out/$name.store"
    "$newskg" build "$articles" --store "$out/$name.store" --quiet 2>/dev/null
    "$newskg" export --store "$out/$name.store" --format nquads -o "$out/$name.nq"
    "$py" "$evaluator" "$gold" "$out/$name.nq" --json > "$out/$name.json"
    "$py" - "$name" "$out/$name.json" <<'PY'
import json, sys
name, path = sys.argv[1:]
r = json.load(open(path))
f, e = r["facts"], r["events"]
print(f"{name:<9} entities={r['entities']['f1']:.2f} facts={f['f1']:.2f} (P {f['precision']:.2f} R {f['recall']:.2f}) "
      f"events={e['f1']:.2f} (attributes {e['attribute_recall']:.2f}) quotes={r['quotes']['f1']:.2f} "
      f"duplicates={len(r['duplicates'])}")
PY
done

#!/usr/bin/env bash
# Set up .venv, build the bundled example articles into the store .newskg-store, query it,
# print its statistics, export it as Turtle, validate it, and (when ../shared exists) score the
# example corpus and the seed article with ../shared/eval/kgeval.py.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
newskg=.venv/bin/newskg
py=.venv/bin/python
store=.newskg-store
mkdir -p out

echo "== build examples/articles into $store"
rm -rf "$store"
"$newskg" build examples/articles --store "$store" --quiet

echo
echo "== query: songs, their artists (featured artists too) and every credit each artist has on the song"
"$newskg" query --store "$store" '
SELECT ?song ?artist (GROUP_CONCAT(DISTINCT ?role; separator=", ") AS ?roles) WHERE {
  ?s a schema:MusicRecording ; schema:name ?song ; schema:byArtist ?a .
  ?a schema:name ?artist .
  OPTIONAL { ?r a newskg:CreditRole ; newskg:roleWork ?s ; newskg:roleAgent ?a ; schema:roleName ?role }
} GROUP BY ?song ?artist ORDER BY ?song ?artist'

echo
echo "== stats"
"$newskg" stats --store "$store"

echo
echo "== export Turtle to out/examples.ttl"
"$newskg" export --store "$store" --format turtle -o out/examples.ttl
echo "wrote out/examples.ttl ($(wc -l < out/examples.ttl) lines)"

echo
echo "== validate (SHACL shapes in ontology/shapes.ttl)"
"$newskg" validate --store "$store"

if [ -d ../shared/eval ]; then
    echo
    echo "== score the example corpus: kgeval.py examples/gold out/examples.nq"
    "$newskg" export --store "$store" --format nquads -o out/examples.nq
    "$py" ../shared/eval/kgeval.py examples/gold out/examples.nq | grep -E "^(entities|facts|events|quotes|duplicate|provenance)"

    echo
    echo "== score the seed: kgeval.py ../shared/eval/seed.gold.json out/seed.nq"
    rm -rf out/seed.store
    "$newskg" build ../shared/seed/love-wins-all.txt --store out/seed.store --quiet
    "$newskg" export --store out/seed.store --format nquads -o out/seed.nq
    "$py" ../shared/eval/kgeval.py ../shared/eval/seed.gold.json out/seed.nq | grep -E "^(entities|facts|events|quotes|duplicate|provenance)"
else
    echo
    echo "(../shared not found: scoring skipped)"
fi

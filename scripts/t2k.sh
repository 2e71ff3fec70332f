#!/usr/bin/env bash
# Text2KGBench, development part: build each benchmark's test sentences into a fresh store (one
# article per sentence), export N-Quads and score with ../shared/eval/t2kgeval.py.
# Prints one summary line per run; full scores are in out/t2k/NAME.score.json.
# Usage: bash scripts/t2k.sh            (needs ../shared beside the repo)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bench=../shared/bench/text2kgbench
evaluator=../shared/eval/t2kgeval.py
if [ ! -d "$bench" ] || [ ! -f "$evaluator" ]; then
    echo "t2k.sh: $bench or $evaluator not found (../shared must sit beside the repo)" >&2
    exit 1
fi
bash scripts/setup.sh
py=.venv/bin/python
newskg=.venv/bin/newskg
out=out/t2k
mkdir -p "$out"
: > "$out/confidence.txt"

# The scorer reads the ids file with str.split(): any whitespace separates ids. Check it holds
# nothing but ids of the test file before trusting a score restricted to it.
verified="$bench/wikidata_tekgen/manually_verified_sentences/selected_ont_1_movie.txt"
"$py" - "$verified" "$bench/wikidata_tekgen/test/ont_1_movie_test.jsonl" <<'PY'
import json, sys
ids = open(sys.argv[1], encoding="utf-8").read().split()
known = {json.loads(line)["id"] for line in open(sys.argv[2], encoding="utf-8")}
unknown = [i for i in ids if i not in known]
if not ids or unknown:
    sys.exit(f"t2k.sh: {sys.argv[1]}: {len(unknown)} id(s) not in the test file, e.g. {unknown[:3]}")
print(f"ids file: {len(ids)} ids ({len(set(ids))} distinct), all in the test file", file=sys.stderr)
PY

summary() {  # NAME LABEL SCORE_JSON
    "$py" - "$1" "$2" "$3" <<'PY'
import json, sys
name, label, path = sys.argv[1:]
r = json.load(open(path))
print(f"{name:<22} {label:<9} sentences={r['sentences']:<4} avg_f1={r['avg_f1']:.3f} micro_f1={r['micro_f1']:.3f} "
      f"subject_hallucination={r['subject_hallucination']:.3f} (predicted={r['predicted']} true={r['true']} gold={r['gold']})")
PY
}

runs=(
    "wikidata_tekgen ont_1_movie"
    "dbpedia_webnlg ont_19_film"
    "dbpedia_webnlg ont_2_musicalwork"
    "dbpedia_webnlg ont_17_artist"
    "probe music_probe"    # examples/t2k-music-probe: the project's own sentences, in the benchmark's format
)
lines=()
for run in "${runs[@]}"; do
    read -r dataset name <<<"$run"
    test_file="$bench/$dataset/test/${name}_test.jsonl"
    truth="$bench/$dataset/ground_truth/${name}_ground_truth.jsonl"
    if [ "$dataset" = probe ]; then
        test_file=examples/t2k-music-probe/test.jsonl
        truth=examples/t2k-music-probe/ground_truth.jsonl
    fi
    echo "== $name: $(wc -l < "$test_file") sentences" >&2
    "$py" "$evaluator" make-input "$test_file" "$out/$name.jsonl"
    rm -rf "$out/$name.store"
    "$newskg" build "$out/$name.jsonl" --store "$out/$name.store" --quiet
    "$newskg" export --store "$out/$name.store" --format nquads -o "$out/$name.nq"
    "$py" "$evaluator" score "$truth" "$out/$name.nq" --json > "$out/$name.score.json"
    lines+=("$(summary "$name" all "$out/$name.score.json")")
    echo "== $name: precision by confidence band (a floor: the gold is partial)" >> "$out/confidence.txt"
    "$py" scripts/t2k_confidence.py "$truth" "$out/$name.nq" >> "$out/confidence.txt"
    if [ "$name" = ont_1_movie ]; then
        "$py" "$evaluator" score "$truth" "$out/$name.nq" --ids "$verified" --json > "$out/$name.verified.score.json"
        lines+=("$(summary "$name" verified "$out/$name.verified.score.json")")
    fi
done

echo
printf '%s\n' "${lines[@]}"
echo
cat "$out/confidence.txt"

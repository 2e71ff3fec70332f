#!/usr/bin/env python3
"""Precision of a Text2KGBench run by confidence band.

    python scripts/t2k_confidence.py GROUND_TRUTH.jsonl EXPORT.nq [--ids VERIFIED.txt]

Each predicted fact that the benchmark's relations can express counts once per relation label it
maps to (as ``eval/t2kgeval.py`` counts it) and is right when the sentence's gold holds it.  The
gold of these benchmarks is partial, so the figures are a floor on precision; what matters is how
they change from band to band.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

CONFIDENCE = URIRef("https://w3id.org/newskg/ontology#confidence")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ground_truth")
    ap.add_argument("export")
    ap.add_argument("--ids")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(args.shared) / "eval"))
    import t2kgeval as T  # noqa: E402

    names, sub_prop, graph_of_id, per_graph = T.load([args.export])
    keep = set(Path(args.ids).read_text().split()) if args.ids else None
    rows = [json.loads(line) for line in open(args.ground_truth, encoding="utf-8")]
    relations = {t["rel"] for d in rows for t in d["triples"]}
    bands: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for d in rows:
        if keep is not None and d["id"] not in keep or d["id"] not in graph_of_id:
            continue
        gold = [(T.clean_name(t["sub"]), t["rel"], t["obj"]) for t in d["triples"]]
        parts: dict = defaultdict(dict)
        for s, p, o in per_graph[graph_of_id[d["id"]]]:
            if p in (RDF.subject, RDF.predicate, RDF.object, CONFIDENCE):
                parts[s][p] = o
        for part in parts.values():
            if len(part) < 4:
                continue
            s, p, o, conf = part[RDF.subject], part[RDF.predicate], part[RDF.object], float(part[CONFIDENCE])
            s_names = names.get(s, set())
            o_names, o_date = ({T.norm(o)}, str(o)) if isinstance(o, Literal) else (names.get(o, set()), None)
            for label in (r for pn in T.schema_names(p, sub_prop) for r in T.MAPPING.get(pn, []) if r in relations):
                right = any(rel == label and gs in s_names and
                            ((o_date and (T.date_key(go) or "\0") and o_date.startswith(T.date_key(go) or "\0"))
                             or T.clean_name(go) in o_names) for gs, rel, go in gold)
                band = bands[min(int(conf * 10) / 10, 0.9)]
                band[0] += right
                band[1] += 1
    for lo in sorted(bands):
        right, n = bands[lo]
        print(f"  confidence [{lo:.1f}, {lo + 0.1:.1f}): {right}/{n} right = {right / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

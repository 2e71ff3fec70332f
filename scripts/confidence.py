#!/usr/bin/env python3
"""How precision varies with confidence, measured on a gold corpus.

    python scripts/confidence.py EXPORT.nq GOLD_DIR [--thresholds 0.6,0.7,0.8]

EXPORT is a full export (N-Quads) of a store built from the articles of GOLD_DIR.  For each
threshold, fact triples whose every rdf:Statement has a confidence below it are dropped (what
``newskg build --min-confidence`` does), and the shared scorer ``eval/kgeval.py`` scores what is
left.  The last table gives the precision of the facts inside each confidence band.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

NKG_CONFIDENCE = "https://w3id.org/newskg/ontology#confidence"


def load_scorer(shared: Path):
    sys.path.insert(0, str(shared / "eval"))
    import kgeval  # noqa: E402

    return kgeval


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("export")
    ap.add_argument("gold")
    ap.add_argument("--thresholds", default="0.0,0.6,0.65,0.7,0.75,0.8,0.85")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--keep-article-dates", action="store_true",
                    help="keep each article's own schema:datePublished, which the scorer counts as a wrong fact")
    args = ap.parse_args(argv)
    kgeval = load_scorer(Path(args.shared))
    gold = kgeval.load_gold(args.gold)

    ds = Dataset(default_union=True)
    ds.parse(args.export, format="nquads")
    if not args.keep_article_dates:
        # an article's publication date is metadata the reader took from the input, not an
        # extracted fact; the gold has no entry for it, so it would sit in every band as an error
        sdo = "https://schema.org/"
        articles = set(ds.subjects(RDF.type, URIRef(sdo + "NewsArticle")))
        for q in list(ds.quads((None, URIRef(sdo + "datePublished"), None, None))):
            if q[0] in articles:
                ds.remove(q)
    conf: dict[tuple, float] = defaultdict(float)
    parts: dict = defaultdict(dict)
    for s, p, o in ds.triples((None, None, None)):
        if p in (RDF.subject, RDF.predicate, RDF.object):
            parts[s][p] = o
        elif str(p) == NKG_CONFIDENCE and isinstance(o, Literal):
            parts[s]["c"] = float(o)
    for st, d in parts.items():
        if len(d) == 4:
            key = (d[RDF.subject], d[RDF.predicate], d[RDF.object])
            conf[key] = max(conf[key], d["c"])

    thresholds = [float(x) for x in args.thresholds.split(",")]
    rows = []
    print(f"{'min conf':>8} {'facts P':>8} {'R':>6} {'F1':>6} {'right':>6} {'predicted':>9}")
    for t in thresholds:
        drop = {k for k, c in conf.items() if c < t}
        g = kgeval.Graph.__new__(kgeval.Graph)
        kept = Dataset(default_union=True)
        for q in ds.quads((None, None, None, None)):
            if q[:3] not in drop:
                kept.add(q)
        path = Path(f"/tmp/newskg-confidence-{t}.nq")
        kept.serialize(path, format="nquads")
        g = kgeval.Graph([str(path)])
        f = kgeval.score(gold, g)["facts"]
        rows.append((t, f))
        print(f"{t:8.2f} {f['precision']:8.2f} {f['recall']:6.2f} {f['f1']:6.2f} {f['tp']:6d} {f['pred']:9d}")
    print("\nprecision inside each band (facts with confidence in [lo, hi)):")
    for (lo, a), (hi, b) in zip(rows, rows[1:]):
        n = a["pred"] - b["pred"]
        right = a["tp"] - b["tp"]
        print(f"  [{lo:.2f}, {hi:.2f}): {right}/{n} right" + (f" = {right / n:.2f}" if n else ""))
    last_t, last = rows[-1]
    if last["pred"]:
        print(f"  [{last_t:.2f}, 1.00]: {last['tp']}/{last['pred']} right = {last['tp'] / last['pred']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The real ``newskg`` command end to end: the example corpus into a real Oxigraph store.

Every command runs as a separate process (the console script installed beside the running
Python), with the real spaCy model, exactly as a user would run it. The example store is built
once for this module; tests that change a store work on a copy of it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from extractors.readers import read_articles
from graph.store import FORMATS
from ontology import NKG, ONTOLOGY_GRAPH, SDO

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
TIMEOUT = 300

# rdflib parser names for each export format, and whether the format keeps named graphs
RDFLIB_FORMATS = {"nquads": "nquads", "trig": "trig", "jsonld": "json-ld",
                  "turtle": "turtle", "ntriples": "nt", "rdfxml": "xml"}

# Triples that describe a node rather than state a fact; everything else in an article graph is
# a fact and needs an rdf:Statement. schema:subEvent is the inverse of schema:superEvent, whose
# statement carries the evidence.
NOT_FACTS = {RDF.type, SDO.name, SDO.alternateName, SDO.identifier, SDO.headline, SDO.url, SDO.text,
             SDO.isPartOf, SDO.subEvent, SDO.roleName, NKG.roleWork, NKG.roleAgent, NKG.eventStatus}


def newskg_executable() -> str:
    """The ``newskg`` console script of the environment running the tests."""
    beside = Path(sys.executable).parent / ("newskg.exe" if os.name == "nt" else "newskg")
    if beside.is_file():
        return str(beside)
    found = shutil.which("newskg")
    if found:
        return found
    pytest.fail("the newskg console script is not installed (run: pip install -e .)")


def newskg(*args: str | Path, stdin: str | None = None, check: bool = True,
           hash_seed: str = "0") -> subprocess.CompletedProcess:
    """Run the newskg command; a fixed PYTHONHASHSEED keeps runs comparable (see test_builds_agree_*)."""
    command = [newskg_executable(), *map(str, args)]
    result = subprocess.run(command, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                            capture_output=True, text=True, cwd=ROOT, timeout=TIMEOUT,
                            env={**os.environ, "COLUMNS": "200", "PYTHONHASHSEED": hash_seed})
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr}")
    return result


def query(store: Path, sparql: str):
    """SELECT rows as dicts of strings, or the bool of an ASK."""
    out = newskg("query", "--store", store, "--format", "json", sparql).stdout
    if out.strip() in ("true", "false"):
        return out.strip() == "true"
    return json.loads(out)


def export_bytes(store: Path, fmt: str, target: Path) -> bytes:
    newskg("export", "--store", store, "--format", fmt, "-o", target)
    return target.read_bytes()


def quad_count(store: Path) -> int:
    [row] = query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(row["n"])


@pytest.fixture(scope="module")
def example_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("examples") / "store"
    result = newskg("build", EXAMPLES, "--store", store, "--quiet")
    summary = result.stderr.strip().splitlines()[-1]  # warnings, if any, come before it
    assert summary.startswith(f"built {len(read_articles([str(EXAMPLES)]))} article(s)"), result.stderr
    return store


@pytest.fixture(scope="module")
def example_nquads(example_store, tmp_path_factory) -> bytes:
    return export_bytes(example_store, "nquads", tmp_path_factory.mktemp("export") / "all.nq")


@pytest.fixture
def store_copy(example_store, tmp_path) -> Path:
    """A copy of the example store that a test may change (the store is closed between commands)."""
    copy = tmp_path / "store"
    shutil.copytree(example_store, copy)
    return copy


# ---------------------------------------------------------------- SPARQL answers

def test_every_example_article_is_a_named_graph(example_store):
    expected = {a.id for a in read_articles([str(EXAMPLES)])}
    assert {"nova9-parallax", "lumen-japan-debut", "marlows-second-language", "q-producer-profile"} <= expected
    rows = query(example_store, "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?g a schema:NewsArticle ; schema:identifier ?id } }")
    assert {row["id"] for row in rows} == expected
    dates = query(example_store, "SELECT DISTINCT ?id ?date WHERE { ?a schema:identifier ?id ; schema:datePublished ?date }")
    assert {"id": "nova9-parallax", "date": "2025-03-12"} in dates


def test_sparql_answers_facts_of_the_corpus(example_store):
    assert query(example_store, 'ASK { ?m schema:name "Dohan" ; schema:memberOf ?g . ?g schema:name "NOVA9" }') is True
    assert query(example_store, 'ASK { ?s schema:name "Sugar Static" ; schema:recordLabel ?l . '
                                '?l schema:name "Halcyon Records" }') is True
    groups = query(example_store, 'SELECT DISTINCT ?group WHERE { ?m schema:name "Haru" ; schema:memberOf ?g . '
                                  '?g schema:name ?group }')
    assert groups == [{"group": "LUMEN"}]
    assert query(example_store, 'ASK { ?m schema:name "Haru" ; schema:memberOf ?g . ?g schema:name "NOVA9" }') is False


def test_entities_are_merged_across_articles(example_store):
    rows = query(example_store, 'SELECT ?g (COUNT(DISTINCT ?a) AS ?articles) WHERE { '
                                'GRAPH ?a { ?g a schema:MusicGroup ; schema:name "LUMEN" } } GROUP BY ?g')
    assert len(rows) == 1 and int(rows[0]["articles"]) >= 2, rows


# ---------------------------------------------------------------- provenance

def test_every_fact_has_a_statement_with_evidence_from_its_article(example_nquads):
    articles = {a.id: a for a in read_articles([str(EXAMPLES)])}
    dataset = Dataset()
    dataset.parse(data=example_nquads, format="nquads")
    checked = 0
    for graph in dataset.graphs():
        if graph.identifier in (ONTOLOGY_GRAPH,) or not isinstance(graph.identifier, URIRef) or not len(graph):
            continue
        article = articles[str(graph.value(graph.identifier, SDO.identifier))]
        statements = set(graph.subjects(RDF.type, RDF.Statement))
        structural = statements | set(graph.subjects(RDF.type, NKG.CreditRole))
        described = defaultdict(list)
        for st in statements:
            described[(graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))].append(st)
        for s, p, o in graph:
            if p in NOT_FACTS or s in structural:
                continue
            assert described[(s, p, o)], f"{article.id}: no rdf:Statement for {s} {p} {o}"
            for st in described[(s, p, o)]:
                evidence = str(graph.value(st, NKG.evidenceText))
                start, end = int(graph.value(st, NKG.charStart)), int(graph.value(st, NKG.charEnd))
                assert 0 <= float(graph.value(st, NKG.confidence)) <= 1
                assert graph.value(st, NKG.extractor) is not None
                if str(graph.value(st, NKG.extractor)) == "reader":  # the article's own date
                    assert (s, p, evidence) == (graph.identifier, SDO.datePublished, f"date {o}")
                    continue
                assert evidence and evidence in article.text, f"{article.id}: {evidence!r}"
                assert article.text[start:end] == evidence, f"{article.id}: offsets {start}-{end}"
                checked += 1
    assert checked >= 50


# ---------------------------------------------------------------- rebuild, validate, export

def test_rebuilding_changes_nothing(store_copy, example_nquads, tmp_path):
    before = quad_count(store_copy)
    newskg("build", EXAMPLES, "--store", store_copy, "--quiet")
    assert quad_count(store_copy) == before
    after = export_bytes(store_copy, "nquads", tmp_path / "again.nq")
    assert without_blank_labels(after) == without_blank_labels(example_nquads)


def test_builds_agree_whatever_the_hash_seed(example_nquads, tmp_path):
    # set iteration order changes with the hash seed: a tie broken by set order shows up here
    for seed in ("1", "2", "3"):
        store = tmp_path / f"store-{seed}"
        newskg("build", EXAMPLES, "--store", store, "--quiet", hash_seed=seed)
        exported = export_bytes(store, "nquads", tmp_path / f"seed-{seed}.nq")
        assert without_blank_labels(exported) == without_blank_labels(example_nquads), f"PYTHONHASHSEED={seed}"


def without_blank_labels(nquads: bytes) -> list[bytes]:
    """The sorted lines of an N-Quads export, blank node labels blotted out.

    The ontology graph holds OWL lists as blank nodes, which get new labels every time it is
    loaded; every data node has an IRI, so this still compares the data exactly.
    """
    return sorted(re.sub(rb"_:[A-Za-z0-9]+", b"_:b", line) for line in nquads.splitlines())


def test_validate_passes(example_store):
    result = newskg("validate", "--store", example_store, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("conforms")


def test_the_contract_formats_are_exported():
    assert {"nquads", "trig", "turtle", "ntriples", "jsonld"} <= set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_round_trips(fmt, example_store, example_nquads, tmp_path):
    reference = Dataset()
    reference.parse(data=example_nquads, format="nquads")
    exported = tmp_path / f"export.{fmt}"
    export_bytes(example_store, fmt, exported)
    keeps_graphs = FORMATS[fmt][1]
    if keeps_graphs:
        parsed = Dataset()
        parsed.parse(exported, format=RDFLIB_FORMATS[fmt])
        want = {(s, p, o, g) for s, p, o, g in reference.quads((None, None, None, None))}
        got = {(s, p, o, g) for s, p, o, g in parsed.quads((None, None, None, None))}
    else:
        parsed = Graph()
        parsed.parse(exported, format=RDFLIB_FORMATS[fmt])
        want = {(s, p, o) for s, p, o, _ in reference.quads((None, None, None, None))}
        got = set(parsed)
    assert len(got) == len(want)
    # blank nodes (OWL lists in the ontology graph) get new labels when parsed again
    ground = lambda items: {t for t in items if not any(type(x).__name__ == "BNode" for x in t)}  # noqa: E731
    assert ground(got) == ground(want)
    if keeps_graphs:
        assert {g for *_, g in got} == {g for *_, g in want}


def test_export_to_stdout(example_store, example_nquads):
    result = newskg("export", "--store", example_store, "--format", "nquads")
    assert result.stdout.encode("utf-8") == example_nquads


# ---------------------------------------------------------------- standard input

def test_build_from_stdin(tmp_path):
    store = tmp_path / "store"
    newskg("build", "-", "--store", store, "--quiet",
           stdin="date 2024-03-12 Singer Mira Sol released her new single \"Paper Tide\" on Friday.\n")
    assert query(store, 'ASK { ?a schema:identifier "stdin" ; schema:datePublished "2024-03-12"^^xsd:date }') is True
    assert query(store, 'ASK { ?w schema:name "Paper Tide" ; schema:datePublished "2024-03-08"^^xsd:date }') is True


# ---------------------------------------------------------------- bad inputs

def _bad_input(kind: str, folder: Path) -> tuple[Path, str]:
    """A bad input of one kind, and a word its error message must hold."""
    if kind == "empty file":
        path = folder / "empty.txt"
        path.write_text("")
        return path, "empty"
    if kind == "binary file":
        path = folder / "cover.txt"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
        return path, "binary"
    if kind == "invalid UTF-8":
        path = folder / "latin1.txt"
        path.write_bytes("date 2024-03-12 Caf\u00e9 Sol played in Seoul.".encode("latin-1"))
        return path, "UTF-8"
    if kind == "malformed JSON line":
        path = folder / "wire.jsonl"
        path.write_text('{"id": "ok", "text": "Mira Sol sang in Seoul."}\n{"id": "broken", "text": "unterminated\n')
        return path, "JSON"
    if kind == "unknown suffix":
        path = folder / "notes.pdf"
        path.write_text("Mira Sol sang in Seoul.")
        return path, "suffix"
    if kind == "missing path":
        return folder / "no-such-article.txt", "no such"
    raise ValueError(kind)


@pytest.mark.parametrize("kind", ["empty file", "binary file", "invalid UTF-8", "malformed JSON line",
                                  "unknown suffix", "missing path"])
def test_bad_input_is_one_clear_error_and_leaves_the_store_alone(kind, store_copy, example_nquads, tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    good = inputs / "good-news.txt"  # read before the bad one: it must not land either
    good.write_text("date 2024-03-12 Singer Mira Sol released her new single \"Paper Tide\" on Friday.\n")
    bad, word = _bad_input(kind, inputs)
    result = newskg("build", good, bad, "--store", store_copy, "--quiet", check=False)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newskg: error: {bad}: "), lines[0]
    assert word.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in result.stderr
    assert export_bytes(store_copy, "nquads", tmp_path / "after.nq") == example_nquads


def test_bad_input_does_not_create_a_store(tmp_path):
    missing = tmp_path / "missing.txt"
    result = newskg("build", missing, "--store", tmp_path / "new-store", check=False)
    assert result.returncode != 0 and str(missing) in result.stderr
    assert not (tmp_path / "new-store").exists()

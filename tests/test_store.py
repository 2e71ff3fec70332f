"""The Oxigraph-backed store: replacing graphs, querying the union, exporting, building."""
from __future__ import annotations

import io

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from conftest import stub_extract
from extractors.readers import ArticleError
from graph.build import build
from graph.iris import article_iri
from graph.mapping import record_to_graph
from graph.store import FORMATS, KnowledgeStore, SelectResult, StoreError, from_ox, to_ox
from ontology import ONTOLOGY_GRAPH, SDO

EX = "http://example.org/"


def small_graph(*values: str) -> Graph:
    graph = Graph()
    for v in values:
        graph.add((URIRef(EX + v), RDF.type, SDO.Thing))
        graph.add((URIRef(EX + v), SDO.name, Literal(v)))
    return graph


@pytest.fixture
def store(tmp_path):
    with KnowledgeStore(tmp_path / "store") as knowledge:
        yield knowledge


def test_replace_article_twice_doubles_nothing(store, record):
    iri = article_iri(record.article.id)
    graph = record_to_graph(record)
    store.replace_article(iri, graph)
    store.replace_article(iri, graph)
    assert len(store) == len(graph)
    store.replace_article(iri, small_graph("only"))
    assert len(store) == 2 and store.articles() == [iri]


def test_query_answers_over_the_union_of_graphs(store):
    store.replace_article(URIRef(EX + "g1"), small_graph("a"))
    store.replace_article(URIRef(EX + "g2"), small_graph("b"))
    result = store.query("SELECT ?name WHERE { ?x schema:name ?name } ORDER BY ?name")
    assert isinstance(result, SelectResult) and result.variables == ["name"]
    assert result.rows == [(Literal("a"),), (Literal("b"),)]
    assert store.query("ASK { ?x schema:name 'b' }") is True
    constructed = store.query("CONSTRUCT { ?x a schema:Thing } WHERE { ?x schema:name ?n }")
    assert isinstance(constructed, Graph) and len(constructed) == 2


def test_terms_round_trip_between_rdflib_and_oxigraph():
    for term in (URIRef(EX), Literal("x"), Literal("2024", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear")),
                 Literal("hallo", lang="de"), Literal(3)):
        assert from_ox(to_ox(term)) == term


RDFLIB_FORMAT = {"nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "turtle": "turtle",
                 "ntriples": "nt", "rdfxml": "xml"}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_round_trip(store, record, fmt, tmp_path):
    store.ensure_ontology()
    store.replace_article(article_iri(record.article.id), record_to_graph(record))
    store.replace_article(URIRef(EX + "g2"), small_graph("b"))
    data = store.export(fmt)
    parsed = Dataset()
    parsed.parse(io.BytesIO(data), format=RDFLIB_FORMAT[fmt])
    if FORMATS[fmt][1]:   # dataset formats keep every named graph
        quads = {(s, p, o, g) for s, p, o, g in parsed.quads((None, None, None, None))}
        assert len(quads) == len(store)
        assert {g for *_, g in quads} == {ONTOLOGY_GRAPH, article_iri(record.article.id), URIRef(EX + "g2")}
    else:                 # triple formats hold the union
        union = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }").rows[0][0]
        assert len(parsed) == int(union)
    out = tmp_path / f"export.{fmt}"
    store.export(fmt, out)
    assert out.read_bytes() == data


def test_dataset_view_for_notebooks(store):
    store.replace_article(URIRef(EX + "g1"), small_graph("a"))
    ds = store.dataset()
    assert (URIRef(EX + "a"), SDO.name, Literal("a")) in ds
    assert URIRef(EX + "g1") in {g.identifier for g in ds.graphs()}


def test_store_errors_are_clear(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("keep me")
    with pytest.raises(StoreError, match="not a newskg store"):
        KnowledgeStore(tmp_path / "notes")
    with pytest.raises(StoreError, match="no store here"):
        KnowledgeStore(tmp_path / "missing", create=False)
    with KnowledgeStore(tmp_path / "s"):
        with pytest.raises(StoreError, match="locked"):
            KnowledgeStore(tmp_path / "s")
    with KnowledgeStore(tmp_path / "s"):      # closed: the lock is released
        pass


def test_build_twice_replaces_and_merges_entities(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text("date 2024-01-22 Text one.")
    (tmp_path / "in" / "two.txt").write_text("Text two.")
    store_dir = tmp_path / "store"
    first = build([str(tmp_path / "in")], store_dir, stub_extract, progress=False)
    assert first.articles == 2
    with KnowledgeStore(store_dir) as store:
        size = len(store)
        people = store.query("SELECT DISTINCT ?p WHERE { ?p a schema:Person }").rows
    assert len(people) == 2          # one node per person across both articles
    build([str(tmp_path / "in" / "one.txt")], store_dir, stub_extract, progress=False)
    with KnowledgeStore(store_dir) as store:
        assert len(store) == size
        assert len(store.articles()) == 2


def test_min_confidence_drops_weak_facts(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    report = build([str(tmp_path / "a.txt")], tmp_path / "store", stub_extract, progress=False, min_confidence=0.65)
    assert report.dropped == 2       # the 0.6 relation and the 0.4 event
    with KnowledgeStore(tmp_path / "store") as store:
        assert not store.query("ASK { ?s newskg:featuredArtist ?o }")


def test_bad_input_leaves_the_store_untouched(tmp_path):
    (tmp_path / "good.txt").write_text("Text.")
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    with pytest.raises(ArticleError, match="bad.txt: binary file"):
        build([str(tmp_path / "good.txt"), str(tmp_path / "bad.txt")], tmp_path / "store", stub_extract, progress=False)
    assert not (tmp_path / "store").exists()

    def failing_extract(articles):
        raise RuntimeError("extractor broke")
        yield

    build([str(tmp_path / "good.txt")], tmp_path / "store", stub_extract, progress=False)
    with KnowledgeStore(tmp_path / "store") as store:
        before = len(store)
    (tmp_path / "other.txt").write_text("More.")
    with pytest.raises(RuntimeError):
        build([str(tmp_path / "other.txt")], tmp_path / "store", failing_extract, progress=False)
    with KnowledgeStore(tmp_path / "store") as store:
        assert len(store) == before


def test_awkward_literals_survive_the_write(store):
    text = 'He said "hi",\nthen left \\ with a tab\tand a bell \u0007 and ünïcödé 가나 \\u0022.'
    graph = Graph()
    graph.add((URIRef(EX + "a"), SDO.text, Literal(text)))
    graph.add((URIRef(EX + "a"), SDO.description, Literal("bonjour", lang="fr")))
    store.replace_article(URIRef(EX + "g"), graph)
    assert set(store.graph(URIRef(EX + "g"))) == set(graph)

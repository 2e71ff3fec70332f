"""Record -> RDF: the expected triples, a Statement for every fact, stable and merged IRIs."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from conftest import make_record
from graph.iris import article_iri, entity_iri, event_iri, kind_of, slug
from graph.mapping import record_to_graph
from graph.resolve import NameIndex, resolve_aliases
from graph.store import KnowledgeStore
from ontology import NKG, SDO

ENTITY_PROPS = {SDO.byArtist, NKG.featuredArtist, SDO.memberOf, SDO.datePublished, SDO.performer,
                NKG.interviewee, NKG.outlet, SDO.startDate, SDO.location, SDO.creator}


def test_record_maps_to_the_expected_triples(record):
    g = record_to_graph(record)
    art = article_iri("a1")
    mira, park = entity_iri("Mira Sol", "schema:Person"), entity_iri("Jae-won Park", "schema:Person")
    moon, owls = entity_iri("Paper Moon", "schema:MusicRecording"), entity_iri("The Night Owls", "schema:MusicGroup")
    tour = event_iri("a1", "tour")
    expected = {
        (art, RDF.type, SDO.NewsArticle),
        (art, SDO.identifier, Literal("a1")),
        (art, SDO.headline, Literal("A new song")),
        (art, SDO.datePublished, Literal("2024-01-22", datatype=XSD.date)),
        (mira, RDF.type, SDO.Person),
        (mira, SDO.name, Literal("Mira Sol")),
        (mira, SDO.alternateName, Literal("Sol")),
        (owls, RDF.type, SDO.MusicGroup),
        (moon, SDO.byArtist, mira),
        (moon, NKG.featuredArtist, park),
        (park, SDO.memberOf, owls),
        (moon, SDO.datePublished, Literal("2024-01-22", datatype=XSD.date)),
        (tour, RDF.type, NKG.ConcertTour),
        (tour, SDO.name, Literal("Mira Sol tour")),
        (tour, SDO.performer, mira),
        (tour, SDO.startDate, Literal("2024-03-02", datatype=XSD.date)),
        (tour, SDO.location, entity_iri("Europe", "schema:Place")),
        (tour, NKG.eventStatus, Literal("future")),
        (event_iri("a1", "interview"), NKG.outlet, entity_iri("Radio Lumen", "schema:Organization")),
    }
    assert expected <= set(g)
    assert (art, SDO.name, None) not in g          # the article is not an entity
    [role] = g.subjects(RDF.type, NKG.CreditRole)
    assert {(p, o) for p, o in g.predicate_objects(role)} == {
        (RDF.type, NKG.CreditRole), (SDO.roleName, Literal("featured artist")), (NKG.roleWork, moon), (NKG.roleAgent, park)}
    [quote] = g.subjects(RDF.type, SDO.Quotation)
    assert (quote, SDO.creator, mira) in g and (quote, SDO.isPartOf, art) in g
    assert (quote, SDO.text, Literal("It was a long winter,")) in g


def test_every_fact_has_a_statement_with_evidence(record):
    g = record_to_graph(record)
    facts = [(s, p, o) for s, p, o in g if p in ENTITY_PROPS]
    assert len(facts) == 11   # 4 relations + article date + 3 tour + 2 interview + 1 quote
    for s, p, o in facts:
        [st] = [st for st in g.subjects(RDF.subject, s) if (st, RDF.predicate, p) in g and (st, RDF.object, o) in g]
        assert (st, RDF.type, RDF.Statement) in g
        assert len(str(g.value(st, NKG.evidenceText)).split()) >= 2
        assert g.value(st, NKG.charStart).datatype == XSD.integer
        assert Decimal(0) <= g.value(st, NKG.confidence).toPython() <= Decimal(1)
        assert g.value(st, NKG.extractor) is not None
        assert g.value(st, NKG.sourceArticle) == article_iri("a1")
    [date_st] = set(g.subjects(RDF.predicate, SDO.datePublished)) & set(g.subjects(RDF.subject, article_iri("a1")))
    assert g.value(date_st, NKG.extractor) == Literal("reader")
    assert g.value(date_st, NKG.sourceFile) == Literal("a1.txt")


def test_mapping_is_deterministic(record):
    assert set(record_to_graph(record)) == set(record_to_graph(make_record()))


def test_same_name_and_kind_in_two_records_is_one_iri():
    one, two = record_to_graph(make_record("a1")), record_to_graph(make_record("a2"))
    people = lambda g: set(g.subjects(RDF.type, SDO.Person))  # noqa: E731
    assert people(one) == people(two)
    assert entity_iri("Jae Won Park", "schema:Person") == entity_iri("Jae-won Park", "schema:Person")
    assert entity_iri("Park", "schema:Person") != entity_iri("Park", "schema:Place")


def test_kinds_follow_the_schema_class_tree():
    assert [kind_of(c) for c in ("schema:Person", "schema:MusicGroup", "schema:Corporation", "schema:MusicAlbum",
                                 "schema:Country", "newskg:Interview")] == [
        "person", "organization", "organization", "work", "place", "other"]  # groups are organizations (graph/iris.py)
    assert slug("Ünïcode  Name!") == "ünïcode-name"


def test_resolve_aliases_merges_by_alternate_name(tmp_path):
    first = make_record("a1", mira={"Mira Kang"})      # teaches the alias "Mira Kang"
    with KnowledgeStore(tmp_path / "store") as store:
        store.replace_article(article_iri("a1"), record_to_graph(first))
        second = make_record("a2")
        mira = second.entities["mira"]
        mira.name, mira.aliases = "MIRA KANG", set()
        iris = resolve_aliases(second, store)
        assert iris["mira"] == entity_iri("Mira Sol", "schema:Person")
        assert iris["park"] == entity_iri("Jae-won Park", "schema:Person")
        # only within a kind: a place called like a person stays apart
        second.entities["europe"].name = "Mira Kang"
        assert resolve_aliases(second, store)["europe"] == entity_iri("Mira Kang", "schema:Place")
        # rebuilding the first article gives the same IRIs
        again = resolve_aliases(first, store)
        assert again == {k: entity_iri(e.name, e.type) for k, e in first.entities.items()}


def test_name_index_sees_graphs_of_the_same_run():
    index = NameIndex()
    index.add_graph(record_to_graph(make_record("a1", owls={"Night Owls"})))
    record = make_record("a2")
    record.entities["owls"].name = "the night-owls"
    assert resolve_aliases(record, index)["owls"] == URIRef(entity_iri("The Night Owls", "schema:MusicGroup"))

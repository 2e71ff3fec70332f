"""The ontology and the SHACL shapes."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import OWL, RDF, RDFS

from conftest import make_record
from graph.iris import article_iri, entity_iri
from graph.mapping import record_to_graph
from graph.validate import validate_graph, validate_store
from graph.store import KnowledgeStore
from ontology import NKG, SDO, expand, load_ontology, load_shapes

# Properties of rdf:Statement nodes, and structural properties that must never count as schema.org facts.
NOT_SCHEMA_SUBPROPERTIES = {NKG.roleWork, NKG.roleAgent, NKG.eventStatus}


def newskg_terms(ontology, kinds):
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind) if str(s).startswith(str(NKG))}


def test_ontology_parses_and_has_a_version():
    ontology = load_ontology()
    [onto] = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(onto, OWL.versionInfo) is not None


def test_every_class_is_a_labelled_schema_subclass():
    ontology = load_ontology()
    classes = newskg_terms(ontology, [OWL.Class])
    assert {NKG.Interview, NKG.MilitaryService, NKG.Enlistment, NKG.Discharge, NKG.ConcertTour, NKG.TourStop,
            NKG.Premiere, NKG.AwardCeremony, NKG.CreditRole} <= classes
    for cls in classes:
        assert ontology.value(cls, RDFS.label) and ontology.value(cls, RDFS.comment), cls
        assert any(str(p).startswith(str(SDO)) for p in ontology.objects(cls, RDFS.subClassOf)), cls
    assert set(ontology.objects(NKG.ConcertTour, RDFS.subClassOf)) == {SDO.MusicEvent, SDO.EventSeries}


def test_every_property_is_a_schema_subproperty_except_provenance_and_structure():
    ontology = load_ontology()
    props = newskg_terms(ontology, [OWL.ObjectProperty, OWL.DatatypeProperty])
    provenance = set(ontology.subjects(RDFS.domain, RDF.Statement))
    assert {NKG.evidenceText, NKG.charStart, NKG.charEnd, NKG.confidence, NKG.extractor, NKG.sourceArticle} <= provenance
    for prop in props:
        assert ontology.value(prop, RDFS.label) and ontology.value(prop, RDFS.comment), prop
        supers = {p for p in ontology.objects(prop, RDFS.subPropertyOf) if str(p).startswith(str(SDO))}
        if prop in provenance or prop in NOT_SCHEMA_SUBPROPERTIES:
            assert not supers, prop
        else:
            assert supers, prop
    assert (NKG.interviewee, RDFS.subPropertyOf, SDO.attendee) in ontology
    assert (NKG.outlet, RDFS.subPropertyOf, SDO.organizer) in ontology
    assert (NKG.featuredArtist, RDFS.subPropertyOf, SDO.byArtist) in ontology


def test_expand_knows_the_project_prefixes():
    assert expand("rdfs:label") == RDFS.label
    assert expand("newskg:outlet") == NKG.outlet


def test_shapes_parse_and_a_mapped_record_conforms():
    assert len(load_shapes()) > 0
    result = validate_graph(record_to_graph(make_record()))
    assert result.conforms, result.report


def test_a_broken_graph_does_not_conform():
    g = record_to_graph(make_record())
    g.remove((article_iri("a1"), SDO.identifier, None))
    mira = entity_iri("Mira Sol", "schema:Person")
    g.remove((mira, SDO.name, None))
    [st] = list(g.subjects(RDF.type, RDF.Statement))[:1]
    g.set((st, NKG.confidence, Literal(1.5)))
    result = validate_graph(g)
    assert not result.conforms
    assert "identifier" in result.report and "confidence" in result.report and str(mira) in result.report


def test_a_music_group_without_a_name_is_caught_through_the_class_tree():
    g = record_to_graph(make_record())
    g.remove((entity_iri("The Night Owls", "schema:MusicGroup"), SDO.name, None))
    assert not validate_graph(g).conforms


def test_store_validation(tmp_path):
    with KnowledgeStore(tmp_path / "s") as store:
        store.ensure_ontology()
        for article_id in ("a1", "a2"):
            store.replace_article(article_iri(article_id), record_to_graph(make_record(article_id)))
        result = validate_store(store)
    assert result.conforms, result.report()
    assert len(result.results) == 3

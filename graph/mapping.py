"""Map an :class:`ArticleRecord` to the triples of its article's named graph.

Every fact triple gets an ``rdf:Statement`` node with its evidence (sentence, offsets, confidence,
extractor, source article), so SPARQL users can always ask where a fact comes from.

>>> from extractors.records import Article, ArticleRecord, Entity
>>> record = ArticleRecord(Article(id="a1", text="IU sings."), {"iu": Entity("iu", "IU", "schema:Person")})
>>> graph = record_to_graph(record)
>>> (entity_iri("IU", "schema:Person"), SDO.name, Literal("IU")) in graph
True
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from extractors.records import ArticleRecord, DateValue, Entity, Evidence, TextValue
from graph.iris import article_iri, entity_iri, event_iri, quote_iri, role_iri, statement_iri
from ontology import NKG, PREFIXES, SDO, expand

log = logging.getLogger(__name__)

EntityIris = Callable[[Entity], URIRef]
READER_EXTRACTOR = "reader"


def default_entity_iri(entity: Entity) -> URIRef:
    """The slug IRI of an entity (no cross-article alias resolution)."""
    return entity_iri(entity.name, entity.type)


def date_literal(value: DateValue) -> Literal:
    """A typed literal as precise as the date.

    >>> date_literal(DateValue("2024-03")).datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth')
    """
    return Literal(value.iso, datatype=expand(value.datatype))


def new_graph() -> Graph:
    graph = Graph()
    for prefix, base in PREFIXES.items():
        graph.bind(prefix, base)
    return graph


def add_statement(graph: Graph, article: URIRef, triple: tuple[URIRef, URIRef, URIRef | Literal],
                  evidence: Evidence, source_file: str | None = None) -> URIRef:
    """Add ``triple`` and the rdf:Statement describing it with ``evidence``; return the statement IRI."""
    s, p, o = triple
    graph.add(triple)
    node = statement_iri(article, s, p, o, evidence.start)
    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.subject, s))
    graph.add((node, RDF.predicate, p))
    graph.add((node, RDF.object, o))
    graph.add((node, NKG.evidenceText, Literal(evidence.sentence)))
    graph.add((node, NKG.charStart, Literal(evidence.start)))
    graph.add((node, NKG.charEnd, Literal(evidence.end)))
    # decimal, rounded: stable across platforms and readable in Turtle
    graph.add((node, NKG.confidence, Literal(Decimal(f"{evidence.confidence:.3f}"))))
    graph.add((node, NKG.extractor, Literal(evidence.extractor)))
    graph.add((node, NKG.sourceArticle, article))
    if source_file is not None:
        graph.add((node, NKG.sourceFile, Literal(source_file)))
    return node


def record_to_graph(record: ArticleRecord, iri_for: EntityIris | None = None) -> Graph:
    """The triples of the named graph of ``record``'s article.

    ``iri_for`` names entity nodes (default: slug IRIs; ``graph.resolve`` gives cross-article ones).
    References to entity keys the record does not hold are skipped with a warning.
    """
    iri_for = iri_for or default_entity_iri
    article = record.article
    graph = new_graph()
    art = article_iri(article.id)
    graph.add((art, RDF.type, SDO.NewsArticle))
    graph.add((art, SDO.identifier, Literal(article.id)))
    if article.title:
        graph.add((art, SDO.headline, Literal(article.title)))
    if article.url:
        graph.add((art, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.date:
        iso = article.date.isoformat()
        evidence = Evidence(f"date {iso}", 0, 0, 1.0, READER_EXTRACTOR)
        add_statement(graph, art, (art, SDO.datePublished, Literal(iso, datatype=XSD.date)), evidence,
                      source_file=article.source)

    iris: dict[str, URIRef] = {}
    for key, entity in record.entities.items():
        node = iris[key] = iri_for(entity)
        graph.add((node, RDF.type, expand(entity.type)))
        graph.add((node, SDO.name, Literal(entity.name)))
        for alias in sorted(entity.aliases - {entity.name}):
            graph.add((node, SDO.alternateName, Literal(alias)))

    def entity(key: str, where: str) -> URIRef | None:
        if key not in iris:
            log.warning("%s: %s names unknown entity key %r; skipped", article.source, where, key)
        return iris.get(key)

    for rel in record.relations:
        subject = entity(rel.subject, f"relation {rel.predicate}")
        if isinstance(rel.object, DateValue):
            obj = date_literal(rel.object)
        elif isinstance(rel.object, TextValue):
            obj = Literal(rel.object.text)
        else:
            obj = entity(rel.object, f"relation {rel.predicate}")
        if subject is None or obj is None:
            continue
        add_statement(graph, art, (subject, expand(rel.predicate), obj), rel.evidence)
        if rel.role and isinstance(obj, URIRef):
            role = role_iri(article.id, subject, obj, rel.role)
            graph.add((role, RDF.type, NKG.CreditRole))
            graph.add((role, SDO.roleName, Literal(rel.role)))
            graph.add((role, NKG.roleWork, subject))
            graph.add((role, NKG.roleAgent, obj))

    events = {ev.key: event_iri(article.id, ev.key) for ev in record.events}
    for ev in record.events:
        node = events[ev.key]
        for type_curie in ev.types:
            graph.add((node, RDF.type, expand(type_curie)))
        if ev.name:
            graph.add((node, SDO.name, Literal(ev.name)))
        graph.add((node, NKG.eventStatus, Literal(ev.status)))
        for prop, key in ev.participants:
            if (who := entity(key, f"event {ev.key}")) is not None:
                add_statement(graph, art, (node, expand(prop), who), ev.evidence)
        if ev.start_date:
            add_statement(graph, art, (node, SDO.startDate, date_literal(ev.start_date)), ev.evidence)
        if ev.end_date:
            add_statement(graph, art, (node, SDO.endDate, date_literal(ev.end_date)), ev.evidence)
        for key in ev.locations:
            if (place := entity(key, f"event {ev.key}")) is not None:
                add_statement(graph, art, (node, SDO.location, place), ev.evidence)
        if ev.super_event:
            if ev.super_event not in events:
                log.warning("%s: event %s names unknown super event %r; skipped", article.source, ev.key, ev.super_event)
                continue
            add_statement(graph, art, (node, SDO.superEvent, events[ev.super_event]), ev.evidence)
            add_statement(graph, art, (events[ev.super_event], SDO.subEvent, node), ev.evidence)

    for quote in record.quotes:
        node = quote_iri(article.id, quote.text, quote.evidence.start)
        graph.add((node, RDF.type, SDO.Quotation))
        graph.add((node, SDO.text, Literal(quote.text)))
        graph.add((node, SDO.isPartOf, art))
        if quote.speaker is not None and (speaker := entity(quote.speaker, "quote")) is not None:
            add_statement(graph, art, (node, SDO.creator, speaker), quote.evidence)
    return graph

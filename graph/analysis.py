"""Network views and counts of a store (networkx).

>>> store = KnowledgeStore()
>>> stats(store)["articles"], entity_graph(store).number_of_nodes()
(0, 0)
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from graph.iris import ENTITY_BASE, EVENT_BASE
from graph.store import KnowledgeStore
from ontology import ONTOLOGY_GRAPH, compact

ENTITY_FILTER = f'STRSTARTS(STR(?e), "{ENTITY_BASE}")'


def entity_graph(store: KnowledgeStore) -> nx.DiGraph:
    """Entities as nodes (attributes ``name``, ``types``); fact triples between entities as edges.

    An edge carries ``predicates`` (CURIEs) and ``weight``: the number of statements (evidence
    sentences) supporting its facts, at least one per fact.
    """
    graph = nx.DiGraph()
    rows = store.query(f"SELECT ?e ?type ?name WHERE {{ ?e a ?type . OPTIONAL {{ ?e schema:name ?name }} FILTER({ENTITY_FILTER}) }}")
    for node, cls, name in rows:
        if str(node) not in graph:
            graph.add_node(str(node), types=set())
        attrs = graph.nodes[str(node)]
        attrs["types"].add(compact(str(cls)))
        if name is not None:
            attrs["name"] = min(attrs.get("name", str(name)), str(name))  # fixed choice among merged names
    rows = store.query(
        "SELECT ?s ?p ?o (COUNT(DISTINCT ?st) AS ?n) WHERE { ?s ?p ?o . "
        f'FILTER(isIRI(?o) && STRSTARTS(STR(?s), "{ENTITY_BASE}") && STRSTARTS(STR(?o), "{ENTITY_BASE}")) '
        "OPTIONAL { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } GROUP BY ?s ?p ?o"
    )
    for s, p, o, n in rows:
        u, v = str(s), str(o)
        if not graph.has_edge(u, v):
            graph.add_edge(u, v, predicates=[], weight=0)
        edge = graph.edges[u, v]
        edge["predicates"] = sorted({*edge["predicates"], compact(str(p))})
        edge["weight"] += max(int(n), 1)
    return graph


def count(store: KnowledgeStore, sparql: str) -> int:
    """The single number a ``SELECT (COUNT(...) AS ?n)`` query returns."""
    rows = store.query(sparql).rows
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def stats(store: KnowledgeStore) -> dict:
    """Counts of a store: articles, triples (article graphs), entities per class, facts per property,
    statements, quotes, events, and the 10 entities of highest degree centrality."""
    entities_per_class = Counter({
        compact(str(cls)): int(n) for cls, n in store.query(
            f"SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?type FILTER({ENTITY_FILTER}) }} GROUP BY ?type")
    })
    facts_per_property = Counter({
        compact(str(p)): int(n) for p, n in store.query(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
            "{ ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } GROUP BY ?p")
    })
    network = entity_graph(store)
    centrality = nx.degree_centrality(network) if network.number_of_nodes() > 1 else {}
    top = sorted(centrality.items(), key=lambda item: (-item[1], network.nodes[item[0]].get("name", item[0])))[:10]
    return {
        "articles": len(store.articles()),
        "triples": count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }}"),
        "entities": count(store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?type FILTER({ENTITY_FILTER}) }}"),
        "entities_per_class": dict(entities_per_class.most_common()),
        "facts_per_property": dict(facts_per_property.most_common()),
        "statements": count(store, "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a rdf:Statement }"),
        "quotes": count(store, "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a schema:Quotation }"),
        "events": count(store, f'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?type FILTER(STRSTARTS(STR(?e), "{EVENT_BASE}")) }}'),
        "top_entities": [{"iri": node, "name": network.nodes[node].get("name", node), "centrality": round(c, 4)}
                         for node, c in top],
    }

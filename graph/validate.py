"""SHACL validation of article graphs and whole stores with the newskg shapes.

The ontology is passed to pyshacl as ``ont_graph`` so that class targets reach subclasses
(a ``schema:MusicGroup`` is checked as a ``schema:Organization``).

>>> from rdflib import Graph, Literal, URIRef
>>> from rdflib.namespace import RDF
>>> from ontology import SDO
>>> g = Graph(); _ = g.add((URIRef("http://ex.org/a"), RDF.type, SDO.NewsArticle))
>>> validate_graph(g).conforms     # no schema:identifier
False
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyshacl
from rdflib import Graph

from graph.store import KnowledgeStore
from ontology import load_ontology, load_shapes


@dataclass
class ValidationResult:
    """Whether a graph conforms, and pyshacl's readable report when it does not."""

    conforms: bool
    report: str = ""


@dataclass
class StoreValidation:
    """Results per article graph, plus one for the union of all article graphs (merged entities)."""

    conforms: bool
    results: dict[str, ValidationResult] = field(default_factory=dict)

    def report(self) -> str:
        failing = {name: r for name, r in self.results.items() if not r.conforms}
        if not failing:
            return f"conforms ({len(self.results)} graphs checked)"
        return "\n\n".join(f"== {name}\n{r.report.strip()}" for name, r in failing.items())


def validate_graph(graph: Graph, ontology: Graph | None = None, shapes: Graph | None = None) -> ValidationResult:
    """Validate one graph against the newskg shapes."""
    conforms, _, text = pyshacl.validate(
        graph,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        ont_graph=ontology if ontology is not None else load_ontology(),
        inference="none",
        allow_warnings=True,
    )
    return ValidationResult(bool(conforms), "" if conforms else text)


def validate_store(store: KnowledgeStore) -> StoreValidation:
    """Validate every article graph, then the union of them all."""
    ontology, shapes = load_ontology(), load_shapes()
    results: dict[str, ValidationResult] = {}
    union = Graph()
    for name in store.articles():
        graph = store.graph(name)
        results[str(name)] = validate_graph(graph, ontology, shapes)
        union += graph
    results["(union of all articles)"] = validate_graph(union, ontology, shapes)
    return StoreValidation(all(r.conforms for r in results.values()), results)


"""The newskg vocabulary: namespaces, the OWL ontology and the SHACL shapes.

>>> expand("schema:MusicGroup")
rdflib.term.URIRef('https://schema.org/MusicGroup')
>>> str(expand("newskg:Interview"))
'https://w3id.org/newskg/ontology#Interview'
"""
from __future__ import annotations

from importlib import resources

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

SDO = Namespace("https://schema.org/")
NKG = Namespace("https://w3id.org/newskg/ontology#")
DATA = Namespace("https://w3id.org/newskg/")  # base of every data IRI (articles, entities, events, ...)
ONTOLOGY_GRAPH = URIRef("https://w3id.org/newskg/ontology")  # named graph holding the ontology

PREFIXES: dict[str, str] = {
    "schema": str(SDO),
    "newskg": str(NKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
}


def expand(curie: str) -> URIRef:
    """The IRI of a CURIE with a known prefix (schema, newskg, rdf, rdfs, xsd, owl); full IRIs pass through.

    >>> expand("xsd:gYear")
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYear')
    >>> expand("foo:bar")
    Traceback (most recent call last):
    ...
    ValueError: unknown prefix in 'foo:bar' (known: schema, newskg, rdf, rdfs, xsd, owl)
    """
    if curie.startswith(("http://", "https://", "urn:")):
        return URIRef(curie)
    prefix, sep, name = curie.partition(":")
    if not sep or prefix not in PREFIXES:
        raise ValueError(f"unknown prefix in {curie!r} (known: {', '.join(PREFIXES)})")
    return URIRef(PREFIXES[prefix] + name)


def compact(iri: str) -> str:
    """The CURIE of an IRI when a known prefix fits, else the IRI itself.

    >>> compact("https://schema.org/Person")
    'schema:Person'
    """
    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and len(iri) > len(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def load_ontology() -> Graph:
    """The newskg OWL ontology (with the schema.org class tree it relies on), as a fresh graph.

    >>> (NKG.Interview, RDFS.subClassOf, SDO.Event) in load_ontology()
    True
    """
    graph = Graph()
    graph.parse(data=_read("newskg.ttl"), format="turtle")
    return graph


def load_shapes() -> Graph:
    """The SHACL shapes every article graph passes, as a fresh graph.

    >>> len(load_shapes()) > 0
    True
    """
    graph = Graph()
    graph.parse(data=_read("shapes.ttl"), format="turtle")
    return graph

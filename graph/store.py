"""The persistent knowledge store: named graphs in Oxigraph, rdflib terms at the surface.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph(); _ = g.add((URIRef("http://ex.org/a"), URIRef("http://ex.org/p"), Literal("x")))
>>> with KnowledgeStore() as store:           # no path: in memory
...     store.replace_article(URIRef("http://ex.org/g"), g)
...     store.replace_article(URIRef("http://ex.org/g"), g)   # replaces, nothing doubles
...     store.query("SELECT ?o WHERE { ?s ?p ?o }").rows
[(rdflib.term.Literal('x'),)]
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.term import Node

from ontology import ONTOLOGY_GRAPH, PREFIXES, load_ontology

# export format name -> (Oxigraph format, whether it holds named graphs)
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
}


class StoreError(Exception):
    """A store that cannot be used: ``str(error)`` is ``"<path>: <problem>"``."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


# ---------------------------------------------------------------- rdflib <-> Oxigraph terms

def to_ox(term: Node | None) -> ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph:
    """The Oxigraph term for an rdflib term (``None`` or rdflib's default graph id: the default graph).

    >>> to_ox(Literal("2024", datatype=XSD.gYear))
    <Literal value=2024 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYear>>
    """
    if term is None or term == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"no Oxigraph term for {term!r}")


def from_ox(term: object) -> Node | None:
    """The rdflib term for an Oxigraph term; plain strings come back as plain rdflib literals.

    >>> from_ox(ox.Literal("x")) == Literal("x")
    True
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"no rdflib term for {term!r}")


# ---------------------------------------------------------------- query results

@dataclass
class SelectResult:
    """Rows of a SELECT query; cells are rdflib terms, ``None`` when unbound."""

    variables: list[str]
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.variables, row)) for row in self.rows]


QueryResult = SelectResult | bool | Graph


class KnowledgeStore:
    """Named graphs of articles (plus the ontology graph) in an Oxigraph store.

    ``path=None`` keeps the store in memory. ``create=False`` refuses to make a new store;
    ``read_only=True`` opens a store another process may be writing.
    """

    def __init__(self, path: str | Path | None = None, *, create: bool = True, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self._store: ox.Store | None = open_oxigraph(self.path, create=create, read_only=read_only)

    # context manager
    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (and its lock) so another process may open it."""
        self._store = None  # Oxigraph releases the folder's lock when the store object goes

    @property
    def ox(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise StoreError(self.path or "(memory)", "store is closed")
        return self._store

    # ---------------------------------------------------------------- writing

    def replace_graphs(self, graphs: Mapping[URIRef, Graph]) -> None:
        """Replace each named graph by the given triples, all in one transaction."""
        operations = []
        for name, graph in graphs.items():
            target = str(to_ox(name))
            operations.append(f"DROP SILENT GRAPH {target}")
            if len(graph):
                body = "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in graph)
                operations.append(f"INSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}")
        if operations:
            # one SPARQL update is one Oxigraph transaction: all graphs change, or none
            self.ox.update(" ;\n".join(operations))

    def replace_article(self, article_iri: URIRef, graph: Graph) -> None:
        """Remove the named graph ``article_iri`` and add ``graph`` as it, in one transaction."""
        self.replace_graphs({article_iri: graph})

    def ensure_ontology(self) -> None:
        """Put the current ontology in its own named graph, replacing any older version."""
        self.replace_graphs({ONTOLOGY_GRAPH: load_ontology()})

    # ---------------------------------------------------------------- reading

    def articles(self) -> list[URIRef]:
        """The IRIs of the article graphs, sorted.

        >>> KnowledgeStore().articles()
        []
        """
        return sorted(URIRef(g.value) for g in self.ox.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value != str(ONTOLOGY_GRAPH))

    def graph(self, name: URIRef) -> Graph:
        """A copy of one named graph as an rdflib graph."""
        graph = Graph(identifier=name)
        for quad in self.ox.quads_for_pattern(None, None, None, to_ox(name)):
            graph.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        return graph

    def __len__(self) -> int:
        """The number of quads in the store."""
        return len(self.ox)

    def query(self, sparql: str) -> QueryResult:
        """Answer a SPARQL query over the union of all graphs (prefixes schema, newskg, rdf, rdfs, xsd, owl predeclared).

        SELECT gives a :class:`SelectResult`, ASK a bool, CONSTRUCT/DESCRIBE an rdflib Graph.
        """
        result = self.ox.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            return SelectResult(variables, [tuple(from_ox(row[v]) for v in variables) for row in result])
        graph = Graph()
        for prefix, base in PREFIXES.items():
            graph.bind(prefix, base)
        for triple in result:
            graph.add((from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)))
        return graph

    def export(self, fmt: str, out: str | Path | BinaryIO | None = None) -> bytes | None:
        """Write every named graph (ontology included) as ``fmt``; bytes when ``out`` is None.

        Dataset formats (nquads, trig, jsonld) keep the graphs apart; triple formats (turtle,
        ntriples, rdfxml) write the union of all graphs.
        """
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
        ox_format, keeps_graphs = FORMATS[fmt]
        output = str(out) if isinstance(out, Path) else out
        prefixes = PREFIXES if ox_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
        if keeps_graphs:
            return self.ox.dump(output, format=ox_format, prefixes=prefixes)
        union = self.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        return ox.serialize(union, output, format=ox_format, prefixes=prefixes)

    def dataset(self) -> Dataset:
        """An rdflib Dataset over this store (live, through oxrdflib's Oxigraph store plugin).

        Writes through it go to the store; its default graph is the union of all named graphs.
        """
        from oxrdflib.store import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.ox), default_union=True)


def open_oxigraph(path: Path | None, *, create: bool, read_only: bool) -> ox.Store:
    """Open (or create) an Oxigraph store at ``path``, with clear errors for the usual mistakes."""
    if path is None:
        return ox.Store()
    if path.exists() and not path.is_dir():
        raise StoreError(path, "not a folder (a store is a folder)")
    is_store = (path / "CURRENT").is_file()
    if path.is_dir() and not is_store and any(path.iterdir()):
        # Oxigraph would happily create its files among the user's own
        raise StoreError(path, "not a newskg store (the folder is not empty and holds no Oxigraph store)")
    if not is_store and (not create or read_only):
        raise StoreError(path, "no store here (build one first: newskg build INPUT... --store DIR)")
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as err:
        if "lock" in str(err).lower():
            raise StoreError(path, "store is locked: another process (a running build?) has it open") from None
        raise StoreError(path, f"cannot open the store ({err})") from None


"""Cross-article entity resolution by name: an alias learned in one article merges nodes in others.

An entity gets its slug IRI (``graph.iris.entity_iri``) unless the store already holds a node of
the same kind one of whose names (``schema:name`` or ``schema:alternateName``) equals one of the
entity's names after :func:`name_key` normalisation; then that node's IRI is reused.

>>> from extractors.records import Article, ArticleRecord, Entity
>>> index = NameIndex()
>>> index.add("https://w3id.org/newskg/id/person/kim-taehyung", "V")
>>> record = ArticleRecord(Article("a2", "V sings."), {"v": Entity("v", "V", "schema:Person")})
>>> str(resolve_aliases(record, index)["v"])
'https://w3id.org/newskg/id/person/kim-taehyung'
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from rdflib import Graph, Literal, URIRef

from extractors.records import ArticleRecord, Entity
from graph.iris import ENTITY_BASE, entity_iri, entity_kind_base
from graph.store import KnowledgeStore
from ontology import SDO


def name_key(name: str) -> str:
    """A name as compared across articles: casefolded, without a leading "the", punctuation or spaces.

    >>> name_key("The Bangtan-Boys"), name_key("Kim Tae-hyung") == name_key("kim taehyung")
    ('bangtanboys', True)
    """
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


class NameIndex:
    """Entity IRIs by (kind IRI prefix, name key), filled from a store and from graphs built since."""

    def __init__(self) -> None:
        self._iris: dict[tuple[str, str], set[str]] = defaultdict(set)

    def add(self, iri: str, name: str) -> None:
        if not iri.startswith(ENTITY_BASE):
            return  # events, quotes and articles are never merged
        kind_base = iri[: iri.index("/", len(ENTITY_BASE)) + 1]
        if key := name_key(name):
            self._iris[(kind_base, key)].add(iri)

    def add_graph(self, graph: Graph) -> None:
        """Index the names of the entity nodes of ``graph``."""
        for prop in (SDO.name, SDO.alternateName):
            for node, name in graph.subject_objects(prop):
                if isinstance(node, URIRef) and isinstance(name, Literal):
                    self.add(str(node), str(name))

    @classmethod
    def from_store(cls, store: KnowledgeStore) -> NameIndex:
        """An index of every entity name and alternate name in ``store``."""
        index = cls()
        rows = store.query(
            "SELECT DISTINCT ?node ?name WHERE { { ?node schema:name ?name } UNION { ?node schema:alternateName ?name } "
            f'FILTER(isIRI(?node) && STRSTARTS(STR(?node), "{ENTITY_BASE}")) }}'
        )
        for node, name in rows:
            index.add(str(node), str(name))
        return index

    def lookup(self, kind_base: str, name: str) -> set[str]:
        return self._iris.get((kind_base, name_key(name)), set())


def resolve_entity(entity: Entity, index: NameIndex) -> URIRef:
    """The IRI of one entity: a known node sharing one of its names, else its slug IRI."""
    own = entity_iri(entity.name, entity.type)
    kind_base = entity_kind_base(entity.type)
    # the main name first, then aliases in a fixed order, so that the answer never depends on set order
    for name in [entity.name, *sorted(entity.aliases - {entity.name})]:
        known = index.lookup(kind_base, name)
        if str(own) in known:
            return own
        if known:
            return URIRef(min(known))
    return own


def resolve_aliases(record: ArticleRecord, store: KnowledgeStore | NameIndex) -> dict[str, URIRef]:
    """The IRI of every entity of ``record`` (by entity key), reusing nodes ``store`` already names.

    Pass a :class:`NameIndex` when resolving many records in a row (``graph.build`` does), so the
    store is read once and earlier records of the same run count too.
    """
    index = store if isinstance(store, NameIndex) else NameIndex.from_store(store)
    return {key: resolve_entity(entity, index) for key, entity in record.entities.items()}

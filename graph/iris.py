"""Deterministic IRIs for articles, entities, events, statements, quotes and role nodes.

The same input always gives the same IRI, so rebuilding an article replaces its nodes instead of
adding new ones, and one name of one kind in two articles gives one entity node.

>>> str(entity_iri("Um Tae-hwa", "schema:Person")) == str(entity_iri("Um Tae Hwa", "schema:Person"))
True
>>> str(entity_iri("BTS", "schema:MusicGroup"))
'https://w3id.org/newskg/id/organization/bts'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import RDFS

from ontology import DATA, SDO, expand, load_ontology

ARTICLE_BASE = str(DATA) + "article/"
ENTITY_BASE = str(DATA) + "id/"
EVENT_BASE = str(DATA) + "event/"
STATEMENT_BASE = str(DATA) + "statement/"
QUOTE_BASE = str(DATA) + "quote/"
ROLE_BASE = str(DATA) + "role/"

# Coarse kinds, most specific first: a schema:LocalBusiness (an Organization and a Place) is an organization.
# Groups are organizations here: a band typed a group in one article and an organization in
# another is still one node.
KIND_ROOTS: list[tuple[str, URIRef]] = [
    ("person", SDO.Person),
    ("organization", SDO.Organization),
    ("work", SDO.CreativeWork),
    ("place", SDO.Place),
]
KINDS = [kind for kind, _ in KIND_ROOTS] + ["other"]


def slug(text: str) -> str:
    """Casefolded text with letters and digits kept and every other run of characters as one '-'.

    >>> slug("Um Tae-hwa"), slug("  BTS' V "), slug("아이유 (IU)")
    ('um-tae-hwa', 'bts-v', '아이유-iu')
    >>> slug("!!!")  # nothing left: a short hash keeps distinct texts apart
    'x-9a7b006d'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    result = re.sub(r"[\W_]+", "-", text).strip("-")
    return result or "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def short_hash(*parts: object) -> str:
    """The first 16 hex digits of the SHA-1 of the parts joined by '|'."""
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _superclasses() -> dict[URIRef, frozenset[URIRef]]:
    """Every class of the ontology with all its superclasses (itself included)."""
    ontology = load_ontology()
    parents: dict[URIRef, set[URIRef]] = {}
    for child, parent in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(child, URIRef) and isinstance(parent, URIRef):
            parents.setdefault(child, set()).add(parent)
    closure: dict[URIRef, frozenset[URIRef]] = {}
    for cls in parents:
        seen, todo = set(), [cls]
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(parents.get(c, ()))
        closure[cls] = frozenset(seen)
    return closure


@lru_cache(maxsize=None)
def kind_of(type_curie: str) -> str:
    """The coarse kind of a class CURIE, through the schema.org class tree.

    >>> kind_of("schema:MusicGroup"), kind_of("schema:City"), kind_of("schema:MusicAlbum"), kind_of("schema:Thing")
    ('organization', 'place', 'work', 'other')
    """
    cls = expand(type_curie)
    ancestors = _superclasses().get(cls, frozenset({cls}))
    for kind, root in KIND_ROOTS:
        if root in ancestors:
            return kind
    return "other"


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article (and of its named graph).

    >>> str(article_iri("Love Wins All"))
    'https://w3id.org/newskg/article/love-wins-all'
    """
    return URIRef(ARTICLE_BASE + slug(article_id))


def entity_iri(name: str, type_curie: str) -> URIRef:
    """The default IRI of an entity: its kind and the slug of its name."""
    return URIRef(f"{ENTITY_BASE}{kind_of(type_curie)}/{slug(name)}")


def entity_kind_base(type_curie: str) -> str:
    """The IRI prefix shared by every entity of the kind of ``type_curie``."""
    return f"{ENTITY_BASE}{kind_of(type_curie)}/"


def event_iri(article_id: str, event_key: str) -> URIRef:
    """The IRI of an event, local to its article (events are not merged across articles).

    >>> str(event_iri("a1", "Tour 2024"))
    'https://w3id.org/newskg/event/a1/tour-2024'
    """
    return URIRef(f"{EVENT_BASE}{slug(article_id)}/{slug(event_key)}")


def statement_iri(article: URIRef, subject: object, predicate: object, obj: object, start: int) -> URIRef:
    """The IRI of the rdf:Statement describing one triple read at one place of one article."""
    return URIRef(STATEMENT_BASE + short_hash(article, subject, predicate, obj, start))


def quote_iri(article_id: str, text: str, start: int) -> URIRef:
    return URIRef(f"{QUOTE_BASE}{slug(article_id)}/{short_hash(text, start)}")


def role_iri(article_id: str, work: object, agent: object, role_name: str) -> URIRef:
    return URIRef(f"{ROLE_BASE}{slug(article_id)}/{short_hash(work, agent, role_name)}")

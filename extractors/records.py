"""The intermediate record: what the extractors read from an article, before any RDF.

Everything here is a plain dataclass so that extraction can be tested, printed and
serialised (``dataclasses.asdict``) without touching rdflib.  Offsets are character
offsets into ``Article.text`` (the article body after any ``date YYYY-MM-DD`` prefix).

Vocabulary in records is written as CURIEs: ``schema:Person``, ``schema:byArtist``,
``newskg:Interview``.  ``graph.mapping`` expands them; ``ontology/newskg.ttl`` declares
every ``newskg:`` term.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Article:
    """One input article. ``id`` names its graph; ``source`` is the file it came from."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str = "-"


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the sentence, its offsets in the article, how sure, which rule."""

    sentence: str
    start: int
    end: int
    confidence: float
    extractor: str


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the text makes certain: ``2024``, ``2024-03`` or ``2024-03-02``."""

    iso: str

    @property
    def datatype(self) -> str:
        return {4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(self.iso), "xsd:date")


@dataclass(frozen=True)
class TextValue:
    """A plain-text value of a fact, such as a genre ("comedy horror")."""

    text: str


@dataclass
class Mention:
    text: str
    start: int
    end: int
    source: str = "ner"  # ner | gazetteer | pattern | coref


@dataclass
class Entity:
    """A thing the article names. ``key`` is local to the record; IRIs are minted in ``graph``."""

    key: str
    name: str
    type: str  # most specific class, e.g. "schema:MusicGroup"
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.7
    gender: str | None = None  # "f" | "m" | None, learned from the article's pronouns
    type_inferred: bool = False  # the type follows from a relation ("directed by" makes a film), not the text's words

    @property
    def names(self) -> set[str]:
        return {self.name, *self.aliases}


@dataclass
class Relation:
    """A fact ``subject predicate object``; object is an entity key, a ``DateValue`` or a ``TextValue``."""

    subject: str
    predicate: str  # e.g. "schema:byArtist"
    object: str | DateValue | TextValue
    evidence: Evidence
    role: str | None = None  # e.g. "featured artist": mapped to an n-ary role node


@dataclass
class Event:
    key: str
    types: list[str]  # e.g. ["schema:MusicEvent", "schema:EventSeries"]
    name: str | None
    participants: list[tuple[str, str]]  # (property CURIE, entity key)
    evidence: Evidence
    start_date: DateValue | None = None
    end_date: DateValue | None = None
    locations: list[str] = field(default_factory=list)  # entity keys
    super_event: str | None = None  # key of the event this one is part of
    status: str = "past"  # past | ongoing | future (tense of the text)
    kind: str = ""  # the trigger that found it ("concert", "music-show"): one type may cover several kinds
    refers_back: bool = False  # told as "the premiere", "the tour": an event the article named before


@dataclass
class Quote:
    text: str
    speaker: str | None  # entity key
    evidence: Evidence


@dataclass
class ArticleRecord:
    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # kept paragraphs (offsets)

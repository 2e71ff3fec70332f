"""Shared fixtures: a hand-built article record (invented names) and a stand-in extractor."""
from __future__ import annotations

import datetime as dt

import pytest

from extractors.records import (Article, ArticleRecord, DateValue, Entity, Event, Evidence, Quote,
                                Relation)

TEXT = ("Mira Sol released Paper Moon with Jae-won Park of The Night Owls on Monday. "
        "Sol told Radio Lumen about her tour across Europe, which starts on March 2. "
        '"It was a long winter," Sol said.')


def evidence(sentence: str, confidence: float = 0.9, extractor: str = "test") -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence), confidence, extractor)


def make_record(article_id: str = "a1", date: dt.date | None = dt.date(2024, 1, 22), **names: set[str]) -> ArticleRecord:
    """A record of TEXT; keyword arguments give extra aliases by entity key."""
    s1, s2, s3 = ("Mira Sol released Paper Moon with Jae-won Park of The Night Owls on Monday.",
                  "Sol told Radio Lumen about her tour across Europe, which starts on March 2.",
                  '"It was a long winter," Sol said.')
    entities = {
        "mira": Entity("mira", "Mira Sol", "schema:Person", aliases={"Sol"}),
        "park": Entity("park", "Jae-won Park", "schema:Person"),
        "owls": Entity("owls", "The Night Owls", "schema:MusicGroup"),
        "moon": Entity("moon", "Paper Moon", "schema:MusicRecording"),
        "radio": Entity("radio", "Radio Lumen", "schema:Organization"),
        "europe": Entity("europe", "Europe", "schema:Place"),
    }
    for key, aliases in names.items():
        entities[key].aliases |= aliases
    relations = [
        Relation("moon", "schema:byArtist", "mira", evidence(s1)),
        Relation("moon", "newskg:featuredArtist", "park", evidence(s1, 0.6), role="featured artist"),
        Relation("park", "schema:memberOf", "owls", evidence(s1, 0.8)),
        Relation("moon", "schema:datePublished", DateValue("2024-01-22"), evidence(s1, 0.7)),
    ]
    events = [
        Event("tour", ["newskg:ConcertTour"], "Mira Sol tour", [("schema:performer", "mira")], evidence(s2),
              start_date=DateValue("2024-03-02"), locations=["europe"], status="future"),
        Event("interview", ["newskg:Interview"], None, [("newskg:interviewee", "mira"), ("newskg:outlet", "radio")],
              evidence(s2, 0.4)),
    ]
    quotes = [Quote("It was a long winter,", "mira", evidence(s3))]
    article = Article(article_id, TEXT, date=date, title="A new song", source=f"{article_id}.txt")
    return ArticleRecord(article, entities, relations, events, quotes)


def stub_extract(articles: list[Article]):
    """Stand-in for extractors.pipeline.extract_records: the hand-built record, per article."""
    for article in articles:
        record = make_record(article.id, article.date)
        record.article = article
        yield record


@pytest.fixture
def record() -> ArticleRecord:
    return make_record()

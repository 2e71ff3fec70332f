"""The command line over a store built with the stand-in extractor."""
from __future__ import annotations

import json

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from conftest import stub_extract
from graph.build import build
from graph.cli import app

runner = CliRunner()


@pytest.fixture
def store_dir(tmp_path):
    (tmp_path / "a1.txt").write_text("date 2024-01-22 Some text.")
    build([str(tmp_path / "a1.txt")], tmp_path / "store", stub_extract, progress=False)
    return str(tmp_path / "store")


def test_query_formats(store_dir, tmp_path):
    sparql = "SELECT ?name WHERE { ?x a schema:MusicGroup ; schema:name ?name }"
    result = runner.invoke(app, ["query", "--store", store_dir, "--format", "json", sparql])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"name": "The Night Owls"}]
    (tmp_path / "q.rq").write_text(sparql)
    result = runner.invoke(app, ["query", "--store", store_dir, "--format", "csv", f"@{tmp_path / 'q.rq'}"])
    assert result.stdout == "name\nThe Night Owls\n"
    assert runner.invoke(app, ["query", "--store", store_dir, "ASK { ?s a schema:Quotation }"]).stdout == "true\n"
    construct = runner.invoke(app, ["query", "--store", store_dir, "CONSTRUCT { ?s a schema:Person } WHERE { ?s a schema:Person }"])
    assert construct.stdout.count(" .\n") == 2


def test_export_stats_validate(store_dir, tmp_path):
    out = tmp_path / "all.nq"
    assert runner.invoke(app, ["export", "--store", store_dir, "--format", "nquads", "-o", str(out)]).exit_code == 0
    ds = Dataset()
    ds.parse(out, format="nquads")
    assert len({g.identifier for g in ds.graphs()}) >= 2
    stats = runner.invoke(app, ["stats", "--store", store_dir, "--json"])
    numbers = json.loads(stats.stdout)
    assert numbers["articles"] == 1 and numbers["quotes"] == 1 and numbers["events"] == 2
    assert numbers["facts_per_property"]["schema:byArtist"] == 1
    assert runner.invoke(app, ["validate", "--store", store_dir]).exit_code == 0


def test_user_errors_are_one_line(tmp_path, store_dir):
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert result.stderr == f"newskg: error: {tmp_path / 'missing.txt'}: no such file or folder\n"
    assert not (tmp_path / "s").exists()
    result = runner.invoke(app, ["query", "--store", store_dir, "SELEC"])
    assert result.exit_code == 2 and result.stderr.startswith("newskg: error: query: ")
    result = runner.invoke(app, ["export", "--store", str(tmp_path / "nowhere"), "--format", "turtle"])
    assert result.exit_code == 1 and "no store here" in result.stderr

"""The named query library, both engines, parameters as bindings, and every result format."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.pipeline import BuildReport
from kg.sparql import format_result, load_engine, named_queries, run_query
from kg.sparql.library import resolve_query

runner = CliRunner()
ARGS = {
    "cooccurring-topics": {"topic": "audit-work"},
    "tasks-of-topic": {"topic": "audit work"},
    "person": {"person": "Yuan Jiajun"},
    "event-relays": {"event": "cpc-20-congress"},
}


def test_the_library_has_the_queries_analysts_ask_for() -> None:
    assert set(named_queries()) == {
        "meetings-by-date",
        "topic-frequency-by-year",
        "directives-relayed",
        "person",
        "cooccurring-topics",
        "tasks-of-topic",
        "committee-leaders",
        "event-relays",
    }
    assert all(q.description for q in named_queries().values())


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_gives_rows_and_the_same_on_both_engines(built: tuple[Path, BuildReport], name: str) -> None:
    text, bindings = resolve_query(name, [f"{k}={v}" for k, v in ARGS.get(name, {}).items()])
    fast = run_query(load_engine(built[0] / "kg.ttl"), text, bindings)
    slow = run_query(load_engine(built[0] / "kg.ttl", "rdflib"), text, bindings)
    assert fast.rows, name
    assert format_result(fast, "json") == format_result(slow, "json")


def test_a_parameter_is_data_not_query_text(built: tuple[Path, BuildReport]) -> None:
    hostile = 'audit-work")) } SELECT * WHERE { ?s ?p ?o } #'
    text, bindings = resolve_query("cooccurring-topics", [f"topic={hostile}"])
    assert hostile not in text
    assert run_query(load_engine(built[0] / "kg.ttl"), text, bindings).rows == ()


@pytest.mark.parametrize(
    ("query", "params", "message"),
    [
        ("person", [], "missing: ['person']"),
        ("person", ["person=x", "topic=y"], "unknown: ['topic']"),
        ("person", ["person"], "name=value"),
        ("no-such-query", [], "no named query"),
    ],
)
def test_parameter_mistakes_are_explained(query: str, params: list[str], message: str) -> None:
    with pytest.raises(QueryError, match=message.replace("[", r"\[").replace("]", r"\]")):
        resolve_query(query, params)


def test_cli_lists_named_queries() -> None:
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    assert "cooccurring-topics" in result.output and "[params: topic]" in result.output


def test_cli_named_query_with_param(built: tuple[Path, BuildReport]) -> None:
    result = runner.invoke(
        app, ["query", "person", "--param", "person=Yuan Jiajun", "--graph", str(built[0] / "kg.ttl")]
    )
    assert result.exit_code == 0, result.output
    assert "2023-06-02" in result.output and "presided" in result.output


def test_cli_missing_param_exits_2(built: tuple[Path, BuildReport]) -> None:
    result = runner.invoke(app, ["query", "person", "--graph", str(built[0] / "kg.ttl")])
    assert result.exit_code == 2 and "missing" in result.output


def test_result_formats_parse_back(built: tuple[Path, BuildReport]) -> None:
    text, _ = resolve_query("meetings-by-date", [])
    result = run_query(load_engine(built[0] / "kg.ttl"), text)
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == list(result.variables) and len(rows) == len(result.rows) + 1
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0].split("\t") == [f"?{v}" for v in result.variables] and len(tsv) == len(result.rows) + 1
    data = json.loads(format_result(result, "json"))
    assert len(data["results"]["bindings"]) == len(result.rows)
    tree = ET.fromstring(format_result(result, "xml"))
    assert len(tree.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == len(result.rows)


def test_ask_queries(built: tuple[Path, BuildReport]) -> None:
    result = run_query(load_engine(built[0] / "kg.ttl"), "ASK { ?s ?p ?o }")
    assert result.boolean is True
    assert json.loads(format_result(result, "json"))["boolean"] is True


@pytest.mark.parametrize("spelling", ["蔡奇", "Cai Qi", "cai qi"])
def test_a_named_query_takes_a_chinese_name_or_its_pinyin(built: tuple[Path, BuildReport], spelling: str) -> None:
    text, bindings = resolve_query("person", [f"person={spelling}"])
    rows = run_query(load_engine(built[0] / "kg.ttl"), text, bindings).rows
    # One person whatever the spelling asked for; a known leader is labelled with his usual English spelling.
    assert rows and all(row[1] is not None and row[1].value == "Cai Qi" for row in rows)

"""The command line as a user runs it, through Typer's CliRunner."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import BuildReport
from tests.conftest import GOLD, SEEDS, make_readout

runner = CliRunner()

SEED_TEXT = (SEEDS / "chongqing-2023-02-24.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["build", "query", "eval", "validate", "export", "serve", "push"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.strip()) > 80


def test_build_writes_outputs_and_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_readout(corpus, "good.txt", SEED_TEXT)
    make_readout(corpus, "empty.txt", "")
    (corpus / "binary.txt").write_bytes(b"\xff\xfe\x00\x01")
    result = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.output and "meetings: 1" in result.output
    assert "skipped empty.txt" in result.output and "the file is empty" in result.output
    assert "skipped binary.txt" in result.output
    assert (tmp_path / "out" / "kg.ttl").is_file() and (tmp_path / "out" / "index.html").is_file()


def test_build_fails_when_nothing_was_built_and_keeps_old_outputs(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_readout(corpus, "empty.txt", "")
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.ttl").write_text("previous", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "nothing was built" in result.output and "empty.txt" in result.output
    assert (out / "kg.ttl").read_text(encoding="utf-8") == "previous"


def test_build_same_input_gives_same_bytes(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_readout(corpus, "chongqing-2023-02-24.txt", SEED_TEXT)
    for out in ("a", "b"):
        assert runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / out)]).exit_code == 0
    for name in ("kg.ttl", "index.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("in")
    make_readout(corpus, "chongqing-2023-02-24.txt", SEED_TEXT)
    out = tmp_path_factory.mktemp("out")
    assert runner.invoke(app, ["build", str(corpus), "--out", str(out)]).exit_code == 0
    return out / "kg.ttl"


PRESIDER_QUERY = (
    "PREFIX kg: <https://w3id.org/readout-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?date ?name WHERE { ?m kg:date ?date ; kg:presidedBy/rdfs:label ?name }"
)


@pytest.mark.parametrize(("fmt", "expected"), [("table", "2023-02-24  Yuan Jiajun"), ("csv", "2023-02-24,Yuan Jiajun")])
def test_query_formats(graph_file: Path, fmt: str, expected: str) -> None:
    result = runner.invoke(app, ["query", PRESIDER_QUERY, "--graph", str(graph_file), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_query_json_is_sparql_results_json(graph_file: Path) -> None:
    result = runner.invoke(app, ["query", PRESIDER_QUERY, "--graph", str(graph_file), "--format", "json"])
    data = json.loads(result.output)
    assert data["head"]["vars"] == ["date", "name"]
    assert data["results"]["bindings"][0]["name"] == {"type": "literal", "value": "Yuan Jiajun"}


def test_query_from_rq_file(graph_file: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text(PRESIDER_QUERY, encoding="utf-8")
    result = runner.invoke(app, ["query", str(query), "--graph", str(graph_file)])
    assert result.exit_code == 0 and "Yuan Jiajun" in result.output


def test_malformed_query_exits_2_with_parser_message(graph_file: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT WHERE {", "--graph", str(graph_file)])
    assert result.exit_code == 2
    assert "malformed SPARQL query" in result.output


def test_a_misspelled_query_form_is_named(graph_file: Path) -> None:
    result = runner.invoke(app, ["query", "SELEC ?x WHERE { ?x ?y ?z }", "--graph", str(graph_file)])
    assert result.exit_code == 2
    assert "starts with 'SELEC', not one of SELECT, ASK, CONSTRUCT, DESCRIBE" in result.output


def test_a_syntax_error_names_its_line_column_and_the_words_there(graph_file: Path) -> None:
    query = "PREFIX kg: <https://w3id.org/readout-kg/ontology#>\nSELECT ?x WHER { ?x ?y ?z }"
    result = runner.invoke(app, ["query", query, "--graph", str(graph_file)])
    assert result.exit_code == 2
    assert re.search(r"line 2, column \d+ near '[^']*WHER[^']*'", result.output), result.output


def test_query_without_graph_says_what_to_do(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "ASK {}", "--graph", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1 and "run `kg build` first" in result.output


def test_eval_prints_every_field(graph_file: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "chongqing-2023-02-24.json").write_bytes((GOLD / "chongqing-2023-02-24.json").read_bytes())
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(graph_file), "--corpus", str(SEEDS)])
    assert result.exit_code == 0, result.output
    for field in (
        "date",
        "part_of_day",
        "level",
        "enlarged",
        "presiders",
        "speakers",
        "persons",
        "central_directives",
        "reviewed",
        "topics",
        "evidence spans",
    ):
        assert field in result.output
    assert re.search(r"^presiders\s+1\.000\s+1\.000\s+1\.000$", result.output, re.MULTILINE)


def test_eval_over_no_gold_readout_fails_instead_of_scoring_perfect(graph_file: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "chongqing-2023-02-24.json").write_bytes((GOLD / "chongqing-2023-02-24.json").read_bytes())
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(graph_file), "--language", "zh"])
    assert result.exit_code == 1 and "no readout of the graph has gold" in result.output
    assert "1.000" not in result.output


def test_eval_rejects_a_missing_gold_folder(graph_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "none"), "--graph", str(graph_file)])
    assert result.exit_code == 1 and "not a directory" in result.output


def test_validate_passes_on_the_built_graph(graph_file: Path) -> None:
    result = runner.invoke(app, ["validate", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_reports_violations_and_exits_1(graph_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    text = graph_file.read_text(encoding="utf-8")
    broken.write_text(text.replace("kg:heldBy", "kg:mentions", 1), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "violation(s)" in result.output and "heldBy" in result.output


def test_version_and_the_exit_code_table(built: tuple[Path, BuildReport]) -> None:
    version = CliRunner().invoke(app, ["--version"])
    assert version.exit_code == 0 and version.output.startswith("readout-kg ")
    graph = str(built[0] / "kg.ttl")
    nothing = CliRunner().invoke(app, ["query", "person", "--param", "person=Nobody At All", "--graph", graph])
    assert nothing.exit_code == 1 and "nothing matched" in nothing.output
    unknown = CliRunner().invoke(app, ["export", "--format", "nope", "--graph", graph, "--out", "/tmp/unused"])
    assert unknown.exit_code == 2

"""Every export format parses back (rdflib, networkx) to the same content."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.export import export_graph
from kg.pipeline import BuildReport
from tests.conftest import SEED_COUNT

runner = CliRunner()


@pytest.mark.parametrize("fmt", ["jsonld", "nt"])
def test_rdf_exports_are_isomorphic_to_the_graph(
    built: tuple[Path, BuildReport], built_graph: Graph, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"kg.{fmt}"
    export_graph(built[0] / "kg.ttl", fmt, out)
    back = Graph().parse(data=out.read_text(encoding="utf-8"), format={"jsonld": "json-ld", "nt": "nt"}[fmt])
    assert isomorphic(back, built_graph)


def test_ntriples_are_sorted(built: tuple[Path, BuildReport], tmp_path: Path) -> None:
    export_graph(built[0] / "kg.ttl", "nt", tmp_path / "kg.nt")
    lines = (tmp_path / "kg.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def test_trig_has_one_named_graph_per_readout(
    built: tuple[Path, BuildReport], built_graph: Graph, tmp_path: Path
) -> None:
    export_graph(built[0] / "kg.ttl", "trig", tmp_path / "kg.trig")
    dataset = Dataset()
    dataset.parse(data=(tmp_path / "kg.trig").read_text(encoding="utf-8"), format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g) and "/document/" in str(g.identifier)}
    assert len(names) == SEED_COUNT
    union = Graph()
    for graph in dataset.graphs():
        union += graph
    assert isomorphic(union, built_graph)
    chongqing = dataset.graph("https://w3id.org/readout-kg/id/document/chongqing-2023-02-24")
    assert any("Alashan Zuoqi" in str(o) for o in chongqing.objects())


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_open_in_networkx_with_typed_attributes(
    built: tuple[Path, BuildReport], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"kg.{fmt}"
    export_graph(built[0] / "kg.ttl", fmt, out)
    network = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert network.number_of_nodes() > 200 and network.number_of_edges() > 300
    yuan = network.nodes["https://w3id.org/readout-kg/id/person/yuan-jiajun"]
    assert yuan["label"] == "Yuan Jiajun" and yuan["class"] == "Person"
    assert isinstance(yuan["pageRank"], float) and isinstance(yuan["community"], int)
    assert all(value is not None for _, data in network.nodes(data=True) for value in data.values())


def test_csv_tables(built: tuple[Path, BuildReport], tmp_path: Path) -> None:
    written = export_graph(built[0] / "kg.ttl", "csv", tmp_path / "csv")
    assert sorted(p.name for p in written) == [
        "directives.csv",
        "meeting-directive.csv",
        "meeting-person.csv",
        "meeting-topic.csv",
        "meetings.csv",
        "people.csv",
        "topics.csv",
    ]
    with (tmp_path / "csv" / "meeting-person.csv").open(encoding="utf-8") as handle:
        roles = {row["role"] for row in csv.DictReader(handle)}
    assert {"presided", "named"} <= roles
    with (tmp_path / "csv" / "meeting-directive.csv").open(encoding="utf-8") as handle:
        lags = [row["daysAfterEvent"] for row in csv.DictReader(handle) if row["daysAfterEvent"]]
    assert lags and all(int(lag) >= 0 for lag in lags)
    with (tmp_path / "csv" / "meetings.csv").open(encoding="utf-8") as handle:
        meetings = list(csv.DictReader(handle))
    assert len(meetings) == SEED_COUNT
    assert {"2023-02-24", "2023-06-02"} <= {m["date"] for m in meetings}
    with (tmp_path / "csv" / "topics.csv").open(encoding="utf-8") as handle:
        topics = {row["label"]: row for row in csv.DictReader(handle)}
    assert topics["audit work"]["capMajorTopic"] == "Government Operations"


def test_parquet_tables_keep_their_types_and_match_the_csv(built: tuple[Path, BuildReport], tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    written = export_graph(built[0] / "kg.ttl", "parquet", tmp_path / "parquet")
    assert len(written) == 7 and all(p.suffix == ".parquet" for p in written)
    export_graph(built[0] / "kg.ttl", "csv", tmp_path / "csv")
    meetings = parquet.read_table(tmp_path / "parquet" / "meetings.parquet").to_pylist()
    assert len(meetings) == SEED_COUNT
    assert dt.date(2023, 2, 24) in {m["date"] for m in meetings}  # a date, not text
    assert all(isinstance(m["enlarged"], bool) for m in meetings)
    relays = parquet.read_table(tmp_path / "parquet" / "meeting-directive.parquet").to_pylist()
    lags = [r["daysAfterEvent"] for r in relays if r["daysAfterEvent"] is not None]
    assert lags and all(isinstance(lag, int) for lag in lags)
    for path in written:
        with (tmp_path / "csv" / f"{path.stem}.csv").open(encoding="utf-8") as handle:
            assert parquet.read_table(path).num_rows == sum(1 for _ in csv.DictReader(handle)), path.name


def test_unknown_format_names_the_choices(built: tuple[Path, BuildReport], tmp_path: Path) -> None:
    with pytest.raises(KgError, match="choose one of jsonld, nt, trig, graphml, gexf, csv, parquet"):
        export_graph(built[0] / "kg.ttl", "xlsx", tmp_path / "x")


def test_cli_export(built: tuple[Path, BuildReport], tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "--format", "nt", "--graph", str(built[0] / "kg.ttl"), "--out", str(tmp_path / "kg.nt")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kg.nt").is_file()


def test_gexf_is_directed_dated_and_labelled(built: tuple[Path, BuildReport], tmp_path: Path) -> None:
    export_graph(built[0] / "kg.ttl", "gexf", tmp_path / "kg.gexf")
    text = (tmp_path / "kg.gexf").read_text(encoding="utf-8")
    assert 'defaultedgetype="directed"' in text and 'mode="dynamic"' in text
    assert 'label="heldBy"' in text and 'label="linked"' not in text
    assert 'start="2023-02-24"' in text

"""``kg push`` into a real Oxigraph server started on a loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.pipeline import BuildReport
from kg.push import push_graph

SERVER = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(SERVER is None, reason="no oxigraph server (pip install oxigraph)")
GRAPH_IRI = "https://w3id.org/readout-kg/graph/test"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[str]:
    assert SERVER is not None
    port = _free_port()
    process = subprocess.Popen(
        [SERVER, "serve", "--location", str(tmp_path / "data"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def _fetch(url: str) -> Graph:
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


def test_push_leaves_the_store_holding_exactly_the_built_triples(
    store: str, built: tuple[Path, BuildReport], built_graph: Graph
) -> None:
    assert push_graph(built[0] / "kg.ttl", f"{store}/store", GRAPH_IRI) in (200, 201, 204)
    assert push_graph(built[0] / "kg.ttl", f"{store}/store", GRAPH_IRI) in (200, 201, 204)  # replaces, not adds
    assert isomorphic(_fetch(f"{store}/store?graph={GRAPH_IRI}"), built_graph)


def test_cli_push_to_the_default_graph(store: str, built: tuple[Path, BuildReport], built_graph: Graph) -> None:
    result = CliRunner().invoke(app, ["push", "--endpoint", f"{store}/store", "--graph", str(built[0] / "kg.ttl")])
    assert result.exit_code == 0, result.output
    assert isomorphic(_fetch(f"{store}/store?default"), built_graph)


def test_unreachable_store_is_a_clear_error(built: tuple[Path, BuildReport]) -> None:
    with pytest.raises(KgError, match="cannot reach the graph store"):
        push_graph(built[0] / "kg.ttl", f"http://127.0.0.1:{_free_port()}/store", timeout=5)

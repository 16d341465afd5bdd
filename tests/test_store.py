"""Queries answer from the build's on-disk store, and never from one of another kg.ttl."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build
from kg.sparql import load_engine, run_query
from kg.sparql.library import resolve_query
from kg.store import cache_folder, open_store
from tests.conftest import SEEDS

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _count(graph: Path) -> int:
    rows = run_query(load_engine(graph), COUNT).rows
    assert rows[0][0] is not None
    return int(rows[0][0].value)


def _copy_of_seeds(tmp_path: Path) -> Path:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("chongqing-2023-02-24.txt", "101.txt"):
        shutil.copy(SEEDS / name, corpus / name)
    return corpus


def test_a_build_leaves_a_store_that_answers_as_the_turtle_does(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(_copy_of_seeds(tmp_path), out)
    graph = out / "kg.ttl"
    assert open_store(graph) is not None
    assert [p.name.startswith("store-") for p in cache_folder(out).glob("store-*")] == [True]
    parsed = ox.Store()
    parsed.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    assert _count(graph) == len(parsed)
    text, _ = resolve_query("meetings-by-date", [])
    from_store = run_query(load_engine(graph), text).rows
    shutil.rmtree(cache_folder(out))
    assert open_store(graph) is None
    assert run_query(load_engine(graph), text).rows == from_store  # the same answer from the Turtle


def test_a_store_loaded_part_by_part_holds_every_triple(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.serialize.NTRIPLES_PER_FILE", 200)  # dozens of parts for two readouts
    out = tmp_path / "out"
    build(_copy_of_seeds(tmp_path), out)
    store = open_store(out / "kg.ttl")
    assert store is not None and len(store) == _count(out / "kg.ttl")
    assert not list(cache_folder(out).glob("store-loading-*"))  # the staging folder became the store


def test_an_edited_graph_is_never_answered_from_the_old_store(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(_copy_of_seeds(tmp_path), out)
    graph = out / "kg.ttl"
    before = _count(graph)
    with graph.open("a", encoding="utf-8") as handle:
        handle.write("\n<urn:x> <urn:y> <urn:z> .\n")
    assert open_store(graph) is None
    assert _count(graph) == before + 1


def test_a_rebuild_replaces_the_store(tmp_path: Path) -> None:
    corpus, out = _copy_of_seeds(tmp_path), tmp_path / "out"
    build(corpus, out)
    first = sorted(cache_folder(out).glob("store-*"))
    (corpus / "101.txt").unlink()
    build(corpus, out)
    second = sorted(cache_folder(out).glob("store-*"))
    assert len(first) == len(second) == 1 and first != second
    assert open_store(out / "kg.ttl") is not None


def test_python_m_kg_build_leaves_a_store(tmp_path: Path) -> None:
    """The store is loaded by a spawned process: the command line as users run it must leave one too."""
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(_copy_of_seeds(tmp_path)), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert open_store(out / "kg.ttl") is not None

"""Shared fixtures: the repository paths and one build of the seeds per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.pipeline import BuildReport, build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
GRAPHS = ROOT / "graphs"
SEED_COUNT = len(list(SEEDS.glob("*.txt")))
"""How many readouts seeds/ holds: one meeting each."""


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """A fresh build of seeds/ into a temporary folder."""
    out = tmp_path_factory.mktemp("graphs")
    return out, build(SEEDS, out)


@pytest.fixture(scope="session")
def built_graph(built: tuple[Path, BuildReport]) -> Graph:
    """The freshly built kg.ttl, parsed by rdflib."""
    return Graph().parse(built[0] / "kg.ttl", format="turtle")


def make_readout(folder: Path, name: str, text: str) -> Path:
    """Write a small readout file for a test."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path

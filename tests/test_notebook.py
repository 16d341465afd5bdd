"""The notebook API: load, query by name with parameters, records and DataFrames."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg import KnowledgeGraph
from kg.pipeline import BuildReport


@pytest.fixture(scope="module")
def kg(built: tuple[Path, BuildReport]) -> KnowledgeGraph:
    return KnowledgeGraph.load(built[0] / "kg.ttl")


def test_records_have_python_values(kg: KnowledgeGraph) -> None:
    rows = kg.records("person", person="Yuan Jiajun")
    assert {r["date"] for r in rows} == {dt.date(2023, 2, 24), dt.date(2023, 6, 2)}
    assert {r["role"] for r in rows} == {"presided"}


def test_dataframe(kg: KnowledgeGraph) -> None:
    pytest.importorskip("pandas")
    frame = kg.dataframe("cooccurring-topics", topic="audit-work")
    assert list(frame.columns) == ["topic", "other", "meetings"]
    assert frame["meetings"].dtype.kind == "i" and len(frame) > 5


def test_inline_query_and_library(kg: KnowledgeGraph) -> None:
    assert "meetings-by-date" in kg.named_queries()
    result = kg.query("ASK { ?s ?p ?o }")
    assert result.boolean is True

"""The HTML view works offline and escapes readout text; the vocabulary is checked data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.namespace import KG, KG_IRI
from kg.pipeline import BuildReport, build
from tests.conftest import ROOT, make_readout

HOSTILE = (
    " date 2023-03-01 On March 1, the Standing Committee of the Municipal Party Committee held a meeting. "
    "Wang Qiang</script><script>alert(1)</script>, Secretary of the Municipal Party Committee \"x\" 'y', "
    "presided over the meeting.\n\nThe meeting pointed out that it is necessary to do audit work "
    "</script><img src=x onerror=alert(2)>.\n\nEnd."
)


def test_index_html_is_offline(built: tuple[Path, BuildReport]) -> None:
    page = (built[0] / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "vis.Network" in page and "new vis.DataSet" in page


def test_readout_text_is_escaped_in_the_view(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_readout(corpus, "hostile.txt", HOSTILE)
    build(corpus, tmp_path / "out")
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    data = page.split("var nodes = new vis.DataSet(", 1)[1].split("var options", 1)[0]
    assert "Wang Qiang" in data
    assert "<" not in data and ">" not in data  # tojson writes them as \u003c and \u003e


def test_namespace_and_ontology_declare_the_same_terms() -> None:
    ontology = Graph().parse(ROOT / "ontology" / "kg.ttl")
    declared = {str(s)[len(KG_IRI) :] for s in ontology.subjects() if str(s).startswith(KG_IRI)}
    assert declared == set(KG.__annotations__)


def test_large_graphs_show_top_nodes_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.view as view

    monkeypatch.setattr(view, "MAX_NODES", 10)
    corpus = tmp_path / "in"
    corpus.mkdir()
    make_readout(corpus, "r.txt", (ROOT / "seeds" / "chongqing-2023-02-24.txt").read_text(encoding="utf-8"))
    build(corpus, tmp_path / "out")
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "Showing the top 10 of" in page

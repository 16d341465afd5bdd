"""The HTML views work offline and escape readout text; the vocabulary is checked data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.namespace import KG, KG_IRI
from kg.pipeline import BuildReport, build
from tests.conftest import ROOT, SEED_COUNT, make_readout

HOSTILE = (
    " date 2023-03-01 On March 1, the Standing Committee of the Municipal Party Committee held a meeting to study "
    "General Secretary Xi Jinping’s important speech at the <script>alert(0)</script> symposium. "
    "Wang Qiang, Secretary of the Municipal Party Committee </script><script>alert(1)</script> \"x\" 'y', "
    "presided over the meeting.\n\nThe meeting pointed out that it is necessary to do audit work "
    "</script><img src=x onerror=alert(2)>.\n\nThe meeting reviewed the “Plan on <b>Audit</b> Work”.\n\nEnd."
)
VIEWS = (
    "overview.html",
    "index.html",
    "topics.html",
    "people.html",
    "directives.html",
    "relays.html",
    "topics-time.html",
    "places.html",
)


def _pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_every_view_is_written_and_offline(built: tuple[Path, BuildReport]) -> None:
    out = built[0]
    assert all((out / name).is_file() for name in VIEWS)
    assert len(list((out / "meetings").glob("*.html"))) == SEED_COUNT
    for page in _pages(out):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), page.name


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("in")
    make_readout(corpus, "hostile.txt", HOSTILE)
    out = tmp_path_factory.mktemp("out")
    build(corpus, out)
    return out


def test_readout_text_is_escaped_in_every_view(hostile_build: Path) -> None:
    pages = _pages(hostile_build)
    assert len(pages) == len(VIEWS) + 1
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for raw in ("<script>alert", "<img src=x", "<b>Audit</b>"):
            assert raw not in html, f"{page.name} carries {raw!r} unescaped"
        if "new vis.DataSet(" in html:
            data = html.split("var nodes = new vis.DataSet(", 1)[1].split("var options", 1)[0]
            assert "<" not in data and ">" not in data, page.name  # tojson writes \u003c and \u003e


def test_hostile_text_still_reaches_the_views_as_data(hostile_build: Path) -> None:
    index = (hostile_build / "index.html").read_text(encoding="utf-8")
    assert "Wang Qiang" in index
    assert "\\u003cscript\\u003ealert(0)" in index  # the directive occasion, kept as data


def _index_of_one_seed(tmp_path: Path, out: str) -> str:
    corpus = tmp_path / "in"
    corpus.mkdir(exist_ok=True)
    make_readout(corpus, "r.txt", (ROOT / "seeds" / "chongqing-2023-02-24.txt").read_text(encoding="utf-8"))
    build(corpus, tmp_path / out)
    return (tmp_path / out / "index.html").read_text(encoding="utf-8")


def test_large_graphs_show_top_nodes_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.views.render as render

    monkeypatch.setattr(render, "MAX_NODES", 10)
    assert "Showing the 10 of" in _index_of_one_seed(tmp_path, "out")


def test_views_are_laid_out_in_python_with_physics_off(tmp_path: Path) -> None:
    page = _index_of_one_seed(tmp_path, "a")
    assert '"physics": {"enabled": false' in page and '"x": ' in page
    assert page == _index_of_one_seed(tmp_path, "b")


def test_namespace_and_ontology_declare_the_same_terms() -> None:
    ontology = Graph().parse(ROOT / "ontology" / "kg.ttl")
    declared = {str(s)[len(KG_IRI) :] for s in ontology.subjects() if str(s).startswith(KG_IRI)}
    assert declared == set(KG.__annotations__)


def test_topics_view_links_audit_work_across_both_chongqing_meetings(built: tuple[Path, BuildReport]) -> None:
    html = (built[0] / "topics.html").read_text(encoding="utf-8")
    data = json.loads(html.split("var nodes = new vis.DataSet(", 1)[1].split(");", 1)[0])
    audit = next(node for node in data if node["label"] == "audit work")
    assert "Standing Committee of the Chongqing Municipal Party Committee" in audit["committee"]
    assert re.search(r"Meetings: (\d+)", audit["title"]) and int(re.search(r"Meetings: (\d+)", audit["title"])[1]) >= 2

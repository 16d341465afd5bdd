"""A large corpus gets pages for its latest meetings only, and no view links a page that was not written."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.namespace import KG
from kg.views import latest_meetings, render_views
from kg.views.common import meeting_file
from tests.conftest import SEEDS, make_readout

runner = CliRunner()

_LINK = re.compile(r"meetings(?:\\?/)[a-z0-9-]+\.html")


def test_only_the_latest_meetings_get_a_page(built_graph: Graph) -> None:
    pages = render_views(built_graph, None, meeting_pages=3)
    written = {path for path in pages if path.startswith("meetings/")}
    dated = sorted(((str(d), m) for m, d in built_graph.subject_objects(KG.date)), reverse=True)
    assert written == {meeting_file(m) for _, m in dated[:3]}
    assert "have no page in this build" in pages["overview.html"]


def test_no_view_links_a_meeting_page_that_was_not_written(built_graph: Graph) -> None:
    pages = render_views(built_graph, None, meeting_pages=3)
    linked = {link.replace("\\", "") for html in pages.values() for link in _LINK.findall(html)}
    assert linked and linked <= set(pages)


def test_undated_meetings_come_after_dated_ones(built_graph: Graph) -> None:
    every = latest_meetings(built_graph, None)
    dated = {m for m in every if (m, KG.date, None) in built_graph}
    assert 0 < len(dated) < len(every)
    assert latest_meetings(built_graph, len(dated)) == dated
    assert latest_meetings(built_graph, 0) == frozenset()


def test_build_takes_a_page_count_or_all(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name in ("chongqing-2023-02-24.txt", "chongqing-2023-06-02.txt"):
        make_readout(corpus, name, (SEEDS / name).read_text(encoding="utf-8"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--meeting-pages", "1"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (out / "meetings").iterdir()] == ["chongqing-municipal-2023-06-02-afternoon.html"]
    assert "1 older meeting has no page" in result.output
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--meeting-pages", "all"])
    assert result.exit_code == 0 and len(list((out / "meetings").iterdir())) == 2
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--meeting-pages", "many"])
    assert result.exit_code != 0 and "not a number of pages" in result.output

"""Every view opened from disk in real headless Chromium, with no network.

Skipped where Chromium is not installed (``.ci/run`` installs Debian's ``chromium``).
Each page records the nodes vis-network drew and any JavaScript error on ``<body>``;
``--dump-dom`` reads them back. Set ``KG_SCREENSHOTS=DIR`` to keep screenshots.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg.pipeline import BuildReport
from tests.conftest import SEED_COUNT

BROWSER = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium on this machine (apt-get install chromium)")

_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=10000",
    # No network: every host name fails to resolve, so a page that needed anything from the
    # internet would not draw (and would not raise its ready or painted signal).
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def _chromium(*args: str) -> str:
    assert BROWSER is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [BROWSER, *_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    return done.stdout


def _status(page: Path) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", _chromium("--dump-dom", page.as_uri()))
    assert body is not None, f"{page}: Chromium returned no page"
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', body.group(1)))


NETWORK_VIEWS = ("directives.html", "index.html", "people.html", "topics.html")
CHART_VIEWS = ("relays.html", "topics-time.html", "places.html")


def _dom(page: Path) -> str:
    return _chromium("--dump-dom", page.as_uri())


def _sample_pages(out: Path) -> list[Path]:
    """The four network views and three meeting pages (all meeting pages share one code path)."""
    views = [out / name for name in NETWORK_VIEWS]
    meetings = sorted((out / "meetings").glob("*.html"))
    assert len(views) == 4 and len(meetings) == SEED_COUNT
    founding = [m for m in meetings if m.name.startswith("chongqing-municipal-2023-")]
    undated = [m for m in meetings if "undated" in m.name][:1]
    return views + founding + undated


def test_every_view_opens_offline_and_draws_its_nodes(built: tuple[Path, BuildReport]) -> None:
    pages = _sample_pages(built[0])
    assert len(pages) == 7
    with ThreadPoolExecutor(2) as pool:
        statuses = dict(zip(pages, pool.map(_status, pages), strict=True))
    for page, status in statuses.items():
        assert status["js-errors"] == "", f"{page.name}: {status['js-errors']}"
        assert int(status["nodes-expected"]) > 0, page.name
        assert status["nodes-drawn"] == status["nodes-expected"], page.name
        assert status["painted"] == "yes", f"{page.name}: vis-network never drew"


def test_overview_links_every_view(built: tuple[Path, BuildReport]) -> None:
    out = built[0]
    status = _status(out / "overview.html")
    assert status["js-errors"] == ""
    html = (out / "overview.html").read_text(encoding="utf-8")
    for target in re.findall(r'href="([^"]+)"', html):
        assert (out / target).is_file(), target


def test_screenshots_of_index_and_topics(built: tuple[Path, BuildReport], tmp_path: Path) -> None:
    folder = Path(os.environ.get("KG_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "topics.html"):
        shot = folder / name.replace(".html", ".png")
        _chromium("--window-size=1400,900", f"--screenshot={shot}", (built[0] / name).as_uri())
        assert shot.is_file() and shot.stat().st_size > 20_000, name


def test_chart_views_open_offline_and_draw_their_parts(built: tuple[Path, BuildReport]) -> None:
    doms = {name: _dom(built[0] / name) for name in CHART_VIEWS}
    for name, dom in doms.items():
        body = re.search(r"<body([^>]*)>", dom)
        assert body is not None, name
        status = dict(re.findall(r'data-([\w-]+)="([^"]*)"', body.group(1)))
        assert status["ready"] == "1" and status["js-errors"] == "", f"{name}: {status}"
    # What Plotly drew, read from the DOM: a date axis with ticks, a mark per relay, a tile per province.
    assert doms["relays.html"].count('class="xtick"') >= 2
    timeline = re.search(r"var TIMELINE = (\{.*?\});", (built[0] / "relays.html").read_text("utf-8"), re.S)
    assert timeline is not None
    rows = json.loads(timeline.group(1))["rows"]
    assert doms["relays.html"].count('class="ytick"') == min(len(rows), 50)  # one row per directive on page 1
    assert doms["relays.html"].count('class="point') > 0
    assert doms["places.html"].count('class="textpoint"') == 34
    assert doms["topics-time.html"].count('class="hm"') == 2


def test_a_linked_node_opens_with_its_evidence_sentences(built: tuple[Path, BuildReport]) -> None:
    dom = _dom_of(built[0] / "people.html", "Yuan Jiajun")
    details = dom.split('<div id="details">', 1)[1].split("</div>\n", 1)[0]
    assert "<h3>Yuan Jiajun</h3>" in details
    assert details.count("<blockquote>") >= 1 and "<mark>Yuan Jiajun</mark>" in details
    assert 'href="meetings/' in details


def _dom_of(page: Path, fragment: str) -> str:
    return _chromium("--dump-dom", page.as_uri() + "#" + fragment.replace(" ", "%20"))

"""The chart views answer their questions: read from the built pages and checked against the graph."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Graph

from kg.pipeline import BuildReport
from kg.views.places import PROVINCE_TILES

RELAYED = """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?d (COUNT(DISTINCT ?c) AS ?n) WHERE {
  ?r a kg:Relay ; kg:source ?d ; kg:target ?m . ?m kg:heldBy ?c .
  FILTER EXISTS { ?r2 a kg:Relay ; kg:source ?d ; kg:target ?m2 . ?m2 kg:date ?any }
} GROUP BY ?d HAVING (COUNT(DISTINCT ?c) > 1)"""


def _page(built: tuple[Path, BuildReport], name: str) -> str:
    return (built[0] / name).read_text(encoding="utf-8")


def test_the_relay_timeline_has_one_row_per_directive_relayed_by_several_committees(
    built: tuple[Path, BuildReport],
) -> None:
    graph = Graph().parse(built[0] / "kg.ttl")
    expected = len(list(graph.query(RELAYED)))
    html = _page(built, "relays.html")
    assert len(re.findall(r'<div class="row" data-issuer=', html)) == expected > 0
    assert html.count('class="tick"') >= 2
    assert "days after the event" in html


def test_topics_by_quarter_and_by_cap_major_topic(built: tuple[Path, BuildReport]) -> None:
    html = _page(built, "topics-time.html")
    assert html.count('class="heatmap"') == 2
    assert re.search(r">20\d\dQ[1-4]<", html)
    assert html.count('class="small-multiple"') >= 1


def test_every_province_has_a_tile_and_the_data_parses(built: tuple[Path, BuildReport]) -> None:
    html = _page(built, "places.html")
    assert html.count('<g class="tile"') == len(PROVINCE_TILES) == 34
    data = json.loads(re.search(r"var DATA = (\{.*?\});", html, re.S).group(1))  # type: ignore[union-attr]
    assert data and all(set(v) == {"meetings", "relays", "topics"} for v in data.values())
    assert sum(v["meetings"] for v in data.values()) > 0


def test_chart_pages_fetch_nothing(built: tuple[Path, BuildReport]) -> None:
    for name in ("relays.html", "topics-time.html", "places.html"):
        html = _page(built, name)
        assert "<script src" not in html and "<link" not in html
        assert not re.search(r"""(?:src|href)=["']https?://""", html), name


def test_reporters_stand_apart_from_officials(built: tuple[Path, BuildReport]) -> None:
    page = (built[0] / "meetings" / "chongqing-municipal-2023-02-24-morning.html").read_text(encoding="utf-8")
    reporters = page.split("<h2>Reporters</h2>", 1)[1].split("<h2>", 1)[0]
    named = page.split("<h2>People named</h2>", 1)[1].split("<h2>", 1)[0]
    assert "Su Si" in reporters and "Su Si" not in named

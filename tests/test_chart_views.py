"""The chart views answer their questions: read from the built pages and checked against the graph."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Graph

from kg.pipeline import BuildReport
from kg.views.places import PROVINCE_TILES
from kg.views.plotting import PLOTLY_FILE

RELAYED = """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?d (COUNT(DISTINCT ?c) AS ?n) WHERE {
  ?r a kg:Relay ; kg:source ?d ; kg:target ?m . ?m kg:heldBy ?c .
  FILTER EXISTS { ?r2 a kg:Relay ; kg:source ?d ; kg:target ?m2 . ?m2 kg:date ?any }
} GROUP BY ?d HAVING (COUNT(DISTINCT ?c) > 1)"""


def _page(built: tuple[Path, BuildReport], name: str) -> str:
    return (built[0] / name).read_text(encoding="utf-8")


def _script_value(html: str, name: str) -> dict:  # type: ignore[type-arg]
    """The JSON a chart page hands to Plotly, as the page's script declares it."""
    found = re.search(rf"var {name} = (\{{.*?\}});", html, re.S)
    assert found is not None, name
    value = json.loads(found.group(1))
    assert isinstance(value, dict)
    return value


def test_the_relay_timeline_has_one_row_per_directive_relayed_by_several_committees(
    built: tuple[Path, BuildReport],
) -> None:
    graph = Graph().parse(built[0] / "kg.ttl")
    expected = len(list(graph.query(RELAYED)))
    timeline = _script_value(_page(built, "relays.html"), "TIMELINE")
    assert len(timeline["rows"]) == expected > 0
    assert {m["row"] for m in timeline["marks"]} == set(range(expected))  # every row has its marks
    assert any(m["lag"].endswith("days after the event") for m in timeline["marks"])
    assert all(m["page"].startswith("meetings/") and (built[0] / m["page"]).is_file() for m in timeline["marks"])


def test_topics_by_quarter_and_by_cap_major_topic(built: tuple[Path, BuildReport]) -> None:
    charts = _script_value(_page(built, "topics-time.html"), "CHARTS")
    topics, cap, lines = (charts[k]["data"] for k in ("topics", "cap", "lines"))
    assert topics[0]["type"] == cap[0]["type"] == "heatmap"
    assert all(re.fullmatch(r"20\d\dQ[1-4]", q) for q in topics[0]["x"])
    assert len(topics[0]["z"]) == len(topics[0]["y"]) and all(len(r) == len(topics[0]["x"]) for r in topics[0]["z"])
    assert all(0 <= v <= 1 for row in topics[0]["z"] for v in row if v is not None)
    assert 1 <= len(lines) <= 8 and all(t["type"] == "scatter" for t in lines)


def test_every_province_has_a_tile_and_the_data_parses(built: tuple[Path, BuildReport]) -> None:
    html = _page(built, "places.html")
    tiles = _script_value(html, "FIGURE")["data"][0]
    assert len(tiles["customdata"]) == len(PROVINCE_TILES) == 34
    assert {c[0] for c in tiles["customdata"]} == set(PROVINCE_TILES)
    data = _script_value(html, "DATA")
    assert data and all(set(v) == {"meetings", "relays", "topics"} for v in data.values())
    assert sum(v["meetings"] for v in data.values()) > 0


def test_chart_pages_fetch_nothing_but_the_library_beside_them(built: tuple[Path, BuildReport]) -> None:
    assert (built[0] / PLOTLY_FILE).stat().st_size > 1_000_000
    for name in ("relays.html", "topics-time.html", "places.html"):
        html = _page(built, name)
        assert re.findall(r"<script src=\"([^\"]+)\"", html) == [PLOTLY_FILE], name
        assert "<link" not in html and not re.search(r"""(?:src|href)=["']https?://""", html), name


def test_readout_words_reach_plotly_escaped(built: tuple[Path, BuildReport]) -> None:
    """Plotly reads a little HTML in hover text: readout words go in escaped, so they show as written."""
    timeline = _script_value(_page(built, "relays.html"), "TIMELINE")
    for mark in timeline["marks"]:
        assert "<" not in mark["quote"] and "<" not in mark["committee"]


def test_reporters_stand_apart_from_officials(built: tuple[Path, BuildReport]) -> None:
    page = (built[0] / "meetings" / "chongqing-municipal-2023-02-24-morning.html").read_text(encoding="utf-8")
    reporters = page.split("<h2>Reporters</h2>", 1)[1].split("<h2>", 1)[0]
    named = page.split("<h2>People named</h2>", 1)[1].split("<h2>", 1)[0]
    assert "Su Si" in reporters and "Su Si" not in named

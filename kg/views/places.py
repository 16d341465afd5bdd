"""``places.html``: a tile map of China's provinces, coloured by meetings, relays or a topic's share.

Each province is one square on a fixed grid that keeps neighbours near each other (no
map tiles, nothing fetched). Click a province for its committees, the people who
presided there and its meetings.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import plotly.graph_objects as go
from markupsafe import escape
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.charts import options, page
from kg.views.common import label, meeting_page
from kg.views.plotting import CONFIG, FONT, figure_data, script_json

__all__ = ["PROVINCE_TILES", "render_places"]

# Division code -> (name, column, row) on the tile grid.
PROVINCE_TILES = {
    "230000": ("Heilongjiang", 7, 0),
    "150000": ("Inner Mongolia", 5, 1),
    "110000": ("Beijing", 6, 1),
    "220000": ("Jilin", 7, 1),
    "650000": ("Xinjiang", 1, 2),
    "620000": ("Gansu", 2, 2),
    "640000": ("Ningxia", 3, 2),
    "140000": ("Shanxi", 4, 2),
    "130000": ("Hebei", 5, 2),
    "120000": ("Tianjin", 6, 2),
    "210000": ("Liaoning", 7, 2),
    "630000": ("Qinghai", 2, 3),
    "610000": ("Shaanxi", 3, 3),
    "410000": ("Henan", 4, 3),
    "370000": ("Shandong", 5, 3),
    "540000": ("Tibet", 1, 4),
    "510000": ("Sichuan", 2, 4),
    "500000": ("Chongqing", 3, 4),
    "420000": ("Hubei", 4, 4),
    "340000": ("Anhui", 5, 4),
    "320000": ("Jiangsu", 6, 4),
    "310000": ("Shanghai", 7, 4),
    "530000": ("Yunnan", 2, 5),
    "520000": ("Guizhou", 3, 5),
    "430000": ("Hunan", 4, 5),
    "360000": ("Jiangxi", 5, 5),
    "330000": ("Zhejiang", 6, 5),
    "450000": ("Guangxi", 3, 6),
    "440000": ("Guangdong", 4, 6),
    "350000": ("Fujian", 5, 6),
    "710000": ("Taiwan", 6, 6),
    "460000": ("Hainan", 3, 7),
    "810000": ("Hong Kong", 4, 7),
    "820000": ("Macao", 5, 7),
}


def _province_code(graph: Graph, committee: URIRef) -> str | None:
    region = graph.value(committee, KG.region)
    code = graph.value(region, KG.divisionCode) if isinstance(region, URIRef) else None
    return f"{str(code)[:2]}0000" if code is not None else None


def render_places(graph: Graph) -> str:
    """The province tile map page."""
    meetings: Counter[str] = Counter()
    relays: Counter[str] = Counter()
    topic_counts: dict[str, Counter[str]] = defaultdict(Counter)
    details: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    topics: Counter[str] = Counter()
    for meeting in iris(graph.subjects(RDF.type, KG.Meeting)):
        committee = graph.value(meeting, KG.heldBy)
        code = _province_code(graph, committee) if isinstance(committee, URIRef) else None
        if code is None or code not in PROVINCE_TILES:
            continue
        meetings[code] += 1
        relays[code] += len(set(graph.objects(meeting, KG.studies)))
        for topic in iris(graph.objects(meeting, KG.topic)):
            name = label(graph, topic)
            topic_counts[code][name] += 1
            topics[name] += 1
        assert isinstance(committee, URIRef)
        details[code]["committees"].add(label(graph, committee))
        for person in iris(graph.objects(meeting, KG.presidedBy)):
            details[code]["presiders"].add(label(graph, person))
        date = graph.value(meeting, KG.date)
        details[code]["meetings"].add(f"{date or 'undated'}\t{meeting_page(graph, meeting)}\t{label(graph, committee)}")
    top_topics = [name for name, _ in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:30]]
    data = {
        code: {
            "meetings": meetings[code],
            "relays": relays[code],
            "topics": {
                t: round(topic_counts[code][t] / meetings[code], 3) for t in top_topics if topic_counts[code][t]
            },
        }
        for code in PROVINCE_TILES
        if meetings[code]
    }
    figure = _tile_map({code: meetings[code] for code in PROVINCE_TILES}, relays)
    panels = []
    for code, found in sorted(details.items()):
        rows = "".join(
            f"<tr><td>{escape(day)}</td><td>{_linked(href, name)}</td></tr>"
            for day, href, name in (m.split("\t") for m in sorted(found["meetings"]))
        )
        panels.append(
            f'<div class="panel hidden" data-code="{code}"><h2>{escape(PROVINCE_TILES[code][0])}</h2>'
            f"<p><b>Committees:</b> {escape('; '.join(sorted(found['committees'])))}</p>"
            f"<p><b>Presided by:</b> {escape('; '.join(sorted(found['presiders'])) or 'not stated')}</p>"
            f'<table class="details"><tr><th>date</th><th>meeting</th></tr>{rows}</table></div>'
        )
    controls = (
        '<div class="controls"><label>colour by <select id="measure"><option value="meetings">meetings</option>'
        '<option value="relays">relays of central directives</option><option value="topic">a topic\'s share</option>'
        f'</select></label><label>topic <select id="topic">{options(top_topics)}</select></label></div>'
    )
    body = (
        controls
        + '<div id="tile-map" class="tile-map"></div>'
        + '<p id="hint">Click a province for its committees, presiders and meetings.</p>'
        + "".join(panels)
    )
    config = {**CONFIG, "displayModeBar": False}  # a fixed map: nothing to zoom or pan
    script = f"var DATA = {script_json(data)}; var FIGURE = {script_json(figure)}; var CONFIG = {script_json(config)};"
    script += _SCRIPT
    summary = (
        f"{sum(meetings.values())} meetings placed in {len(data)} provinces; a meeting counts for the "
        "province its committee lies in. Committees whose place is not known are left out."
    )
    return page("Places", summary, body, script, plotly=True)


def _ink(value: float, top: float) -> str:
    """Text colour on a tile: white on the darker half of the scale."""
    return "#ffffff" if top and value / top > 0.55 else "#222222"


def _tile_map(meetings: dict[str, int], relays: Counter[str]) -> dict[str, object]:
    """The tile map as a Plotly figure: one square marker per province on a fixed grid."""
    codes = list(PROVINCE_TILES)
    top = max(meetings.values(), default=0)
    names = [PROVINCE_TILES[c][0] for c in codes]
    tiles = go.Scatter(
        x=[PROVINCE_TILES[c][1] for c in codes],
        y=[PROVINCE_TILES[c][2] for c in codes],
        mode="markers+text",
        text=[f"{name}<br>{meetings[c]}" for name, c in zip(names, codes, strict=True)],
        textfont={"size": 11, "color": [_ink(meetings[c], top) for c in codes]},
        customdata=[[c, name, meetings[c], relays[c]] for name, c in zip(names, codes, strict=True)],
        hovertemplate="%{customdata[1]}: %{customdata[2]} meetings, %{customdata[3]} relays<extra></extra>",
        marker={
            "symbol": "square",
            "size": 62,
            "color": [meetings[c] for c in codes],
            "colorscale": "Blues",
            "cmin": 0,
            "cmax": max(top, 1),
            "line": {"color": "#999999", "width": 1},
        },
        name="provinces",
    )
    layout = go.Layout(
        width=660,
        height=660,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"visible": False, "range": [0.4, 7.6], "fixedrange": True},
        yaxis={"visible": False, "range": [7.6, -0.6], "fixedrange": True},
        showlegend=False,
        font=FONT,
        plot_bgcolor="#ffffff",
    )
    return figure_data(go.Figure(tiles, layout))


_SCRIPT = """
(function () {
  var measure = document.getElementById("measure"), topic = document.getElementById("topic");
  var box = document.getElementById("tile-map"), tiles = FIGURE.data[0];
  function value(code) {
    var d = DATA[code];
    if (!d) { return 0; }
    if (measure.value === "topic") { return topic.value ? (d.topics[topic.value] || 0) : 0; }
    return d[measure.value];
  }
  function paint() {
    var values = tiles.customdata.map(function (c) { return value(c[0]); });
    var top = Math.max.apply(null, values.concat([0]));
    var shown = values.map(function (v) { return measure.value === "topic" ? Math.round(v * 100) + "%" : String(v); });
    return Plotly.restyle(box, {
      "marker.color": [values], "marker.cmax": [Math.max(top, measure.value === "topic" ? 0.01 : 1)],
      "text": [tiles.customdata.map(function (c, i) { return c[1] + "<br>" + shown[i]; })],
      "textfont.color": [values.map(function (v) { return top && v / top > 0.55 ? "#ffffff" : "#222222"; })]
    });
  }
  var drawn = Plotly.newPlot(box, FIGURE.data, FIGURE.layout, CONFIG).then(function () {
    box.on("plotly_click", function (event) {
      var code = event.points[0].customdata[0];
      document.querySelectorAll(".panel").forEach(function (p) {
        p.classList.toggle("hidden", p.dataset.code !== code);
      });
    });
  });
  window.kgPlots.push(drawn);
  measure.addEventListener("change", paint);
  topic.addEventListener("change", function () { measure.value = "topic"; paint(); });
})();
"""


def _linked(href: str, text: str) -> str:
    """``text`` linked to ``href``, or plain where the meeting has no page in this build."""
    return f'<a href="{escape(href)}">{escape(text)}</a>' if href else escape(text)

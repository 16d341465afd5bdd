"""``places.html``: a tile map of China's provinces, coloured by meetings, relays or a topic's share.

Each province is one square on a fixed grid that keeps neighbours near each other (no
map tiles, nothing fetched). Click a province for its committees, the people who
presided there and its meetings.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from markupsafe import escape
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.charts import options, page, sequential, svg, text, titled
from kg.views.common import label, meeting_file

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
_TILE = 74


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
        details[code]["meetings"].add(f"{date or 'undated'}\t{meeting_file(meeting)}\t{label(graph, committee)}")
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
    top_meetings = max(meetings.values(), default=0)
    tiles = []
    for code, (name, col, row) in PROVINCE_TILES.items():
        x, y = col * (_TILE + 4), row * (_TILE + 4)
        count = meetings[code]
        rect = (
            f'<rect x="{x}" y="{y}" width="{_TILE}" height="{_TILE}" rx="6" fill="{sequential(count, top_meetings)}" '
            f'stroke="#999">'
        )
        # Long names in smaller type; white type on the darker half of the scale.
        size = 10 if len(name) > 10 else 12
        ink = f'style="font-size:{size}px;fill:{"#fff" if top_meetings and count / top_meetings > 0.55 else "#222"}"'
        tiles.append(
            f'<g class="tile" data-code="{code}" data-name="{escape(name)}" style="cursor:pointer">'
            + titled(rect, f"{name}: {count} meetings, {relays[code]} relays")
            + "</rect>"
            + text(x + _TILE / 2, y + _TILE / 2 - 4, name, "middle", f'class="tile-name" {ink}')
            + text(x + _TILE / 2, y + _TILE / 2 + 14, str(count), "middle", f'class="tile-value" {ink}')
            + "</g>"
        )
    panels = []
    for code, found in sorted(details.items()):
        rows = "".join(
            f'<tr><td>{escape(day)}</td><td><a href="{escape(href)}">{escape(name)}</a></td></tr>'
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
    width, height = 8 * (_TILE + 4), 8 * (_TILE + 4)
    body = (
        controls
        + str(svg(width, height, tiles, "tile-map"))
        + '<p id="hint">Click a province for its committees, presiders and meetings.</p>'
        + "".join(panels)
    )
    script = (
        "var DATA = " + json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c") + ";" + _SCRIPT
    )
    summary = (
        f"{sum(meetings.values())} meetings placed in {len(data)} provinces; a meeting counts for the "
        "province its committee lies in. Committees whose place is not known are left out."
    )
    return page("Places", summary, body, script)


_SCRIPT = """
(function () {
  var measure = document.getElementById("measure"), topic = document.getElementById("topic");
  function value(code) {
    var d = DATA[code];
    if (!d) { return 0; }
    if (measure.value === "topic") { return topic.value ? (d.topics[topic.value] || 0) : 0; }
    return d[measure.value];
  }
  function colour(v, top) {
    if (!v || !top) { return "#ffffff"; }
    var s = Math.min(1, v / top), a = [247, 251, 255], b = [8, 69, 148];
    return "rgb(" + a.map(function (x, i) { return Math.round(x + (b[i] - x) * s); }).join(",") + ")";
  }
  function paint() {
    var tiles = document.querySelectorAll("g.tile"), top = 0;
    tiles.forEach(function (t) { top = Math.max(top, value(t.dataset.code)); });
    tiles.forEach(function (t) {
      var v = value(t.dataset.code);
      t.querySelector("rect").setAttribute("fill", colour(v, top));
      t.querySelectorAll("text").forEach(function (x) { x.style.fill = top && v / top > 0.55 ? "#fff" : "#222"; });
      t.querySelector(".tile-value").textContent = measure.value === "topic" ? Math.round(v * 100) + "%" : v;
    });
  }
  document.querySelectorAll("g.tile").forEach(function (t) {
    t.addEventListener("click", function () {
      document.querySelectorAll(".panel").forEach(function (p) {
        p.classList.toggle("hidden", p.dataset.code !== t.dataset.code);
      });
    });
  });
  measure.addEventListener("change", paint);
  topic.addEventListener("change", function () { measure.value = "topic"; paint(); });
})();
"""

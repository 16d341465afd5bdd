"""``relays.html``: which committees relayed each central directive, when, and how long after the event.

One row per directive that more than one committee relayed, on one real date axis; a
mark per relay coloured by the committee's level and labelled by its place where the
label fits; the central event's day marked where the calendar knows it. Hover a mark
for the committee, the date, the days after the event and the words relayed; click it
for the meeting's page. Rows sort by the event's date and page 50 at a time, so 2,000
directives read as well as 10. Drawn by Plotly (see ``kg.views.plotting``): the page
filters and pages the data and hands each page to ``Plotly.react``.
"""

from __future__ import annotations

import datetime as dt

from markupsafe import escape
from rdflib import Graph, URIRef

from kg.links import date_of, relays
from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.charts import LEVEL_COLOURS, options, page
from kg.views.common import label, meeting_page, short
from kg.views.plotting import CONFIG, FONT, script_json

__all__ = ["render_relays"]

_ROW = 28
_PAGE = 50
_LABEL_GAP = 1 / 12
"""A mark's place is written beside it only this share of the axis after the last one written in its row."""


def _level(graph: Graph, committee: URIRef | None) -> str | None:
    level = graph.value(committee, KG.level) if committee is not None else None
    return str(level).rsplit("#", 1)[-1].removesuffix("Level").lower() if level is not None else None


def _province(graph: Graph, committee: URIRef | None) -> str:
    region = graph.value(committee, KG.region) if committee is not None else None
    seen = set()
    while isinstance(region, URIRef) and region not in seen and graph.value(region, KG.within) is not None:
        seen.add(region)
        region = graph.value(region, KG.within)
    return label(graph, region) if isinstance(region, URIRef) else "unknown"


def _place(graph: Graph, committee: URIRef | None) -> str:
    region = graph.value(committee, KG.region) if committee is not None else None
    return label(graph, region) if isinstance(region, URIRef) else "unplaced"


def _quotes(graph: Graph, directive: URIRef) -> dict[object, str]:
    """Each readout's first words for the directive, read once per directive (not once per relay)."""
    quotes: dict[object, str] = {}
    for span in graph.objects(directive, KG.evidence):
        document, quote = graph.value(span, KG.inDocument), str(graph.value(span, KG.quote))
        if document not in quotes or quote < quotes[document]:
            quotes[document] = quote
    return quotes


def _hover(text: str) -> str:
    """Readout words for Plotly's hover text, which reads a little HTML: escaped, so it is shown as written."""
    return str(escape(text))


def render_relays(graph: Graph) -> str:
    """The relay timeline page."""
    found = relays(graph)
    where: dict[URIRef | None, str] = {}  # committee -> province, looked up once per committee
    rows = []
    for directive in iris(found):
        dated = [r for r in found[directive] if r.date is not None]
        committees = {r.committee for r in found[directive]}
        if len(committees) < 2 or not dated:
            continue
        event = date_of(graph, directive, KG.eventDate)
        rows.append((event or min(r.date for r in dated if r.date), str(directive), directive, event, dated))
    rows.sort(key=lambda row: (row[0], row[1]))
    if not rows:
        body = "<p>No central directive in this corpus was relayed by more than one committee on a known date.</p>"
        return page("Relay timeline", "Which committees relayed each central directive, and when.", body)
    days = [r.date for *_, dated in rows for r in dated if r.date] + [row[3] for row in rows if row[3]]
    pad = dt.timedelta(days=max(7, (max(days) - min(days)).days // 30))  # room for the outermost marks
    start, end = min(days) - pad, max(days) + pad
    gap = max(1, round((end - start).days * _LABEL_GAP))
    issuers, kinds, levels, provinces, years = set(), set(), set(), set(), set()
    data_rows, marks = [], []
    for index, (_, _, directive, event, dated) in enumerate(rows):
        issuer = graph.value(directive, KG.issuedBy)
        issuer_name = label(graph, issuer) if isinstance(issuer, URIRef) else "unattributed"
        kind = str(graph.value(directive, KG.directiveKind) or "").rsplit("#", 1)[-1].lower().removesuffix("kind")
        issuers.add(issuer_name)
        kinds.add(kind)
        name = label(graph, directive)
        data_rows.append(
            {
                "name": short(name, 60),
                "full": _hover(name),
                "issuer": issuer_name,
                "kind": kind,
                "event": event.isoformat() if event else None,
            }
        )
        quotes = _quotes(graph, directive)
        last_label: dt.date | None = None
        for relay in dated:
            assert relay.date is not None
            if relay.committee not in where:
                where[relay.committee] = _province(graph, relay.committee)
            level = _level(graph, relay.committee) or "unknown"
            labelled = last_label is None or (relay.date - last_label).days >= gap
            last_label = relay.date if labelled else last_label
            committee = label(graph, relay.committee) if relay.committee is not None else "unknown committee"
            lag = relay.days_after_event
            quote = quotes.get(graph.value(relay.meeting, KG.reportedIn), "")
            marks.append(
                {
                    "row": index,
                    "date": relay.date.isoformat(),
                    "level": level,
                    "province": where[relay.committee],
                    "year": str(relay.date.year),
                    "place": short(_place(graph, relay.committee), 14) if labelled else "",
                    "committee": _hover(committee),
                    "lag": f"{lag} days after the event" if lag is not None else "",
                    "quote": _hover(f"“{quote[:300]}”") if quote else "",
                    "page": meeting_page(graph, relay.meeting),
                }
            )
            levels.add(level)
            provinces.add(where[relay.committee])
            years.add(str(relay.date.year))
    legend = (
        "".join(
            f'<span><i style="background:{c}"></i>{escape(lvl or "unknown")}</span>' for lvl, c in LEVEL_COLOURS.items()
        )
        + "<span>◆ the central event</span>"
    )
    controls = "".join(
        f'<label>{name} <select data-filter="{name}">{options(sorted(values))}</select></label>'
        for name, values in (
            ("issuer", issuers),
            ("kind", kinds),
            ("level", levels),
            ("province", provinces),
            ("year", years),
        )
    )
    body = (
        f'<div class="legend">{legend}</div><div class="controls">{controls}'
        f'<span class="pager"><button data-page="-1">◀</button><span id="page"></span>'
        f'<button data-page="1">▶</button></span></div>'
        f'<p><b id="count">{len(rows)} directives</b></p><div id="timeline" class="timeline"></div>'
    )
    setup = {
        "rows": data_rows,
        "marks": marks,
        "range": [start.isoformat(), end.isoformat()],
        "colours": {str(k or "unknown"): v for k, v in LEVEL_COLOURS.items()},
        "page": _PAGE,
        "rowHeight": _ROW,
        "font": FONT,
    }
    summary = (
        "Each row is a central directive relayed by more than one committee; each mark a meeting that relayed "
        "it, coloured by the committee's level. Hover a mark for the committee, the days after the central "
        "event and the words relayed; click it for the meeting."
    )
    script = f"var TIMELINE = {script_json(setup)}; var CONFIG = {script_json(CONFIG)};" + _SCRIPT
    return page("Relay timeline", summary, body, script, plotly=True)


_SCRIPT = """
(function () {
  var box = document.getElementById("timeline"), current = 0, T = TIMELINE;
  var filters = document.querySelectorAll("select[data-filter]");
  function wanted() {
    var w = {};
    filters.forEach(function (s) { if (s.value) { w[s.dataset.filter] = s.value; } });
    return w;
  }
  function traces(rows, position, keep) {
    var byLevel = {}, events = { x: [], y: [], text: [] };
    T.marks.forEach(function (m) {
      if (!(m.row in position) || !keep(m)) { return; }
      var t = byLevel[m.level] || (byLevel[m.level] = { x: [], y: [], text: [], customdata: [] });
      t.x.push(m.date); t.y.push(position[m.row]); t.text.push(m.place);
      t.customdata.push([m.committee, m.lag, m.quote, m.page]);
    });
    rows.forEach(function (r) {
      var row = T.rows[r];
      if (row.event) { events.x.push(row.event); events.y.push(position[r]); events.text.push(row.event); }
    });
    var out = Object.keys(byLevel).sort().map(function (level) {
      var t = byLevel[level];
      return { type: "scatter", mode: "markers+text", name: level, x: t.x, y: t.y, text: t.text,
               textposition: "middle right", textfont: { size: 11, color: "#444" }, customdata: t.customdata,
               marker: { size: 10, color: T.colours[level] || "#999999" }, cliponaxis: false,
               hovertemplate: "%{customdata[0]}<br>%{x}<br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>" };
    });
    out.push({ type: "scatter", mode: "markers", name: "the central event", x: events.x, y: events.y,
               marker: { symbol: "diamond", size: 12, color: "#222222" },
               hovertemplate: "the central event: %{x}<extra></extra>" });
    return out;
  }
  function draw() {
    var w = wanted(), shown = [], visible = {};
    function keep(m) {
      return (!w.level || m.level === w.level) && (!w.province || m.province === w.province) &&
             (!w.year || m.year === w.year);
    }
    T.marks.forEach(function (m) { if (keep(m)) { visible[m.row] = true; } });
    T.rows.forEach(function (row, i) {
      if ((!w.issuer || row.issuer === w.issuer) && (!w.kind || row.kind === w.kind) && visible[i]) { shown.push(i); }
    });
    var pages = Math.max(1, Math.ceil(shown.length / T.page));
    current = Math.min(current, pages - 1);
    var rows = shown.slice(current * T.page, (current + 1) * T.page), position = {};
    rows.forEach(function (r, i) { position[r] = i; });
    var data = traces(rows, position, keep);
    var layout = {
      height: 90 + T.rowHeight * Math.max(rows.length, 1), margin: { l: 10, r: 90, t: 40, b: 10 },
      font: T.font, showlegend: false, hovermode: "closest", plot_bgcolor: "#ffffff",
      xaxis: { type: "date", range: T.range, side: "top", showgrid: true, gridcolor: "#eeeeee" },
      yaxis: { tickmode: "array", tickvals: rows.map(function (r, i) { return i; }),
               ticktext: rows.map(function (r) { return T.rows[r].name; }), range: [rows.length - 0.5, -0.5],
               automargin: true, showgrid: true, gridcolor: "#f4f4f4", zeroline: false }
    };
    document.getElementById("page").textContent = " page " + (current + 1) + " of " + pages + " ";
    document.getElementById("count").textContent = shown.length + " directives";
    return Plotly.react(box, data, layout, CONFIG);
  }
  filters.forEach(function (s) { s.addEventListener("change", function () { current = 0; draw(); }); });
  document.querySelectorAll("button[data-page]").forEach(function (b) {
    b.addEventListener("click", function () { current = Math.max(0, current + Number(b.dataset.page)); draw(); });
  });
  window.kgPlots.push(draw().then(function () {
    box.on("plotly_click", function (event) {
      var page = event.points[0].customdata && event.points[0].customdata[3];
      if (page) { window.location.href = page; }
    });
  }));
})();
"""

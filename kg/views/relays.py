"""``relays.html``: which committees relayed each central directive, when, and how long after the event.

One row per directive that more than one committee relayed, on one real date axis; a
mark per relay coloured by the committee's level and labelled by its place where the
label fits; the central event's day marked where the calendar knows it. Hover a mark
for the committee, the date, the days after the event and the words relayed. Rows sort
by the event's date and page 50 at a time, so 2,000 directives read as well as 10.
"""

from __future__ import annotations

import datetime as dt
import json

from markupsafe import escape
from rdflib import Graph, URIRef

from kg.links import Relay, date_of, relays
from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.charts import LEVEL_COLOURS, date_ticks, options, page, svg, text, titled, x_of
from kg.views.common import label, short

__all__ = ["render_relays"]

_WIDTH = 900
_SCALE = _WIDTH - 90  # room on the right for the last mark's place name
_ROW = 30
_PAGE = 50


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
    start, end = min(days) - dt.timedelta(days=7), max(days) + dt.timedelta(days=7)
    issuers, kinds, levels, provinces, years = set(), set(), set(), set(), set()
    html_rows = []
    for index, (_, _, directive, event, dated) in enumerate(rows):
        issuer = graph.value(directive, KG.issuedBy)
        issuer_name = label(graph, issuer) if isinstance(issuer, URIRef) else "unattributed"
        kind = str(graph.value(directive, KG.directiveKind) or "").rsplit("#", 1)[-1].lower().removesuffix("kind")
        issuers.add(issuer_name)
        kinds.add(kind)
        marks = []
        if event is not None:
            x = x_of(event, start, end, _SCALE)
            marks.append(
                titled(
                    f'<g class="event"><path d="M{x} 4 L{x + 6} 14 L{x} 24 L{x - 6} 14 Z" fill="#222">',
                    f"the central event: {event.isoformat()}",
                )
                + "</path></g>"
            )
        last_label = -100.0
        quotes = _quotes(graph, directive)
        for relay in dated:
            quote = quotes.get(graph.value(relay.meeting, KG.reportedIn), "")
            if relay.committee not in where:
                where[relay.committee] = _province(graph, relay.committee)
            marks.append(_mark(graph, relay, quote, where[relay.committee], start, end, last_label))
            assert relay.date is not None
            x = x_of(relay.date, start, end, _SCALE)
            if x - last_label >= 60:
                last_label = x
            levels.add(_level(graph, relay.committee) or "unknown")
            provinces.add(where[relay.committee])
            years.add(str(relay.date.year))
        name = label(graph, directive)
        html_rows.append(
            f'<div class="row" data-issuer="{escape(issuer_name)}" data-kind="{escape(kind)}" data-index="{index}">'
            f'<div class="name" title="{escape(name)}">{escape(short(name, 70))}</div>'
            f"{svg(_WIDTH, _ROW, marks, 'relay-row')}</div>"
        )
    axis = [
        f'<g class="tick"><line x1="{x_of(d, start, end, _SCALE)}" x2="{x_of(d, start, end, _SCALE)}" y1="18" '
        f'y2="28"></line>{text(x_of(d, start, end, _SCALE), 14, t, "middle")}</g>'
        for d, t in date_ticks(start, end)
    ]
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
        f'<div class="row"><div class="name"><b>{len(rows)} directives</b></div>{svg(_WIDTH, 30, axis, "axis")}</div>'
        f'<div id="rows">{"".join(html_rows)}</div>'
    )
    summary = (
        "Each row is a central directive relayed by more than one committee; each mark a meeting that relayed "
        "it, coloured by the committee's level. Hover a mark for the committee, the days after the central "
        "event and the words relayed."
    )
    return page("Relay timeline", summary, body, _SCRIPT.replace("PAGE_SIZE", json.dumps(_PAGE)))


def _mark(graph: Graph, relay: Relay, quote: str, province: str, start: dt.date, end: dt.date, last: float) -> str:
    assert relay.date is not None
    x = x_of(relay.date, start, end, _SCALE)
    level = _level(graph, relay.committee)
    committee = label(graph, relay.committee) if relay.committee is not None else "unknown committee"
    lines = [committee, relay.date.isoformat()]
    if relay.days_after_event is not None:
        lines.append(f"{relay.days_after_event} days after the event")
    if quote:
        lines.append(f"“{quote[:300]}”")
    circle = titled(f'<circle cx="{x}" cy="14" r="5" fill="{LEVEL_COLOURS.get(level, "#999")}">', "\n".join(lines))
    place = text(x + 7, 26, short(_place(graph, relay.committee), 14)) if x - last >= 60 else ""
    return (
        f'<g class="relay" data-level="{escape(level or "unknown")}" data-province="'
        f'{escape(province)}" data-year="{relay.date.year}">{circle}</circle>{place}</g>'
    )


_SCRIPT = """
(function () {
  var size = PAGE_SIZE, current = 0;
  var rows = Array.prototype.slice.call(document.querySelectorAll("#rows .row"));
  var filters = document.querySelectorAll("select[data-filter]");
  function wanted() {
    var w = {};
    filters.forEach(function (s) { if (s.value) { w[s.dataset.filter] = s.value; } });
    return w;
  }
  function apply() {
    var w = wanted(), shown = [];
    rows.forEach(function (row) {
      var ok = (!w.issuer || row.dataset.issuer === w.issuer) && (!w.kind || row.dataset.kind === w.kind);
      var marks = row.querySelectorAll("g.relay"), visible = 0;
      marks.forEach(function (m) {
        var on = (!w.level || m.dataset.level === w.level) && (!w.province || m.dataset.province === w.province) &&
                 (!w.year || m.dataset.year === w.year);
        m.style.display = on ? "" : "none";
        if (on) { visible += 1; }
      });
      if (ok && visible > 0) { shown.push(row); }
      row.classList.add("hidden");
    });
    var pages = Math.max(1, Math.ceil(shown.length / size));
    current = Math.min(current, pages - 1);
    shown.slice(current * size, (current + 1) * size).forEach(function (row) { row.classList.remove("hidden"); });
    document.getElementById("page").textContent = " page " + (current + 1) + " of " + pages + " ";
  }
  filters.forEach(function (s) { s.addEventListener("change", function () { current = 0; apply(); }); });
  document.querySelectorAll("button[data-page]").forEach(function (b) {
    b.addEventListener("click", function () { current = Math.max(0, current + Number(b.dataset.page)); apply(); });
  });
  apply();
})();
"""

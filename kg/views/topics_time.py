"""``topics-time.html``: which topics rise and fall, quarter by quarter.

A heatmap of topics by quarter, each cell the share of that quarter's meetings that
dealt with the topic; the same rolled up to the Comparative Agendas Project's major
topics; and small line charts of the most frequent topics.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import plotly.graph_objects as go
from plotly.subplots import make_subplots
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.charts import page
from kg.views.common import label, short
from kg.views.plotting import CONFIG, FONT, figure_data, script_json

__all__ = ["render_topics_time"]

_TOP = 40
_SMALL = 8
_ROW_H = 18


def _quarter(value: object) -> str | None:
    if not isinstance(value, Literal):
        return None
    day = str(value)
    return f"{day[:4]}Q{(int(day[5:7]) - 1) // 3 + 1}" if len(day) >= 7 and day[5:7].isdigit() else None


def _every_quarter(seen: list[str]) -> list[str]:
    """Every quarter from the first to the last seen, so the columns are a real time axis."""
    if not seen:
        return []
    year, quarter = int(seen[0][:4]), int(seen[0][-1])
    last = (int(seen[-1][:4]), int(seen[-1][-1]))
    quarters = []
    while (year, quarter) <= last:
        quarters.append(f"{year}Q{quarter}")
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return quarters


def _quarter_ticks(quarters: list[str], every: int = 4) -> dict[str, object]:
    """Tick labels that fit: every quarter over three years or less, else the first quarter of every
    year (or of every other year) labelled by the year alone."""
    if len(quarters) <= 12:
        return {"tickmode": "array", "tickvals": quarters, "ticktext": quarters}
    firsts = [q for q in quarters if q.endswith("Q1")]
    step = max(1, (len(firsts) * 4) // (every * 4) if len(quarters) > every * 4 else 1)
    shown = firsts[::step]
    return {"tickmode": "array", "tickvals": shown, "ticktext": [q[:4] for q in shown]}


def _heatmap(rows: list[tuple[str, dict[str, float]]], quarters: list[str]) -> dict[str, object]:
    """Topics (rows) by quarter (columns), each cell a share of the quarter's meetings; empty quarters blank."""
    z = [[shares.get(q) for q in quarters] for _, shares in rows]
    names = [short(name, 40) for name, _ in rows]
    figure = go.Figure(
        go.Heatmap(
            z=z,
            x=quarters,
            y=names,
            zmin=0,
            zmax=1,
            colorscale="Blues",
            xgap=1,
            ygap=1,
            hovertemplate="%{y}, %{x}: %{z:.0%} of the quarter's meetings<extra></extra>",
            colorbar={"title": {"text": "share"}, "tickformat": ".0%"},
        ),
        go.Layout(
            height=80 + _ROW_H * len(rows),
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
            xaxis={"side": "top", "type": "category", "tickangle": 0, **_quarter_ticks(quarters)},
            yaxis={"autorange": "reversed", "type": "category", "automargin": True},
            font=FONT,
            plot_bgcolor="#eeeeee",
        ),
    )
    return figure_data(figure)


def _lines(rows: list[tuple[str, dict[str, float]]], quarters: list[str]) -> dict[str, object]:
    """Small line charts of the top topics, one panel each, sharing the quarter axis."""
    columns = 4
    count = max(1, len(rows))
    figure = make_subplots(
        rows=(count + columns - 1) // columns,
        cols=columns,
        subplot_titles=[short(name, 34) for name, _ in rows],
        shared_xaxes=True,
        vertical_spacing=0.12,
    )
    for index, (name, shares) in enumerate(rows):
        figure.add_trace(
            go.Scatter(
                x=quarters,
                y=[shares.get(q) for q in quarters],
                mode="lines",
                line={"color": "#08519c", "width": 1.5},
                name=short(name, 34),
                hovertemplate="%{x}: %{y:.0%}<extra>" + short(name, 34).replace("<", "&lt;") + "</extra>",
                connectgaps=False,
            ),
            row=index // columns + 1,
            col=index % columns + 1,
        )
    figure.update_yaxes(tickformat=".0%", rangemode="tozero")
    figure.update_xaxes(type="category", tickangle=0, **_quarter_ticks(quarters, every=8))
    figure.update_layout(
        height=190 * ((count + columns - 1) // columns),
        margin={"l": 40, "r": 10, "t": 40, "b": 30},
        showlegend=False,
        font=FONT,
    )
    return figure_data(figure)


def render_topics_time(graph: Graph) -> str:
    """The topics-by-time page."""
    per_quarter: Counter[str] = Counter()
    topic_quarters: dict[URIRef, Counter[str]] = defaultdict(Counter)
    cap_quarters: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[URIRef] = Counter()
    for meeting in iris(graph.subjects(RDF.type, KG.Meeting)):
        quarter = _quarter(graph.value(meeting, KG.date))
        if quarter is None:
            continue
        per_quarter[quarter] += 1
        majors = set()
        for topic in iris(graph.objects(meeting, KG.topic)):
            topic_quarters[topic][quarter] += 1
            totals[topic] += 1
            major = graph.value(topic, SKOS.broadMatch)
            if isinstance(major, URIRef):
                majors.add(label(graph, major))
        for major_label in majors:
            cap_quarters[major_label][quarter] += 1
    quarters = _every_quarter(sorted(per_quarter))
    if not quarters:
        return page("Topics over time", "No dated meetings with topics yet.", "<p>Nothing to show.</p>")

    def shares(counts: Counter[str]) -> dict[str, float]:
        return {q: counts[q] / per_quarter[q] for q in quarters if per_quarter.get(q)}

    ranked = sorted(totals, key=lambda t: (-totals[t], label(graph, t)))[:_TOP]
    topic_rows = [(f"{label(graph, t)} ({totals[t]})", shares(topic_quarters[t])) for t in ranked]
    cap_rows = [(major, shares(cap_quarters[major])) for major in sorted(cap_quarters)]
    charts = {
        "topics": _heatmap(topic_rows, quarters),
        "cap": _heatmap(cap_rows, quarters),
        "lines": _lines(topic_rows[:_SMALL], quarters),
    }
    body = (
        f"<h2>The {len(ranked)} most frequent topics (meetings in brackets)</h2>"
        '<div id="topics" class="heatmap"></div>'
        "<h2>Comparative Agendas Project major topics</h2>"
        '<div id="cap" class="heatmap"></div>'
        "<h2>The most frequent topics over time</h2>"
        '<div id="lines" class="small-multiples"></div>'
    )
    summary = (
        f"{sum(per_quarter.values())} dated meetings in {len(quarters)} quarters. A cell is the share of the "
        "quarter's meetings that dealt with the topic; hover it for the figure."
    )
    config = {**CONFIG, "displayModeBar": False}
    script = f"var CHARTS = {script_json(charts)}; var CONFIG = {script_json(config)};" + _SCRIPT
    return page("Topics over time", summary, body, script, plotly=True)


_SCRIPT = """
Object.keys(CHARTS).sort().forEach(function (id) {
  window.kgPlots.push(Plotly.newPlot(document.getElementById(id), CHARTS[id].data, CHARTS[id].layout, CONFIG));
});
"""

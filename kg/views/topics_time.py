"""``topics-time.html``: which topics rise and fall, quarter by quarter.

A heatmap of topics by quarter, each cell the share of that quarter's meetings that
dealt with the topic; the same rolled up to the Comparative Agendas Project's major
topics; and small line charts of the most frequent topics.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from markupsafe import escape
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.charts import page, sequential, svg, text, titled
from kg.views.common import label, short

__all__ = ["render_topics_time"]

_TOP = 40
_SMALL = 8
_CELL_W, _CELL_H, _NAME_W = 52, 18, 290


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


def _heatmap(rows: list[tuple[str, dict[str, float]]], quarters: list[str], caption: str) -> str:
    width = _NAME_W + _CELL_W * len(quarters)
    height = 30 + _CELL_H * len(rows)
    parts = [
        text(_NAME_W + i * _CELL_W + _CELL_W / 2, 20, q, "middle", 'class="quarter"') for i, q in enumerate(quarters)
    ]
    for r, (name, shares) in enumerate(rows):
        y = 30 + r * _CELL_H
        parts.append(text(_NAME_W - 6, y + 13, short(name, 38), "end", 'class="topic"'))
        for i, q in enumerate(quarters):
            box = f'x="{_NAME_W + i * _CELL_W}" y="{y}" width="{_CELL_W - 1}" height="{_CELL_H - 1}"'
            if q not in shares:  # a quarter with no dated meeting: nothing to say, shown grey
                parts.append(titled(f'<rect {box} fill="#eee">', f"{q}: no dated meetings") + "</rect>")
                continue
            share = shares[q]
            cell = (
                f'<rect x="{_NAME_W + i * _CELL_W}" y="{y}" width="{_CELL_W - 1}" height="{_CELL_H - 1}" '
                f'fill="{sequential(share, 1.0)}" stroke="#eee">'
            )
            parts.append(titled(cell, f"{name}, {q}: {share:.0%} of the quarter's meetings") + "</rect>")
    return f"<h2>{escape(caption)}</h2>" + str(svg(width, height, parts, "heatmap"))


def _lines(rows: list[tuple[str, dict[str, float]]], quarters: list[str]) -> str:
    charts = []
    w, h = 240, 90
    for name, shares in rows:
        top = max(shares.values(), default=0.0) or 1.0
        step = (w - 20) / max(1, len(quarters) - 1)
        points = " ".join(
            f"{round(10 + i * step, 1)},{round(h - 15 - shares.get(q, 0.0) / top * (h - 30), 1)}"
            for i, q in enumerate(quarters)
        )
        parts = [
            text(4, 12, short(name, 34), "start", 'class="topic"'),
            f'<polyline points="{points}" fill="none" stroke="#08519c" stroke-width="1.5"></polyline>',
            text(10, h - 2, quarters[0], "start", 'class="quarter"'),
            text(w - 10, h - 2, quarters[-1], "end", 'class="quarter"'),
            text(w - 4, 12, f"max {top:.0%}", "end", 'class="quarter"'),
        ]
        charts.append(str(svg(w, h, parts, "small-multiple")))
    return "<h2>The most frequent topics over time</h2><div>" + "".join(charts) + "</div>"


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
    body = (
        _heatmap(topic_rows, quarters, f"The {len(ranked)} most frequent topics (meetings in brackets)")
        + _heatmap(cap_rows, quarters, "Comparative Agendas Project major topics")
        + _lines(topic_rows[:_SMALL], quarters)
    )
    summary = (
        f"{sum(per_quarter.values())} dated meetings in {len(quarters)} quarters. A cell is the share of the "
        "quarter's meetings that dealt with the topic; hover it for the figure."
    )
    return page("Topics over time", summary, body)

"""Charts drawn as SVG in Python: text stays text (selectable, searchable, testable), nothing to load.

No charting library is needed for the few chart kinds the views use (a date axis with
marks, a heatmap, small line charts, a tile map); drawing them here keeps every page one
offline file with no JavaScript dependency beyond a few lines of filtering.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

from kg.views.common import nav
from kg.views.render import render_page

__all__ = ["LEVEL_COLOURS", "date_ticks", "page", "sequential", "svg", "x_of"]

LEVEL_COLOURS = {
    "provincial": "#1b9e77",
    "municipal": "#d95f02",
    "prefecture": "#7570b3",
    "county": "#e7298a",
    "district": "#66a61e",
    None: "#999999",
}


def page(title: str, summary: str, body: str | Markup, script: str = "") -> str:
    """A chart page in the shared template (navigation, summary, a ready signal for tests)."""
    return render_page("chart.html", title=title, summary=summary, body=Markup(body), script=Markup(script), nav=nav())


def svg(width: int, height: int, parts: Iterable[str], css_class: str = "") -> Markup:
    """An SVG element of the given size around already-escaped parts."""
    inner = "".join(parts)
    return Markup(
        f'<svg class="{escape(css_class)}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg">{inner}</svg>'
    )


def x_of(day: dt.date, start: dt.date, end: dt.date, width: float) -> float:
    """The x position of a day on an axis from ``start`` to ``end`` spanning ``width``."""
    span = max(1, (end - start).days)
    return round((day - start).days / span * width, 1)


def date_ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """Tick days and labels: months for short spans, quarters, then years."""
    days = (end - start).days
    step = 1 if days <= 400 else 3 if days <= 1500 else 12
    ticks = []
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        if (month.month - 1) % step == 0:
            text = str(month.year) if step == 12 else month.strftime("%Y-%m")
            if month >= start:
                ticks.append((month, text))
        month = dt.date(month.year + (month.month // 12), month.month % 12 + 1, 1)
    return ticks


def sequential(value: float, top: float) -> str:
    """A white-to-dark-blue colour for ``value`` out of ``top`` (0 is white)."""
    if top <= 0 or value <= 0:
        return "#ffffff"
    share = min(1.0, value / top)
    light = (247, 251, 255)
    dark = (8, 69, 148)
    rgb = [round(a + (b - a) * share) for a, b in zip(light, dark, strict=True)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def text(x: float, y: float, content: str, anchor: str = "start", extra: str = "") -> str:
    """An escaped SVG text element."""
    return f'<text x="{x}" y="{y}" text-anchor="{anchor}" {extra}>{escape(content)}</text>'


def titled(element: str, title: str) -> str:
    """An SVG element with a hover title: ``element`` is an open tag string without its closing."""
    return f"{element}<title>{escape(title)}</title>"


def options(values: Sequence[str]) -> str:
    """<option> elements for a filter, the first meaning "all"."""
    return '<option value="">all</option>' + "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values
    )

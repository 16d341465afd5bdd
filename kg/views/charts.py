"""What the chart pages share: their template, the committee-level colours, filter options.

The charts themselves are drawn by Plotly (``kg.views.plotting``); this module keeps the
page around them: navigation, summary, controls, and the ready signal tests wait for.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from kg.views.common import nav
from kg.views.plotting import PLOTLY_FILE
from kg.views.render import render_page

__all__ = ["LEVEL_COLOURS", "options", "page"]

LEVEL_COLOURS = {
    "provincial": "#1b9e77",
    "municipal": "#d95f02",
    "prefecture": "#7570b3",
    "county": "#e7298a",
    "district": "#66a61e",
    None: "#999999",
}


def page(title: str, summary: str, body: str | Markup, script: str = "", plotly: bool = False) -> str:
    """A chart page in the shared template (navigation, summary, a ready signal for tests), loading
    the Plotly library shipped beside it when it draws with Plotly."""
    return render_page(
        "chart.html",
        title=title,
        summary=summary,
        body=Markup(body),
        script=Markup(script),
        nav=nav(),
        plotly=PLOTLY_FILE if plotly else "",
    )


def options(values: Sequence[str]) -> str:
    """<option> elements for a filter, the first meaning "all"."""
    return '<option value="">all</option>' + "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values
    )

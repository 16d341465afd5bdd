"""Charts through Plotly: one well-kept charting library, its JavaScript shipped once beside the pages.

Why Plotly: its Python package carries plotly.js (no CDN, nothing fetched, the same
version as the figures are validated against); scatter plots, axes and text render as
SVG, so years, provinces and committees stay selectable, searchable with Ctrl-F and
testable from the page's DOM; and hover, click and re-drawing with new data
(``Plotly.react``) are built in, which the relay filters and the tile map need.
Figures are built and validated in Python (``plotly.graph_objects``); the pages only
hand them to ``Plotly.newPlot``. The library is written once per output folder as
``PLOTLY_FILE``, not inlined in every page.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import plotly.graph_objects as go
from markupsafe import Markup
from plotly.offline import get_plotlyjs

__all__ = ["CONFIG", "PLOTLY_FILE", "figure_data", "plotly_js", "script_json"]

PLOTLY_FILE = "plotly.min.js"
CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}
FONT = {"family": 'system-ui, "Noto Sans CJK SC", sans-serif', "size": 12, "color": "#222"}


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """The plotly.js bundle the installed package ships."""
    return str(get_plotlyjs())


def figure_data(figure: go.Figure) -> dict[str, Any]:
    """A validated figure as plain data, keys sorted so the same figure gives the same bytes."""
    data: dict[str, Any] = json.loads(figure.to_json(validate=True, engine="json"))
    data.get("layout", {}).pop("template", None)  # plotly.py's default theme: plotly.js's own defaults suffice
    return data


def script_json(value: object) -> Markup:
    """``value`` as JSON safe to put inside a <script> element (no closing tag can be formed)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))

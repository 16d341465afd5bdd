"""Rendering a network view to a self-contained HTML page; pyvis is imported here only.

pyvis holds the nodes, edges and options; the page comes from
``kg/templates/network.html``, which inlines the vis-network library pyvis ships
(pyvis 0.3.2's own template links Bootstrap from a CDN even in ``in_line`` mode), so
it opens offline from disk. Readout text reaches the page only through Jinja's
``tojson`` and autoescaping, so it cannot inject markup.

A network answers a question at a glance only when it is small: the page shows the top
``Page.top`` nodes by number of meetings (a slider shows more), links of at least a
chosen weight (a slider), and no unlinked nodes unless asked. Positions are computed
here, seeded, with physics off, so a page opens at once and the same graph always
looks the same; a node's label is drawn at the start only where it covers no node and no
label of a larger node (under the node, else over it), and appears on hover or zoom otherwise.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import jinja2
import pyvis
from pyvis.network import Network
from rdflib import URIRef

from kg.views.layout import layout

__all__ = [
    "MAX_NODES",
    "EdgeSpec",
    "NodeSpec",
    "Page",
    "environment",
    "most_meetings",
    "render_network",
    "render_page",
]

MAX_NODES = 1500
"""Above this many nodes a browser cannot show a view; it keeps the nodes of most meetings and says so."""
_SEED = 7
_FONT, _SMALL_FONT, _DRAW_FROM = 14, 6, 10
"""Label sizes of nodes whose label fits and of the rest; labels under ``_DRAW_FROM`` screen pixels are not drawn."""
_CANVAS = (1100, 850)
"""The network's share of a laptop screen, in pixels."""


@dataclass(frozen=True, slots=True)
class NodeSpec:
    """One node as a view shows it."""

    id: str
    label: str
    title: str
    group: str
    colour: str
    meetings: int = 0
    """The number of meetings the node is part of: what ranks nodes and sizes them."""
    facets: dict[str, list[str]] = field(default_factory=dict)
    """Values the page can filter on, e.g. {"committee": [...], "year": [...]}."""
    evidence: list[dict[str, str]] = field(default_factory=list)
    """What a click shows: sentences with their readout and date (see ``kg.views.evidence``)."""
    rank: float = 0.0
    """Breaks ties between nodes of as many meetings (PageRank)."""


@dataclass(frozen=True, slots=True)
class EdgeSpec:
    """One edge as a view shows it."""

    source: str
    target: str
    title: str = ""
    weight: int = 1
    """How many meetings stand behind the link; the page filters links by it."""
    meetings: list[dict[str, str]] = field(default_factory=list)
    """What a click on the link shows: the newest meetings behind it."""


@dataclass(frozen=True, slots=True)
class Page:
    """What a network page shows besides the network."""

    title: str
    summary: str
    links: Sequence[tuple[str, str]] = ()
    filters: bool = False
    directed: bool = True
    top: int = 50
    """How many nodes (by meetings) the page shows when opened; a slider shows more."""
    hidden: Sequence[str] = ()
    """Groups the legend starts with unticked."""
    groups: Sequence[str] = ()
    """The legend's order of groups (others follow by name)."""
    anchors: Sequence[str] = ()
    """Groups whose nodes the top-N slider counts; nodes of other groups show when linked to a shown one.
    Empty: every group counts."""
    unit: str = "nodes"
    """What the top-N slider counts, in the page's words ("officials", "directives")."""


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja environment of our templates, with pyvis's bundled vis-network on the path."""
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
                jinja2.FileSystemLoader(Path(pyvis.__file__).parent / "templates"),
            ]
        ),
        autoescape=True,
        keep_trailing_newline=True,
    )


def _note(kept: int, total: int) -> str:
    return f" Showing the {kept} of {total} nodes with most meetings; the rest are in kg.ttl."


def most_meetings(meetings: Mapping[URIRef, int], rank: Mapping[URIRef, float]) -> tuple[list[URIRef], str]:
    """The ``MAX_NODES`` nodes of most meetings (ties by rank, then IRI) and a note when some were left out."""
    ordered = sorted(meetings, key=lambda n: (-meetings[n], -rank.get(n, 0.0), str(n)))
    if len(ordered) <= MAX_NODES:
        return ordered, ""
    return ordered[:MAX_NODES], _note(MAX_NODES, len(ordered))


def _ranked(
    page: Page, nodes: Sequence[NodeSpec], edges: Sequence[EdgeSpec]
) -> tuple[Page, list[NodeSpec], list[EdgeSpec]]:
    """Nodes by meetings (then rank, then id), cut to ``MAX_NODES``; edges between kept nodes."""
    ordered = sorted(nodes, key=lambda n: (-n.meetings, -n.rank, n.id))
    if len(ordered) > MAX_NODES:
        page = replace(page, summary=page.summary + _note(MAX_NODES, len(ordered)))
        ordered = ordered[:MAX_NODES]
    kept = {n.id for n in ordered}
    kept_edges = [e for e in edges if e.source in kept and e.target in kept and e.source != e.target]
    return page, ordered, sorted(kept_edges, key=lambda e: (e.source, e.target, e.title))


def _orders(page: Page, nodes: list[NodeSpec]) -> dict[str, int]:
    """Node -> its place among the anchor nodes by meetings; -1 for a node that follows its links."""
    anchors = [n.id for n in nodes if not page.anchors or n.group in page.anchors]
    orders = dict.fromkeys((n.id for n in nodes), -1)
    orders.update({node: index for index, node in enumerate(anchors)})
    return orders


def _shown_at_start(page: Page, nodes: list[NodeSpec], edges: list[EdgeSpec], orders: dict[str, int]) -> list[str]:
    """The ids the page shows when opened: the same rule as the page's script, for layout and tests.

    An anchor is shown when it is among the ``page.top`` first; a follower when linked to a
    shown anchor; either only when linked (unlinked nodes are hidden at start).
    """
    ticked = {n.id for n in nodes if n.group not in page.hidden}
    anchor = {node for node in ticked if 0 <= orders[node] < page.top}
    follower = {node for node in ticked if orders[node] < 0}
    linked = {
        end
        for e in edges
        if (e.source in anchor and (e.target in anchor or e.target in follower))
        or (e.source in follower and e.target in anchor)
        for end in (e.source, e.target)
    }
    return [n.id for n in nodes if n.id in linked]


def _label_width(text: str, font: float = _FONT) -> float:
    return sum(font if ord(ch) > 0x2E80 else font * 0.55 for ch in text)


def _start_scale(first: list[str], pos: dict[str, tuple[float, float]]) -> float:
    """The zoom a browser will open the page at, fitting the start nodes to a laptop-sized canvas."""
    if not first:
        return 1.0
    xs, ys = [pos[n][0] for n in first], [pos[n][1] for n in first]
    width, height = max(xs) - min(xs) + 200, max(ys) - min(ys) + 120
    return max(0.3, min(1.0, _CANVAS[0] / width, _CANVAS[1] / height) * 0.88)


def _fitting_labels(
    nodes: list[NodeSpec], first: list[str], pos: dict[str, tuple[float, float]], sizes: dict[str, float], font: float
) -> dict[str, float]:
    """Of the nodes shown at start, largest first, those whose label fits under or else over the node,
    covering no node and no label kept before: node -> the label's vertical shift (0 under, < 0 over)."""
    shown = set(first)
    boxes = [(x - sizes[n], y - sizes[n], x + sizes[n], y + sizes[n]) for n in first for x, y in [pos[n]]]
    fits: dict[str, float] = {}
    for node in nodes:
        if node.id not in shown or not node.label:
            continue
        x, y = pos[node.id]
        width, size = _label_width(node.label, font), sizes[node.id]
        for top, shift in ((y + size + 2, 0.0), (y - size - font - 5, -(2 * size + font + 4))):
            box = (x - width / 2 - 3, top, x + width / 2 + 3, top + font + 3)
            if all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in boxes):
                boxes.append(box)
                fits[node.id] = round(shift, 1)
                break
    return fits


def _font(shift: float | None, scale: float) -> dict[str, float]:
    """A label's font: full size (moved over the node where it fits only there), or small (shown on zoom)."""
    if shift is None:
        return {"size": round(_SMALL_FONT / scale, 1)}
    return {"size": round(_FONT / scale, 1), "vadjust": shift} if shift else {"size": round(_FONT / scale, 1)}


def _size(meetings: int, most: int) -> float:
    return round(8 + 22 * math.sqrt(meetings / most), 1) if most else 10.0


def _width(weight: int, heaviest: int) -> float:
    return round(1 + 5 * math.sqrt((weight - 1) / (heaviest - 1)), 2) if heaviest > 1 else 1.0


def render_network(page: Page, nodes: Sequence[NodeSpec], edges: Sequence[EdgeSpec]) -> str:
    """The HTML page of one network view (the ``MAX_NODES`` nodes of most meetings of a larger one)."""
    page, ordered, kept_edges = _ranked(page, nodes, edges)
    orders = _orders(page, ordered)
    first = _shown_at_start(page, ordered, kept_edges, orders)
    widths = {n.id: _label_width(n.label) for n in ordered}
    links = [(e.source, e.target, 1.0 + math.log(e.weight)) for e in kept_edges]
    pos = layout([n.id for n in ordered], links, first, {n: widths[n] for n in first})
    most = max((n.meetings for n in ordered), default=0)
    sizes = {n.id: _size(n.meetings, most) for n in ordered}
    # Fonts are in canvas units: sized so that labels read at _FONT screen pixels at the opening zoom.
    scale = _start_scale(first, pos)
    fits = _fitting_labels(ordered, first, pos, sizes, _FONT / scale)
    net = Network(height="100%", width="100%", directed=page.directed, cdn_resources="in_line")
    for node in ordered:
        x, y = pos[node.id]
        net.nodes.append(
            {
                "id": node.id,
                "label": node.label,
                "title": node.title,
                "color": node.colour,
                "size": sizes[node.id],
                "shape": "dot",
                "x": x,
                "y": y,
                "font": _font(fits.get(node.id), scale),
                "kgClass": node.group,
                "kgOrder": orders[node.id],
                "kgMeetings": node.meetings,
                "kgEvidence": node.evidence,
                **node.facets,
            }
        )
    heaviest = max((e.weight for e in kept_edges), default=1)
    for edge in kept_edges:
        item: dict[str, object] = {
            "from": edge.source,
            "to": edge.target,
            "title": edge.title,
            "width": _width(edge.weight, heaviest),
            "kgWeight": edge.weight,
            "kgMeetings": edge.meetings,
        }
        if page.directed:
            item["arrows"] = "to"
        net.edges.append(item)
    net.options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"color": {"opacity": 0.45}, "smooth": False},
        "nodes": {"scaling": {"label": {"drawThreshold": _DRAW_FROM}}},
        "layout": {"randomSeed": _SEED},
    }
    data_nodes, data_edges, _, _, _, options = net.get_network_data()
    return render_page(
        "network.html",
        page=page,
        nodes=data_nodes,
        edges=data_edges,
        options=json.dumps(json.loads(options), sort_keys=True),
        shown_at_start=len(first),
        anchors=sum(1 for order in orders.values() if order >= 0),
        heaviest=heaviest,
        legend=_legend(page, ordered),
        committees=_facet_values(ordered, "committee"),
        years=_facet_values(ordered, "year"),
    )


def _legend(page: Page, nodes: list[NodeSpec]) -> list[tuple[str, str, int, bool]]:
    """(group, colour, nodes, ticked) per group, in the page's order."""
    colours = {n.group: n.colour for n in reversed(nodes)}
    counts: dict[str, int] = {}
    for node in nodes:
        counts[node.group] = counts.get(node.group, 0) + 1
    order = [g for g in page.groups if g in counts] + sorted(set(counts) - set(page.groups))
    return [(g, colours[g], counts[g], g not in page.hidden) for g in order]


def _facet_values(nodes: Sequence[NodeSpec], facet: str) -> list[str]:
    return sorted({v for n in nodes for v in n.facets.get(facet, [])})


def render_page(template: str, **context: object) -> str:
    """Render one of our templates (autoescaped)."""
    return environment().get_template(template).render(**context)

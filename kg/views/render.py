"""Rendering a network view to a self-contained HTML page; pyvis is imported here only.

pyvis holds the nodes, edges and options; the page comes from
``kg/templates/network.html``, which inlines the vis-network library pyvis ships
(pyvis 0.3.2's own template links Bootstrap from a CDN even in ``in_line`` mode), so
it opens offline from disk. Readout text reaches the page only through Jinja's
``tojson`` and autoescaping, so it cannot inject markup. Above ``PHYSICS_LIMIT``
nodes the layout is computed here (seeded, deterministic) and physics is off:
browsers do not settle the physics of large graphs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

__all__ = ["MAX_NODES", "PHYSICS_LIMIT", "EdgeSpec", "NodeSpec", "Page", "environment", "render_network", "render_page"]

PHYSICS_LIMIT = 300
MAX_NODES = 1500
"""Above this many nodes a browser cannot show a view; it keeps the highest-ranked nodes and says so."""
_SEED = 7


@dataclass(frozen=True, slots=True)
class NodeSpec:
    """One node as a view shows it."""

    id: str
    label: str
    title: str
    group: str
    colour: str
    size: float = 10.0
    facets: dict[str, list[str]] = field(default_factory=dict)
    """Values the page can filter on, e.g. {"committee": [...], "year": [...]}."""
    x: float | None = None
    y: float | None = None
    rank: float = 0.0
    """What decides which nodes a view keeps when it must drop some (PageRank or weight)."""


@dataclass(frozen=True, slots=True)
class EdgeSpec:
    """One edge as a view shows it."""

    source: str
    target: str
    title: str = ""
    width: float = 1.0


@dataclass(frozen=True, slots=True)
class Page:
    """What a network page shows besides the network."""

    title: str
    summary: str
    legend: Sequence[tuple[str, str, int]] = ()
    links: Sequence[tuple[str, str]] = ()
    filters: bool = False
    directed: bool = True
    font_size: int = 14
    """Label size; wide fixed layouts need larger labels to stay readable when fitted to the screen."""


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


def _positions(nodes: Sequence[NodeSpec], edges: Sequence[EdgeSpec]) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in nodes)
    graph.add_edges_from((e.source, e.target) for e in edges)
    layout = nx.spring_layout(graph, seed=_SEED, iterations=30, scale=1000)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in layout.items()}


def _keep_top(
    page: Page, nodes: Sequence[NodeSpec], edges: Sequence[EdgeSpec]
) -> tuple[Page, list[NodeSpec], list[EdgeSpec]]:
    if len(nodes) <= MAX_NODES:
        return page, list(nodes), list(edges)
    keep = {n.id for n in sorted(nodes, key=lambda n: (-n.rank, -n.size, n.id))[:MAX_NODES]}
    kept = [n for n in nodes if n.id in keep]
    note = f" Showing the top {len(kept)} of {len(nodes)} nodes by rank; the rest are in kg.ttl."
    return replace(page, summary=page.summary + note), kept, [e for e in edges if e.source in keep and e.target in keep]


def render_network(page: Page, nodes: Sequence[NodeSpec], edges: Sequence[EdgeSpec]) -> str:
    """The HTML page of one network view (the top ``MAX_NODES`` nodes of a larger one)."""
    page, nodes, edges = _keep_top(page, nodes, edges)
    net = Network(height="100%", width="100%", directed=page.directed, cdn_resources="in_line")
    fixed = any(n.x is not None for n in nodes)
    layout = _positions(nodes, edges) if len(nodes) > PHYSICS_LIMIT and not fixed else {}
    for node in nodes:
        entry: dict[str, object] = {
            "id": node.id,
            "label": node.label,
            "title": node.title,
            "color": node.colour,
            "size": round(node.size, 2),
            "shape": "dot",
            "kgClass": node.group,
            **node.facets,
        }
        x, y = layout.get(node.id, (node.x, node.y))
        if x is not None and y is not None:
            entry.update({"x": x, "y": y})
        net.nodes.append(entry)
    for edge in edges:
        item: dict[str, object] = {"from": edge.source, "to": edge.target, "title": edge.title, "width": edge.width}
        if page.directed:
            item["arrows"] = "to"
        net.edges.append(item)
    physics = not (layout or fixed)
    net.options = {
        "physics": {"enabled": physics, "stabilization": {"iterations": 200}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"color": {"opacity": 0.5}, "smooth": False},
        "nodes": {"font": {"size": page.font_size}},
        "layout": {"randomSeed": _SEED},
    }
    data_nodes, data_edges, _, _, _, options = net.get_network_data()
    return render_page(
        "network.html",
        page=page,
        nodes=data_nodes,
        edges=data_edges,
        options=json.dumps(json.loads(options), sort_keys=True),
        committees=_facet_values(nodes, "committee"),
        years=_facet_values(nodes, "year"),
        groups=sorted({n.group for n in nodes}),
    )


def _facet_values(nodes: Sequence[NodeSpec], facet: str) -> list[str]:
    return sorted({v for n in nodes for v in n.facets.get(facet, [])})


def render_page(template: str, **context: object) -> str:
    """Render one of our templates (autoescaped)."""
    return environment().get_template(template).render(**context)

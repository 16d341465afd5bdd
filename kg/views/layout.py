"""Where a network view puts its nodes: seeded, computed once in Python, in screen pixels.

The nodes a page shows when opened are laid out first: each connected group by a
spring layout sized to its number of nodes (so labels get room whatever the corpus),
the groups packed in rows from the largest. Nodes the page shows only on request hang
around the first placed node they link to, or are packed below. Every step is linear in
the nodes and links kept, apart from the spring layout of one group, which the view's
top-N bounds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import networkx as nx

__all__ = ["layout"]

_SEED = 7
_SPACING = 130.0
"""Pixels between neighbouring nodes, room for a label of ~16 characters at 14 px."""
_ASPECT = 1.4
_PAIR = 80.0
"""Pixels between the two nodes of a pair: room for the upper one's label."""
_GAP = 24.0
_MIN_GAP = 34.0
"""No two nodes of a group closer than this many pixels (centre to centre)."""


def _group(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """One connected group around (0, 0), with a radius that grows with the square root of its size.

    A pair stands one above the other, so its two labels (drawn under each node) never collide.
    """
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    if len(graph) == 2:
        top, bottom = graph
        return {top: (0.0, -_PAIR / 2), bottom: (0.0, _PAIR / 2)}
    radius = _SPACING * max(0.6, math.sqrt(len(graph)) / 2.0)
    placed = nx.spring_layout(graph, seed=_SEED, iterations=80, weight="weight", scale=radius)
    return _spread({node: (float(x), float(y)) for node, (x, y) in placed.items()})


def _spread(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Nodes moved apart where the spring layout stacked them (nodes with the same links land on one
    spot): each node, in rank order, goes to the nearest point of a sunflower spiral around its
    place that is ``_MIN_GAP`` from every node placed before. A grid of cells keeps it linear."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}

    def free(x: float, y: float) -> bool:
        cx, cy = int(x // _MIN_GAP), int(y // _MIN_GAP)
        return all(
            (x - px) ** 2 + (y - py) ** 2 >= _MIN_GAP**2
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for px, py in cells.get((cx + dx, cy + dy), ())
        )

    spread = {}
    for node, (x, y) in pos.items():
        step, (px, py) = 0, (x, y)
        while not free(px, py):
            step += 1
            radius, angle = _MIN_GAP * 0.7 * math.sqrt(step), step * 2.399963  # the golden angle
            px, py = x + radius * math.cos(angle), y + radius * math.sin(angle)
        cells.setdefault((int(px // _MIN_GAP), int(py // _MIN_GAP)), []).append((px, py))
        spread[node] = (px, py)
    return spread


def _packed(
    groups: Iterable[dict[str, tuple[float, float]]], top: float, widths: Mapping[str, float]
) -> dict[str, tuple[float, float]]:
    """Groups placed left to right in rows (largest first), the first row at ``top``, labels included."""
    boxes = []
    for group in groups:
        left = min(x - widths.get(n, 0.0) / 2 for n, (x, _) in group.items())
        right = max(x + widths.get(n, 0.0) / 2 for n, (x, _) in group.items())
        ys = [y for _, y in group.values()]
        boxes.append((group, left, min(ys), right - left + _GAP, max(ys) - min(ys) + _PAIR))
    area = sum(w * h for _, _, _, w, h in boxes)
    width = max(max((w for *_, w, _ in boxes), default=0.0), math.sqrt(area * _ASPECT))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for group, left, low, w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        pos.update({node: (x + px - left, top + y + py - low) for node, (px, py) in group.items()})
        x, row = x + w, max(row, h)
    return pos


def _induced(graph: nx.Graph, nodes: Iterable[str], order: Mapping[str, int]) -> nx.Graph:
    """A copy of ``graph`` on ``nodes``, nodes and edges in ``order``.

    Not ``graph.subgraph``: a subgraph view iterates its nodes in the order of a Python set,
    which changes from run to run, and the spring layout depends on the node order.
    """
    members = sorted(nodes, key=order.__getitem__)
    inside = set(members)
    copy = nx.Graph()
    copy.add_nodes_from(members)
    copy.add_edges_from(
        (a, b, graph.edges[a, b])
        for a in members
        for b in sorted(graph[a], key=order.__getitem__)
        if b in inside and order[a] < order[b]
    )
    return copy


def _components(graph: nx.Graph, order: Mapping[str, int]) -> list[dict[str, tuple[float, float]]]:
    parts = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(order[n] for n in c)))
    return [_group(_induced(graph, part, order)) for part in parts]


def layout(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str, float]],
    first: Sequence[str],
    widths: Mapping[str, float],
) -> dict[str, tuple[float, float]]:
    """Node -> (x, y) in pixels: ``first`` (the nodes shown at start) packed, the rest around them.

    ``widths`` are the label widths in pixels of the nodes that show a label at start.
    """
    order = {node: index for index, node in enumerate(nodes)}
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from(edges)
    pos = _packed(_components(_induced(graph, first, order), order), 0.0, widths)
    centre = (sum(x for x, _ in pos.values()) / len(pos), sum(y for _, y in pos.values()) / len(pos)) if pos else (0, 0)
    hung: dict[str, int] = {}
    frontier = list(pos)
    while frontier:  # breadth first from the placed nodes: each node is placed once
        following = []
        for anchor in frontier:
            for node in sorted(graph[anchor], key=order.__getitem__):
                if node in pos:
                    continue
                index = hung.get(anchor, 0)
                hung[anchor] = index + 1
                ax, ay = pos[anchor]
                away = math.atan2(ay - centre[1], ax - centre[0])
                angle = away + (index % 9 - 4) * 0.3
                distance = _SPACING * (0.8 + 0.35 * (index // 9))
                pos[node] = (ax + distance * math.cos(angle), ay + distance * math.sin(angle))
                following.append(node)
        frontier = following
    rest = [n for n in nodes if n not in pos]
    if rest:
        bottom = max((y for _, y in pos.values()), default=-_SPACING) + 2 * _SPACING
        pos.update(_packed(_components(_induced(graph, rest, order), order), bottom, {}))
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in pos.items()}

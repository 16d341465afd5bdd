"""``index.html``: the whole graph, filterable by class, committee and year."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import CLASS_COLOURS, facets, label, nav, rank, short, tooltip
from kg.views.render import EdgeSpec, NodeSpec, Page, render_network

__all__ = ["render_whole"]
_UNLABELLED = frozenset({KG.AgendaItem, KG.Task})
_EDGES = (
    KG.heldBy,
    KG.presidedBy,
    KG.speaker,
    KG.mentions,
    KG.studies,
    KG.topic,
    KG.reviewed,
    KG.hasAgendaItem,
    KG.hasTask,
    KG.reportedIn,
    KG.issuedBy,
)


# Agenda items, tasks and source readouts are on each meeting's page; drawn here they were
# hundreds of unlabelled dots around every meeting.
_ON_MEETING_PAGES = frozenset({KG.AgendaItem, KG.Task, KG.Document})


def _members(graph: Graph) -> list[tuple[URIRef, URIRef]]:
    found = []
    for cls in CLASS_COLOURS:
        if cls in _ON_MEETING_PAGES:
            continue
        for node in iris(graph.subjects(RDF.type, cls)):
            if cls != KG.Topic or (None, KG.topic, node) in graph:
                found.append((node, cls))
    return found


def _meetings_of(graph: Graph, node: URIRef, cls: URIRef) -> list[URIRef]:
    """The meetings a node belongs to, for the committee and year filters."""
    if cls == KG.Meeting:
        return [node]
    linked = set(iris(graph.subjects(None, node))) | set(iris(graph.objects(node, None)))
    direct = [m for m in linked if (m, RDF.type, KG.Meeting) in graph]
    if direct:
        return sorted(direct, key=str)
    items = [s for s in iris(graph.subjects(KG.hasTask, node))]
    return sorted({m for item in items for m in iris(graph.subjects(KG.hasAgendaItem, item))}, key=str)


_LABELLED = 80
"""Only the most central nodes carry a label on the canvas; every node's label shows on hover."""


def render_whole(graph: Graph) -> str:
    members = _members(graph)
    central = {n for n, _ in sorted(members, key=lambda m: (-rank(graph, m[0]), str(m[0])))[:_LABELLED]}
    nodes = [
        NodeSpec(
            str(node),
            "" if cls in _UNLABELLED or node not in central else short(label(graph, node)),
            tooltip(graph, node, CLASS_COLOURS[cls][0]),
            CLASS_COLOURS[cls][0],
            CLASS_COLOURS[cls][1],
            min(8 + 400 * rank(graph, node), 60),
            facets(graph, _meetings_of(graph, node, cls)),
        )
        for node, cls in members
    ]
    ids = {node for node, _ in members}
    edges = [
        EdgeSpec(str(s), str(o), str(prop).rsplit("#", 1)[-1])
        for prop in _EDGES
        for s, o in sorted(graph.subject_objects(prop), key=str)
        if s in ids and o in ids
    ]
    linked = {e.source for e in edges} | {e.target for e in edges}
    nodes = [n for n in nodes if n.id in linked]  # an isolated node answers nothing here
    shown = {n.id for n in nodes}
    legend = [
        (name, colour, sum(1 for node, c in members if c == cls and str(node) in shown))
        for cls, (name, colour) in CLASS_COLOURS.items()
        if cls not in _ON_MEETING_PAGES
    ]
    summary = (
        f"{len(nodes)} nodes, {len(edges)} links; the {_LABELLED} most central are labelled, hover any node for "
        "its name. Agenda items, tasks and source readouts are on each meeting's page."
    )
    page = Page("readout-kg: the whole graph", summary, legend, nav(), filters=True)
    return render_network(page, nodes, edges)

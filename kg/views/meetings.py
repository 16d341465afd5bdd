"""``meetings/<meeting>.html``: one meeting with its agenda items, tasks, topics, directives and people."""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import CLASS_COLOURS, label, nav, short, tooltip
from kg.views.render import EdgeSpec, NodeSpec, Page, render_network

__all__ = ["render_meeting"]

_AROUND = (
    (KG.heldBy, KG.Committee, "held by"),
    (KG.presidedBy, KG.Person, "presided by"),
    (KG.speaker, KG.Person, "speaker"),
    (KG.mentions, KG.Person, "mentions"),
    (KG.studies, KG.CentralDirective, "studies"),
    (KG.reviewed, KG.PolicyDocument, "reviewed"),
    (KG.topic, KG.Topic, "topic"),
    (KG.hasAgendaItem, KG.AgendaItem, "agenda item"),
)


def render_meeting(graph: Graph, meeting: URIRef) -> str:
    nodes: dict[str, NodeSpec] = {}
    edges: list[EdgeSpec] = []
    _add(graph, nodes, meeting, KG.Meeting, size=30)
    for prop, cls, title in _AROUND:
        for target in iris(graph.objects(meeting, prop)):
            _add(graph, nodes, target, cls)
            edges.append(EdgeSpec(str(meeting), str(target), title))
    for item in iris(graph.objects(meeting, KG.hasAgendaItem)):
        for task in iris(graph.objects(item, KG.hasTask)):
            _add(graph, nodes, task, KG.Task)
            edges.append(EdgeSpec(str(item), str(task), "task"))
            for topic in iris(graph.objects(task, KG.topic)):
                _add(graph, nodes, topic, KG.Topic)
                edges.append(EdgeSpec(str(task), str(topic), "topic"))
        for topic in iris(graph.objects(item, KG.topic)):
            edges.append(EdgeSpec(str(item), str(topic), "topic"))
    legend = [
        (name, colour, sum(1 for n in nodes.values() if n.group == name)) for name, colour in CLASS_COLOURS.values()
    ]
    summary = "Everything the readout says about this meeting; click a node to read the words it was read from."
    page = Page(label(graph, meeting), summary, [row for row in legend if row[2]], nav("../"))
    return render_network(page, list(nodes.values()), edges)


def _add(graph: Graph, nodes: dict[str, NodeSpec], node: URIRef, cls: URIRef, size: float = 12) -> None:
    if str(node) not in nodes:
        name, colour = CLASS_COLOURS[cls]
        text = short(label(graph, node), 60)
        nodes[str(node)] = NodeSpec(str(node), text, tooltip(graph, node, name), name, colour, size)

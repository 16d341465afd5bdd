"""``people.html``: people with the topics and committees they are tied to."""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import CLASS_COLOURS, facets, label, nav, rank, short, tooltip
from kg.views.render import EdgeSpec, NodeSpec, Page, render_network

__all__ = ["render_people"]


def _led(graph: Graph, person: URIRef) -> list[URIRef]:
    """Meetings the person presided over or spoke at."""
    return sorted(
        set(iris(graph.subjects(KG.presidedBy, person))) | set(iris(graph.subjects(KG.speaker, person))), key=str
    )


def render_people(graph: Graph) -> str:
    named = [p for p in iris(graph.subjects(None, KG.Person)) if (None, KG.mentions, p) in graph]
    reporters = [p for p in named if (None, KG.reporter, p) in graph]
    # Officials who presided or spoke: people only named in passing, and reporters, would be
    # unconnected dots around the network; the meeting pages list them.
    people = [p for p in named if p not in reporters and _led(graph, p)]
    nodes: dict[str, NodeSpec] = {}
    edges: list[EdgeSpec] = []
    for person in people:
        meetings = sorted(set(iris(graph.subjects(KG.mentions, person))), key=str)
        name, colour = CLASS_COLOURS[KG.Person]
        nodes[str(person)] = NodeSpec(
            str(person),
            short(label(graph, person)),
            tooltip(graph, person, name),
            name,
            colour,
            min(8 + 400 * rank(graph, person), 60),
            facets(graph, meetings),
            rank=rank(graph, person),
        )
        for committee in sorted({c for m in _led(graph, person) for c in iris(graph.objects(m, KG.heldBy))}, key=str):
            _add(graph, nodes, committee, KG.Committee)
            edges.append(EdgeSpec(str(person), str(committee), "presided or spoke at its meetings"))
        for link in iris(graph.subjects(KG.source, person)):
            topic, weight = graph.value(link, KG.target), graph.value(link, KG.weight)
            if isinstance(topic, URIRef) and weight is not None:
                _add(graph, nodes, topic, KG.Topic)
                edges.append(EdgeSpec(str(person), str(topic), f"{weight} meeting(s)", float(str(weight))))
    legend = [
        (CLASS_COLOURS[c][0], CLASS_COLOURS[c][1], sum(1 for n in nodes.values() if n.group == CLASS_COLOURS[c][0]))
        for c in (KG.Person, KG.Committee, KG.Topic)
    ]
    summary = (
        f"The {len(people)} people who presided over or spoke at meetings; links to those committees and to the "
        f"topics of those meetings. Not drawn: {len(named) - len(people) - len(reporters)} people only named in "
        f"passing and {len(reporters)} reporters (both listed on the meeting pages)."
    )
    return render_network(Page("People", summary, legend, nav(), filters=True), list(nodes.values()), edges)


def _add(graph: Graph, nodes: dict[str, NodeSpec], node: URIRef, cls: URIRef) -> None:
    if str(node) not in nodes:
        name, colour = CLASS_COLOURS[cls]
        nodes[str(node)] = NodeSpec(str(node), short(label(graph, node)), tooltip(graph, node, name), name, colour, 12)

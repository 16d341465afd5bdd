"""``topics.html``: the topic co-occurrence network, edge width by weight, colour by community."""

from __future__ import annotations

from rdflib import Graph

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import facets, label, nav, tooltip
from kg.views.render import EdgeSpec, NodeSpec, Page, render_network

__all__ = ["PALETTE", "render_topics"]

PALETTE = (
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#e6ab02",
    "#a6761d",
    "#666666",
    "#1f78b4",
    "#b2df8a",
    "#fb9a99",
    "#cab2d6",
)


def render_topics(graph: Graph) -> str:
    topics = sorted(
        {
            t
            for t in iris(graph.objects(None, KG.topic))
            if any(True for m in graph.subjects(KG.topic, t) if (m, KG.heldBy, None) in graph)
        },
        key=str,
    )
    nodes = []
    for topic in topics:
        meetings = [m for m in iris(graph.subjects(KG.topic, topic)) if (m, KG.heldBy, None) in graph]
        community = graph.value(topic, KG.topicCommunity)
        colour = PALETTE[int(str(community)) % len(PALETTE)] if community is not None else "#999999"
        title = tooltip(graph, topic, "Topic") + f"\nMeetings: {len(meetings)}"
        if community is not None:
            title += f"\nCommunity: {community}"
        nodes.append(
            NodeSpec(
                str(topic),
                label(graph, topic),
                title,
                "Topic",
                colour,
                8 + 4 * len(meetings),
                facets(graph, meetings),
                rank=float(len(meetings)),
            )
        )
    edges = []
    for link in iris(graph.subjects(None, KG.CoOccurrence)):
        source, target, weight = (graph.value(link, p) for p in (KG.source, KG.target, KG.weight))
        if source is not None and target is not None and weight is not None:
            count = int(str(weight))
            edges.append(EdgeSpec(str(source), str(target), f"{count} meeting(s) in common", float(count * 2)))
    summary = (
        f"{len(nodes)} topics; a link means the topics were dealt with in the same meeting, "
        "wider for more meetings in common. Colour: community."
    )
    page = Page("Topics that travel together", summary, (), nav(), filters=True, directed=False)
    return render_network(page, nodes, edges)

"""``topics.html``: which topics travel together: topics linked by the meetings they share.

Node size is the number of meetings that dealt with the topic, colour its community; a
link's width is the number of meetings the two topics share, and the page's slider
hides links of fewer meetings.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import facets, label, nav, rank, short
from kg.views.evidence import EvidenceReader
from kg.views.render import EdgeSpec, NodeSpec, Page, most_meetings, render_network

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


def topic_meetings(graph: Graph) -> dict[URIRef, set[URIRef]]:
    """Topic -> the meetings that dealt with it (meetings only, not agenda items or tasks)."""
    found: dict[URIRef, set[URIRef]] = {}
    for meeting, topic in graph.subject_objects(KG.topic):
        if isinstance(topic, URIRef) and isinstance(meeting, URIRef) and (meeting, KG.heldBy, None) in graph:
            found.setdefault(topic, set()).add(meeting)
    return found


_OTHERS = ("smaller communities", "#bbbbbb")


def _community_groups(
    graph: Graph, topics: list[URIRef], meetings: dict[URIRef, set[URIRef]]
) -> dict[URIRef, tuple[str, str]]:
    """Topic -> (legend group, colour): the largest communities each named by their topic of most meetings."""
    members: dict[str, list[URIRef]] = {}
    for topic in topics:  # topics come by meetings, so a community's first member is its largest
        members.setdefault(str(graph.value(topic, KG.topicCommunity)), []).append(topic)
    largest = sorted(members.values(), key=lambda ts: (-sum(len(meetings[t]) for t in ts), str(ts[0])))
    groups = {}
    for index, community in enumerate(largest):
        named = index < len(PALETTE) and len(community) > 1
        group = (f"with “{short(label(graph, community[0]), 30)}”", PALETTE[index]) if named else _OTHERS
        groups.update({topic: group for topic in community})
    return groups


def render_topics(graph: Graph, evidence: EvidenceReader) -> str:
    meetings = topic_meetings(graph)
    kept, note = most_meetings({t: len(ms) for t, ms in meetings.items()}, {t: rank(graph, t) for t in meetings})
    groups = _community_groups(graph, kept, meetings)
    nodes = []
    for topic in kept:
        group, colour = groups[topic]
        nodes.append(
            NodeSpec(
                str(topic),
                short(label(graph, topic), 32),
                f"{label(graph, topic)}\nMeetings: {len(meetings[topic])}\nCommunity: {group}",
                group,
                colour,
                len(meetings[topic]),
                facets(graph, sorted(meetings[topic], key=str)),
                [e.as_json() for e in evidence.of(topic)],
                rank(graph, topic),
            )
        )
    shown = set(kept)
    edges = []
    for link in iris(graph.subjects(None, KG.CoOccurrence)):
        source, target, weight = (graph.value(link, p) for p in (KG.source, KG.target, KG.weight))
        if source in shown and target in shown and weight is not None and isinstance(source, URIRef):
            assert isinstance(target, URIRef)
            common = meetings[source] & meetings[target]
            count = int(str(weight))
            edges.append(
                EdgeSpec(str(source), str(target), f"{count} meeting(s) in common", count, evidence.meetings(common))
            )
    summary = (
        f"{len(meetings)} topics dealt with by meetings. A link joins two topics dealt with in the same meeting, "
        "wider for more meetings in common; colour is the topic's community (topics that travel together)." + note
    )
    order = list(dict.fromkeys(group for group, _ in groups.values()))
    page = Page("Topics that travel together", summary, nav(), filters=True, directed=False, top=40, groups=order)
    return render_network(page, nodes, sorted(edges, key=lambda e: (e.source, e.target)))

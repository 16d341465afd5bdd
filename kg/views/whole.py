"""``index.html``: the whole graph, filterable by class, committee and year."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.links import date_of
from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import CLASS_COLOURS, committee_free, facets, label, nav, rank, short, tooltip
from kg.views.evidence import EvidenceReader
from kg.views.render import EdgeSpec, NodeSpec, Page, most_meetings, render_network

__all__ = ["render_whole"]
_EDGES = (
    KG.heldBy,
    KG.presidedBy,
    KG.speaker,
    KG.mentions,
    KG.studies,
    KG.topic,
    KG.reviewed,
    KG.issuedBy,
)


# Agenda items, tasks and source readouts are on each meeting's page; drawn here they were
# hundreds of unlabelled dots around every meeting.
_ON_MEETING_PAGES = frozenset({KG.AgendaItem, KG.Task, KG.Document})


_GROUP_ORDER = tuple(name for cls, (name, _) in CLASS_COLOURS.items() if cls not in _ON_MEETING_PAGES)


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


def _day(graph: Graph, meeting: URIRef) -> float:
    day = date_of(graph, meeting, KG.date)
    return float(day.toordinal()) if day else 0.0


def render_whole(graph: Graph, evidence: EvidenceReader) -> str:
    members = dict(_members(graph))
    meetings = {node: _meetings_of(graph, node, cls) for node, cls in members.items()}
    # Meetings (one meeting each) rank newest first; the rest by PageRank among nodes of as many meetings.
    ranks = {n: _day(graph, n) if members[n] == KG.Meeting else rank(graph, n) for n in members}
    kept, note = most_meetings({n: len(ms) for n, ms in meetings.items()}, ranks)
    nodes = [
        NodeSpec(
            str(node),
            short(committee_free(label(graph, node))),
            tooltip(graph, node, CLASS_COLOURS[members[node]][0]),
            CLASS_COLOURS[members[node]][0],
            CLASS_COLOURS[members[node]][1],
            len(meetings[node]),
            facets(graph, meetings[node]),
            [e.as_json() for e in evidence.of(node)],
            ranks[node],
        )
        for node in kept
    ]
    ids = set(kept)
    edges = []
    for prop in _EDGES:
        name = str(prop).rsplit("#", 1)[-1]
        for s, o in sorted(graph.subject_objects(prop), key=str):
            if s in ids and o in ids:
                assert isinstance(s, URIRef) and isinstance(o, URIRef)
                behind = [m for m in (s, o) if members[m] == KG.Meeting]
                edges.append(EdgeSpec(str(s), str(o), name, 1, evidence.meetings(behind)))
    summary = (
        f"{len(members)} nodes: the latest meetings with the committees that held them and the people, directives, "
        "documents and topics they name (the slider shows more meetings). Agenda items, tasks and source "
        "readouts are on each meeting's page." + note
    )
    page = Page(
        "readout-kg: the whole graph",
        summary,
        nav(),
        filters=True,
        top=6,
        groups=_GROUP_ORDER,
        anchors=("Meeting",),
        unit="latest meetings",
    )
    return render_network(page, nodes, edges)

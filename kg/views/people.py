"""``people.html``: who presides and speaks where, and on what.

Officials who presided over or spoke at meetings, linked to the committees of those
meetings and to the topics those meetings dealt with. Reporters the readouts credit
are drawn apart (their own legend entry, unticked at start) linked to the committees
they reported on; people only named in passing are on the meeting pages.
"""

from __future__ import annotations

from collections import Counter

from rdflib import Graph, URIRef

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import CLASS_COLOURS, committee_free, facets, label, nav, rank, short, tooltip
from kg.views.evidence import EvidenceReader
from kg.views.render import EdgeSpec, NodeSpec, Page, most_meetings, render_network
from kg.views.topics import topic_meetings

__all__ = ["render_people"]

_REPORTER = ("Reporter", "#9e9ac8")
_GROUPS = ("Person", "Committee", "Topic", "Reporter")


def _led(graph: Graph) -> dict[URIRef, set[URIRef]]:
    """Person -> the meetings they presided over or spoke at."""
    led: dict[URIRef, set[URIRef]] = {}
    for prop in (KG.presidedBy, KG.speaker):
        for meeting, person in graph.subject_objects(prop):
            if isinstance(meeting, URIRef) and isinstance(person, URIRef):
                led.setdefault(person, set()).add(meeting)
    return led


def _reported(graph: Graph) -> dict[URIRef, set[URIRef]]:
    """Reporter -> the meetings of the readouts that credit them."""
    meeting_of = {d: m for m, d in graph.subject_objects(KG.reportedIn)}
    found: dict[URIRef, set[URIRef]] = {}
    for document, person in graph.subject_objects(KG.reporter):
        if isinstance(person, URIRef) and isinstance(meeting := meeting_of.get(document), URIRef):
            found.setdefault(person, set()).add(meeting)
    return found


def _committee(graph: Graph, meeting: URIRef) -> URIRef | None:
    return next(iter(iris(graph.objects(meeting, KG.heldBy))), None)


def render_people(graph: Graph, evidence: EvidenceReader) -> str:
    led, reported = _led(graph), _reported(graph)
    officials, note = most_meetings({p: len(ms) for p, ms in led.items()}, {p: rank(graph, p) for p in led})
    reporters = sorted((p for p in reported if p not in led), key=lambda p: (-len(reported[p]), str(p)))
    held = Counter(c for m in graph.subjects(KG.heldBy, None) for c in iris(graph.objects(m, KG.heldBy)))
    topics = topic_meetings(graph)
    nodes: dict[str, NodeSpec] = {}
    edges: list[EdgeSpec] = []

    def add(node: URIRef, group: str, colour: str, meetings: int, ofs: set[URIRef] | None = None) -> None:
        if str(node) not in nodes:
            nodes[str(node)] = NodeSpec(
                str(node),
                short(committee_free(label(graph, node)), 32),
                tooltip(graph, node, group),
                group,
                colour,
                meetings,
                facets(graph, sorted(ofs, key=str)) if ofs else {},
                [e.as_json() for e in evidence.of(node)],
                rank(graph, node),
            )

    def link(person: URIRef, meetings: set[URIRef], group: str, colour: str, verb: str) -> None:
        by_committee: dict[URIRef, set[URIRef]] = {}
        for meeting in meetings:
            if (committee := _committee(graph, meeting)) is not None:
                by_committee.setdefault(committee, set()).add(meeting)
        add(person, group, colour, len(meetings), meetings)
        for committee, together in sorted(by_committee.items(), key=lambda kv: str(kv[0])):
            add(committee, *CLASS_COLOURS[KG.Committee], held[committee])
            title = f"{verb} {len(together)} of its meetings"
            edges.append(EdgeSpec(str(person), str(committee), title, len(together), evidence.meetings(together)))

    for person in officials:
        link(person, led[person], *CLASS_COLOURS[KG.Person], "presided over or spoke at")
        for item in iris(graph.subjects(KG.source, person)):
            topic, weight = graph.value(item, KG.target), graph.value(item, KG.weight)
            if isinstance(topic, URIRef) and topic in topics and weight is not None:
                add(topic, *CLASS_COLOURS[KG.Topic], len(topics[topic]))
                together = led[person] & topics[topic]
                title = f"{weight} of their meetings dealt with it"
                edges.append(EdgeSpec(str(person), str(topic), title, int(str(weight)), evidence.meetings(together)))
    for reporter in reporters:
        link(reporter, reported[reporter], *_REPORTER, "reported on")
    summary = (
        f"The {len(led)} officials who presided over or spoke at meetings, linked to those committees and to the "
        f"topics of those meetings (tick Topic in the legend); {len(reporters)} reporters apart (tick Reporter). "
        "People only named in passing are on the meeting pages." + note
    )
    page = Page(
        "People",
        summary,
        nav(),
        filters=True,
        top=25,
        hidden=("Topic", "Reporter"),
        groups=_GROUPS,
        anchors=("Person", "Reporter"),
        unit="people",
    )
    return render_network(page, list(nodes.values()), edges)

"""Derived links an analyst asks for, computed from the built graph.

- person -> topic: topics of the meetings a person presided over or spoke at;
- directive relay: the meetings that relayed each central directive, in date order,
  with the days after the central event (where the calendar dates it) and after the
  first relay in the corpus;
- meeting similarity: the meetings that share the most topics and directives.

Each computation returns plain data; ``add_links`` writes it back with ``kg:`` terms
declared in ``ontology/kg.ttl``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.iris import local_name, meeting_key
from kg.namespace import KG
from kg.rdfnodes import iris

__all__ = ["SIMILAR_PER_MEETING", "Relay", "add_links", "date_of", "person_topics", "relays", "similar_meetings"]

SIMILAR_PER_MEETING = 3
COMMON_FEATURE = 200
"""A topic or directive shared by more meetings than this proposes no similarity candidates."""


@dataclass(frozen=True, slots=True)
class Relay:
    """One meeting relaying a directive: its order among the relays and days after the first."""

    meeting: URIRef
    committee: URIRef | None
    date: dt.date | None
    order: int
    days_after_first: int | None
    days_after_event: int | None = None
    """Meeting date minus the directive's calendar event date, where both are known."""


def person_topics(graph: Graph) -> dict[tuple[URIRef, URIRef], int]:
    """(person, topic) -> number of meetings the person presided over or spoke at that dealt with the topic."""
    counts: Counter[tuple[URIRef, URIRef]] = Counter()
    for meeting in iris(graph.subjects(RDF.type, KG.Meeting)):
        people = set(iris(graph.objects(meeting, KG.presidedBy))) | set(iris(graph.objects(meeting, KG.speaker)))
        for person in people:
            for topic in iris(graph.objects(meeting, KG.topic)):
                counts[(person, topic)] += 1
    return dict(sorted(counts.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))))


def _date(graph: Graph, meeting: URIRef) -> dt.date | None:
    return date_of(graph, meeting, KG.date)


def date_of(graph: Graph, node: URIRef, prop: URIRef) -> dt.date | None:
    """The ``xsd:date`` value of ``node prop``, or None."""
    value = graph.value(node, prop)
    return value.toPython() if isinstance(value, Literal) and isinstance(value.toPython(), dt.date) else None


def relays(graph: Graph) -> dict[URIRef, list[Relay]]:
    """Directive -> its relays: dated meetings first in date order, then undated ones."""
    found: dict[URIRef, list[Relay]] = {}
    days: dict[URIRef, dt.date | None] = {}  # a meeting relays many directives; its date is read once
    for directive in iris(graph.subjects(RDF.type, KG.CentralDirective)):
        meetings = iris(graph.subjects(KG.studies, directive))
        dates = {m: days[m] if m in days else days.setdefault(m, _date(graph, m)) for m in meetings}
        ordered = sorted(meetings, key=lambda m: (dates[m] is None, dates[m] or dt.date.min, str(m)))
        first = dates[ordered[0]] if ordered else None
        event = date_of(graph, directive, KG.eventDate)
        found[directive] = []
        for order, meeting in enumerate(ordered, start=1):
            day = dates[meeting]
            gap = (day - first).days if day is not None and first is not None else None
            lag = (day - event).days if day is not None and event is not None else None
            committee = next(iter(iris(graph.objects(meeting, KG.heldBy))), None)
            found[directive].append(Relay(meeting, committee, day, order, gap, lag))
    return found


def similar_meetings(
    graph: Graph, top: int = SIMILAR_PER_MEETING, common: int = COMMON_FEATURE
) -> dict[URIRef, list[tuple[URIRef, float]]]:
    """Meeting -> up to ``top`` other meetings by Jaccard similarity of their topics and directives.

    Candidates come from an inverted index (feature -> meetings), never from all pairs. A
    feature that more than ``common`` meetings share (the 20th Party Congress in a national
    corpus) names no neighbourhood and proposes no candidates, so the work stays linear in
    the corpus; the score of a candidate still counts every shared feature.
    """
    # Features and meetings are compared as strings: rdflib terms compare in Python code.
    meetings = {str(m): m for m in iris(graph.subjects(RDF.type, KG.Meeting))}
    features = {
        key: {str(f) for f in graph.objects(m, KG.topic)} | {str(f) for f in graph.objects(m, KG.studies)}
        for key, m in meetings.items()
    }
    holders: dict[str, list[str]] = defaultdict(list)
    for meeting, mine in features.items():
        for feature in mine:
            holders[feature].append(meeting)
    result: dict[URIRef, list[tuple[URIRef, float]]] = {}
    for meeting, mine in features.items():
        candidates = {other for f in mine if len(holders[f]) <= common for other in holders[f]} - {meeting}
        scored = []
        for other in candidates:
            theirs = features[other]
            score = len(mine & theirs) / len(mine | theirs)
            scored.append((other, round(score, 4)))
        best = sorted(scored, key=lambda s: (-s[1], s[0]))[:top]
        result[meetings[meeting]] = [(meetings[other], score) for other, score in best]
    return result


def add_links(graph: Graph, base: str) -> None:
    """Write person-topic associations, relays and similarities into ``graph``."""
    for (person, topic), weight in person_topics(graph).items():
        node = URIRef(f"{base}person-topic/{local_name(person)}--{local_name(topic)}")
        _link(graph, node, KG.PersonTopic, f"{local_name(person)} and {local_name(topic)}", person, topic)
        graph.add((node, KG.weight, Literal(weight, datatype=XSD.integer)))
        graph.add((person, KG.associatedTopic, topic))
    for directive, relayed in relays(graph).items():
        graph.add((directive, KG.relayCount, Literal(len(relayed), datatype=XSD.integer)))
        for relay in relayed:
            # Minted from the directive's whole path and the meeting: a speech at a session and the
            # session itself share an occasion, never a relay.
            node = URIRef(f"{base}relay/{_directive_path(directive, base)}--{meeting_key(relay.meeting)}")
            _link(graph, node, KG.Relay, f"relay {relay.order} of {local_name(directive)}", directive, relay.meeting)
            graph.add((node, KG.relayOrder, Literal(relay.order, datatype=XSD.integer)))
            if relay.committee is not None:
                graph.add((directive, KG.relayedBy, relay.committee))
            if relay.days_after_first is not None:
                graph.add((node, KG.daysAfterFirst, Literal(relay.days_after_first, datatype=XSD.integer)))
            if relay.days_after_event is not None:
                graph.add((node, KG.daysAfterEvent, Literal(relay.days_after_event, datatype=XSD.integer)))
    for meeting, neighbours in similar_meetings(graph).items():
        for other, score in neighbours:
            node = URIRef(f"{base}similarity/{meeting_key(meeting)}--{meeting_key(other)}")
            _link(graph, node, KG.Similarity, f"similarity {score}", meeting, other)
            graph.add((node, KG.score, Literal(f"{score:.4g}", datatype=XSD.double)))
            graph.add((meeting, KG.similarTo, other))


def _directive_path(directive: URIRef, base: str) -> str:
    """The directive's IRI after ``<base>directive/`` ("xi-jinping/speech/cpc-20-congress")."""
    return str(directive).removeprefix(f"{base}directive/")


def _link(graph: Graph, node: URIRef, cls: URIRef, label: str, source: URIRef, target: URIRef) -> None:
    graph.add((node, RDF.type, cls))
    graph.add((node, RDFS.label, Literal(label)))
    graph.add((node, KG.source, source))
    graph.add((node, KG.target, target))

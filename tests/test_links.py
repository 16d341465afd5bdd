"""Derived links on a tiny hand-made graph, with exact expected values."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.links import add_links, person_topics, relays, similar_meetings
from kg.namespace import KG

B = "urn:x/"
M1, M2, M3 = (URIRef(f"{B}meeting/c{i}/2023-0{i}-01") for i in (1, 2, 3))
C1, C2 = URIRef(f"{B}committee/c1"), URIRef(f"{B}committee/c2")
YUAN, LI = URIRef(f"{B}person/yuan"), URIRef(f"{B}person/li")
AUDIT, SAFETY = URIRef(f"{B}topic/audit"), URIRef(f"{B}topic/safety")
SPEECH, LETTER = URIRef(f"{B}directive/speech"), URIRef(f"{B}directive/letter")


def _graph() -> Graph:
    g = Graph()
    rows = [
        (M1, C1, "2023-01-01", [YUAN], [AUDIT, SAFETY], [SPEECH]),
        (M2, C2, "2023-01-11", [LI], [AUDIT], [SPEECH, LETTER]),
        (M3, C1, None, [YUAN], [AUDIT], [SPEECH]),
    ]
    for meeting, committee, date, presiders, topics, directives in rows:
        g.add((meeting, RDF.type, KG.Meeting))
        g.add((meeting, KG.heldBy, committee))
        if date:
            g.add((meeting, KG.date, Literal(date, datatype=XSD.date)))
        for p in presiders:
            g.add((meeting, KG.presidedBy, p))
        for t in topics:
            g.add((meeting, KG.topic, t))
        for d in directives:
            g.add((d, RDF.type, KG.CentralDirective))
            g.add((meeting, KG.studies, d))
    return g


def test_person_topics_count_meetings() -> None:
    assert person_topics(_graph()) == {(LI, AUDIT): 1, (YUAN, AUDIT): 2, (YUAN, SAFETY): 1}


def test_relays_in_date_order_with_days_after_first() -> None:
    found = relays(_graph())
    assert [(r.meeting, r.committee, r.date, r.order, r.days_after_first) for r in found[SPEECH]] == [
        (M1, C1, dt.date(2023, 1, 1), 1, 0),
        (M2, C2, dt.date(2023, 1, 11), 2, 10),
        (M3, C1, None, 3, None),
    ]
    assert [(r.meeting, r.order, r.days_after_first) for r in found[LETTER]] == [(M2, 1, 0)]


def test_similar_meetings_by_jaccard() -> None:
    similar = similar_meetings(_graph(), top=2)
    assert similar[M3] == [(M1, 0.6667), (M2, 0.6667)]
    assert similar[M1] == [(M3, 0.6667), (M2, 0.5)]


def test_links_are_written_back() -> None:
    g = _graph()
    add_links(g, B)
    assert (YUAN, KG.associatedTopic, AUDIT) in g
    assert g.value(SPEECH, KG.relayCount) == Literal(3, datatype=XSD.integer)
    assert set(g.objects(SPEECH, KG.relayedBy)) == {C1, C2}
    relay = URIRef(f"{B}relay/speech--c2-2023-02-01")
    assert g.value(relay, KG.daysAfterFirst) == Literal(10, datatype=XSD.integer)
    assert (M1, KG.similarTo, M3) in g


def test_same_day_relays_by_two_committees_are_two_nodes() -> None:
    g = _graph()
    other = URIRef(f"{B}meeting/c9/2023-01-01")
    g.add((other, RDF.type, KG.Meeting))
    g.add((other, KG.studies, SPEECH))
    add_links(g, B)
    assert len(set(g.subjects(RDF.type, KG.Relay))) == 5

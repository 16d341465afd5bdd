"""``overview.html``: the landing page, linking every view, with the corpus's key figures."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import label, meeting_page
from kg.views.render import render_page

__all__ = ["render_overview"]

_VIEWS = (
    ("index.html", "The whole graph", "every meeting, person, directive and topic; filter by class, committee, year"),
    ("topics.html", "Topics", "which topics travel together, by the meetings they share"),
    ("people.html", "People", "who presides or speaks, and on which topics and committees"),
    ("directives.html", "Central directives", "which committees relayed each directive, and when"),
    ("relays.html", "Relay timeline", "each directive on a date axis: who relayed it, how many days after the event"),
    ("topics-time.html", "Topics over time", "which topics rise and fall, quarter by quarter, and by CAP major topic"),
    ("places.html", "Places", "a map of the provinces: meetings, relays or a topic's share; click for committees"),
)


def _top(graph: Graph, counts: dict[URIRef, int], count: int = 10) -> list[tuple[str, str]]:
    """The nodes with the most meetings (an analyst's unit; PageRank stays in the graph)."""
    best = sorted(counts, key=lambda n: (-counts[n], label(graph, n)))[:count]
    return [(label(graph, n), f"{counts[n]} meetings") for n in best]


def _meeting_counts(graph: Graph, meetings: list[URIRef], props: tuple[URIRef, ...]) -> dict[URIRef, int]:
    counts: dict[URIRef, int] = {}
    for meeting in meetings:
        for node in {o for p in props for o in iris(graph.objects(meeting, p))}:
            counts[node] = counts.get(node, 0) + 1
    return counts


def render_overview(graph: Graph) -> str:
    meetings = iris(graph.subjects(RDF.type, KG.Meeting))
    people = [p for p in iris(graph.subjects(RDF.type, KG.Person)) if (None, KG.mentions, p) in graph]
    topics = sorted({t for t in iris(graph.objects(None, KG.topic)) if (t, RDF.type, KG.Topic) in graph}, key=str)
    figures = {
        "documents": len(set(graph.subjects(RDF.type, KG.Document))),
        "meetings": len(meetings),
        "people": len(people),
        "topics": len(topics),
        "directives": len(set(graph.subjects(RDF.type, KG.CentralDirective))),
    }
    paged = [m for m in meetings if meeting_page(graph, m)]
    listed = sorted(paged, key=lambda m: (str(graph.value(m, KG.date) or "9999"), str(m)))
    return render_page(
        "overview.html",
        figures=figures,
        views=_VIEWS,
        top_topics=_top(graph, _meeting_counts(graph, meetings, (KG.topic,))),
        top_people=_top(graph, _meeting_counts(graph, meetings, (KG.presidedBy, KG.speaker))),
        meetings=[(meeting_page(graph, m), f"{label(graph, m)} — {_committee(graph, m)}") for m in listed],
        unpaged=len(meetings) - len(paged),
    )


def _committee(graph: Graph, meeting: URIRef) -> str:
    committee = graph.value(meeting, KG.heldBy)
    return label(graph, committee) if isinstance(committee, URIRef) else "committee not stated"

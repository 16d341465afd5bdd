"""``overview.html``: the landing page, linking every view, with the corpus's key figures."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import label, meeting_file, rank
from kg.views.render import render_page

__all__ = ["render_overview"]

_VIEWS = (
    ("index.html", "The whole graph", "every meeting, person, directive and topic; filter by class, committee, year"),
    ("topics.html", "Topics", "which topics travel together, by the meetings they share"),
    ("people.html", "People", "who presides or speaks, and on which topics and committees"),
    ("directives.html", "Central directives", "which committees relayed each directive, and when"),
)


def _top(graph: Graph, nodes: list[URIRef], count: int = 10) -> list[tuple[str, str]]:
    best = sorted(nodes, key=lambda n: (-rank(graph, n), str(n)))[:count]
    return [(label(graph, n), f"{rank(graph, n):.4f}") for n in best]


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
    listed = sorted(meetings, key=lambda m: (str(graph.value(m, KG.date) or "9999"), str(m)))
    return render_page(
        "overview.html",
        figures=figures,
        views=_VIEWS,
        top_topics=_top(graph, topics),
        top_people=_top(graph, people),
        meetings=[(meeting_file(m), f"{label(graph, m)} — {_committee(graph, m)}") for m in listed],
    )


def _committee(graph: Graph, meeting: URIRef) -> str:
    committee = graph.value(meeting, KG.heldBy)
    return label(graph, committee) if isinstance(committee, URIRef) else "committee not stated"

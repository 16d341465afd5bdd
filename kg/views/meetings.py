"""``meetings/<meeting>.html``: one meeting as a readable page.

A meeting's agenda reads best as a document, not a network: its items with their
tasks, then its people, directives, documents and topics, each entry showing the
words it was read from. The page is a few kilobytes, so a corpus of thousands of
meetings does not mean thousands of copies of the network library.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import CLASS_COLOURS, label, nav
from kg.views.render import render_page

__all__ = ["render_meeting"]

_SECTIONS = (
    ("Committee", KG.heldBy, KG.Committee),
    ("Presided by", KG.presidedBy, KG.Person),
    ("Speakers", KG.speaker, KG.Person),
    ("People named", KG.mentions, KG.Person),
    ("Central directives studied", KG.studies, KG.CentralDirective),
    ("Documents reviewed", KG.reviewed, KG.PolicyDocument),
    ("Topics", KG.topic, KG.Topic),
)


@dataclass(frozen=True, slots=True)
class _Entry:
    label: str
    cls: str
    quote: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class _Item:
    head: _Entry
    tasks: list[_Entry]


def _quotes(graph: Graph, document: URIRef | None) -> dict[URIRef, str]:
    """Node -> its first evidence quote in this readout, read from the readout's own spans."""
    if document is None:
        return {}
    spans = sorted(
        iris(graph.subjects(KG.inDocument, document)), key=lambda s: (int(str(graph.value(s, KG.start))), str(s))
    )
    quotes: dict[URIRef, str] = {}
    for span in spans:
        for node in iris(graph.subjects(KG.evidence, span)):
            quotes.setdefault(node, str(graph.value(span, KG.quote)))
    return quotes


def _entry(graph: Graph, node: URIRef, cls: URIRef, quotes: dict[URIRef, str], note: str = "") -> _Entry:
    return _Entry(label(graph, node), CLASS_COLOURS[cls][0], quotes.get(node, ""), note)


def render_meeting(graph: Graph, meeting: URIRef) -> str:
    document = next(iter(iris(graph.objects(meeting, KG.reportedIn))), None)
    quotes = _quotes(graph, document)
    reporters = set(iris(graph.objects(document, KG.reporter))) if document is not None else set()
    sections = [
        (
            title,
            [
                _entry(graph, n, cls, quotes, "reporter" if n in reporters else "")
                for n in iris(graph.objects(meeting, prop))
                if prop != KG.mentions or n not in reporters
            ],
        )
        for title, prop, cls in _SECTIONS
    ]
    sections.insert(4, ("Reporters", [_entry(graph, n, KG.Person, quotes, "reporter") for n in sorted(reporters)]))
    agenda: list[_Item] = []
    for item in sorted(iris(graph.objects(meeting, KG.hasAgendaItem)), key=lambda n: _start(graph, n)):
        topics = ", ".join(label(graph, t) for t in iris(graph.objects(item, KG.topic)))
        tasks = [
            _entry(graph, t, KG.Task, quotes)
            for t in sorted(iris(graph.objects(item, KG.hasTask)), key=lambda n: _start(graph, n))
        ]
        agenda.append(_Item(_entry(graph, item, KG.AgendaItem, quotes, topics), tasks))
    count = 1 + sum(len(rows) for _, rows in sections) + sum(1 + len(a.tasks) for a in agenda)
    head = _entry(graph, meeting, KG.Meeting, quotes)
    return render_page("meeting.html", meeting=head, sections=sections, agenda=agenda, count=count, links=nav("../"))


def _start(graph: Graph, node: URIRef) -> int:
    """Where a node's evidence starts in the readout, to list items in reading order."""
    starts = [int(str(graph.value(s, KG.start))) for s in iris(graph.objects(node, KG.evidence))]
    return min(starts, default=0)

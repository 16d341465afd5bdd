"""What every view reads off the graph: labels, classes, colours, evidence, facets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from typing import TypeVar

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.iris import meeting_key, slug
from kg.namespace import KG
from kg.rdfnodes import iris

__all__ = [
    "CLASS_COLOURS",
    "NAV",
    "committee_free",
    "facets",
    "label",
    "meeting_file",
    "meeting_page",
    "nav",
    "pages_only_for",
    "rank",
    "short",
    "tooltip",
]

CLASS_COLOURS: dict[URIRef, tuple[str, str]] = {
    KG.Meeting: ("Meeting", "#e6550d"),
    KG.Committee: ("Committee", "#756bb1"),
    KG.Person: ("Person", "#3182bd"),
    KG.CentralDirective: ("Central directive", "#de2d26"),
    KG.Topic: ("Topic", "#31a354"),
    KG.PolicyDocument: ("Policy document", "#636363"),
    KG.AgendaItem: ("Agenda item", "#fdae6b"),
    KG.Task: ("Task", "#c7e9c0"),
    KG.Document: ("Source readout", "#969696"),
}

NAV = (
    ("overview.html", "Overview"),
    ("index.html", "Whole graph"),
    ("topics.html", "Topics"),
    ("people.html", "People"),
    ("directives.html", "Directives"),
    ("relays.html", "Relay timeline"),
    ("topics-time.html", "Topics over time"),
    ("places.html", "Places"),
)


def nav(prefix: str = "") -> list[tuple[str, str]]:
    """The links between views, from a page ``prefix`` deep (e.g. "../" for meeting pages)."""
    return [(prefix + href, text) for href, text in NAV]


_T = TypeVar("_T")

_FIXED_LABELS: dict[int, dict[URIRef, str]] = {}
"""Labels read while a graph is held still (see ``labels_fixed``), by the graph's id."""


@contextmanager
def _while_rendering(registry: dict[int, _T], graph: Graph, value: _T) -> Iterator[None]:
    """Keep ``value`` for ``graph`` in ``registry`` until the block ends."""
    registry[id(graph)] = value
    try:
        yield
    finally:
        registry.pop(id(graph), None)


def labels_fixed(graph: Graph) -> AbstractContextManager[None]:
    """Read each node's label once while the views of a finished graph render.

    Every page labels the same people, committees and topics again; the graph does not
    change while they render, so a label read once stays true until the block ends.
    """
    return _while_rendering(_FIXED_LABELS, graph, {})


def label(graph: Graph, node: URIRef) -> str:
    """The node's ``rdfs:label`` (else ``skos:prefLabel``, else its IRI's last segment)."""
    fixed = _FIXED_LABELS.get(id(graph))
    if fixed is not None and node in fixed:
        return fixed[node]
    value = graph.value(node, RDFS.label) or graph.value(node, SKOS.prefLabel)
    text = str(value) if value is not None else str(node).rsplit("/", 1)[-1]
    if fixed is not None:
        fixed[node] = text
    return text


def committee_free(text: str) -> str:
    """A committee's label without the words every committee's label has, for a crowded canvas."""
    return text.removeprefix("Standing Committee of the ").replace(" Party Committee", "")


def short(text: str, limit: int = 40) -> str:
    """``text`` cut to ``limit`` columns with an ellipsis; a Chinese character takes two columns."""
    width = 0
    for index, char in enumerate(text):
        width += 2 if ord(char) >= 0x2E80 else 1
        if width > limit:
            return text[: max(index - 1, 1)].rstrip() + "…"
    return text


def tooltip(graph: Graph, node: URIRef, class_name: str) -> str:
    """Label, class and the first evidence quote of a node, as plain text."""
    lines = [label(graph, node), f"[{class_name}]"]
    quotes = sorted(str(graph.value(span, KG.quote)) for span in graph.objects(node, KG.evidence))
    if quotes:
        lines.append("Evidence: “" + quotes[0][:400] + "”")
    return "\n".join(lines)


def rank(graph: Graph, node: URIRef) -> float:
    value = graph.value(node, KG.pageRank)
    return float(str(value)) if value is not None else 0.0


def facets(graph: Graph, meetings: list[URIRef]) -> dict[str, list[str]]:
    """The committees and years of the given meetings, for the page filters."""
    committees = {label(graph, c) for m in meetings for c in iris(graph.objects(m, KG.heldBy))}
    years = {str(d)[:4] for m in meetings for d in graph.objects(m, KG.date)}
    return {"committee": sorted(committees), "year": sorted(years)}


_PAGED: dict[int, frozenset[URIRef]] = {}
"""The meetings that get a page while a graph's views render (see ``pages_only_for``), by the graph's id."""


def pages_only_for(graph: Graph, meetings: frozenset[URIRef]) -> AbstractContextManager[None]:
    """Link only these meetings' pages while the views of ``graph`` render: the others have none."""
    return _while_rendering(_PAGED, graph, meetings)


def meeting_page(graph: Graph, meeting: URIRef) -> str:
    """The path of the meeting's page, or "" when this build wrote none for it (views then show no link)."""
    paged = _PAGED.get(id(graph))
    return meeting_file(meeting) if paged is None or meeting in paged else ""


@lru_cache(maxsize=1 << 16)  # every page links the meetings it names; the slug is made once per meeting
def meeting_file(meeting: URIRef) -> str:
    """The file name of a meeting's page, from its committee and day."""
    return "meetings/" + slug(meeting_key(meeting), limit=120) + ".html"

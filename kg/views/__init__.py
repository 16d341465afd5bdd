"""The HTML views of a built graph, each a self-contained page that works offline.

``render_views`` returns every page by its path relative to the output folder.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import labels_fixed, meeting_file, pages_only_for
from kg.views.directives import render_directives
from kg.views.evidence import EvidenceReader
from kg.views.meetings import render_meeting
from kg.views.overview import render_overview
from kg.views.people import render_people
from kg.views.places import render_places
from kg.views.plotting import PLOTLY_FILE, plotly_js
from kg.views.relays import render_relays
from kg.views.topics import render_topics
from kg.views.topics_time import render_topics_time
from kg.views.whole import render_whole

__all__ = ["latest_meetings", "render_views"]


def render_views(
    graph: Graph, texts: Mapping[URIRef, str] | None = None, meeting_pages: int | None = None
) -> dict[str, str]:
    """Every view of ``graph``: relative path -> HTML.

    ``texts`` (readout IRI -> its text) lets a click show the whole sentence a fact was
    read from; without it the views show the quoted words alone. ``meeting_pages`` bounds
    how many meetings (the latest) get a page of their own, so the output folder of a large
    corpus stays small; None writes one for every meeting.
    """
    paged = latest_meetings(graph, meeting_pages)
    with labels_fixed(graph), pages_only_for(graph, paged):
        evidence = EvidenceReader(graph, texts)
        pages = {
            "overview.html": render_overview(graph),
            "index.html": render_whole(graph, evidence),
            "topics.html": render_topics(graph, evidence),
            "people.html": render_people(graph, evidence),
            "directives.html": render_directives(graph, evidence),
            "relays.html": render_relays(graph),
            "topics-time.html": render_topics_time(graph),
            "places.html": render_places(graph),
        }
        pages[PLOTLY_FILE] = plotly_js()  # the chart pages' library, shipped once beside them
        for meeting in sorted(paged, key=str):
            pages[meeting_file(meeting)] = render_meeting(graph, meeting)
    return pages


def latest_meetings(graph: Graph, limit: int | None) -> frozenset[URIRef]:
    """The ``limit`` latest meetings by date (undated ones last), or all of them when ``limit`` is None."""
    meetings = iris(graph.subjects(RDF.type, KG.Meeting))
    if limit is None or limit >= len(meetings):
        return frozenset(meetings)
    by_date = sorted(meetings, key=lambda m: (str(graph.value(m, KG.date) or ""), str(m)), reverse=True)
    return frozenset(by_date[: max(limit, 0)])

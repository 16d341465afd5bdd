"""The HTML views of a built graph, each a self-contained page that works offline.

``render_views`` returns every page by its path relative to the output folder.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import labels_fixed, meeting_file
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

__all__ = ["render_views"]


def render_views(graph: Graph, texts: Mapping[URIRef, str] | None = None) -> dict[str, str]:
    """Every view of ``graph``: relative path -> HTML.

    ``texts`` (readout IRI -> its text) lets a click show the whole sentence a fact was
    read from; without it the views show the quoted words alone.
    """
    with labels_fixed(graph):
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
        for meeting in iris(graph.subjects(RDF.type, KG.Meeting)):
            pages[meeting_file(meeting)] = render_meeting(graph, meeting)
    return pages

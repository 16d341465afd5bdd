"""The explorable HTML view of the graph, rendered with pyvis.

pyvis is imported here and nowhere else. Its network object holds the nodes, edges
and options; the page is rendered from ``kg/templates/view.html``, which inlines the
vis-network library pyvis ships (pyvis's own template links Bootstrap from a CDN even
in ``in_line`` mode), so the file opens offline from disk. Readout text reaches the
page only through Jinja's ``tojson`` and autoescaping, so it cannot inject markup.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
import pyvis
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespace import KG

__all__ = ["CLASS_COLOURS", "render_index"]

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
_EDGES = (
    KG.heldBy,
    KG.presidedBy,
    KG.speaker,
    KG.mentions,
    KG.studies,
    KG.topic,
    KG.reviewed,
    KG.hasAgendaItem,
    KG.hasTask,
    KG.reportedIn,
    KG.issuedBy,
)
_OPTIONS = {
    "physics": {"stabilization": {"iterations": 200}, "barnesHut": {"springLength": 120}},
    "interaction": {"hover": True, "tooltipDelay": 150},
    "edges": {"color": {"opacity": 0.5}, "smooth": False},
    "layout": {"randomSeed": 7},
}


def _label(graph: Graph, node: URIRef) -> str:
    value = graph.value(node, RDFS.label) or graph.value(node, SKOS.prefLabel)
    return str(value) if value is not None else str(node).rsplit("/", 1)[-1]


def _tooltip(graph: Graph, node: URIRef, class_name: str) -> str:
    lines = [_label(graph, node), f"[{class_name}]"]
    quotes = sorted(str(graph.value(span, KG.quote)) for span in graph.objects(node, KG.evidence))
    if quotes:
        lines.append("Evidence: “" + quotes[0][:400] + "”")
    return "\n".join(lines)


def _network(graph: Graph) -> tuple[Network, list[tuple[str, str, int]]]:
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    ids: set[URIRef] = set()
    legend = []
    for cls, (name, colour) in CLASS_COLOURS.items():
        members = sorted(n for n in graph.subjects(RDF.type, cls) if isinstance(n, URIRef))
        if cls == KG.Topic:
            members = [m for m in members if (None, KG.topic, m) in graph]
        legend.append((name, colour, len(members)))
        for node in members:
            rank = graph.value(node, KG.pageRank)
            size = 8 + 400 * float(str(rank)) if rank is not None else 8
            net.nodes.append(
                {
                    "id": str(node),
                    "label": _label(graph, node)[:40],
                    "title": _tooltip(graph, node, name),
                    "color": colour,
                    "size": round(min(size, 60), 2),
                    "shape": "dot",
                    "group": name,
                }
            )
            ids.add(node)
    for prop in _EDGES:
        for s, o in sorted(graph.subject_objects(prop)):
            if s in ids and o in ids:
                net.edges.append({"from": str(s), "to": str(o), "title": str(prop).rsplit("#", 1)[-1], "arrows": "to"})
    net.options = dict(_OPTIONS)
    return net, legend


def render_index(graph: Graph, title: str = "readout-kg: the whole graph") -> str:
    """The HTML page of the whole graph: colour by class, size by PageRank, evidence on click."""
    net, legend = _network(graph)
    nodes, edges, _, _, _, options = net.get_network_data()
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
                jinja2.FileSystemLoader(Path(pyvis.__file__).parent / "templates"),
            ]
        ),
        autoescape=True,
        keep_trailing_newline=True,
    )
    summary = f"{len(nodes)} nodes, {len(edges)} links."
    page = env.get_template("view.html").render(
        title=title,
        summary=summary,
        legend=legend,
        nodes=nodes,
        edges=edges,
        options=json.dumps(json.loads(options), sort_keys=True),
    )
    return page

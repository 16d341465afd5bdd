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
from kg.rdfnodes import iris

__all__ = ["CLASS_COLOURS", "MAX_NODES", "render_index"]

MAX_NODES = 1500
"""Above this many nodes a browser cannot lay the graph out; the view keeps the top ones by PageRank."""

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
_UNLABELLED = frozenset({KG.AgendaItem, KG.Task})
"""Classes whose long text would bury the picture; their text stays in the tooltip."""
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


def _rank(graph: Graph, node: URIRef) -> float:
    value = graph.value(node, KG.pageRank)
    return float(str(value)) if value is not None else 0.0


def _members(graph: Graph) -> list[tuple[URIRef, URIRef]]:
    """(node, class) of every node the view can show, in a stable order."""
    found = []
    for cls in CLASS_COLOURS:
        for node in iris(graph.subjects(RDF.type, cls)):
            if cls != KG.Topic or (None, KG.topic, node) in graph:
                found.append((node, cls))
    return found


def _network(graph: Graph) -> tuple[Network, list[tuple[str, str, int]], int]:
    """The pyvis network; nodes and edges are filled directly (its add_node path is quadratic)."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    members = _members(graph)
    total = len(members)
    if total > MAX_NODES:
        keep = set(sorted(members, key=lambda m: (-_rank(graph, m[0]), str(m[0])))[:MAX_NODES])
        members = [m for m in members if m in keep]
    ids = {node for node, _ in members}
    legend = []
    for cls, (name, colour) in CLASS_COLOURS.items():
        shown = [node for node, c in members if c == cls]
        legend.append((name, colour, len(shown)))
        for node in shown:
            size = 8 + 400 * _rank(graph, node)
            net.nodes.append(
                {
                    "id": str(node),
                    "label": "" if cls in _UNLABELLED else _label(graph, node)[:40],
                    "title": _tooltip(graph, node, name),
                    "color": colour,
                    "size": round(min(size, 60), 2),
                    "shape": "dot",
                }
            )
    for prop in _EDGES:
        for s, o in sorted(graph.subject_objects(prop), key=str):
            if s in ids and o in ids:
                net.edges.append({"from": str(s), "to": str(o), "title": str(prop).rsplit("#", 1)[-1], "arrows": "to"})
    net.options = dict(_OPTIONS)
    return net, legend, total


def render_index(graph: Graph, title: str = "readout-kg: the whole graph") -> str:
    """The HTML page of the whole graph: colour by class, size by PageRank, evidence on click."""
    net, legend, total = _network(graph)
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
    if total > len(nodes):
        summary += f" Showing the top {len(nodes)} of {total} nodes by PageRank; the rest are in kg.ttl."
    page = env.get_template("view.html").render(
        title=title,
        summary=summary,
        legend=legend,
        nodes=nodes,
        edges=edges,
        options=json.dumps(json.loads(options), sort_keys=True),
    )
    return page

"""Exporting the built graph to the formats other tools read.

JSON-LD (with a context), sorted N-Triples, TriG with one named graph per source
readout, GraphML and GEXF for Gephi (typed attributes, no missing values), and CSV
or Parquet tables of meetings, people, directives and topics and of the links between them
(``kg.tables``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.analytics import entity_network
from kg.errors import KgError
from kg.formats import EXPORT_FORMATS, TABLE_FORMATS
from kg.namespace import KG
from kg.rdfnodes import iris
from kg.serialize import PREFIXES, to_oxigraph_triples, write_atomic
from kg.tables import write_tables
from kg.views.common import label

__all__ = ["EXPORT_FORMATS", "export_graph"]

_NODE_ATTRIBUTES: dict[str, tuple[URIRef, type, object]] = {
    "pageRank": (KG.pageRank, float, 0.0),
    "degreeCentrality": (KG.degreeCentrality, float, 0.0),
    "betweenness": (KG.betweenness, float, 0.0),
    "community": (KG.community, int, -1),
}


def _read(path: Path) -> Graph:
    if not path.is_file():
        raise KgError(f"{path}: no such graph file; run `kg build` first or pass --graph")
    return Graph().parse(path, format="turtle")


def _jsonld(graph: Graph) -> bytes:
    context = {k: v for k, v in sorted(PREFIXES.items())}
    text = graph.serialize(format="json-ld", context=context, sort_keys=True, indent=1)
    return text.encode("utf-8")


def _ntriples(graph: Graph) -> bytes:
    return ox.serialize(to_oxigraph_triples(graph), format=ox.RdfFormat.N_TRIPLES) or b""


def _home_documents(graph: Graph) -> dict[URIRef, URIRef]:
    """Node -> the one readout it belongs to: spans, documents, and nodes evidenced only there."""
    home: dict[URIRef, URIRef] = {}
    for span in iris(graph.subjects(RDF.type, KG.Span)):
        document = graph.value(span, KG.inDocument)
        if isinstance(document, URIRef):
            home[span] = document
    for document in iris(graph.subjects(RDF.type, KG.Document)):
        home[document] = document
    for node in iris(graph.subjects(KG.evidence, None)):
        spans = iris(graph.objects(node, KG.evidence))
        places = {home[s] for s in spans if s in home} | set(iris(graph.objects(node, KG.reportedIn)))
        if len(places) == 1 and all(s in home for s in spans):
            home[node] = places.pop()
    return home


def _trig(graph: Graph) -> bytes:
    home = _home_documents(graph)
    quads = []
    for triple in to_oxigraph_triples(graph):
        subject = triple.subject
        place = home.get(URIRef(subject.value)) if isinstance(subject, ox.NamedNode) else None
        name = ox.NamedNode(str(place)) if place is not None else ox.DefaultGraph()
        quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, name))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""


def _network(graph: Graph) -> nx.DiGraph:
    """The entity network, directed as the graph states each relation, with its name and weight as edge
    attributes and every meeting's date, so Gephi can draw a timeline (no missing values: Gephi rejects None)."""
    network = entity_network(graph)
    typed = nx.DiGraph()
    for node in sorted(network.nodes, key=str):
        kind = next(iter(iris(graph.objects(node, RDF.type))), None)
        attributes: dict[str, object] = {
            "label": label(graph, node),
            "class": str(kind).rsplit("#", 1)[-1] if kind is not None else "Node",
        }
        for name, (prop, cast, default) in _NODE_ATTRIBUTES.items():
            value = graph.value(node, prop)
            attributes[name] = cast(str(value)) if isinstance(value, Literal) else default
        date = graph.value(node, KG.date)
        if date is not None:
            attributes["date"] = str(date)
            attributes["start"] = str(date)  # GEXF's dynamic mode reads start/end
        typed.add_node(str(node), **attributes)
    for a, b, data in sorted(network.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        forward = next((str(p).rsplit("#", 1)[-1] for p in graph.predicates(a, b)), None)
        backward = next((str(p).rsplit("#", 1)[-1] for p in graph.predicates(b, a)), None)
        source, target, relation = (a, b, forward) if forward or not backward else (b, a, backward)
        typed.add_edge(str(source), str(target), label=relation or "linked", relation=relation or "linked",
                       weight=float(data.get("weight", 1.0)))  # fmt: skip
    return typed


def _graphml(graph: Graph) -> bytes:
    return "\n".join(nx.generate_graphml(_network(graph))).encode("utf-8") + b"\n"


def _gexf(graph: Graph) -> bytes:
    return "\n".join(nx.generate_gexf(_network(graph))).encode("utf-8") + b"\n"


_WRITERS: dict[str, Callable[[Graph], bytes]] = {
    "jsonld": _jsonld,
    "nt": _ntriples,
    "trig": _trig,
    "graphml": _graphml,
    "gexf": _gexf,
}


def export_graph(graph_path: Path, fmt: str, out: Path) -> list[Path]:
    """Write ``graph_path`` in ``fmt`` to ``out`` (a file, or a folder for csv); return the files written."""
    if fmt not in EXPORT_FORMATS:
        raise KgError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt in TABLE_FORMATS:
        return write_tables(graph_path, out, fmt)
    write_atomic(out, _WRITERS[fmt](_read(graph_path)))
    return [out]

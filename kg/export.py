"""Exporting the built graph to the formats other tools read.

JSON-LD (with a context), sorted N-Triples, TriG with one named graph per source
readout, GraphML and GEXF for Gephi (typed attributes, no missing values), and CSV
tables of meetings, people, directives and topics.
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
from kg.namespace import KG
from kg.rdfnodes import iris
from kg.serialize import PREFIXES, to_oxigraph_triples, write_atomic
from kg.sparql import format_result, load_engine, run_query
from kg.views.common import label

__all__ = ["EXPORT_FORMATS", "export_graph"]

EXPORT_FORMATS = ("jsonld", "nt", "trig", "graphml", "gexf", "csv")
_NODE_ATTRIBUTES: dict[str, tuple[URIRef, type, object]] = {
    "pageRank": (KG.pageRank, float, 0.0),
    "degreeCentrality": (KG.degreeCentrality, float, 0.0),
    "betweenness": (KG.betweenness, float, 0.0),
    "community": (KG.community, int, -1),
}
_TABLES = {
    "meetings": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?meeting ?date ?partOfDay ?enlarged ?committee ?presiders ?readout WHERE {
  ?meeting a kg:Meeting ; kg:heldBy/rdfs:label ?committee ; kg:enlarged ?enlarged ; kg:reportedIn/rdfs:label ?readout .
  OPTIONAL { ?meeting kg:date ?date } OPTIONAL { ?meeting kg:partOfDay ?p BIND(STRAFTER(STR(?p), "#") AS ?partOfDay) }
  { SELECT ?meeting (GROUP_CONCAT(?name; separator="; ") AS ?presiders) WHERE {
      ?meeting a kg:Meeting . OPTIONAL { ?meeting kg:presidedBy/rdfs:label ?name } } GROUP BY ?meeting }
} ORDER BY ?date ?meeting""",
    "people": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?name (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?led) AS ?presided) WHERE {
  ?person a kg:Person ; rdfs:label ?name . ?m kg:mentions ?person .
  OPTIONAL { ?led kg:presidedBy ?person }
} GROUP BY ?person ?name ORDER BY DESC(?meetings) ?name""",
    "directives": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?directive ?issuer ?kind ?occasion ?relays WHERE {
  ?directive a kg:CentralDirective ; kg:occasion ?occasion ; kg:directiveKind ?k ; kg:relayCount ?relays .
  BIND(STRAFTER(STR(?k), "#") AS ?kind)
  OPTIONAL { ?directive kg:issuedBy/rdfs:label ?issuer }
} ORDER BY DESC(?relays) ?occasion""",
    "topics": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?topic ?label ?capMajorTopic (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  ?topic a kg:Topic ; skos:prefLabel ?label ; skos:broadMatch/skos:prefLabel ?capMajorTopic .
  ?m a kg:Meeting ; kg:topic ?topic .
} GROUP BY ?topic ?label ?capMajorTopic ORDER BY DESC(?meetings) ?label""",
    # Link tables: one row per relation, ready for a notebook join.
    "meeting-directive": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?meeting ?date ?directive ?daysAfterEvent ?daysAfterFirst WHERE {
  ?relay a kg:Relay ; kg:source ?directive ; kg:target ?meeting .
  OPTIONAL { ?meeting kg:date ?date }
  OPTIONAL { ?relay kg:daysAfterEvent ?daysAfterEvent } OPTIONAL { ?relay kg:daysAfterFirst ?daysAfterFirst }
} ORDER BY ?meeting ?directive""",
    "meeting-person": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?meeting ?person ?role WHERE {
  ?meeting a kg:Meeting ; kg:mentions ?person .
  BIND(IF(EXISTS { ?meeting kg:presidedBy ?person }, "presided",
       IF(EXISTS { ?meeting kg:speaker ?person }, "spoke",
       IF(EXISTS { ?meeting kg:reportedIn/kg:reporter ?person }, "reporter", "named"))) AS ?role)
} ORDER BY ?meeting ?person""",
    "meeting-topic": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?meeting ?topic WHERE { ?meeting a kg:Meeting ; kg:topic ?topic } ORDER BY ?meeting ?topic""",
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
    if fmt == "csv":
        engine = load_engine(graph_path)
        written = []
        for name, query in _TABLES.items():
            text = format_result(run_query(engine, query), "csv")
            write_atomic(out / f"{name}.csv", text.encode("utf-8"))
            written.append(out / f"{name}.csv")
        return written
    write_atomic(out, _WRITERS[fmt](_read(graph_path)))
    return [out]

"""Writing graphs to disk: sorted, byte-stable Turtle, written atomically.

rdflib's own Turtle writer is far slower than Oxigraph's on large graphs, so the
triples are sorted here and written by pyoxigraph, which groups a subject's
triples just as rdflib would. A file is written to a temporary name and renamed, so
a failed build never leaves a half-written output.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

__all__ = ["PREFIXES", "to_oxigraph_triples", "to_turtle", "write_atomic"]

PREFIXES = {
    "kg": "https://w3id.org/readout-kg/ontology#",
    "id": "https://w3id.org/readout-kg/id/",
    "cap": "https://w3id.org/readout-kg/cap/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "org": "http://www.w3.org/ns/org#",
}


def _term(node: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise TypeError(f"cannot write an RDF term of type {type(node).__name__}")


def to_oxigraph_triples(graph: Graph) -> Iterator[ox.Triple]:
    """The graph's triples as pyoxigraph triples, in the order of their N-Triples form.

    One subject's triples are converted at a time, so a large graph is never held twice
    in memory while it is written.
    """
    by_key: dict[str, Node] = {str(_term(subject)): subject for subject in set(graph.subjects())}
    for key in sorted(by_key):
        node = by_key[key]
        subject = _term(node)
        triples = [ox.Triple(subject, _term(p), _term(o)) for p, o in graph.predicate_objects(node)]  # type: ignore[arg-type]  # subjects are IRIs or blank nodes
        triples.sort(key=lambda t: (str(t.predicate), str(t.object)))
        yield from triples


def to_turtle(graph: Graph, base_iri: str | None = None) -> bytes:
    """Sorted Turtle bytes of ``graph``; the same graph always gives the same bytes."""
    prefixes = dict(PREFIXES)
    if base_iri:
        prefixes["id"] = base_iri
    data = ox.serialize(to_oxigraph_triples(graph), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return data if data is not None else b""


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

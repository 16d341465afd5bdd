"""Small typed helpers for reading nodes out of rdflib graphs in a stable order, and the
project's own Turtle files into them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

__all__ = ["iris", "read_turtle"]


def iris(nodes: Iterable[Node]) -> list[URIRef]:
    """The IRIs among ``nodes``, sorted, so iteration over a graph is deterministic."""
    return sorted((n for n in nodes if isinstance(n, URIRef)), key=str)


def read_turtle(path: Path, into: Graph | None = None) -> Graph:
    """The triples of a Turtle file, added to ``into`` (a new graph by default) in file order.

    Oxigraph parses; rdflib's own parser takes a hundred times longer, and every process
    that builds or extracts reads the reference files (a fifth of a second for the calendar).
    """
    graph = Graph() if into is None else into
    bnodes: dict[str, BNode] = {}
    for triple in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
        graph.add((_node(triple.subject, bnodes), URIRef(triple.predicate.value), _node(triple.object, bnodes)))
    return graph


def _node(term: object, bnodes: dict[str, BNode]) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return bnodes.setdefault(term.value, BNode())
    assert isinstance(term, ox.Literal), f"unexpected term {term!r}"
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):  # a plain literal, as rdflib's parser gives it
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))

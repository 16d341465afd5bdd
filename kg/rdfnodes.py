"""Small typed helpers for reading nodes out of rdflib graphs in a stable order."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef
from rdflib.term import Node

__all__ = ["iris"]


def iris(nodes: Iterable[Node]) -> list[URIRef]:
    """The IRIs among ``nodes``, sorted, so iteration over a graph is deterministic."""
    return sorted((n for n in nodes if isinstance(n, URIRef)), key=str)

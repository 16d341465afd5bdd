"""Writing graphs to disk: sorted, byte-stable Turtle, written atomically.

Each triple is written as a line of N-Triples, the lines are sorted by subject and then by
predicate and object, and Oxigraph turns them into Turtle, grouping a subject's triples as
rdflib would. The lines are plain strings: building a pyoxigraph term per node took most
of the time at 10,000 readouts. A file is written to a temporary name and renamed, so a
failed build never leaves a half-written output.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.graphstore import CompactMemory

__all__ = [
    "NTRIPLES_PER_FILE",
    "PREFIXES",
    "ntriples_term",
    "sorted_ntriples",
    "to_oxigraph_triples",
    "to_turtle",
    "turtle_of_ntriples",
    "write_atomic",
    "write_sorted_ntriples",
]

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

_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_TO_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
"""What N-Triples escapes in a string, exactly as Oxigraph writes it, so the sort order is Oxigraph's too."""


_XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04X}"


def ntriples_term(node: Node) -> str:
    """``node`` in N-Triples syntax, the same text as ``str()`` of its pyoxigraph term."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        body = _TO_ESCAPE.sub(_escaped, node)
        if node.language:
            return f'"{body}"@{node.language}'
        if node.datatype and node.datatype != _XSD_STRING:
            return f'"{body}"^^<{node.datatype}>'
        return f'"{body}"'
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"cannot write an RDF term of type {type(node).__name__}")


def _by_subject(graph: Graph) -> tuple[list[Node], Callable[[Node], Iterable[tuple[Node, Node]]]]:
    """The graph's subjects and a look-up of one subject's pairs: straight from the build's store where it can."""
    store = graph.store
    if isinstance(store, CompactMemory):
        return store.subject_nodes(), store.pairs
    return list(set(graph.subjects())), graph.predicate_objects


def sorted_ntriples(graph: Graph) -> Iterator[str]:
    """The graph's N-Triples lines, sorted by subject, then predicate and object; one subject at a time."""
    subjects, pairs = _by_subject(graph)
    by_key = {ntriples_term(subject): subject for subject in subjects}
    del subjects
    for key in sorted(by_key):
        lines = sorted([(ntriples_term(p), ntriples_term(o)) for p, o in pairs(by_key[key])])
        yield "".join([f"{key} {p} {o} .\n" for p, o in lines])


def to_oxigraph_triples(graph: Graph) -> Iterator[ox.Triple]:
    """The graph's triples as pyoxigraph triples, in the order of their N-Triples form."""
    for block in sorted_ntriples(graph):
        yield from ox.parse(block.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)


NTRIPLES_PER_FILE = 400_000
"""Lines of one N-Triples part: the query store loads one part at a time, so its loader's memory is
bounded by a part (about 0.5 GB), not by the corpus (1.5 GB for one file of 10,000 readouts)."""


def write_sorted_ntriples(graph: Graph, folder: Path, lines_per_file: int | None = None) -> list[Path]:
    """The graph's sorted N-Triples lines, written to numbered parts in ``folder``; the parts in order.

    Spooled to files: the lines of a large corpus are several times its Turtle. A subject's lines stay
    in one part; a part holds about ``lines_per_file`` lines (by default ``NTRIPLES_PER_FILE``).
    """
    limit = lines_per_file or NTRIPLES_PER_FILE
    parts: list[Path] = []
    with contextlib.ExitStack() as open_part:
        written = limit
        handle: BinaryIO | None = None
        for block in sorted_ntriples(graph):
            if handle is None or written >= limit:
                open_part.close()  # the part before, if any
                parts.append(folder / f"part-{len(parts):05d}.nt")
                handle = open_part.enter_context(parts[-1].open("wb"))
                written = 0
            handle.write(block.encode("utf-8"))
            written += block.count("\n")
    return parts


def turtle_of_ntriples(parts: Iterable[Path], base_iri: str | None = None) -> bytes:
    """Turtle bytes of sorted N-Triples parts, grouped by subject in the parts' order."""
    prefixes = dict(PREFIXES)
    if base_iri:
        prefixes["id"] = base_iri
    triples = (t for part in parts for t in ox.parse(path=str(part), format=ox.RdfFormat.N_TRIPLES))
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return data if data is not None else b""


def to_turtle(graph: Graph, base_iri: str | None = None) -> bytes:
    """Sorted Turtle bytes of ``graph``; the same graph always gives the same bytes."""
    with tempfile.TemporaryDirectory(prefix="kg-ntriples-") as folder:
        return turtle_of_ntriples(write_sorted_ntriples(graph, Path(folder)), base_iri)


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

"""Turtle is written from sorted N-Triples lines: each term's text must be Oxigraph's own."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.graphstore import CompactMemory
from kg.serialize import ntriples_term, to_oxigraph_triples, to_turtle, turtle_of_ntriples, write_sorted_ntriples

_AWKWARD = ["", 'a "quoted" \\ path', "line\nbreak\r\ttab", "bell\x07 nul\x00 del\x7f esc\x1b", "会议 \u2028 \ufeff"]


def test_terms_are_written_as_oxigraph_writes_them() -> None:
    for text in _AWKWARD:
        assert ntriples_term(Literal(text)) == str(ox.Literal(text))
        assert ntriples_term(Literal(text, lang="zh")) == str(ox.Literal(text, language="zh"))
        typed = ox.Literal(text, datatype=ox.NamedNode("https://example.org/kind"))
        assert ntriples_term(Literal(text, datatype=URIRef("https://example.org/kind"))) == str(typed)
    assert ntriples_term(Literal("x", datatype=XSD.string)) == str(ox.Literal("x", datatype=ox.NamedNode(XSD.string)))
    assert ntriples_term(Literal(3)) == str(ox.Literal("3", datatype=ox.NamedNode(str(XSD.integer))))
    assert ntriples_term(URIRef("https://example.org/a")) == str(ox.NamedNode("https://example.org/a"))
    assert ntriples_term(BNode("b0")) == str(ox.BlankNode("b0"))


def _graph(store: str | CompactMemory) -> Graph:
    graph = Graph(store=store)
    subjects = [URIRef(f"https://example.org/s{i}") for i in (3, 1, 2)]
    for i, subject in enumerate(subjects):
        for j, text in enumerate(_AWKWARD):
            graph.add((subject, URIRef(f"https://example.org/p{(i + j) % 2}"), Literal(text, lang="en")))
        graph.add((subject, URIRef("https://example.org/next"), subjects[i - 1]))
    return graph


def test_turtle_is_sorted_the_same_from_either_store_and_reads_back_whole() -> None:
    compact, simple = _graph(CompactMemory()), _graph("SimpleMemory")
    turtle = to_turtle(compact)
    assert turtle == to_turtle(simple)
    back = list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))
    assert len(back) == len(compact) == 18
    keys = [(str(t.subject), str(t.predicate), str(t.object)) for t in to_oxigraph_triples(compact)]
    assert keys == sorted(keys) and len(keys) == 18
    assert Graph().parse(data=turtle.decode(), format="turtle").isomorphic(simple)


def test_the_sorted_lines_in_many_parts_give_the_same_turtle(tmp_path: Path) -> None:
    compact = _graph(CompactMemory())
    parts = write_sorted_ntriples(compact, tmp_path, lines_per_file=4)
    assert len(parts) == 3  # three subjects of six lines each: a subject is never split
    lines = [p.read_text(encoding="utf-8").rstrip("\n").split("\n") for p in parts]  # not splitlines: U+2028
    subjects = [{line.split(" ", 1)[0] for line in part} for part in lines]
    assert all(len(s) == 1 for s in subjects) and len(set().union(*subjects)) == 3
    assert turtle_of_ntriples(parts) == to_turtle(compact)

"""The build's two-index store answers every triple pattern as rdflib's own memory store does."""

from __future__ import annotations

import itertools
import random

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.graphstore import CompactGraph, CompactMemory


def _pair() -> tuple[Graph, Graph]:
    rng = random.Random(7)
    nodes = [URIRef(f"https://example.org/n{i}") for i in range(12)]
    predicates = [URIRef(f"https://example.org/p{i}") for i in range(4)]
    values = [*nodes, Literal("x"), Literal(3), Literal("y", lang="zh")]
    compact, simple = Graph(store=CompactMemory()), Graph(store="SimpleMemory")
    for _ in range(200):
        triple = (rng.choice(nodes), rng.choice(predicates), rng.choice(values))
        compact.add(triple)
        simple.add(triple)
    return compact, simple


def test_every_pattern_gives_the_same_triples() -> None:
    compact, simple = _pair()
    s, p, o = next(iter(simple))
    for pattern in itertools.product((None, s), (None, p), (None, o)):
        assert sorted(compact.triples(pattern)) == sorted(simple.triples(pattern))
    assert len(compact) == len(simple) > 0


def test_objects_come_in_the_order_they_were_added() -> None:
    graph = Graph(store=CompactMemory())
    node = URIRef("https://example.org/n")
    for label in ("b", "a", "c"):
        graph.add((node, RDFS.label, Literal(label)))
    assert [str(o) for o in graph.objects(node, RDFS.label)] == ["b", "a", "c"]


def test_removal_and_set_keep_the_count_and_the_indexes_in_step() -> None:
    compact, simple = _pair()
    s = next(iter(simple))[0]
    for graph in (compact, simple):
        graph.remove((s, None, None))
        graph.set((s, RDFS.label, Literal("only")))
        graph.remove((None, None, Literal("x")))
    assert sorted(compact) == sorted(simple)
    assert len(compact) == len(simple)
    assert compact.value(s, RDFS.label) == Literal("only")
    assert (None, None, Literal("x")) not in compact


def test_prefixes_are_bound_as_in_rdflib() -> None:
    compact = Graph(store=CompactMemory(), bind_namespaces="none")
    simple = Graph(store="SimpleMemory", bind_namespaces="none")
    for graph in (compact, simple):
        graph.bind("ex", "https://example.org/")
        graph.bind("ex", "https://example.com/", override=True)
        graph.bind("other", "https://example.org/", override=False)
    assert sorted(compact.namespaces()) == sorted(simple.namespaces()) != []


def test_a_value_held_alone_or_with_others_is_added_and_removed_alike() -> None:
    node, other = URIRef("https://example.org/n"), URIRef("https://example.org/m")
    compact, simple = Graph(store=CompactMemory()), Graph(store="SimpleMemory")
    steps = [
        ("add", (node, RDFS.label, Literal("a"))),
        ("add", (node, RDFS.label, Literal("a"))),  # the same triple twice is one triple
        ("add", (node, RDFS.label, Literal("b"))),
        ("add", (other, RDFS.label, Literal("b"))),
        ("remove", (node, RDFS.label, Literal("a"))),
        ("add", (node, RDFS.label, Literal("c"))),
        ("remove", (None, RDFS.label, Literal("b"))),
        ("remove", (node, RDFS.label, Literal("c"))),
        ("add", (node, RDFS.label, Literal("d"))),
    ]
    for action, triple in steps:
        for graph in (compact, simple):
            graph.add(triple) if action == "add" else graph.remove(triple)
        assert sorted(compact) == sorted(simple)
        assert len(compact) == len(simple)
        for pattern in itertools.product((None, node, other), (None, RDFS.label), (None, Literal("b"), Literal("d"))):
            assert sorted(compact.triples(pattern)) == sorted(simple.triples(pattern))


def test_the_compact_graph_answers_every_look_up_as_rdflib_does_in_the_same_order() -> None:
    rng = random.Random(11)
    nodes = [URIRef(f"https://example.org/n{i}") for i in range(10)]
    predicates = [URIRef(f"https://example.org/p{i}") for i in range(3)]
    values = [*nodes, Literal("x"), Literal(3)]
    fast, plain = CompactGraph(), Graph(store=CompactMemory())
    for _ in range(150):
        triple = (rng.choice(nodes), rng.choice(predicates), rng.choice(values))
        fast.add(triple)
        plain.add(triple)
    for node, predicate, value in itertools.product([*nodes, URIRef("https://example.org/none")], predicates, values):
        assert list(fast.objects(node, predicate)) == list(plain.objects(node, predicate))
        assert list(fast.subjects(predicate, value)) == list(plain.subjects(predicate, value))
        assert fast.value(node, predicate) == plain.value(node, predicate)
        assert fast.value(None, predicate, value) == plain.value(None, predicate, value)
        assert fast.value(node, predicate, default=Literal("d")) == plain.value(node, predicate, default=Literal("d"))
        assert ((node, predicate, value) in fast) == ((node, predicate, value) in plain)
    assert list(fast.triples((None, None, None))) == list(plain.triples((None, None, None)))
    path = predicates[0] / predicates[1]  # a property path takes rdflib's own way
    assert sorted(fast.objects(nodes[0], path)) == sorted(plain.objects(nodes[0], path))
    assert sorted(fast.subjects(RDFS.label, None)) == sorted(plain.subjects(RDFS.label, None)) == []

"""An in-memory rdflib store that holds each triple in two indexes instead of three.

rdflib's ``SimpleMemory`` keeps subject, predicate and object indexes; the build never
asks for triples by object alone often enough to pay a third of its memory for it (a
pattern with only the object bound scans the predicate index, a few dozen predicates).
Insertion order is kept, as in ``SimpleMemory``, so the first of several values is the
same on every run. Most (subject, predicate) pairs have one object and most (predicate, object)
pairs one subject, so a lone value is held as it is and only a second one makes a dict: a dict
per triple and index was most of the build's memory.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

from rdflib import Graph
from rdflib.paths import Path
from rdflib.store import Store
from rdflib.term import Node, URIRef

__all__ = ["CompactGraph", "CompactMemory"]

_Triple = tuple[Node, Node, Node]
RDF_VALUE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#value")
_Values = Node | dict[Node, None]
"""One value as it is, or several as the keys of an insertion-ordered dict."""
_Index = dict[Node, dict[Node, _Values]]


class CompactMemory(Store):
    """Triples in a subject-predicate-object and a predicate-object-subject index, and their count."""

    context_aware = False
    formula_aware = False
    transaction_aware = False

    def __init__(self, configuration: str | None = None, identifier: Node | None = None) -> None:
        super().__init__(configuration)
        self.identifier = identifier
        self._spo: _Index = {}
        self._pos: _Index = {}
        self._count = 0
        self._namespaces: dict[str, Node] = {}
        self._prefixes: dict[Node, str] = {}

    def add(self, triple: _Triple, context: Any, quoted: bool = False) -> None:
        subject, predicate, obj = triple
        if _put(self._spo.setdefault(subject, {}), predicate, obj):
            _put(self._pos.setdefault(predicate, {}), obj, subject)
            self._count += 1

    def remove(self, triple_pattern: Any, context: Any = None) -> None:
        for (subject, predicate, obj), _ in list(self.triples(triple_pattern)):
            _drop(self._spo[subject], predicate, obj)
            _drop(self._pos[predicate], obj, subject)
            self._count -= 1

    def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[tuple[_Triple, Iterator[Any]]]:
        for triple in self.matching(*triple_pattern):
            yield triple, iter(())

    def objects_of(self, subject: Node, predicate: Node) -> dict[Node, None] | tuple[Node, ...]:
        """The objects of (subject, predicate), in the order added, in one look-up."""
        return _each(self._spo.get(subject, {}).get(predicate))

    def subjects_of(self, predicate: Node, obj: Node) -> dict[Node, None] | tuple[Node, ...]:
        """The subjects of (predicate, object), in the order added, in one look-up."""
        return _each(self._pos.get(predicate, {}).get(obj))

    def matching(self, subject: Node | None, predicate: Node | None, obj: Node | None) -> Iterator[_Triple]:
        """The triples of a pattern (None is a wildcard), in the order they were added."""
        if subject is not None:
            by_predicate = self._spo.get(subject, {})
            predicates = [predicate] if predicate is not None else list(by_predicate)
            for p in predicates:
                objects = _each(by_predicate.get(p))
                if obj is not None:
                    if obj in objects:
                        yield subject, p, obj
                else:
                    for o in objects:
                        yield subject, p, o
        elif predicate is not None:
            by_object = self._pos.get(predicate, {})
            values = [obj] if obj is not None else list(by_object)
            for o in values:
                for s in _each(by_object.get(o)):
                    yield s, predicate, o
        elif obj is not None:
            for p, by_object in self._pos.items():
                for s in _each(by_object.get(obj)):
                    yield s, p, obj
        else:
            for s, by_predicate in self._spo.items():
                for p, held in by_predicate.items():
                    for o in _each(held):
                        yield s, p, o

    def subject_nodes(self) -> list[Node]:
        """Every subject, once each, in the order first added."""
        return list(self._spo)

    def pairs(self, subject: Node) -> list[tuple[Node, Node]]:
        """The (predicate, object) pairs of ``subject``, in one look-up instead of rdflib's per-triple layers."""
        return [(p, o) for p, held in self._spo.get(subject, {}).items() for o in _each(held)]

    def __len__(self, context: Any = None) -> int:
        return self._count

    def bind(self, prefix: str, namespace: Any, override: bool = True) -> None:
        if not override and (prefix in self._namespaces or namespace in self._prefixes):
            return
        old = self._namespaces.pop(prefix, None)
        if old is not None:
            self._prefixes.pop(old, None)
        old_prefix = self._prefixes.pop(namespace, None)
        if old_prefix is not None:
            self._namespaces.pop(old_prefix, None)
        self._namespaces[prefix] = namespace
        self._prefixes[namespace] = prefix

    def namespace(self, prefix: str) -> Any:
        return self._namespaces.get(prefix)

    def prefix(self, namespace: Any) -> str | None:
        return self._prefixes.get(namespace)

    def namespaces(self) -> Iterator[tuple[str, Any]]:
        yield from self._namespaces.items()


def _put(index: dict[Node, _Values], key: Node, value: Node) -> bool:
    """Hold ``value`` under ``key``; whether it was new."""
    held = index.get(key)
    if held is None:
        index[key] = value
        return True
    if isinstance(held, dict):
        if value in held:
            return False
        held[value] = None
        return True
    if held == value:
        return False
    index[key] = {held: None, value: None}
    return True


def _drop(index: dict[Node, _Values], key: Node, value: Node) -> None:
    """Remove ``value`` from under ``key`` (it is there)."""
    held = index[key]
    if not isinstance(held, dict):
        del index[key]
        return
    del held[value]
    if not held:
        del index[key]
    elif len(held) == 1:
        index[key] = next(iter(held))


def _each(held: _Values | None) -> dict[Node, None] | tuple[Node, ...]:
    """The values held under a key, in the order they were added (none for a missing key)."""
    if held is None:
        return ()
    return held if isinstance(held, dict) else (held,)


class CompactGraph(Graph):
    """An rdflib graph over ``CompactMemory`` whose pattern look-ups go straight to its indexes.

    The views, analytics and links ask for a node's objects or a value millions of times on a large
    corpus; through rdflib's generic layers (graph, store, context, generator) each costs several
    times the dictionary look-ups it needs. Answers and their order are the same as rdflib's own.
    Property paths and list arguments take rdflib's own way.
    """

    def __init__(self) -> None:
        super().__init__(store=CompactMemory())
        self._compact: CompactMemory = self.store  # type: ignore[assignment]  # the store made just above

    def triples(self, triple: Any) -> Generator[Any, None, None]:
        if isinstance(triple[1], Path):
            yield from super().triples(triple)
        else:
            yield from self._compact.matching(*triple)

    def objects(self, subject: Any = None, predicate: Any = None, unique: bool = False) -> Generator[Any, None, None]:
        if isinstance(subject, Node) and isinstance(predicate, Node) and not isinstance(predicate, Path):
            yield from self._compact.objects_of(subject, predicate)
        else:
            yield from super().objects(subject, predicate, unique)

    def subjects(
        self,
        predicate: Any = None,
        object: Any = None,
        unique: bool = False,
    ) -> Generator[Any, None, None]:
        if isinstance(object, Node) and isinstance(predicate, Node) and not isinstance(predicate, Path):
            yield from self._compact.subjects_of(predicate, object)
        else:
            yield from super().subjects(predicate, object, unique)

    def value(
        self,
        subject: Any = None,
        predicate: Any = RDF_VALUE,
        object: Any = None,
        default: Any = None,
        any: bool = True,
    ) -> Any:
        if any and isinstance(predicate, Node) and not isinstance(predicate, Path):
            if isinstance(subject, Node) and object is None:
                return next(iter(self._compact.objects_of(subject, predicate)), default)
            if isinstance(object, Node) and subject is None:
                return next(iter(self._compact.subjects_of(predicate, object)), default)
        return super().value(subject, predicate, object, default, any)

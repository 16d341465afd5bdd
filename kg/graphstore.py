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

from collections.abc import Iterator
from typing import Any

from rdflib.store import Store
from rdflib.term import Node

__all__ = ["CompactMemory"]

_Triple = tuple[Node, Node, Node]
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
        for triple in self._matching(*triple_pattern):
            yield triple, iter(())

    def _matching(self, subject: Node | None, predicate: Node | None, obj: Node | None) -> Iterator[_Triple]:
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

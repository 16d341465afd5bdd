"""Running SPARQL on a graph file, with pyoxigraph (fast) or rdflib (pure Python).

Both engines return the same ``QueryResult`` of plain ``Term`` values, so output does
not depend on which one ran. Values from users are passed as variable bindings,
never formatted into the query text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from kg.errors import GraphNotFoundError, QueryError
from kg.store import open_store

__all__ = ["XSD_STRING", "Engine", "QueryResult", "Term", "load_engine", "run_query"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True, slots=True)
class Term:
    """One RDF term of a result: ``kind`` is "uri", "literal" or "bnode"."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Variables and rows of a SELECT query, or the answer of an ASK query."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]
    boolean: bool | None = None


class Engine(Protocol):
    """What both engines offer."""

    name: str

    def query(self, text: str, bindings: Mapping[str, str]) -> QueryResult: ...


class _Oxigraph:
    name = "pyoxigraph"

    def __init__(self, path: Path) -> None:
        stored = open_store(path)  # the build's on-disk copy of exactly this file, when there is one
        if stored is not None:
            self._store = stored
            return
        self._store = ox.Store()
        try:
            self._store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, OSError) as err:
            raise QueryError(f"{path}: cannot be loaded as Turtle ({err})") from err

    def query(self, text: str, bindings: Mapping[str, str]) -> QueryResult:
        values: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): ox.Literal(v) for k, v in bindings.items()
        }
        try:
            result = self._store.query(text, substitutions=values)
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL query: {syntax_message(text, str(err))}") from err
        except (OSError, ValueError, RuntimeError) as err:
            raise QueryError(f"the query failed: {err}") from err
        if isinstance(result, ox.QueryBoolean):
            return QueryResult((), (), bool(result))
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(
                "only SELECT and ASK queries are answered here; CONSTRUCT results are graphs (use kg export)"
            )
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_from_ox(s[v]) for v in variables) for s in result)
        return QueryResult(variables, rows)


_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_PROLOGUE = re.compile(r"\s*(?:(?:#[^\n]*\n|PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", re.IGNORECASE)
_POSITION = re.compile(r"error at (\d+):(\d+)")


def syntax_message(text: str, message: str) -> str:
    """The parser's message with what a user needs to fix the query: the word that is not a query
    form ("SELEC"), or else the line, column and the words around that place."""
    start = _PROLOGUE.match(text)
    first = re.match(r"\w+", text[start.end() if start else 0 :])
    if first is not None and first.group().upper() not in _FORMS:
        return f"the query starts with {first.group()!r}, not one of {', '.join(_FORMS)} ({message})"
    where = _POSITION.search(message)
    if where is None:
        return message
    line, column = int(where.group(1)), int(where.group(2))
    lines = text.splitlines() or [""]
    row = lines[min(line, len(lines)) - 1]
    around = row[max(column - 13, 0) : column + 7].strip()
    near = f" near {around!r}" if around else ""
    return f"line {line}, column {column}{near}: {message.split(': ', 1)[-1]}"


def _from_ox(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return Term("literal", term.value, term.datatype.value, term.language)
    return Term("literal", str(term))


class _Rdflib:
    name = "rdflib"

    def __init__(self, path: Path) -> None:
        from rdflib import Graph

        try:
            self._graph = Graph().parse(path, format="turtle")
        except Exception as err:
            raise QueryError(f"{path}: cannot be loaded as Turtle ({err})") from err

    def query(self, text: str, bindings: Mapping[str, str]) -> QueryResult:
        from pyparsing import ParseException
        from rdflib import BNode, Literal, URIRef

        try:
            result = self._graph.query(text, initBindings={k: Literal(v) for k, v in bindings.items()})
        except ParseException as err:
            raise QueryError(f"malformed SPARQL query: {err}") from err
        if result.type == "ASK":
            return QueryResult((), (), bool(result.askAnswer))
        if result.type != "SELECT":
            raise QueryError(
                "only SELECT and ASK queries are answered here; CONSTRUCT results are graphs (use kg export)"
            )
        variables = tuple(str(v) for v in result.vars or ())

        def convert(node: object) -> Term | None:
            if node is None:
                return None
            if isinstance(node, URIRef):
                return Term("uri", str(node))
            if isinstance(node, BNode):
                return Term("bnode", str(node))
            if isinstance(node, Literal):
                datatype = str(node.datatype) if node.datatype else (None if node.language else XSD_STRING)
                return Term("literal", str(node), datatype, node.language)
            return Term("literal", str(node))

        rows = tuple(tuple(convert(row.asdict().get(v)) for v in variables) for row in result)  # type: ignore[union-attr]  # SELECT rows are ResultRows
        return QueryResult(variables, rows)


def load_engine(path: Path, prefer: str | None = None) -> Engine:
    """An engine holding the Turtle graph at ``path``: pyoxigraph unless ``prefer`` is "rdflib"."""
    if not path.is_file():
        raise GraphNotFoundError(f"{path}: no such graph file; run `kg build` first or pass --graph")
    if prefer not in (None, "pyoxigraph", "rdflib"):
        raise QueryError(f"unknown engine {prefer!r}; choose auto, pyoxigraph or rdflib")
    return _Rdflib(path) if prefer == "rdflib" else _Oxigraph(path)


def run_query(engine: Engine, text: str, bindings: Mapping[str, str] | None = None) -> QueryResult:
    """Run a query with ``bindings`` substituted for its variables (values as plain literals)."""
    return engine.query(text, bindings or {})

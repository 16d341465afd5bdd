"""Running SPARQL over a built graph and formatting the results.

Queries run on pyoxigraph (fast on large graphs). Values from the user are passed as
bindings, never formatted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphNotFoundError, QueryError

__all__ = ["FORMATS", "QueryResult", "format_result", "load_store", "run_query"]

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Variable names and rows of a SELECT (or ASK, as one boolean row) query."""

    variables: tuple[str, ...]
    rows: tuple[tuple[ox.NamedNode | ox.Literal | ox.BlankNode | None, ...], ...]


def load_store(graph_path: Path) -> ox.Store:
    """An in-memory Oxigraph store holding the Turtle file ``graph_path``."""
    if not graph_path.is_file():
        raise GraphNotFoundError(f"{graph_path}: no such graph file; run `kg build` first or pass --graph")
    store = ox.Store()
    try:
        store.bulk_load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as err:
        raise QueryError(f"{graph_path}: not valid Turtle ({err})") from err
    return store


def run_query(store: ox.Store, query: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a SELECT or ASK query; ``bindings`` substitute variables with plain literals."""
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): ox.Literal(v) for k, v in (bindings or {}).items()
    }
    try:
        result = store.query(query, substitutions=substitutions)
    except SyntaxError as err:
        raise QueryError(f"malformed SPARQL query: {err}") from err
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(("ask",), ((ox.Literal(str(bool(result)).lower()),),))
    if isinstance(result, ox.QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(solution[v] for v in variables) for solution in result)
        return QueryResult(variables, rows)
    raise QueryError("only SELECT and ASK queries are supported here; use `kg export` for graphs")


def _plain(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    return str(term.value)


def format_result(result: QueryResult, fmt: str) -> str:
    """Render as an aligned ``table``, ``csv`` or SPARQL 1.1 results ``json``."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([_plain(t) for t in row] for row in result.rows)
        return buffer.getvalue()
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        return (
            json.dumps(
                {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    cells = [list(result.variables)] + [[_plain(t) for t in row] for row in result.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.variables))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _json_term(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out

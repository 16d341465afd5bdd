"""A small Python API for notebooks: load a built graph, query it, get DataFrames.

Example (in a notebook, after ``kg build``)::

    from kg import KnowledgeGraph
    kg = KnowledgeGraph.load("graphs/kg.ttl")
    kg.dataframe("person", person="Yuan Jiajun")

Queries may be inline SPARQL, a ``.rq`` file or a name from the query library;
keyword arguments are parameters, bound as variables, never pasted into the text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.sparql import Engine, NamedQuery, QueryResult, Term, load_engine, named_queries, run_query
from kg.sparql.library import resolve_query

if TYPE_CHECKING:
    import pandas

__all__ = ["KnowledgeGraph", "python_value"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_FLOATS = {f"{_XSD}{t}" for t in ("double", "float", "decimal")}


def python_value(term: Term | None) -> object:
    """A result term as a plain Python value: int, float, bool, date or str (None when unbound)."""
    if term is None:
        return None
    if term.kind != "literal" or term.datatype is None:
        return term.value
    try:
        if term.datatype in _INTEGERS:
            return int(term.value)
        if term.datatype in _FLOATS:
            return float(term.value)
        if term.datatype == f"{_XSD}boolean":
            return term.value in ("true", "1")
        if term.datatype == f"{_XSD}date":
            return dt.date.fromisoformat(term.value)
    except ValueError:
        return term.value
    return term.value


class KnowledgeGraph:
    """A built graph, loaded once and queried many times."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def load(cls, path: str | Path = "graphs/kg.ttl", engine: str = "auto") -> KnowledgeGraph:
        """Load a Turtle graph (pyoxigraph unless ``engine="rdflib"``)."""
        return cls(load_engine(Path(path), None if engine == "auto" else engine))

    @staticmethod
    def named_queries() -> dict[str, NamedQuery]:
        """The query library, by name."""
        return named_queries()

    def query(self, query: str, **params: str) -> QueryResult:
        """Run inline SPARQL, a .rq file or a named query with ``params``."""
        text, bindings = resolve_query(query, [f"{k}={v}" for k, v in params.items()])
        return run_query(self.engine, text, bindings)

    def records(self, query: str, **params: str) -> list[dict[str, object]]:
        """Result rows as dicts of plain Python values."""
        result = self.query(query, **params)
        return [{v: python_value(t) for v, t in zip(result.variables, row, strict=True)} for row in result.rows]

    def dataframe(self, query: str, **params: str) -> pandas.DataFrame:
        """Result rows as a pandas DataFrame (``pip install pandas``, or ``readout-kg[notebook]``)."""
        try:
            import pandas
        except ImportError as err:
            raise KgError("dataframe() needs pandas: pip install pandas (or readout-kg[notebook])") from err
        result = self.query(query, **params)
        rows = [[python_value(t) for t in row] for row in result.rows]
        return pandas.DataFrame(rows, columns=list(result.variables))

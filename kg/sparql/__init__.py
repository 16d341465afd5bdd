"""SPARQL over a built graph: an engine, result formats, and a library of named queries."""

from kg.sparql.engine import Engine, QueryResult, Term, load_engine, run_query
from kg.sparql.library import NamedQuery, named_queries
from kg.sparql.results import FORMATS, format_result

__all__ = [
    "FORMATS",
    "Engine",
    "NamedQuery",
    "QueryResult",
    "Term",
    "format_result",
    "load_engine",
    "named_queries",
    "run_query",
]

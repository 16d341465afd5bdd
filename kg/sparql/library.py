"""Named queries shipped with the package (``kg/sparql/library/*.rq``).

Each file starts with ``# description`` and ``# params: name, ...`` comment lines;
parameters are variables of the query that ``--param name=value`` binds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError

__all__ = ["NamedQuery", "named_queries", "resolve_query"]

_FOLDER = Path(__file__).parent / "library"


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query of the library: name, one-line description, parameter names and text."""

    name: str
    description: str
    params: tuple[str, ...]
    text: str


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Every named query by name, in name order."""
    found = {}
    for path in sorted(_FOLDER.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        header = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        params = next((h.split(":", 1)[1] for h in header if h.startswith("params:")), "")
        description = next((h for h in header if not h.startswith("params:")), "")
        found[path.stem] = NamedQuery(
            path.stem, description, tuple(p.strip() for p in params.split(",") if p.strip()), text
        )
    return found


def resolve_query(query: str | None, params: list[str]) -> tuple[str, dict[str, str]]:
    """The query text and bindings for a query given inline, as a .rq file, or by name.

    ``params`` are ``name=value`` strings; a named query says which it needs.
    """
    if not query:
        raise QueryError("give a query, a .rq file or a named query (kg query --list)")
    bindings = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param takes name=value, not {item!r}")
        bindings[name.strip()] = value
    if query in named_queries():
        named = named_queries()[query]
        missing = [p for p in named.params if p not in bindings]
        unknown = [p for p in bindings if p not in named.params]
        if missing or unknown:
            wanted = ", ".join(named.params) or "none"
            raise QueryError(f"query {query!r} takes parameters: {wanted} (missing: {missing}, unknown: {unknown})")
        return named.text, bindings
    path = Path(query)
    if len(query) < 4096 and path.suffix in {".rq", ".sparql"}:
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8"), bindings
    if len(query.split()) == 1 and not query.lstrip().upper().startswith(("SELECT", "ASK", "PREFIX", "BASE")):
        raise QueryError(f"no named query {query!r}; choose one of {', '.join(named_queries())}")
    return query, bindings

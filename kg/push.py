"""``kg push``: load the built graph into a SPARQL 1.1 Graph Store Protocol endpoint.

Fuseki, GraphDB, Oxigraph and Virtuoso all accept an HTTP PUT of Turtle to their
graph store URL with ``?graph=IRI`` (or ``?default``), which replaces that graph:
pushing twice leaves one copy, not two.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import GraphNotFoundError, KgError

__all__ = ["push_graph"]


def push_graph(graph: Path, endpoint: str, graph_iri: str | None = None, timeout: float = 300.0) -> int:
    """PUT the Turtle file ``graph`` into ``endpoint``; return the HTTP status."""
    if not graph.is_file():
        raise GraphNotFoundError(f"{graph}: no such graph file; run `kg build` first or pass --graph")
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"{endpoint!r} is not an http(s) URL of a graph store (e.g. http://localhost:7878/store)")
    target = {"graph": graph_iri} if graph_iri else {"default": ""}
    query = urllib.parse.urlencode(target).removesuffix("=")
    url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
    request = urllib.request.Request(
        url, data=graph.read_bytes(), method="PUT", headers={"Content-Type": "text/turtle; charset=utf-8"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", "replace")[:500]
        raise KgError(f"{url}: the graph store answered {err.code} {err.reason}: {detail}") from err
    except urllib.error.URLError as err:
        raise KgError(f"{url}: cannot reach the graph store ({err.reason})") from err

"""``kg push``: load the built graph into a SPARQL 1.1 Graph Store Protocol endpoint.

Fuseki, GraphDB, Oxigraph and Virtuoso all accept an HTTP PUT of Turtle to their
graph store URL with ``?graph=IRI`` (or ``?default``), which replaces that graph:
pushing twice leaves one copy, not two. The file is streamed in chunks, the client
gives up on a store that does not connect or answer within its time limits, and every
failure is one line naming the URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from kg.errors import GraphNotFoundError, KgError

__all__ = ["push_graph", "store_url"]

_CHUNK = 1 << 20


def store_url(endpoint: str, graph_iri: str | None) -> str:
    """The PUT target: the endpoint with its own query kept and ``graph=IRI`` (or ``default``) added.

    >>> store_url("http://localhost:7878/store?token=abc", "urn:g")
    'http://localhost:7878/store?token=abc&graph=urn%3Ag'
    """
    try:
        parts = urlsplit(endpoint)
        parts.port  # noqa: B018 - reading it validates the port
    except ValueError as err:
        raise KgError(f"{endpoint!r} is not a valid URL ({err})") from err
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KgError(f"{endpoint!r} is not an http(s) URL of a graph store (e.g. http://localhost:7878/store)")
    own = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("graph", "default")]
    )
    target = urlencode({"graph": graph_iri}) if graph_iri else "default"
    return urlunsplit((parts.scheme, parts.netloc, parts.path, f"{own}&{target}" if own else target, ""))


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


def push_graph(
    graph: Path, endpoint: str, graph_iri: str | None = None, timeout: float = 300.0, connect_timeout: float = 10.0
) -> int:
    """PUT the Turtle file ``graph`` into ``endpoint``; return the HTTP status."""
    if not graph.is_file():
        raise GraphNotFoundError(f"{graph}: no such graph file; run `kg build` first or pass --graph")
    url = store_url(endpoint, graph_iri)
    limits = httpx.Timeout(timeout, connect=connect_timeout)
    headers = {"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(graph.stat().st_size)}
    try:
        response = httpx.put(url, content=_chunks(graph), headers=headers, timeout=limits)
    except httpx.TimeoutException as err:
        raise KgError(f"{url}: the graph store did not answer in time ({type(err).__name__}); is it running?") from err
    except httpx.HTTPError as err:
        raise KgError(f"{url}: cannot reach the graph store ({err})") from err
    if response.status_code >= 400:
        detail = response.text[:500]
        raise KgError(f"{url}: the graph store answered {response.status_code} {response.reason_phrase}: {detail}")
    return response.status_code

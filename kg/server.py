"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph.

It listens on 127.0.0.1 only, served by uvicorn and Starlette (``http.server`` says of
itself that it is not for this). Requests naming another host (DNS rebinding) or coming
from another site's page (an ``Origin`` that is not this server) are refused, bodies are
capped, and malformed requests get 400 from the HTTP stack.

Queries run in a small pool of worker processes: several at once, each with its own
time limit, and a worker that passes its limit or fails in any way is killed and
replaced, so one query can neither block nor break the others. Whether a query asks for
``SERVICE`` (an outbound request) or is an update is read from its parsed algebra, not
from its text. Results come as JSON, XML, CSV or TSV by ``Accept``.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import uvicorn
from rdflib.plugins.sparql import algebra, parser
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import KgError, QueryError
from kg.sparql import format_result, load_engine, named_queries, run_query
from kg.sparql.results import MEDIA_TYPES
from kg.views.render import render_page

__all__ = ["EndpointServer", "QueryService", "make_app", "make_server", "refuse_reason"]

MAX_BODY_BYTES = 1_000_000
"""Largest query a client may send (GET or POST); larger requests get 413."""
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
_BY_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "table",
}


def refuse_reason(query: str) -> str | None:
    """Why the endpoint will not run ``query`` (an update, SERVICE, or not a query), or None.

    The decision is made on the query's algebra as rdflib parses it (escapes expanded,
    strings and comments already told apart), never on its text.
    """
    try:
        tree = algebra.translateQuery(parser.parseQuery(query))
    except Exception as query_error:  # noqa: BLE001 - any parse failure: is it an update, or malformed?
        try:
            parser.parseUpdate(query)
        except Exception:  # noqa: BLE001 - neither a query nor an update
            return f"malformed SPARQL query: {query_error}"
        return "updates are refused: this endpoint is read-only"
    if any(getattr(node, "name", None) == "ServiceGraphPattern" for node in _nodes(tree.algebra)):
        return "SERVICE is refused: this endpoint makes no outbound requests"
    return None


def _nodes(node: object) -> Iterator[object]:
    """Every node of an algebra tree (rdflib's CompValue is a dict of parts)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list | tuple | set):
            stack.extend(current)


def _worker(graph: str, pipe: Connection) -> None:
    try:
        engine = load_engine(Path(graph))
    except KgError as err:
        pipe.send(("error", str(err)))
        return
    pipe.send(("ready", ""))
    while True:
        query, fmt = pipe.recv()
        try:
            pipe.send(("ok", format_result(run_query(engine, query), fmt)))
        except KgError as err:
            pipe.send(("error", str(err)))
        except Exception as err:  # noqa: BLE001 - the worker must answer, whatever the engine raised
            pipe.send(("error", f"the query failed: {type(err).__name__}: {err}"))


@dataclass
class _Worker:
    process: BaseProcess
    pipe: Connection


@dataclass
class QueryService:
    """Runs queries in a pool of worker processes, each query with a time limit."""

    graph: Path
    timeout: float = 10.0
    workers: int = 2
    _idle: queue.Queue[_Worker] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._context = mp.get_context("spawn")
        self._idle = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        for _ in range(self.workers):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        """Start a worker and wait until it has loaded the graph, so the time limit covers queries only."""
        pipe, child = self._context.Pipe()
        process = self._context.Process(target=_worker, args=(str(self.graph), child), daemon=True)
        process.start()
        status, message = pipe.recv()
        if status != "ready":
            process.kill()
            raise KgError(message)
        worker = _Worker(process, pipe)
        with self._lock:
            self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.process.kill()
        worker.process.join()
        with self._lock:
            self._all.remove(worker)
        return self._start()

    def run(self, query: str, fmt: str) -> str:
        """The formatted result; ``QueryError`` for a bad query, ``TimeoutError`` past the limit or when busy."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty as err:
            raise TimeoutError(f"every query worker stayed busy for {self.timeout:g} s; try again") from err
        try:
            try:
                worker.pipe.send((query, fmt))
                answered = worker.pipe.poll(self.timeout)
                status, text = worker.pipe.recv() if answered else ("timeout", "")
            except (EOFError, OSError) as err:  # the worker died: replace it, tell the client
                worker = self._replace(worker)
                raise QueryError(f"the query worker failed ({type(err).__name__}); it was restarted") from err
            if status == "timeout":
                worker = self._replace(worker)
                raise TimeoutError(f"the query took longer than {self.timeout:g} s and was stopped")
        finally:
            self._idle.put(worker)
        if status != "ok":
            raise QueryError(text)
        return str(text)

    def close(self) -> None:
        """Stop every worker process."""
        with self._lock:
            for worker in self._all:
                worker.process.kill()
                worker.process.join()
            self._all.clear()


def _negotiate(accept: str, explicit: str | None) -> str | None:
    """The result format for an Accept header (or an explicit ?format=), None if none fits."""
    if explicit:
        return explicit if explicit in MEDIA_TYPES else None
    ranked = []
    for index, part in enumerate(p.strip() for p in (accept or "*/*").split(",")):
        media, _, params = part.partition(";")
        weight = re.search(r"q=([^;,\s]*)", params)
        try:
            q = float(weight.group(1)) if weight else 1.0
        except ValueError:
            q = 0.0  # a malformed weight ("q=1.2.3") ranks last rather than failing the request
        ranked.append((-q, index, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in _BY_MEDIA:
            return _BY_MEDIA[media]
        if media in ("*/*", "application/*"):
            return "json"
    return None


def _text(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


def _host_name(value: str) -> str:
    """The host of a Host header or Origin ("127.0.0.1:7070" -> "127.0.0.1", "[::1]:80" -> "[::1]")."""
    if "//" in value:
        value = urlsplit(value).netloc
    if value.startswith("["):
        return value[: value.find("]") + 1]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def make_app(service: QueryService) -> Starlette:
    """The endpoint as an ASGI application."""

    async def answer(request: Request, query: str | None, explicit: str | None) -> Response:
        if not query:
            return _text(400, "missing 'query' parameter")
        reason = refuse_reason(query)
        if reason is not None:
            return _text(400 if reason.startswith("malformed") else 403, reason)
        fmt = _negotiate(request.headers.get("accept", ""), explicit)
        if fmt is None:
            return _text(406, f"supported: {', '.join(sorted(_BY_MEDIA))}")
        try:
            body = await run_in_threadpool(service.run, query, fmt)
        except QueryError as err:
            return _text(400, str(err))
        except TimeoutError as err:
            return _text(503, str(err))
        return Response(body, media_type=f"{MEDIA_TYPES[fmt]}; charset=utf-8", headers={"Vary": "Accept"})

    async def sparql(request: Request) -> Response:
        if request.method == "GET":
            if len(request.url.query) > MAX_BODY_BYTES:
                return _text(413, f"the query is over {MAX_BODY_BYTES:,} bytes")
            params = parse_qs(request.url.query)
            if request.url.path in ("/", "/index.html") and "query" not in params:
                examples = [(q.name, q.description, q.text) for q in named_queries().values() if not q.params]
                return HTMLResponse(render_page("query.html", graph=service.graph.name, examples=examples))
            return await answer(request, params.get("query", [None])[0], params.get("format", [None])[0])
        data = await _body(request)
        if data is None:
            return _text(413, f"the request body is over {MAX_BODY_BYTES:,} bytes")
        body = data.decode("utf-8", "replace")
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return _text(403, "updates are refused: this endpoint is read-only")
        if media == "application/sparql-query":
            return await answer(request, body, None)
        form = parse_qs(body)
        if "update" in form:
            return _text(403, "updates are refused: this endpoint is read-only")
        return await answer(request, form.get("query", [None])[0], form.get("format", [None])[0])

    async def not_found(request: Request) -> Response:
        return _text(404, "the endpoint is /sparql")

    app = Starlette(
        routes=[
            Route("/", sparql, methods=["GET", "POST"]),
            Route("/index.html", sparql, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/{path:path}", not_found, methods=["GET", "POST"]),
        ]
    )
    app.add_middleware(_Guard)
    return app


async def _body(request: Request) -> bytes | None:
    """The request body, or None once it passes ``MAX_BODY_BYTES`` (read no further)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


class _Guard:
    """Refuse what no local SPARQL client sends: another Host, another site's Origin, a write method."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = None
        if _host_name(headers.get("host", "")) not in _LOOPBACK:
            refusal = _text(400, "this endpoint answers only requests addressed to 127.0.0.1 or localhost")
        elif "origin" in headers and _host_name(headers["origin"]) not in _LOOPBACK:
            refusal = _text(403, "requests from other sites' pages are refused")
        elif scope["method"] not in ("GET", "POST", "HEAD"):
            refusal = _text(405, "read-only endpoint")
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)


class EndpointServer:
    """uvicorn serving the endpoint on 127.0.0.1, in this thread or a background one."""

    def __init__(self, service: QueryService, port: int) -> None:
        config = uvicorn.Config(
            make_app(service),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan="off",
            h11_max_incomplete_event_size=MAX_BODY_BYTES + 16_384,
            timeout_keep_alive=5,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port listened on (the one picked when 0 was asked for)."""
        sockets = self._server.servers[0].sockets if self._server.servers else []
        return int(sockets[0].getsockname()[1]) if sockets else self._server.config.port

    def serve_forever(self) -> None:
        """Serve in this thread until stopped (Ctrl-C or ``shutdown``)."""
        self._server.run()

    def start(self) -> None:
        """Serve in a background thread; return once the socket is listening."""
        pause = threading.Event()
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        while not self._server.started and self._thread.is_alive():
            pause.wait(0.01)  # uvicorn's own 'started' flag is the signal; this only paces the check
        if not self._server.started:
            raise KgError("the endpoint could not start (is the port in use?)")

    def shutdown(self) -> None:
        """Stop serving and wait for the server to finish."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join()


def make_server(service: QueryService, port: int) -> EndpointServer:
    """An endpoint server on 127.0.0.1:``port`` (0 picks a free port)."""
    return EndpointServer(service, port)

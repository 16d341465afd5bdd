"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a built graph.

It listens on 127.0.0.1 only. Queries (GET or POST) run in a worker process that is
killed and restarted when a query passes the time limit, since a thread cannot be
stopped. Updates and ``SERVICE`` (which would make the server fetch other sites) are
refused before anything runs. Results come as JSON, XML, CSV or TSV by ``Accept``.
"""

from __future__ import annotations

import multiprocessing as mp
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from kg.errors import KgError, QueryError
from kg.sparql import format_result, load_engine, run_query
from kg.sparql.results import MEDIA_TYPES
from kg.views.render import render_page

__all__ = ["QueryService", "make_server", "refuse_reason"]

_SERVICE = re.compile(r"(?<![?$:\w])SERVICE\b", re.IGNORECASE)
_LITERALS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>\s]*>|#[^\n]*'
)
_UPDATE = re.compile(r"(?<![?$:\w])(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.IGNORECASE)
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
    """Why the endpoint will not run ``query`` (an update or SERVICE), or None."""
    code = _LITERALS.sub(" ", query)
    if _SERVICE.search(code):
        return "SERVICE is refused: this endpoint makes no outbound requests"
    if _UPDATE.search(code):
        return "updates are refused: this endpoint is read-only"
    return None


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


@dataclass
class QueryService:
    """Runs queries in one worker process with a time limit per query."""

    graph: Path
    timeout: float = 10.0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._context = mp.get_context("spawn")
        self._start()

    def _start(self) -> None:
        """Start a worker and wait until it has loaded the graph, so the time limit covers queries only."""
        self._pipe, child = self._context.Pipe()
        self._process = self._context.Process(target=_worker, args=(str(self.graph), child), daemon=True)
        self._process.start()
        status, message = self._pipe.recv()
        if status != "ready":
            self.close()
            raise KgError(message)

    def run(self, query: str, fmt: str) -> str:
        """The formatted result; ``QueryError`` for a bad query, ``TimeoutError`` past the limit."""
        with self._lock:
            self._pipe.send((query, fmt))
            if not self._pipe.poll(self.timeout):
                self._process.kill()
                self._process.join()
                self._start()
                raise TimeoutError(f"the query took longer than {self.timeout:g} s and was stopped")
            status, text = self._pipe.recv()
        if status != "ok":
            raise QueryError(text)
        return str(text)

    def close(self) -> None:
        """Stop the worker process."""
        self._process.kill()
        self._process.join()


def _negotiate(accept: str, explicit: str | None) -> str | None:
    """The result format for an Accept header (or an explicit ?format=), None if none fits."""
    if explicit:
        return explicit if explicit in MEDIA_TYPES else None
    ranked = []
    for index, part in enumerate(p.strip() for p in (accept or "*/*").split(",")):
        media, _, params = part.partition(";")
        q = float(m.group(1)) if (m := re.search(r"q=([\d.]+)", params)) else 1.0
        ranked.append((-q, index, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in _BY_MEDIA:
            return _BY_MEDIA[media]
        if media in ("*/*", "application/*"):
            return "json"
    return None


def make_server(service: QueryService, port: int) -> ThreadingHTTPServer:
    """An HTTP server on 127.0.0.1:``port`` (0 picks a free port) answering with ``service``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "readout-kg"

        def log_message(self, format: str, *args: object) -> None:
            return

        def _send(self, status: int, body: str, media: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{media}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Vary", "Accept")
            self.end_headers()
            self.wfile.write(data)

        def _answer(self, query: str | None, explicit: str | None) -> None:
            if not query:
                self._send(HTTPStatus.BAD_REQUEST, "missing 'query' parameter\n", "text/plain")
                return
            reason = refuse_reason(query)
            if reason:
                self._send(HTTPStatus.FORBIDDEN, reason + "\n", "text/plain")
                return
            fmt = _negotiate(self.headers.get("Accept", ""), explicit)
            if fmt is None:
                self._send(HTTPStatus.NOT_ACCEPTABLE, f"supported: {', '.join(sorted(_BY_MEDIA))}\n", "text/plain")
                return
            try:
                self._send(HTTPStatus.OK, service.run(query, fmt), MEDIA_TYPES[fmt])
            except QueryError as err:
                self._send(HTTPStatus.BAD_REQUEST, f"{err}\n", "text/plain")
            except TimeoutError as err:
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"{err}\n", "text/plain")

        def do_GET(self) -> None:
            url = urlparse(self.path)
            params = parse_qs(url.query)
            if url.path in ("/", "/index.html") and "query" not in params:
                self._send(HTTPStatus.OK, render_page("query.html", graph=service.graph.name), "text/html")
            elif url.path in ("/", "/sparql"):
                self._answer(params.get("query", [None])[0], params.get("format", [None])[0])
            else:
                self._send(HTTPStatus.NOT_FOUND, "the endpoint is /sparql\n", "text/plain")

        def do_POST(self) -> None:
            if urlparse(self.path).path not in ("/", "/sparql"):
                self._send(HTTPStatus.NOT_FOUND, "the endpoint is /sparql\n", "text/plain")
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media == "application/sparql-update":
                self._send(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only\n", "text/plain")
            elif media == "application/sparql-query":
                self._answer(body, None)
            else:
                form = parse_qs(body)
                if "update" in form:
                    self._send(HTTPStatus.FORBIDDEN, "updates are refused: this endpoint is read-only\n", "text/plain")
                else:
                    self._answer(form.get("query", [None])[0], form.get("format", [None])[0])

        def _refuse_write(self) -> None:
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, "read-only endpoint\n", "text/plain")

        do_PUT = do_DELETE = do_PATCH = _refuse_write

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)

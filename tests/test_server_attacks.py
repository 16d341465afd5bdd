"""An attack on ``kg serve``: SERVICE in disguise, other hosts and sites, broken headers, slow and crashing queries."""

from __future__ import annotations

import http.client
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.pipeline import BuildReport
from kg.server import QueryService, make_server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def service(built: tuple[Path, BuildReport]) -> Iterator[QueryService]:
    running = QueryService(built[0] / "kg.ttl", timeout=3, workers=2)
    yield running
    running.close()


@pytest.fixture(scope="module")
def port(service: QueryService) -> Iterator[int]:
    server = make_server(service, 0)
    server.start()
    yield server.port
    server.shutdown()


class Listener:
    """A local TCP listener standing in for a site SERVICE would fetch: it must hear nothing."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


def _disguised_services(url: str) -> list[str]:
    """Fifty ways to write a SERVICE call (or an update) that a text filter might miss."""
    escaped = "".join(f"\\u{ord(c):04X}" for c in "SERVICE")
    bodies = [
        f"SERVICE <{url}> {{ ?s ?p ?o }}",
        f"service <{url}> {{ ?s ?p ?o }}",
        f"SeRvIcE SILENT <{url}> {{ ?s ?p ?o }}",
        f"\\u0053ERVICE <{url}> {{ ?s ?p ?o }}",
        f"{escaped} <{url}> {{ ?s ?p ?o }}",
        f"SERVICE#comment\n<{url}> {{ ?s ?p ?o }}",
        "SERVICE ex:endpoint { ?s ?p ?o }",
        f"{{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f'?x <urn:p> "a\\\\" . SERVICE <{url}> {{ ?s ?p ?o }} ?y <urn:p> "b"',
        f"?x <urn:p> 'a\\\\' . SERVICE <{url}> {{ ?s ?p ?o }}",
        f"OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"{{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }}",
        f"VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }}",
        f"GRAPH ?g {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SERVICE\t<{url}>\n{{ ?s ?p ?o }}",
        f"SERVICE/**/<{url}> {{ ?s ?p ?o }}".replace("/**/", " "),
        f"SERVICE <{url}?a=1#x> {{ ?s ?p ?o }}",
    ]
    queries = []
    for body in bodies:
        queries.append(f"PREFIX ex: <{url}#> SELECT * WHERE {{ {body} }}")
        queries.append(f"PREFIX ex: <{url}#> ASK {{ {body} }}")
    updates = [
        f"LOAD <{url}>",
        f"load silent <{url}> INTO GRAPH <urn:g>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "CLEAR ALL",
        "DROP SILENT DEFAULT",
        f"\\u004COAD <{url}>",
        "# comment\nINSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "CREATE GRAPH <urn:g>",
        "COPY DEFAULT TO <urn:g>",
    ]
    return queries + updates


def _get(port: int, query: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def _raw(port: int, request: bytes) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
        raw.sendall(request)
        data = raw.recv(4096)
    return data.split(b"\r\n", 1)[0].decode("latin-1")


def test_fifty_disguised_service_calls_and_updates_reach_nobody(port: int) -> None:
    listener = Listener()
    try:
        attacks = _disguised_services(listener.url)
        assert len(attacks) == 50
        for attack in attacks:
            status, body = _get(port, attack)
            assert status in (400, 403), (attack, status, body)
        assert listener.connections == 0
    finally:
        listener.close()


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Host": "evil.example"}, 400),
        ({"Host": "attacker.test:7070"}, 400),
        ({"Host": "localhost"}, 200),
        ({"Origin": "http://evil.example"}, 403),
        ({"Origin": "http://127.0.0.1:7070"}, 200),
        ({"Accept": "application/json;q=1.2.3"}, 200),
    ],
)
def test_hosts_and_origins_other_than_this_machine_are_refused(port: int, headers: dict[str, str], status: int) -> None:
    assert _get(port, COUNT, headers)[0] == status


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n", "400"),
        (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n", "400"),
        (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n", "413"),
        (b"PUT /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n", "405"),
    ],
)
def test_malformed_and_oversized_requests_get_an_answer(port: int, request_bytes: bytes, status: str) -> None:
    assert status in _raw(port, request_bytes)


def test_a_long_get_query_is_answered(port: int) -> None:
    padding = "#" + "x" * 70_000 + "\n"
    assert _get(port, padding + COUNT)[0] == 200


def test_a_slow_query_does_not_hold_up_a_fast_one(port: int) -> None:
    slow_done = threading.Event()
    slow_status: list[int] = []

    def slow() -> None:
        slow_status.append(_get(port, SLOW)[0])
        slow_done.set()

    thread = threading.Thread(target=slow)
    thread.start()
    fast_status, _ = _get(port, COUNT)
    fast_finished_first = not slow_done.is_set()
    thread.join()
    assert fast_status == 200 and fast_finished_first
    assert slow_status == [503]


def test_a_worker_that_dies_is_replaced(port: int, service: QueryService) -> None:
    for worker in list(service._all):
        worker.process.kill()
    statuses = [_get(port, COUNT)[0] for _ in range(4)]
    assert statuses[-2:] == [200, 200]
    assert set(statuses) <= {200, 400}

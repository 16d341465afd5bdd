"""``kg push`` says what happened: bad URLs, silent stores and the endpoint's own query string."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.push import push_graph, store_url


@pytest.mark.parametrize(
    ("endpoint", "message"),
    [
        ("http://[::1", "not a valid URL"),
        ("http://localhost:99999/store", "not a valid URL"),
        ("ftp://example.org/store", r"not an http\(s\) URL"),
        ("localhost:7878/store", r"not an http\(s\) URL"),
    ],
)
def test_a_bad_url_is_a_one_line_message(tmp_path: Path, endpoint: str, message: str) -> None:
    graph = tmp_path / "kg.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    with pytest.raises(KgError, match=message) as caught:
        push_graph(graph, endpoint)
    assert "\n" not in str(caught.value)


def test_the_endpoints_own_query_string_is_kept() -> None:
    assert store_url("http://h:1/store?token=t&graph=old", "urn:g") == "http://h:1/store?token=t&graph=urn%3Ag"
    assert store_url("http://h:1/store?token=t", None) == "http://h:1/store?token=t&default"


@pytest.fixture
def silent_store() -> Iterator[str]:
    """A server that accepts connections and reads requests but never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/store"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def test_a_store_that_never_answers_is_given_up_on(tmp_path: Path, silent_store: str) -> None:
    graph = tmp_path / "kg.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    with pytest.raises(KgError, match="did not answer in time"):
        push_graph(graph, silent_store, timeout=0.5)

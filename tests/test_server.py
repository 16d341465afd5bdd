"""``kg serve`` answers SPARQL clients over HTTP on loopback and refuses what it must."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.pipeline import BuildReport
from kg.server import QueryService, make_server, refuse_reason
from tests.conftest import SEED_COUNT

COUNT = "PREFIX kg: <https://w3id.org/readout-kg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?m a kg:Meeting }"


@pytest.fixture(scope="module")
def endpoint(built: tuple[Path, BuildReport]) -> Iterator[str]:
    service = QueryService(built[0] / "kg.ttl", timeout=3)
    server = make_server(service, 0)
    server.start()
    yield f"http://127.0.0.1:{server.port}/sparql"
    server.shutdown()
    service.close()


def _get(url: str, query: str, accept: str) -> tuple[int, str, str]:
    request = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode()


def _post(url: str, body: bytes, media: str) -> int:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": media})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


@pytest.mark.parametrize(
    ("accept", "media", "expected"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", f'"value": "{SEED_COUNT}"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", f">{SEED_COUNT}</literal>"),
        ("text/csv", "text/csv", f"n\r\n{SEED_COUNT}"),
        ("text/tab-separated-values", "text/tab-separated-values", f'"{SEED_COUNT}"^^'),
        ("text/html;q=0.9, */*;q=0.1", "application/sparql-results+json", f'"{SEED_COUNT}"'),
    ],
)
def test_results_by_accept(endpoint: str, accept: str, media: str, expected: str) -> None:
    status, content_type, body = _get(endpoint, COUNT, accept)
    assert status == 200 and content_type.startswith(media) and expected in body


def test_query_by_post(endpoint: str) -> None:
    assert _post(endpoint, COUNT.encode(), "application/sparql-query") == 200
    assert (
        _post(endpoint, urllib.parse.urlencode({"query": COUNT}).encode(), "application/x-www-form-urlencoded") == 200
    )


def test_a_sparql_client_reads_the_endpoint(endpoint: str) -> None:
    remote = Graph(store=SPARQLStore(query_endpoint=endpoint, returnFormat="json"))
    rows = list(remote.query(COUNT))
    assert int(rows[0][0]) == SEED_COUNT  # type: ignore[index]  # a SELECT row


def test_updates_are_refused(endpoint: str) -> None:
    update = b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert _post(endpoint, update, "application/sparql-update") == 403
    assert (
        _post(endpoint, urllib.parse.urlencode({"update": update}).encode(), "application/x-www-form-urlencoded") == 403
    )
    status, _, body = _get(endpoint, COUNT, "application/json")
    assert status == 200 and f'"{SEED_COUNT}"' in body  # the graph is unchanged


def test_service_is_refused_without_any_request(endpoint: str) -> None:
    status, _, body = _get(endpoint, "SELECT * WHERE { SERVICE <http://127.0.0.2:9/sparql> { ?s ?p ?o } }", "*/*")
    assert status == 403 and "SERVICE" in body


@pytest.mark.parametrize(
    ("query", "refused"),
    [
        ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
        ("select * where { service silent <http://x/> { ?s ?p ?o } }", True),
        ('SELECT ?service WHERE { ?s <urn:p> "a SERVICE in a string" }  # SERVICE in a comment', False),
        ("PREFIX ex: <urn:ex:> SELECT * WHERE { ?s ex:service ?o }", False),
        ("DELETE WHERE { ?s ?p ?o }", True),
    ],
)
def test_refusal_reads_keywords_not_strings(query: str, refused: bool) -> None:
    assert (refuse_reason(query) is not None) is refused


def test_malformed_query_is_a_400_with_the_parser_message(endpoint: str) -> None:
    status, _, body = _get(endpoint, "SELECT WHERE {", "application/json")
    assert status == 400 and "malformed SPARQL query" in body


def test_a_query_past_the_time_limit_is_stopped_and_the_server_recovers(endpoint: str) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = _get(endpoint, slow, "application/json")
    assert status == 503 and "stopped" in body
    status, _, body = _get(endpoint, COUNT, "application/json")
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(SEED_COUNT)


def test_query_page_works_offline(endpoint: str) -> None:
    with urllib.request.urlopen(endpoint.removesuffix("sparql"), timeout=20) as response:
        page = response.read().decode()
    assert "<textarea" in page and "http://" not in page.replace("http://www.w3.org", "").replace(
        "https://w3id.org", ""
    )


def test_query_page_offers_the_named_queries_and_downloads(endpoint: str) -> None:
    with urllib.request.urlopen(endpoint.removesuffix("sparql"), timeout=20) as response:
        page = response.read().decode()
    assert "meetings-by-date" in page and 'id="csv"' in page and 'id="error"' in page
    url = f"{endpoint}?{urllib.parse.urlencode({'format': 'csv', 'query': COUNT})}"
    with urllib.request.urlopen(url, timeout=20) as response:
        assert response.headers["Content-Type"].startswith("text/csv")
        assert response.read().decode().startswith("n")

"""Tables for notebooks: entities and the links between them, as CSV or Parquet.

One SPARQL query per table over the built graph. CSV carries every value as text;
Parquet keeps each column's type (dates as dates, counts as integers), which is what a
pandas or polars user wants to join on. Parquet needs pyarrow (``pip install
"readout-kg[parquet]"``); it is imported only when asked for.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from rdflib import Literal, URIRef

from kg.errors import KgError
from kg.formats import TABLE_FORMATS
from kg.serialize import write_atomic
from kg.sparql import format_result, load_engine, run_query
from kg.sparql.engine import QueryResult, Term

__all__ = ["TABLES", "TABLE_FORMATS", "write_tables"]

TABLES = {
    "meetings": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?meeting ?date ?partOfDay ?enlarged ?committee ?presiders ?readout WHERE {
  ?meeting a kg:Meeting ; kg:heldBy/rdfs:label ?committee ; kg:enlarged ?enlarged ; kg:reportedIn/rdfs:label ?readout .
  OPTIONAL { ?meeting kg:date ?date } OPTIONAL { ?meeting kg:partOfDay ?p BIND(STRAFTER(STR(?p), "#") AS ?partOfDay) }
  { SELECT ?meeting (GROUP_CONCAT(?name; separator="; ") AS ?presiders) WHERE {
      ?meeting a kg:Meeting . OPTIONAL { ?meeting kg:presidedBy/rdfs:label ?name } } GROUP BY ?meeting }
} ORDER BY ?date ?meeting""",
    "people": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?name (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?led) AS ?presided) WHERE {
  ?person a kg:Person ; rdfs:label ?name . ?m kg:mentions ?person .
  OPTIONAL { ?led kg:presidedBy ?person }
} GROUP BY ?person ?name ORDER BY DESC(?meetings) ?name""",
    "directives": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?directive ?issuer ?kind ?occasion ?relays WHERE {
  ?directive a kg:CentralDirective ; kg:occasion ?occasion ; kg:directiveKind ?k ; kg:relayCount ?relays .
  BIND(STRAFTER(STR(?k), "#") AS ?kind)
  OPTIONAL { ?directive kg:issuedBy/rdfs:label ?issuer }
} ORDER BY DESC(?relays) ?occasion""",
    "topics": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?topic ?label ?capMajorTopic (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  ?topic a kg:Topic ; skos:prefLabel ?label ; skos:broadMatch/skos:prefLabel ?capMajorTopic .
  ?m a kg:Meeting ; kg:topic ?topic .
} GROUP BY ?topic ?label ?capMajorTopic ORDER BY DESC(?meetings) ?label""",
    # Link tables: one row per relation, ready for a notebook join.
    "meeting-directive": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?meeting ?date ?directive ?daysAfterEvent ?daysAfterFirst WHERE {
  ?relay a kg:Relay ; kg:source ?directive ; kg:target ?meeting .
  OPTIONAL { ?meeting kg:date ?date }
  OPTIONAL { ?relay kg:daysAfterEvent ?daysAfterEvent } OPTIONAL { ?relay kg:daysAfterFirst ?daysAfterFirst }
} ORDER BY ?meeting ?directive""",
    "meeting-person": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?meeting ?person ?role WHERE {
  ?meeting a kg:Meeting ; kg:mentions ?person .
  BIND(IF(EXISTS { ?meeting kg:presidedBy ?person }, "presided",
       IF(EXISTS { ?meeting kg:speaker ?person }, "spoke",
       IF(EXISTS { ?meeting kg:reportedIn/kg:reporter ?person }, "reporter", "named"))) AS ?role)
} ORDER BY ?meeting ?person""",
    "meeting-topic": """PREFIX kg: <https://w3id.org/readout-kg/ontology#>
SELECT ?meeting ?topic WHERE { ?meeting a kg:Meeting ; kg:topic ?topic } ORDER BY ?meeting ?topic""",
}


def _csv(result: QueryResult) -> bytes:
    return format_result(result, "csv").encode("utf-8")


def _parquet(result: QueryResult) -> bytes:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise KgError('Parquet export needs pyarrow: pip install "readout-kg[parquet]"') from err
    columns = {}
    for index, name in enumerate(result.variables):
        values = [_value(row[index]) for row in result.rows]
        try:
            columns[name] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types in one column: keep them as text
            columns[name] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    buffer = io.BytesIO()
    pq.write_table(pa.table(columns), buffer)
    return buffer.getvalue()


def _value(term: Term | None) -> object:
    """A literal as its Python value (date, int, bool, ...); an IRI as its text; unbound as None."""
    if term is None:
        return None
    if term.kind != "literal" or term.language or not term.datatype:
        return term.value
    return Literal(term.value, datatype=URIRef(term.datatype)).toPython()


_WRITERS: dict[str, Callable[[QueryResult], bytes]] = {"csv": _csv, "parquet": _parquet}


def write_tables(graph_path: Path, out: Path, fmt: str) -> list[Path]:
    """Write every table of ``TABLES`` into the folder ``out`` as ``<name>.<fmt>``; return the files."""
    engine = load_engine(graph_path)
    written = []
    for name, query in TABLES.items():
        path = out / f"{name}.{fmt}"
        write_atomic(path, _WRITERS[fmt](run_query(engine, query)))
        written.append(path)
    return written

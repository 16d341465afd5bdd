"""The built graph: reproducible, traceable, parseable by a second parser, valid, queryable."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDFS

from kg.document import read_document
from kg.namespace import KG
from kg.pipeline import BuildReport
from kg.sparql import load_engine, run_query
from tests.conftest import GRAPHS, ROOT, SEEDS

KG_PREFIX = "PREFIX kg: <https://w3id.org/readout-kg/ontology#>\n"


def test_committed_graphs_equal_a_fresh_build(built: tuple[Path, BuildReport]) -> None:
    out, _ = built
    fresh = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(GRAPHS).as_posix() for p in GRAPHS.rglob("*") if p.is_file())
    assert fresh == committed, "graphs/ holds other files than a fresh build; rerun `kg build`"
    for name in fresh:
        if (out / name).read_bytes() != (GRAPHS / name).read_bytes() and name == "kg.ttl":
            only_fresh, only_committed = _diff((out / name).read_bytes(), (GRAPHS / name).read_bytes())
            pytest.fail(
                f"graphs/{name} is stale; rerun `kg build`.\nonly in fresh build:\n{only_fresh}\n"
                f"only in graphs/:\n{only_committed}"
            )
        assert (out / name).read_bytes() == (GRAPHS / name).read_bytes(), f"graphs/{name} is stale; rerun `kg build`"


def _diff(a: bytes, b: bytes) -> tuple[str, str]:
    _, first, second = graph_diff(
        to_isomorphic(Graph().parse(data=a, format="turtle")), to_isomorphic(Graph().parse(data=b, format="turtle"))
    )
    return first.serialize(format="nt")[:2000], second.serialize(format="nt")[:2000]


def test_every_span_reproduces_its_quote(built_graph: Graph) -> None:
    texts = {p.stem: read_document(p).text for p in SEEDS.glob("*.txt")}
    spans = list(built_graph.subjects(KG.quote, None))
    assert len(spans) > 100
    for span in spans:
        doc = str(built_graph.value(built_graph.value(span, KG.inDocument), RDFS.label))
        start, end = int(str(built_graph.value(span, KG.start))), int(str(built_graph.value(span, KG.end)))
        assert texts[doc][start:end] == str(built_graph.value(span, KG.quote))


def test_every_extracted_node_has_evidence(built_graph: Graph) -> None:
    for cls in (KG.Meeting, KG.Committee, KG.Person, KG.CentralDirective, KG.AgendaItem, KG.Task, KG.PolicyDocument):
        nodes = set(built_graph.subjects(None, cls))
        assert nodes, cls
        assert all((n, KG.evidence, None) in built_graph for n in nodes), cls


def test_turtle_parses_the_same_with_pyoxigraph(built: tuple[Path, BuildReport], built_graph: Graph) -> None:
    triples = list(ox.parse(path=str(built[0] / "kg.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(built_graph)
    nt = b"".join(bytes(ox.serialize([t], format=ox.RdfFormat.N_TRIPLES)) for t in triples)
    assert isomorphic(Graph().parse(data=nt.decode(), format="nt"), built_graph)


def test_shacl_shapes_pass_on_the_built_graph(built_graph: Graph) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, text = pyshacl.validate(built_graph, shacl_graph=shapes, inference="none")
    assert conforms, text


def test_shacl_shapes_catch_a_broken_meeting(built_graph: Graph) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    broken = Graph()
    broken += built_graph
    meeting = next(iter(broken.subjects(None, KG.Meeting)))
    broken.remove((meeting, KG.heldBy, None))
    broken.add((meeting, KG.enlarged, Literal("yes")))
    conforms, _, _ = pyshacl.validate(
        broken, shacl_graph=Graph().parse(ROOT / "ontology" / "shapes.ttl"), inference="none"
    )
    assert not conforms


def _rows(built: tuple[Path, BuildReport], query: str) -> list[tuple[str, ...]]:
    result = run_query(load_engine(built[0] / "kg.ttl"), query)
    return [tuple("" if t is None else str(t.value) for t in row) for row in result.rows]


def test_contract_query_meetings_by_date_with_presider(built: tuple[Path, BuildReport]) -> None:
    rows = _rows(
        built,
        KG_PREFIX
        + """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?date ?name WHERE { ?m a kg:Meeting ; kg:date ?date ; kg:presidedBy ?p . ?p rdfs:label ?name . }
        ORDER BY ?date""",
    )
    assert ("2023-02-24", "Yuan Jiajun") in rows and ("2023-06-02", "Yuan Jiajun") in rows


def test_founding_meetings_have_part_of_day_and_committee(built: tuple[Path, BuildReport]) -> None:
    rows = _rows(
        built,
        KG_PREFIX
        + """SELECT ?m ?date ?part ?c WHERE {
        ?m kg:date ?date ; kg:partOfDay ?part ; kg:heldBy ?c .
        FILTER(STR(?date) IN ("2023-02-24", "2023-06-02")) } ORDER BY ?date""",
    )
    assert [(r[1], r[2].rsplit("#", 1)[-1], r[3].rsplit("/", 1)[-1]) for r in rows] == [
        ("2023-02-24", "Morning", "chongqing-municipal"),
        ("2023-06-02", "Afternoon", "chongqing-municipal"),
    ]


def test_contract_query_topic_frequency(built: tuple[Path, BuildReport]) -> None:
    rows = _rows(
        built,
        KG_PREFIX
        + """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?topic (COUNT(DISTINCT ?m) AS ?meetings) WHERE { ?m a kg:Meeting ; kg:topic ?t .
        ?t skos:prefLabel ?topic . } GROUP BY ?topic ORDER BY DESC(?meetings)""",
    )
    counts = {topic: int(n) for topic, n in rows}
    assert counts["audit work"] >= 2


def test_contract_query_xi_directives(built: tuple[Path, BuildReport]) -> None:
    rows = _rows(
        built,
        KG_PREFIX
        + """SELECT ?occasion ?kind ?date WHERE { ?m kg:date ?date ; kg:studies ?d .
        ?d kg:issuedBy/<http://www.w3.org/2000/01/rdf-schema#label> "Xi Jinping" ; kg:occasion ?occasion ;
        kg:directiveKind ?kind . }""",
    )
    seeds = {(occ, kind.rsplit("#", 1)[-1]) for occ, kind, date in rows if date in ("2023-02-24", "2023-06-02")}
    assert ("first meeting of the 20th Central Audit Committee", "Speech") in seeds
    assert ("in-depth study of Lei Feng activities", "Instructions") in seeds


def test_one_node_per_person_across_readouts(built_graph: Graph) -> None:
    yuan = [s for s in built_graph.subjects(RDFS.label, Literal("Yuan Jiajun"))]
    assert [str(s) for s in yuan] == ["https://w3id.org/readout-kg/id/person/yuan-jiajun"]
    assert len(set(built_graph.subjects(KG.mentions, yuan[0]))) == 2


RELAYED_BY_SEVERAL = (
    KG_PREFIX
    + """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?occasion ?committee ?date ?days ?lag WHERE {
  { SELECT ?d WHERE { ?d kg:relayedBy ?c } GROUP BY ?d HAVING (COUNT(DISTINCT ?c) > 1) }
  ?d kg:occasion ?occasion .
  ?relay a kg:Relay ; kg:source ?d ; kg:target ?m ; kg:relayOrder ?order .
  ?m kg:heldBy/rdfs:label ?committee .
  OPTIONAL { ?m kg:date ?date } OPTIONAL { ?relay kg:daysAfterFirst ?days }
  OPTIONAL { ?relay kg:daysAfterEvent ?lag }
} ORDER BY ?occasion ?order"""
)


def test_directives_relayed_by_several_committees_with_dates(built: tuple[Path, BuildReport]) -> None:
    rows = _rows(built, RELAYED_BY_SEVERAL)
    congress = [r for r in rows if r[0] == "20th National Congress of the Communist Party of China"]
    assert len({r[1] for r in congress}) >= 2
    # Days after the Congress opened (16 October 2022), whatever the corpus relayed first.
    assert ("2023-01-18", "94") in {(r[2], r[4]) for r in congress}
    assert ("2023-01-28", "104") in {(r[2], r[4]) for r in congress}

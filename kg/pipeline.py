"""The build: readout files -> documents -> facts -> RDF graph -> analytics -> outputs.

``build`` is only that chain. A readout that cannot be read or extracted is reported
and skipped while the rest build; the outputs are produced in memory first and then
written atomically, so a failed build leaves the previous ``graphs/`` as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg.analytics import add_analytics
from kg.document import Document, iter_readout_paths, read_document
from kg.errors import KgError, ReadoutError
from kg.extract import Context, extract_readout
from kg.facts import ReadoutFacts
from kg.gazetteer import load_gazetteer
from kg.identity import infer_regions, merge_spellings
from kg.links import add_links
from kg.namespace import ID_IRI, KG
from kg.reference import load_reference, load_topic_scheme
from kg.serialize import to_turtle, write_atomic
from kg.triples import GraphBuilder
from kg.views import render_views

__all__ = ["GRAPH_FILE", "BuildReport", "build", "build_graph"]

GRAPH_FILE = "kg.ttl"


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build read, made and skipped."""

    documents: int
    meetings: int
    triples: int
    skipped: tuple[tuple[str, str], ...] = ()
    outputs: tuple[str, ...] = ()
    analytics: dict[str, int | None] = field(default_factory=dict)
    before_event: tuple[tuple[str, str, str], ...] = ()
    """(readout, wording, event) where a readout names a central event not yet held: not counted as relays."""


def _extract_one(args: tuple[Path, Context]) -> tuple[Document | None, ReadoutFacts | None, str | None]:
    path, context = args
    try:
        document = read_document(path)
    except ReadoutError as err:
        return None, None, str(err)
    try:
        return document, extract_readout(document, context), None
    except Exception as err:  # noqa: BLE001 - one bad readout must not stop the corpus; it is reported by name
        return None, None, f"{path}: extraction failed ({type(err).__name__}: {err})"


def build_graph(
    input_dir: Path,
    *,
    base_iri: str = ID_IRI,
    without_known_people: bool = False,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Graph, BuildReport]:
    """Read and extract every readout of ``input_dir`` into one graph with analytics."""
    paths = list(iter_readout_paths(input_dir))
    reference = load_reference()
    if without_known_people:
        reference = reference.without_known_people()
    context = Context(reference, load_topic_scheme(), load_gazetteer())
    builder = GraphBuilder(base_iri)
    skipped: list[tuple[str, str]] = []
    work = [(path, context) for path in paths]
    results = ProcessPoolExecutor(jobs).map(_extract_one, work, chunksize=16) if jobs > 1 else map(_extract_one, work)
    read: list[tuple[Document, ReadoutFacts]] = []
    for done, (path, (document, facts, error)) in enumerate(zip(paths, results, strict=True), start=1):
        if error is not None or document is None or facts is None:
            skipped.append((path.name, error or "unknown error"))
        else:
            read.append((document, facts))
        if progress is not None:
            progress(done, len(paths))
    placed = merge_spellings(infer_regions([facts for _, facts in read]))
    for (document, _), facts in zip(read, placed, strict=True):
        builder.add(document, facts)
    documents = len(read)
    if documents == 0:
        reasons = "; ".join(reason for _, reason in skipped) or f"no *.txt readouts in {input_dir}"
        raise KgError(f"nothing was built from {input_dir}: {reasons}")
    graph = builder.finish()
    figures = add_analytics(graph, builder.mint.co_occurrence, builder.mint.analytics_run())
    add_links(graph, builder.mint.base)
    meetings = len(set(graph.subjects(RDF.type, KG.Meeting)))
    report = BuildReport(documents, meetings, len(graph), tuple(skipped), (), figures, tuple(builder.before_event))
    return graph, report


def _remove_stale_pages(out_dir: Path, written: set[str]) -> None:
    """Delete meeting pages of an earlier build that this build did not write (the folder is ours)."""
    for page in sorted((out_dir / "meetings").glob("*.html")):
        if f"meetings/{page.name}" not in written:
            page.unlink()


def build(
    input_dir: Path,
    out_dir: Path,
    *,
    base_iri: str = ID_IRI,
    without_known_people: bool = False,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """Build ``kg.ttl`` and ``index.html`` in ``out_dir`` from the readouts in ``input_dir``."""
    graph, report = build_graph(
        input_dir, base_iri=base_iri, without_known_people=without_known_people, jobs=jobs, progress=progress
    )
    outputs = {GRAPH_FILE: to_turtle(graph, base_iri)}
    outputs.update({path: html.encode("utf-8") for path, html in render_views(graph).items()})
    for name, data in outputs.items():
        write_atomic(out_dir / name, data)
    _remove_stale_pages(out_dir, set(outputs))
    return BuildReport(
        report.documents,
        report.meetings,
        report.triples,
        report.skipped,
        tuple(str(out_dir / name) for name in outputs),
        report.analytics,
        report.before_event,
    )

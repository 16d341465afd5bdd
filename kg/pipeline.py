"""The build: readout files -> documents -> facts -> RDF graph -> analytics -> outputs.

``build`` is only that chain. A readout that cannot be read or extracted is reported
and skipped while the rest build; the outputs are produced in memory first and then
published as one folder swap, so a failed or killed build leaves the previous ``graphs/``
as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.analytics import add_analytics
from kg.cache import FactsCache
from kg.document import DEFAULT_MAX_BYTES, Document, list_readouts, read_document
from kg.errors import KgError, ReadoutError
from kg.extract import Context, extract_readout
from kg.facts import ReadoutFacts
from kg.gazetteer import load_gazetteer
from kg.identity import infer_regions, merge_languages, merge_spellings
from kg.links import add_links
from kg.namespace import ID_IRI, KG
from kg.outputs import DEFAULT_MEETING_PAGES, GRAPH_FILE, check_writable, output_lock, publish, recover
from kg.reference import load_reference, load_topic_scheme
from kg.serialize import turtle_of_ntriples, write_sorted_ntriples
from kg.store import cache_folder, store_loaded_alongside
from kg.triples import GraphBuilder
from kg.views import render_views

__all__ = ["GRAPH_FILE", "BuildReport", "build", "build_graph"]


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
    warnings: tuple[tuple[str, str], ...] = ()
    """(readout, what was doubtful and what the build did about it), for readouts that were built."""
    from_cache: int = 0
    """Readouts whose facts came from the cache instead of being extracted again."""


def _extract_one(path: Path, context: Context) -> tuple[Document | None, ReadoutFacts | None, str | None]:
    try:
        document = read_document(path)
    except ReadoutError as err:
        return None, None, str(err)
    try:
        return document, extract_readout(document, context), None
    except Exception as err:  # noqa: BLE001 - one bad readout must not stop the corpus; it is reported by name
        return None, None, f"{path}: extraction failed ({type(err).__name__}: {err})"


_worker_context: Context | None = None
"""The reference data of an extraction worker, given once when it starts."""


def _start_worker(context: Context) -> None:
    """Keep the reference data for the worker's life (sent with every batch of readouts, its
    pickling cost 2 ms a readout), and collect garbage as usual: a worker may be forked while
    the build has the collector paused."""
    global _worker_context
    _worker_context = context
    gc.enable()


def _extract_in_worker(path: Path) -> tuple[Document | None, ReadoutFacts | None, str | None]:
    assert _worker_context is not None, "the pool starts each worker with _start_worker"
    return _extract_one(path, _worker_context)


def _extracted(
    paths: list[Path], context: Context, jobs: int, cache: FactsCache | None
) -> Iterator[tuple[Document | None, ReadoutFacts | None, str | None]]:
    """(document, facts, error) per path, in order: from the cache where it holds them, else extracted."""
    cached: dict[Path, tuple[Document, ReadoutFacts]] = {}
    if cache is not None:
        for path in paths:
            with contextlib.suppress(OSError):
                hit = cache.get(path.name, hashlib.sha256(path.read_bytes()).hexdigest())
                if hit is not None:
                    cached[path] = (replace(hit[0], path=path), hit[1])
    work = [path for path in paths if path not in cached]
    with contextlib.ExitStack() as stack:
        # The pool is shut down with the build, and not started at all when the cache holds everything.
        if jobs > 1 and work:
            pool = stack.enter_context(ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(context,)))
            fresh = pool.map(_extract_in_worker, work, chunksize=16)
        else:
            fresh = map(partial(_extract_one, context=context), work)
        for path in paths:
            if path in cached:
                yield (*cached[path], None)
                continue
            document, facts, error = next(fresh)
            if cache is not None and document is not None and facts is not None:
                cache.put(path.name, document, facts)
            yield document, facts, error


def build_graph(
    input_dir: Path,
    *,
    base_iri: str = ID_IRI,
    without_known_people: bool = False,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    today: dt.date | None = None,
    cache_dir: Path | None = None,
    texts: dict[URIRef, str] | None = None,
    follow_links: bool = False,
) -> tuple[Graph, BuildReport]:
    """Read and extract every readout of ``input_dir`` into one graph with analytics.

    Byte-identical readouts are built once; a meeting dated after ``today`` (the build's
    day) keeps no date, and both are reported. With ``cache_dir``, readouts whose bytes
    and extractor are unchanged since the last build are not extracted again. ``texts``,
    when given, receives each built readout's text by its IRI, for the views' evidence.
    ``follow_links`` reads symbolic links that resolve to files inside ``input_dir``.
    """
    with _collector_paused():
        paths, passed = list_readouts(input_dir, max_bytes, follow_links=follow_links)
        today = today or dt.date.today()
        reference = load_reference()
        if without_known_people:
            reference = reference.without_known_people()
        context = Context(reference, load_topic_scheme(), load_gazetteer())
        builder = GraphBuilder(base_iri)
        skipped: list[tuple[str, str]] = list(passed)
        warnings: list[tuple[str, str]] = []
        seen: dict[str, str] = {}
        cache = FactsCache(cache_dir) if cache_dir is not None and not without_known_people else None
        results = _extracted(paths, context, jobs, cache)
        read: list[tuple[Document, ReadoutFacts]] = []
        for done, (path, (document, facts, error)) in enumerate(zip(paths, results, strict=True), start=1):
            if error is not None or document is None or facts is None:
                skipped.append((path.name, error or "unknown error"))
            elif document.sha256 in seen:
                skipped.append((path.name, f"{path}: the same bytes as {seen[document.sha256]}; built once"))
            else:
                seen[document.sha256] = path.name
                facts = _no_future_date(facts, today, warnings, path)
                read.append((document, facts))
            if progress is not None:
                progress(done, len(paths))
        from_cache = 0
        if cache is not None:
            cache.keep_only([(d.path.name, d.sha256) for d, _ in read])
            cache.close()
            from_cache = cache.hits
        placed = merge_languages(merge_spellings(infer_regions([facts for _, facts in read])))
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
        report = BuildReport(
            documents,
            meetings,
            len(graph),
            tuple(skipped),
            (),
            figures,
            tuple(builder.before_event),
            tuple(warnings),
            from_cache,
        )
        if texts is not None:
            texts.update((builder.mint.document(document.id), document.text) for document, _ in read)
        return graph, report


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the graph grows.

    A build allocates millions of objects that live as long as the graph, and each automatic
    full collection walks all of them again: 16% of ``build_graph`` on a 2k corpus. The build
    makes next to no reference cycles for the collector to find (2% more peak memory without it).
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _no_future_date(facts: ReadoutFacts, today: dt.date, warnings: list[tuple[str, str]], path: Path) -> ReadoutFacts:
    """A meeting cannot be later than the build: such a date (a typo, a 2099 header) is dropped and reported."""
    date = facts.meeting.date
    if date is None or date <= today:
        return facts
    warnings.append((path.name, f"{path}: meeting date {date.isoformat()} is after today; built as undated"))
    return replace(facts, meeting=replace(facts.meeting, date=None, date_evidence=None))


def _spool_folder() -> contextlib.AbstractContextManager[str]:
    """A temporary folder for the graph's sorted lines, removed when the build no longer needs them."""
    return tempfile.TemporaryDirectory(prefix="kg-ntriples-")


def _views(graph: Graph, texts: dict[URIRef, str], meeting_pages: int | None) -> dict[str, bytes]:
    """Every view's bytes by its path in the output folder."""
    pages = render_views(graph, texts, meeting_pages)
    return {path: pages.pop(path).encode("utf-8") for path in list(pages)}  # each page held once, as text or bytes


def build(
    input_dir: Path,
    out_dir: Path,
    *,
    base_iri: str = ID_IRI,
    without_known_people: bool = False,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: bool = True,
    follow_links: bool = False,
    meeting_pages: int | None = DEFAULT_MEETING_PAGES,
) -> BuildReport:
    """Build ``kg.ttl`` and the views in ``out_dir`` from the readouts in ``input_dir``.

    The folder is replaced whole (see ``kg.outputs``): a build that fails or is killed
    leaves the previous one in place, and a second build into it waits its turn or fails.
    ``meeting_pages`` is how many meetings, the latest, get a page (None: every one).
    """
    with output_lock(out_dir):
        recover(out_dir)
        check_writable(out_dir)
        with _collector_paused():
            texts: dict[URIRef, str] = {}
            graph, report = build_graph(
                input_dir,
                base_iri=base_iri,
                without_known_people=without_known_people,
                jobs=jobs,
                progress=progress,
                max_bytes=max_bytes,
                cache_dir=cache_folder(out_dir) if cache else None,
                texts=texts,
                follow_links=follow_links,
            )
            with contextlib.ExitStack() as loading:
                parts = write_sorted_ntriples(graph, Path(loading.enter_context(_spool_folder())))
                # The query store is a cache (without it queries parse the Turtle): it loads from the
                # sorted lines while the Turtle and the views are made from them.
                store = loading.enter_context(store_loaded_alongside(parts, out_dir)) if cache else None
                turtle = turtle_of_ntriples(parts, base_iri)
                if store is not None:
                    store.belongs_to(turtle)
                outputs = {GRAPH_FILE: turtle, **_views(graph, texts, meeting_pages)}
                # rdflib's graph holds reference cycles, so only a collection frees it: one, here,
                # instead of the collector's own while it grew.
                del graph, texts, turtle
                gc.collect()
                publish(out_dir, outputs)
                names = tuple(outputs)
                del outputs
    return BuildReport(
        report.documents,
        report.meetings,
        report.triples,
        report.skipped,
        tuple(str(out_dir / name) for name in names),
        report.analytics,
        report.before_event,
        report.warnings,
        report.from_cache,
    )

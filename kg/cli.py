"""The ``kg`` command line: each command parses its options, calls one library
function, prints the result, and turns a ``KgError`` into a message and exit code."""

from __future__ import annotations

import os
import shutil
import signal
from importlib import metadata
from pathlib import Path
from typing import Annotated

import typer

from kg.document import DEFAULT_MAX_BYTES
from kg.errors import KgError, QueryError
from kg.formats import EXPORT_FORMATS, TABLE_FORMATS
from kg.namespace import ID_IRI
from kg.outputs import DEFAULT_MEETING_PAGES, GRAPH_FILE
from kg.reference import load_vocabulary_labels
from kg.sparql import FORMATS, format_result, load_engine, named_queries, run_query
from kg.sparql.library import resolve_query

# The build, the evaluation, the exports, the server and the push are imported by the command
# that runs them: `kg query` then starts without loading the extractors, networkx or the views.

app = typer.Typer(
    help="Build a knowledge graph from CCP standing-committee readouts, then query and score it.",
    no_args_is_help=True,
    add_completion=False,
)

_DEFAULT_GRAPH = Path("graphs") / GRAPH_FILE


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"readout-kg {metadata.version('readout-kg')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Build a knowledge graph from CCP standing-committee readouts, then query and score it."""


def _page_limit(value: str) -> int | None:
    """``--meeting-pages``: 'all' is no limit; otherwise a count of zero or more."""
    if value.strip().lower() == "all":
        return None
    try:
        count = int(value)
    except ValueError:
        count = -1
    if count < 0:
        raise typer.BadParameter(f"{value!r} is not a number of pages or 'all'", param_hint="--meeting-pages")
    return count


def _fail(err: KgError, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(code=code)


@app.command("build")
def build_command(
    input_dir: Annotated[Path, typer.Argument(help="Folder of readout *.txt files.")] = Path("seeds"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for kg.ttl and index.html.")] = Path("graphs"),
    base_iri: Annotated[str, typer.Option(help="Namespace of minted instance IRIs.")] = ID_IRI,
    jobs: Annotated[int, typer.Option(min=1, help="Processes for extraction (use more on large corpora).")] = 1,
    without_known_people: Annotated[
        bool, typer.Option(help="Ignore the reference list of known people (to check names are found from the text).")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Skip (and report) readout files larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Extract every readout again instead of reusing cached facts.")
    ] = False,
    follow_links: Annotated[
        bool,
        typer.Option(
            "--follow-links", help="Read symbolic links that lead to files inside the input folder (never outside)."
        ),
    ] = False,
    meeting_pages: Annotated[
        str,
        typer.Option(
            "--meeting-pages",
            help="How many meetings, the latest, get a page of their own in meetings/: a number, or 'all'.",
        ),
    ] = str(DEFAULT_MEETING_PAGES),
) -> None:
    """Build graphs/kg.ttl and graphs/index.html from a folder of readouts."""
    from rich.progress import Progress

    from kg.pipeline import build

    page_limit = _page_limit(meeting_pages)
    try:
        with Progress(transient=True) as bar:
            task = bar.add_task("extracting", total=None)
            report = build(
                input_dir,
                out,
                base_iri=base_iri,
                jobs=jobs,
                without_known_people=without_known_people,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                max_bytes=max_bytes,
                cache=not no_cache,
                follow_links=follow_links,
                meeting_pages=page_limit,
            )
    except KgError as err:
        raise _fail(err) from err
    except OSError as err:
        if os.environ.get("KG_DEBUG"):
            raise
        where = err.filename or out
        raise _fail(KgError(f"{where}: {err.strerror or err} (set KG_DEBUG=1 to see the traceback)")) from err
    typer.echo(
        f"documents: {report.documents} ({report.from_cache} from the cache)  meetings: {report.meetings}  "
        f"triples: {report.triples}"
    )
    for name, reason in report.skipped:
        typer.echo(f"skipped {name}: {reason}", err=True)
    for _, message in report.warnings:
        typer.echo(f"warning: {message}", err=True)
    for name, wording, event in report.before_event:
        typer.echo(f"not a relay in {name}: {wording!r} names the {event}, held after this meeting", err=True)
    pages = [p for p in report.outputs if "/meetings/" in p.replace("\\", "/")]
    for path in report.outputs:
        if path not in pages:
            typer.echo(f"wrote {path}")
    if pages:
        typer.echo(f"wrote {len(pages)} meeting pages in {out / 'meetings'}")
    unpaged = report.meetings - len(pages)
    if unpaged > 0:
        typer.echo(
            f"{unpaged} older meeting{'s have' if unpaged > 1 else ' has'} no page: --meeting-pages all writes them"
        )


@app.command("query")
def query_command(
    query: Annotated[
        str | None, typer.Argument(help="A SPARQL query, a .rq file, or the name of a query from `kg query --list`.")
    ] = None,
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The Turtle graph to query.")] = _DEFAULT_GRAPH,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"Output: {', '.join(FORMATS)}.")] = "table",
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A query parameter as name=value (repeatable).")
    ] = None,
    engine: Annotated[str, typer.Option(help="auto (pyoxigraph), pyoxigraph or rdflib: same results.")] = "auto",
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
) -> None:
    """Run a SPARQL SELECT or ASK query over the built graph."""
    if list_queries:
        for named in named_queries().values():
            params = f"  [params: {', '.join(named.params)}]" if named.params else ""
            typer.echo(f"{named.name:<26} {named.description}{params}")
        return
    try:
        text, bindings = resolve_query(query, param or [])
        if fmt not in FORMATS:
            raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        result = run_query(load_engine(graph, None if engine == "auto" else engine), text, bindings)
    except QueryError as err:
        raise _fail(err, code=2) from err
    except KgError as err:
        raise _fail(err) from err
    if fmt == "table":
        width = shutil.get_terminal_size((160, 24)).columns
        typer.echo(format_result(result, fmt, width=width, labels=load_vocabulary_labels()), nl=False)
    else:
        typer.echo(format_result(result, fmt), nl=False)
    if bindings and result.boolean is None and not result.rows:
        given = ", ".join(f"{name}={value!r}" for name, value in sorted(bindings.items()))
        typer.echo(f"nothing matched {given}; check the spelling (a key like audit-work, or a label)", err=True)
        raise typer.Exit(code=1)


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold *.json annotations.")] = Path("tests/gold"),
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The built graph to score.")] = _DEFAULT_GRAPH,
    corpus: Annotated[Path, typer.Option(help="Folder of the readouts, to check evidence offsets.")] = Path("seeds"),
    half: Annotated[str, typer.Option(help="Score only 'odd' or 'even' numeric ids, or 'all'.")] = "all",
    language: Annotated[str, typer.Option(help="Score only 'en' or 'zh' readouts, or 'all'.")] = "all",
    details: Annotated[bool, typer.Option(help="List what each document missed or added.")] = True,
) -> None:
    """Score the graph against gold annotations, per field and per document."""
    from rdflib import Graph

    from kg.evaluate import evaluate, format_evaluation

    if half not in {"all", "odd", "even"}:
        raise _fail(KgError(f"--half takes all, odd or even, not {half!r}"), code=2)
    if language not in {"all", "en", "zh"}:
        raise _fail(KgError(f"--language takes all, en or zh, not {language!r}"), code=2)
    if not graph.is_file():
        raise _fail(KgError(f"{graph}: no such graph file; run `kg build` first or pass --graph"))
    only = None if half == "all" else (lambda doc: doc.isdigit() and int(doc) % 2 == (1 if half == "odd" else 0))
    try:
        parsed = Graph().parse(graph, format="turtle")
        result = evaluate(parsed, gold_dir, corpus, only=only, language=None if language == "all" else language)
    except KgError as err:
        raise _fail(err) from err
    if result.documents == 0:
        # Scores over no documents would read as perfect; say what is wrong instead.
        raise _fail(
            KgError(
                f"{graph}: no readout of the graph has gold in {gold_dir} (for this --language and --half); "
                "build the graph from the gold's readouts first, e.g. `kg build seeds`"
            )
        )
    typer.echo(format_evaluation(result, details=details), nl=False)


@app.command("validate")
def validate_command(
    graph: Annotated[Path, typer.Argument(help="The Turtle graph to check.")] = _DEFAULT_GRAPH,
) -> None:
    """Check a graph against the SHACL shapes of ontology/shapes.ttl; exit 1 on violations."""
    from kg.validate import validate_file

    try:
        report = validate_file(graph)
    except KgError as err:
        raise _fail(err) from err
    typer.echo(report.text(), nl=False)
    if not report.conforms:
        raise typer.Exit(code=1)


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(EXPORT_FORMATS)}.")],
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The Turtle graph to export.")] = _DEFAULT_GRAPH,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Output file (a folder for tables). Default: exports/kg.<format>."),
    ] = None,
) -> None:
    """Export the graph as JSON-LD, N-Triples, TriG, GraphML, GEXF or CSV tables."""
    from kg.export import export_graph

    if fmt not in EXPORT_FORMATS:
        raise _fail(KgError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}"), code=2)
    target = out or (Path("exports") / fmt if fmt in TABLE_FORMATS else Path("exports") / f"kg.{fmt}")
    try:
        written = export_graph(graph, fmt, target)
    except KgError as err:
        raise _fail(err) from err
    for path in written:
        typer.echo(f"wrote {path}")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@app.command("serve")
def serve_command(
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The Turtle graph to serve.")] = _DEFAULT_GRAPH,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port on 127.0.0.1.")] = 7070,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped.")] = 10.0,
) -> None:
    """Serve the graph as a read-only SPARQL endpoint on 127.0.0.1 (Ctrl-C stops it)."""
    from kg.server import QueryService, make_server

    if not graph.is_file():
        raise _fail(KgError(f"{graph}: no such graph file; run `kg build` first or pass --graph"))
    try:
        service = QueryService(graph, timeout)
    except KgError as err:
        raise _fail(err) from err
    server = make_server(service, port)
    try:
        server.start()
    except KgError as err:
        service.close()
        raise _fail(err) from err
    for stop in (signal.SIGINT, signal.SIGTERM):  # also when started where SIGINT is ignored (background jobs)
        signal.signal(stop, _interrupt)
    typer.echo(f"SPARQL endpoint: http://127.0.0.1:{server.port}/sparql (query page at /); Ctrl-C stops")
    try:
        while True:
            signal.pause()
    except KeyboardInterrupt:
        typer.echo("stopping")
    finally:
        server.shutdown()
        service.close()


@app.command("push")
def push_command(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://localhost:7878/store.")],
    graph_iri: Annotated[
        str | None, typer.Option(help="Named graph to replace; the default graph when omitted.")
    ] = None,
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The Turtle graph to push.")] = _DEFAULT_GRAPH,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds to wait for the store's answer (connecting: 10 s at most).")
    ] = 300.0,
) -> None:
    """Load the graph into a SPARQL 1.1 Graph Store (Fuseki, GraphDB, Oxigraph, Virtuoso), replacing that graph."""
    from kg.push import push_graph

    try:
        status = push_graph(graph, endpoint, graph_iri, timeout=timeout)
    except KgError as err:
        raise _fail(err) from err
    typer.echo(f"pushed {graph} to {endpoint} ({graph_iri or 'default graph'}): HTTP {status}")

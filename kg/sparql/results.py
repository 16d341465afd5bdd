"""Query results as text: an aligned table for people, CSV, TSV, SPARQL 1.1 JSON and XML."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from kg.errors import QueryError
from kg.sparql.engine import XSD_STRING, QueryResult, Term

__all__ = ["FORMATS", "MEDIA_TYPES", "format_result"]

FORMATS = ("table", "csv", "tsv", "json", "xml")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
}


def _plain(term: Term | None) -> str:
    return "" if term is None else term.value


def _ntriples(term: Term | None) -> str:
    """A term as SPARQL TSV writes it (N-Triples syntax)."""
    if term is None:
        return ""
    if term.kind == "uri":
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    text = term.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    text = text.replace("\t", "\\t")
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype and term.datatype != XSD_STRING:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def _json_term(term: Term) -> dict[str, str]:
    out = {"type": term.kind, "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.kind == "literal" and term.datatype and term.datatype != XSD_STRING:
        out["datatype"] = term.datatype
    return out


def _xml_term(term: Term) -> str:
    if term.kind == "uri":
        return f"<uri>{escape(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{escape(term.value)}</bnode>"
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and term.datatype != XSD_STRING:
        attrs = f" datatype={quoteattr(term.datatype)}"
    return f"<literal{attrs}>{escape(term.value)}</literal>"


def format_result(
    result: QueryResult, fmt: str, *, width: int | None = None, labels: Mapping[str, str] | None = None
) -> str:
    """Render a result in one of ``FORMATS``.

    For the table only: ``labels`` names IRIs (the vocabulary's terms) by their labels, and
    ``width`` cuts long cells with an ellipsis so rows fit a terminal. CSV, TSV, JSON and
    XML always carry the whole value.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.boolean is not None:
        return _format_boolean(result.boolean, fmt)
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables)
        rows = "".join(
            "<result>"
            + "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(result.variables, row, strict=True)
                if t is not None
            )
            + "</result>"
            for row in result.rows
        )
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{rows}</results></sparql>\n"
        )
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([_plain(t) for t in row] for row in result.rows)
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join(_ntriples(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    shown = labels or {}
    cells = [list(result.variables)] + [
        [shown.get(t.value, t.value) if t is not None and t.kind == "uri" else _plain(t) for t in row]
        for row in result.rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.variables))]
    if width is not None:
        widths = _fit(widths, width)
        cells = [[_cut(c, w) for c, w in zip(row, widths, strict=True)] for row in cells]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


_NARROWEST = 8


def _fit(widths: list[int], width: int) -> list[int]:
    """Column widths that fit ``width`` characters, narrowing the widest columns first."""
    fitted = list(widths)
    room = width - 2 * (len(widths) - 1)
    while sum(fitted) > room:
        widest = max(range(len(fitted)), key=lambda i: fitted[i])
        if fitted[widest] <= _NARROWEST:
            break
        fitted[widest] = max(_NARROWEST, fitted[widest] - max(1, (sum(fitted) - room) // 4))
    return fitted


def _cut(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[: width - 1] + "…"


def _format_boolean(answer: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}) + "\n"
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{str(answer).lower()}</boolean></sparql>\n"
        )
    return f"{str(answer).lower()}\n"

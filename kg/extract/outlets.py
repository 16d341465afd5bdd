"""The news outlet a readout credits ("Reporter Su Si/Vision Chongqing", "Haikou Daily, March 9th")."""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.text import make_span
from kg.facts import Span
from kg.reference import Reference

__all__ = ["extract_outlets"]

_AFTER_SLASH = re.compile(r"(?:[Rr]eporter|[Pp]hoto)[^/\n]{0,40}/[ \t]*(?P<name>[A-Z]\w*(?:[ \t]+[A-Z]\w*){0,3})")
_DATELINE = re.compile(
    r"(?P<name>(?:[A-Z][\w-]*[ \t]+){0,3}(?:Daily|Online|News|Net|Times|Evening\s+News))(?:\s+News)?\s*[,(]"
)


def extract_outlets(document: Document, reference: Reference) -> tuple[tuple[str, Span], ...]:
    """(outlet label, evidence) for each outlet credited, spelled as the reference spells it."""
    found: dict[str, Span] = {}
    head = document.body_start + 600
    for pattern in (_AFTER_SLASH, _DATELINE):
        for match in pattern.finditer(document.text, document.body_start, head):
            name = match["name"].strip()
            label = reference.aliases.get(name, name)
            found.setdefault(label, make_span(document, match.start("name"), match.end("name")))
    return tuple(sorted(found.items()))

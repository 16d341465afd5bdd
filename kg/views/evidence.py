"""What a click in a view shows: the sentence a fact was read from, its readout and date.

A span's quote is often a bare name or phrase ("Yuan Jiajun"); the analyst needs the
sentence around it to judge the fact. The sentence is cut from the readout's text at
render time (the text is not stored in the graph), and falls back to the quote alone
when the text is not at hand, e.g. views rendered from a parsed ``kg.ttl``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

from rdflib import Graph, URIRef

from kg.links import date_of
from kg.namespace import KG
from kg.rdfnodes import iris
from kg.views.common import label, meeting_page

__all__ = ["Evidence", "EvidenceReader", "sentence_around"]

_REACH = 240
"""At most this many characters of a sentence on each side of the quote."""
_END = re.compile(r"[。！？；!?;\n]|\.(?=\s)")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence holding ``text[start:end]``, at most ``_REACH`` each side."""
    window_start = max(0, start - _REACH)
    before = [m.end() for m in _END.finditer(text, window_start, start)]
    left = before[-1] if before else window_start
    after = _END.search(text, end, min(len(text), end + _REACH))
    right = after.end() if after else min(len(text), end + _REACH)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


@dataclass(frozen=True, slots=True)
class Evidence:
    """One place a fact was read: the sentence split around the quote, the readout and the day."""

    before: str
    quote: str
    after: str
    readout: str
    date: str
    page: str
    """The meeting page, relative to the output folder ("" when there is no meeting or no page for it)."""

    def as_json(self) -> dict[str, str]:
        return asdict(self)


class EvidenceReader:
    """Evidence of graph nodes, newest readouts first, with sentences from the readout texts."""

    def __init__(self, graph: Graph, texts: Mapping[URIRef, str] | None = None) -> None:
        self.graph = graph
        self.texts = texts or {}
        self._meeting: dict[URIRef, URIRef] = {}
        self._days: dict[URIRef, dt.date | None] = {}
        for meeting, document in graph.subject_objects(KG.reportedIn):
            if isinstance(meeting, URIRef) and isinstance(document, URIRef):
                self._meeting.setdefault(document, meeting)

    def _day(self, meeting: URIRef | None) -> dt.date | None:
        """The meeting's date, read once per meeting: every evidence list sorts by it."""
        if meeting is None:
            return None
        if meeting not in self._days:
            self._days[meeting] = date_of(self.graph, meeting, KG.date)
        return self._days[meeting]

    def span(self, span: URIRef) -> Evidence | None:
        """The evidence one ``kg:Span`` gives."""
        document = self.graph.value(span, KG.inDocument)
        start, end = self.graph.value(span, KG.start), self.graph.value(span, KG.end)
        quote = str(self.graph.value(span, KG.quote) or "")
        if not isinstance(document, URIRef) or start is None or end is None:
            return None
        before = after = ""
        text = self.texts.get(document)
        first, last = int(str(start)), int(str(end))
        if text is not None and text[first:last] == quote:
            left, right = sentence_around(text, first, last)
            before, after = text[left:first], text[last:right]
        meeting = self._meeting.get(document)
        day = self._day(meeting)
        return Evidence(
            before,
            quote,
            after,
            label(self.graph, document),
            day.isoformat() if day else "undated",
            meeting_page(self.graph, meeting) if meeting is not None else "",
        )

    def of(self, node: URIRef, limit: int = 3) -> list[Evidence]:
        """Up to ``limit`` pieces of evidence of ``node``, one per readout, newest readout first."""
        by_document: dict[URIRef, URIRef] = {}
        for span in iris(self.graph.objects(node, KG.evidence)):
            document = self.graph.value(span, KG.inDocument)
            if isinstance(document, URIRef) and (document not in by_document or str(span) < str(by_document[document])):
                by_document[document] = span
        newest = sorted(by_document.items(), key=lambda item: self._order(item[0]))[:limit]
        return [found for _, span in newest if (found := self.span(span)) is not None]

    def _order(self, document: URIRef) -> tuple[int, str]:
        day = self._day(self._meeting.get(document))
        return (-day.toordinal() if day else 0, str(document))

    def meetings(self, meetings: Iterable[URIRef], limit: int = 3) -> list[dict[str, str]]:
        """The newest ``limit`` of ``meetings`` as {"meeting", "date", "page"}: the evidence of a link."""
        dated = sorted(set(meetings), key=lambda m: (-(d.toordinal()) if (d := self._day(m)) else 0, str(m)))
        return [
            {
                "meeting": label(self.graph, m),
                "date": d.isoformat() if (d := self._day(m)) else "undated",
                "page": meeting_page(self.graph, m),
            }
            for m in dated[:limit]
        ]

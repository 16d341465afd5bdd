"""The calendar of central events, and which event a relayed directive names.

Readouts name one event many ways: "the Third Plenary Session of the 20th Central
Committee", "the Third Plenum", "the plenary session", "二十届三中全会". The calendar
(``ontology/calendar.ttl``, data) lists each event once with its days; resolution reads
the series, term, ordinal and year the wording gives and picks the event of that series
that had already begun by the meeting's date, the latest such. A wording that names an
event not yet held on the meeting's date is not a relay of it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.document import has_chinese, to_simplified
from kg.events import CentralEvent, Resolution
from kg.namespace import KG
from kg.numerals import ORDINAL_WORDS, chinese_number
from kg.rdfnodes import iris, read_turtle
from kg.reference import ontology_dir
from kg.stated_events import stated_event, stated_month_day

__all__ = ["Calendar", "CentralEvent", "Resolution", "load_calendar"]

# How long after an event a readout may still relay it when the wording names no term,
# ordinal or year ("the Central Economic Work Conference", "the plenary session").
_UNNUMBERED_WINDOW = dt.timedelta(days=400)

# Series, tried in order; each names the pattern a wording of that series contains.
_SERIES = (
    ("ccdi-plenary", re.compile(r"discipline\s+inspection|\bccdi\b|中央纪委|中纪委")),
    (
        "npc-session",
        re.compile(
            r"(?:national\s+people['’]s\s+congress|\bnpc\b|全国人大)(?=.*(?:\bsessions?\b|会议))|"
            r"(?:\bsessions?\b|会议).*(?:national\s+people['’]s\s+congress|\bnpc\b|全国人大)|"
            r"全国两会|national\s+two\s+sessions|two\s+sessions\s+of\s+the\s+country"
        ),
    ),
    (
        "cppcc-session",
        re.compile(r"(?:\bsessions?\b|会议).*(?:\bcppcc\b|political\s+consultative|全国政协)|全国政协[^，。]*会议"),
    ),
    # "中国共产党第二十届中央委员会第二次全体会议": a plenary session by its formal name.
    (
        "cc-plenary",
        re.compile(r"plenary\s+(?:session|meeting)|\bplenum\b|中全会|全会|中央委员会第[一二三四五六七八九]次全体会议"),
    ),
    ("party-congress", re.compile(r"(?:national|party)\s+congress|[十二]+大(?!会)|全国代表大会")),
    (
        "cewc",
        re.compile(
            r"central\s+economic\s+(?:work\s+)?conferences?|economic\s+work\s+conferences?\s+of\s+the\s+central|"
            r"中央经济工作会议"
        ),
    ),
    (
        "crwc",
        re.compile(
            r"central\s+rural\s+work\s+conferences?|central\s+conference\s+on\s+rural\s+work|"
            r"rural\s+work\s+conferences?\s+of\s+the\s+central|中央农村工作会议"
        ),
    ),
    ("new-year-address", re.compile(r"new\s+year(?:['’]s)?\s+(?:address|message|speech|greetings?)|新年贺词")),
)
# "the economic work conferences of the central and provincial committees", "中央和省委经济工作会议":
# the central one of a pair named together is still the central event.
_JOINT_LOCAL = re.compile(
    r"(?<=central)(?:\s+committee)?\s+and\s+(?:the\s+)?(?:provincial|municipal)(?:\s+(?:party\s+)?committees?)?"
    r"|(?<=中央)(?:和|及|暨)(?:省委|市委)"
)
_NOT_CENTRAL = re.compile(r"provincial|municipal|county|district|prefectur|[省市县区州]委")
# "全国政协有关会议精神", "the spirit of relevant central meetings": some meetings, not a named one.
_UNSPECIFIED = re.compile(r"\brelevant\b|有关|相关")
# "the seminar on studying the spirit of the 20th Party Congress" is about the event, not the event.
_ABOUT = re.compile(
    r"\b(?:spirit|stud\w*|implement\w*|welcom\w*|seminar|propagat\w*|learn\w*|anniversary)\b|学习|贯彻|迎接"
)
_TERM = re.compile(
    r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:cpc\s+|party\s+)?(?:central|national|ccdi|npc|cppcc|party\s+congress)"
    r"|(?:party['’]s\s+)(?P<p>\d{1,2})(?:st|nd|rd|th)\s+national"
    r"|(?P<cn>[一二三四五六七八九十]{2,3})(?:届|大)"
)
_ORDINAL = re.compile(
    rf"\b(?P<w>{'|'.join(ORDINAL_WORDS)}|\d(?:st|nd|rd|th))\s+(?:plenary\s+(?:session|meeting)|plenum|session|meeting)"
    r"|(?P<cn>[一二三四五六七八九])(?:中全会|次全会|次全体会议|次会议)"
)
_YEAR = re.compile(r"(?<!\d)(?P<y>20\d\d)(?!\d)")


class Calendar:
    """The events by series, and the named one-off events by their wordings."""

    def __init__(self, events: list[CentralEvent]) -> None:
        self.events = {e.key: e for e in events}
        self._series: dict[str, list[CentralEvent]] = {}
        for event in sorted(events, key=_first_day):
            self._series.setdefault(event.series, []).append(event)
        # Each Central Committee by number, from the first day of the congress that elected it.
        self._terms = [(e.term, _first_day(e)) for e in self._series.get("party-congress", []) if e.term is not None]
        numbered = {name for name, _ in _SERIES}
        self._named = [
            (event, [_words(a) for a in (event.label, *event.aliases) if not has_chinese(a)], _zh(event))
            for event in events
            if event.series not in numbered
        ]

    def resolve(self, occasion: str, meeting_date: dt.date | None, kind: str = "session") -> Resolution | None:
        """The event ``occasion`` names, as of a meeting on ``meeting_date``; None when it names none.

        Only sessions and speeches are events or given at one; a document or letter about
        an event ("the Decision on studying the spirit of the 20th Party Congress") is not.
        """
        if kind not in ("session", "speech"):
            return None
        stated = stated_event(occasion, meeting_date, self._terms)
        if stated is not None:
            return Resolution(stated, before_event=self._not_yet_elected(stated.term, meeting_date))
        text = _JOINT_LOCAL.sub("", to_simplified(occasion).lower())
        if _NOT_CENTRAL.search(text) or _UNSPECIFIED.search(text):
            return None
        found = next(((name, m) for name, pattern in _SERIES if (m := pattern.search(text))), None)
        if found is None:
            return self._named_event(text, meeting_date)
        series, where = found
        if _ABOUT.search(text[: where.start()]):
            return None
        term, ordinal, year = _term(text), _ordinal(text), _year(text)
        candidates = [
            e
            for e in self._series.get(series, [])
            if (term is None or e.term == term)
            and (ordinal is None or e.ordinal == ordinal)
            and (year is None or (e.year if e.year is not None else _first_day(e).year) == year)
        ]
        return _latest(_on_stated_day(candidates, text), meeting_date, numbered=term is not None or year is not None)

    def _not_yet_elected(self, term: int | None, meeting_date: dt.date | None) -> bool:
        """Whether a meeting on ``meeting_date`` predates the congress that elected Central Committee ``term``."""
        elected = next((first for number, first in self._terms if number == term), None)
        return meeting_date is not None and elected is not None and meeting_date < elected

    def _named_event(self, text: str, meeting_date: dt.date | None) -> Resolution | None:
        words = _words(text)
        if _ABOUT.search(text):
            return None
        matched = [
            event
            for event, wordings, chinese in self._named
            if any(len(w) >= 2 and w <= words for w in wordings) or any(c in text for c in chinese)
        ]
        return _latest(_on_stated_day(matched, text), meeting_date, numbered=_year(text) is not None)


def _on_stated_day(candidates: list[CentralEvent], text: str) -> list[CentralEvent]:
    """The candidates that began on the month and day the wording states, where it states one and one did.

    "8月27日至28日召开的中央民族工作会议" names the 2021 conference even when the readout gives no year.
    """
    stated = stated_month_day(text)
    if stated is None or len(candidates) < 2:
        return candidates
    on_day = [e for e in candidates if e.first is not None and (e.first.month, e.first.day) == stated]
    return on_day or candidates


def _latest(candidates: list[CentralEvent], meeting_date: dt.date | None, *, numbered: bool) -> Resolution | None:
    """The latest candidate begun by the meeting's date; a numbered wording of a later event is flagged."""
    if not candidates:
        return None
    if meeting_date is None:
        return Resolution(candidates[0]) if len(candidates) == 1 else None
    held = [e for e in candidates if _first_day(e) <= meeting_date]
    if not held:
        return Resolution(candidates[0], before_event=True) if numbered or len(candidates) == 1 else None
    event = max(held, key=_first_day)
    if not numbered and len(candidates) > 1 and meeting_date - _first_day(event) > _UNNUMBERED_WINDOW:
        return None
    return Resolution(event)


def _first_day(event: CentralEvent) -> dt.date:
    """A calendar event's first day (every calendar event has its days)."""
    assert event.first is not None, event.key
    return event.first


_STOP = frozenset("the of and on in for a an to at cpc china communist party's party".split())


# Translations name 新冠肺炎 "COVID-19", "novel coronavirus pneumonia" or "new crown pneumonia": one word set.
_COVID = re.compile(r"\b(?:novel\s+coronavirus|new\s+(?:coronary|crown))\s+pneumonia\b|\bcovid\b(?!-?19)")


def _words(text: str) -> frozenset[str]:
    folded = _COVID.sub("covid-19", text.lower().replace("’", "'"))
    return frozenset(w for w in re.findall(r"[a-z0-9]+", folded) if w not in _STOP)


def _zh(event: CentralEvent) -> list[str]:
    return [to_simplified(a) for a in event.aliases if has_chinese(a)]


def _term(text: str) -> int | None:
    match = _TERM.search(text)
    if match is None:
        return None
    if match["cn"]:
        return chinese_number(match["cn"])
    return int(match["n"] or match["p"])


def _ordinal(text: str) -> int | None:
    match = _ORDINAL.search(text)
    if match is None:
        return None
    if match["cn"]:
        return chinese_number(match["cn"])
    word = match["w"]
    return ORDINAL_WORDS.index(word) + 1 if word in ORDINAL_WORDS else int(word[0])


def _year(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match["y"]) if match else None


def _int(graph: Graph, node: URIRef, prop: URIRef) -> int | None:
    value = graph.value(node, prop)
    return int(value) if isinstance(value, Literal) else None


@lru_cache(maxsize=1)
def load_calendar() -> Calendar:
    """Read ``ontology/calendar.ttl`` once per process."""
    graph = read_turtle(ontology_dir() / "calendar.ttl")
    kinds: dict[object, str] = {KG.Session: "session", KG.Speech: "speech"}
    events = []
    for node in iris(graph.subjects(RDF.type, KG.CentralEvent)):
        first, last = graph.value(node, KG.eventDate), graph.value(node, KG.eventEnd)
        assert isinstance(first, Literal) and isinstance(last, Literal)
        events.append(
            CentralEvent(
                key=str(node).rsplit("/", 1)[-1],
                label=str(graph.value(node, RDFS.label)),
                series=str(graph.value(node, KG.series)),
                kind=kinds.get(graph.value(node, KG.directiveKind), "session"),
                issuer=str(graph.value(node, KG.issuerName)),
                first=first.toPython(),
                last=last.toPython(),
                term=_int(graph, node, KG.term),
                ordinal=_int(graph, node, KG.ordinal),
                year=_int(graph, node, KG.year),
                aliases=tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            )
        )
    return Calendar(sorted(events, key=lambda e: e.key))

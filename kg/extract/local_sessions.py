"""Local plenary sessions a meeting relays or prepares, as open topics (the Chinese frames are in
``kg.extract.zh.local_sessions``).

A standing committee spends whole agenda items on a plenary session of a local Party
committee: its own coming one (discussing the work report, the documents, the programme)
or a higher one just held (conveying its spirit). These are not central directives, yet an
analyst asks "when did the committees relay their provincial plenum" as often as about a
central one. The topic is named after the committee's level and what the meeting did with
the session ("municipal party committee plenary session", 市委全会筹备, 省委全会精神), so one
topic gathers the readouts of every committee at that level, whatever the session's ordinal.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.open_topics import open_topic_key
from kg.extract.text import make_span
from kg.facts import TopicMention

__all__ = ["find_local_sessions"]

_LEVELS_EN = {
    "provincial": "provincial",
    "municipal": "municipal",
    "city": "municipal",
    "prefectural": "prefectural",
    "county": "county",
    "district": "district",
    "autonomous region": "regional",
    "regional": "regional",
}
_LEVEL_EN = r"(?P<level>Provincial|Municipal|City|Prefectural|County|District|Autonomous\s+Region(?:al)?|Regional)"
_ORDINAL_EN = r"(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:-[a-z]+)?)"
# "the Second Plenary Session of the 15th Provincial Party Committee",
# "the 3rd Plenary Session of the 12th Dalian Municipal Committee",
# "the Municipal Party Committee's plenary session".
_PLENUM_EN = (
    re.compile(
        rf"\b[Pp]lenary\s+(?:[Ss]ession|[Mm]eeting)\s+of\s+the\s+(?:{_ORDINAL_EN}\s+){{0,3}}?"
        rf"{_LEVEL_EN}\s+(?:CPC\s+|Party\s+)?[Cc]ommittee",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_LEVEL_EN}\s+(?:Party\s+)?[Cc]ommittee['’]s\s+(?:\w+\s+){{0,2}}?plenary\s+(?:session|meeting)",
        re.IGNORECASE,
    ),
)


def find_local_sessions(document: Document, start: int, end: int) -> tuple[TopicMention, ...]:
    """Local plenary sessions named in ``document.text[start:end]``, one topic per level."""
    found: dict[str, TopicMention] = {}
    if "plenary" not in document.text[start:end].lower():  # every pattern names one; most readouts do not
        return ()
    matches = (m for pattern in _PLENUM_EN for m in pattern.finditer(document.text, start, end))
    for match in sorted(matches, key=lambda m: m.start()):
        level = _LEVELS_EN[re.sub(r"\s+", " ", match["level"].lower())]
        label = f"{level} party committee plenary session"
        key = open_topic_key(label, "en")
        found.setdefault(key, TopicMention(key, make_span(document, *match.span()), label, "en"))
    return tuple(found.values())

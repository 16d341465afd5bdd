"""Local plenary sessions a meeting relays or prepares, as open topics, in English and Chinese.

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

__all__ = ["find_local_sessions", "find_local_sessions_zh"]

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

_NUMBER_ZH = r"[一二三四五六七八九十百零〇\d]+"
# 市委四届八次全会, 省委十一届七次全体会议, 自治区党委十届九次全会,
# 中国共产党阜城县第十四届委员会第九次全体会议 (the county's own, named in full).
_PLENUM_ZH = re.compile(
    rf"(?P<level>自治区|省|市|县|区|州)(?:党?委(?:员会)?|(?=第?{_NUMBER_ZH}届委员会))"
    rf"(?:第?{_NUMBER_ZH}届(?:委员会)?)?(?:第?{_NUMBER_ZH}次)?(?:全会|全体(?:扩大)?会议)"
)
# 市委常委会(扩大)会议精神: a higher standing committee's meeting, relayed.
_STANDING_ZH = re.compile(r"(?P<level>省|市|县)委常委会(?:[(（]扩大[)）])?(?:会议)?(?=精神)")
_REPORT_ZH = re.compile(r"(?:的)?工作报告")
_PREPARED_ZH = re.compile(r"[^。；]{0,12}?(?:有关文件|建议方案|建议安排|筹备|决定|文件|议程)")
_RELAYED_ZH = re.compile(r"[^。；，]{0,60}?精神")
_RELAY_VERB_ZH = re.compile(r"传达|学习|贯彻")


def find_local_sessions(document: Document, start: int, end: int) -> tuple[TopicMention, ...]:
    """Local plenary sessions named in ``document.text[start:end]``, one topic per level."""
    found: dict[str, TopicMention] = {}
    matches = (m for pattern in _PLENUM_EN for m in pattern.finditer(document.text, start, end))
    for match in sorted(matches, key=lambda m: m.start()):
        level = _LEVELS_EN[re.sub(r"\s+", " ", match["level"].lower())]
        label = f"{level} party committee plenary session"
        key = open_topic_key(label, "en")
        found.setdefault(key, TopicMention(key, make_span(document, *match.span()), label, "en"))
    return tuple(found.values())


def find_local_sessions_zh(document: Document, start: int, end: int) -> tuple[TopicMention, ...]:
    """Local plenary sessions (and higher standing committees' meetings) a Chinese readout relays or prepares.

    What the meeting did decides the topic: a work report discussed (县委全会工作报告), documents or
    arrangements studied (市委全会筹备), or the spirit conveyed (省委全会精神). A plenum named in
    passing, with none of these, is no topic.
    """
    text = document.simplified or document.text
    found: dict[str, TopicMention] = {}
    for match in _PLENUM_ZH.finditer(text, start, end):
        what = _what_was_done(text, match.start(), match.end())
        if what is not None:
            _add_zh(found, document, match.start(), match.end(), f"{_committee_zh(match['level'])}全会{what}")
    for match in _STANDING_ZH.finditer(text, start, end):
        _add_zh(found, document, match.start(), match.end(), f"{match['level']}委常委会会议精神")
    return tuple(found.values())


def _what_was_done(text: str, start: int, end: int) -> str | None:
    if _REPORT_ZH.match(text, end):
        return "工作报告"
    if _PREPARED_ZH.match(text, end):
        return "筹备"
    clause_start = max(text.rfind(mark, 0, start) for mark in "。；\n")
    if _RELAYED_ZH.match(text, end) or _RELAY_VERB_ZH.search(text, clause_start + 1, start):
        return "精神"
    return None


def _committee_zh(level: str) -> str:
    return "自治区党委" if level == "自治区" else f"{level}委"


def _add_zh(found: dict[str, TopicMention], document: Document, start: int, end: int, label: str) -> None:
    key = open_topic_key(label, "zh")
    found.setdefault(key, TopicMention(key, make_span(document, start, end), label, "zh"))

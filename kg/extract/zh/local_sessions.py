"""Local plenary sessions a Chinese readout relays or prepares, as open topics.

The Chinese side of ``kg.extract.local_sessions``: 市委全会筹备, 省委全会精神, 县委全会工作报告,
named by the committee's level and what the meeting did with the session.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.open_topics import open_topic_key
from kg.extract.text import make_span
from kg.extract.zh.text import CJK, NUMBER_ZH, RELAY_VERB
from kg.facts import TopicMention

__all__ = ["find_local_sessions_zh"]

# 市委四届八次全会, 省委十一届七次全体会议, 自治区党委十届九次全会,
# 中国共产党阜城县第十四届委员会第九次全体会议 (the county's own, named in full).
_PLENUM_ZH = re.compile(
    rf"(?P<level>自治区|省|市|县|区|州)(?:党?委(?:员会)?|(?=第?{NUMBER_ZH}届委员会))"
    rf"(?:第?{NUMBER_ZH}届(?:委员会)?)?(?:第?{NUMBER_ZH}次)?(?:全会|全体(?:扩大)?会议)"
)
# 市委常委会(扩大)会议精神: a higher standing committee's meeting, relayed.
_STANDING_ZH = re.compile(r"(?P<level>省|市|县)委常委会(?:[(（]扩大[)）])?(?:会议)?(?=精神)")
# 省“两会”, 区两会: the local people's congress and CPPCC sessions, not the national ones.
_TWO_SESSIONS_ZH = re.compile(r"(?P<level>自治区|省|市|县|区|州)“?两会”?")
# "区十七届人大五次会议和区政协十三届五次会议", "市人大十届五次会议、市政协十届四次会议": the local two
# sessions named one by one.
_SESSION_PAIR_ZH = re.compile(
    rf"(?P<level>自治区|省|市|县|区|州)(?:第?{NUMBER_ZH}届)?人大(?:第?{NUMBER_ZH}届)?(?:第?{NUMBER_ZH}次)?会议"
    rf"(?:和|及|与|、)(?P=level)?政协(?:{CJK}{{1,4}}?[县市区州])?(?:第?{NUMBER_ZH}届)?(?:第?{NUMBER_ZH}次)?会议"
    # "县人大、政协“两会”": the two sessions, each body named before them.
    r"|(?P<both>自治区|省|市|县|区|州)人大[、和与及]政协“?两会”?"
)
# "筹备好、召开好区十七届人大五次会议…", "研究了召开县十七届人大二次会议…有关事宜": sessions to be convened.
_PREPARING_BEFORE_ZH = re.compile(r"(?:筹备|召开)(?:好|工作)?[^。；]{0,12}$")
# A bare 两会, with no level before it and not the national ones (全国两会).
_BARE_TWO_SESSIONS_ZH = re.compile(r"(?<![自治区省市县区州国])“?两会”?")
_REPORT_ZH = re.compile(r"(?:的)?(?:工作)?报告")  # 全会工作报告, 全会报告稿
_PREPARED_ZH = re.compile(r"[^。；]{0,12}?(?:有关文件|建议方案|建议安排|筹备|决定|文件|议程)")
_RELAYED_ZH = re.compile(r"[^。；，]{0,60}?精神")


def find_local_sessions_zh(document: Document, start: int, end: int) -> tuple[TopicMention, ...]:
    """Local plenary sessions (and higher standing committees' meetings, local two sessions) a Chinese readout
    relays or prepares; a topic named again (a bare 两会 after the province's own) comes once more.

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
    again = _local_two_sessions(document, text, start, end, found)
    return (*found.values(), *again)


def _local_two_sessions(
    document: Document, text: str, start: int, end: int, found: dict[str, TopicMention]
) -> list[TopicMention]:
    """The local two sessions (省“两会”), added to ``found`` at their first mention; every later mention
    is returned, so that none of them is taken for the national sessions.

    "做好省“两会”筹备工作 … 以“两会”圆满召开检验…": once the readout names its own two sessions (or its
    people's congress and its CPPCC, one by one), a bare 两会 is those sessions again.
    """
    named = list(_TWO_SESSIONS_ZH.finditer(text, start, end)) if "两会" in text else []
    named += _SESSION_PAIR_ZH.finditer(text, start, end) if "政协" in text else ()
    named.sort(key=lambda m: m.start())
    again: list[TopicMention] = []
    for match in named:
        clause = text[max(text.rfind(mark, 0, match.start()) for mark in "。；\n") + 1 : match.start()]
        what = (
            "筹备"
            if _PREPARED_ZH.match(text, match.end()) or _PREPARING_BEFORE_ZH.search(clause)
            else "精神"
            if _RELAYED_ZH.match(text, match.end())
            else ""
        )
        label = f"{_level(match)}两会{what}"
        if open_topic_key(label, "zh") in found:
            again.append(_mention(document, match.start(), match.end(), label))
        _add_zh(found, document, match.start(), match.end(), label)
    if named:
        # Where the readout names its own two sessions, a bare 两会 before or after them is those sessions.
        label = f"{_level(named[0])}两会"
        for bare in _BARE_TWO_SESSIONS_ZH.finditer(text, start, end):
            if not any(m.start() <= bare.start() < m.end() for m in named):
                again.append(_mention(document, bare.start(), bare.end(), label))
    return again


def _level(match: re.Match[str]) -> str:
    """The level of local two sessions, named before 两会 or before the people's congress of a pair."""
    return str(match["level"] or match.groupdict().get("both"))


def _what_was_done(text: str, start: int, end: int) -> str | None:
    if _REPORT_ZH.match(text, end):
        return "工作报告"
    if _PREPARED_ZH.match(text, end):
        return "筹备"
    clause_start = max(text.rfind(mark, 0, start) for mark in "。；\n")
    if _RELAYED_ZH.match(text, end) or RELAY_VERB.search(text, clause_start + 1, start):
        return "精神"
    return None


def _committee_zh(level: str) -> str:
    return "自治区党委" if level == "自治区" else f"{level}委"


def _mention(document: Document, start: int, end: int, label: str) -> TopicMention:
    return TopicMention(open_topic_key(label, "zh"), make_span(document, start, end), label, "zh")


def _add_zh(found: dict[str, TopicMention], document: Document, start: int, end: int, label: str) -> None:
    found.setdefault(open_topic_key(label, "zh"), _mention(document, start, end, label))

"""What a reviewed document is about, as a topic of the meeting that reviewed it.

A meeting that deliberates "the Implementation Plan for Building a Rule-of-Law Government"
or 《关于评选劳动模范的请示》 took up that plan's subject. The subject is the title less its
document type, its issuer, place and year, and its draft marks: "building a rule-of-law
government", "评选劳动模范". Where scheme topics named in the subject say most of it, they
stand for it and no open topic is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.open_topics import acceptable_topic, normalise_topic, open_topic_key
from kg.extract.text import make_span
from kg.extract.topics import find_topics
from kg.facts import ReviewedDocument, TopicMention
from kg.reference import TopicScheme

__all__ = ["mostly_named", "reviewed_subjects", "subject_en", "subject_zh"]


def mostly_named(named: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the ``named`` ranges (scheme topics' mentions) cover half of ``[start, end)`` or more:
    then they stand for the subject there ("rural revitalization" in "promoting rural revitalization").

    >>> mostly_named([(2, 6)], 0, 8), mostly_named([(2, 4)], 0, 10)
    (True, False)
    """
    covered = sum(max(0, min(hi, end) - max(lo, start)) for lo, hi in named)
    return 2 * covered >= end - start


def reviewed_subjects(
    document: Document, reviewed: Sequence[ReviewedDocument], scheme: TopicScheme
) -> Iterator[TopicMention]:
    """The subject of each document an English readout's meeting reviewed, as an open topic, unless
    topics of the scheme say most of it."""
    for title in reviewed:
        start, end = title.evidence.start, title.evidence.end
        subject = subject_en(document.text[start:end])
        if subject is None:
            continue
        lo, hi = start + subject[0], start + subject[1]
        if mostly_named([(t.evidence.start, t.evidence.end) for t in find_topics(document, lo, hi, scheme)], lo, hi):
            continue
        key = open_topic_key(subject[2], "en")
        yield TopicMention(key, make_span(document, lo, hi), subject[2], "en")


# -- English -------------------------------------------------------------------------------

# The subject follows the type and issuer: "Decision of the X Committee on ...", "Plan for ...".
_EN_SUBJECT_AFTER = re.compile(r"\b(?:on|for|concerning|regarding|about)\s+", re.IGNORECASE)
_EN_TYPE = (
    r"(?:implementation\s+|work\s+|action\s+|several\s+|interim\s+|main\s+)*"
    r"(?:plans?|opinions?|measures|regulations?|provisions|rules|decisions?|notices?|circulars?|reports?|"
    r"programmes?|programs?|schemes?|outlines?|methods|guidelines|points|proposals?|lists?)"
)
# "Guangdong Provincial Forest Protection Management Regulations": the place before, the type after.
_EN_PLACE_LEAD = re.compile(
    r"(?:[A-Z][\w\-]*\s+)*?(?:Provincial|Municipal|County|District|City|Province|Autonomous\s+Region)\s+"
)
_EN_TYPE_TAIL = re.compile(rf"\s+{_EN_TYPE}$", re.IGNORECASE)
_EN_MARKS = re.compile(r"\s*[(（][^)）]{1,30}[)）]\s*|[“”\"]")
# Words that say how, not what: "further strengthening and improving the X" is about the X.
_EN_HOW = re.compile(
    r"(?:(?:the|a|an|further|comprehensively|effectively|vigorously|earnestly|promoting|strengthening|"
    r"accelerating|deepening|advancing|improving|implementing|doing\s+a\s+good\s+job\s+(?:in|of))\s+|and\s+)+",
    re.IGNORECASE,
)
_EN_MAX_WORDS = 10


def subject_en(title: str) -> tuple[int, int, str] | None:
    """(start, end, label) of the subject inside an English document title, or None when it names none."""
    # A quote may close after the comma that follows the title ("“Regulations on X,” emphasizing ...").
    start, end = 0, len(title.rstrip(" ,;:."))
    marks = _EN_MARKS.search(title, 0, end)
    if marks is not None and marks.start() > 0:
        end = marks.start()  # "(Draft)", "(Trial)" and what follows them
    after = _EN_SUBJECT_AFTER.search(title, 0, end)
    if after is not None:
        start = after.end()
    else:
        place = _EN_PLACE_LEAD.match(title, 0, end)
        start = place.end() if place else 0
        tail = _EN_TYPE_TAIL.search(title, start, end)
        if tail is None:
            return None  # a title with neither a subject clause nor a type named: nothing to cut it at
        end = tail.start()
    how = _EN_HOW.match(title, start, end)
    if how is not None:
        start = how.end()
    words = title[start:end].split()
    if not 2 <= len(words) <= _EN_MAX_WORDS:
        return None
    label = normalise_topic(title[start:end])
    return (start, end, label) if acceptable_topic(label) else None


# -- Chinese -------------------------------------------------------------------------------

# (讨论稿), (试行), and the years a plan covers, (2024—2027年): how far along it is and for when, not what of.
_ZH_DRAFT = re.compile(r"[（(](?:讨论稿|草案|送审稿|征求意见稿|试行|代拟稿|\d{4}\s*[-—–～至]+\s*\d{4}年?)[)）]")
_ZH_ABOUT = re.compile(r"关于")
_ZH_ABOUT_WITHIN = 24
"""How far into a title 关于 may open its subject (after the issuer's name)."""
# 的请示, 实施方案, 工作要点 ...: what kind of document it is. Stripped from the end until none is left,
# as one document may wrap another (关于审定…实施方案的请示).
_ZH_TYPE_TAIL = re.compile(
    r"(?:的)?(?:请示|通知|批复|汇报|说明|建议安排|建议方案|安排|有关事项|"
    # "…促进条例": a regulation to promote what it names.
    r"(?:实施|工作|行动|建设|总体|专项|促进)?(?:方案|意见|细则|办法|规定|条例|计划|规划|要点|报告|决定|纲要|清单|规则)|"
    # 2019年…计划执行情况和2020年计划: the years and the state of things reported on.
    r"(?:执行|完成|落实|进展)?情况|[和及与]?\d{4}(?:[-—]\d{4})?年(?:度)?)$"
)
# What opens a title without naming its subject: the verb of a wrapping request, a year, a term.
_ZH_LEAD = re.compile(
    r"(?:审定|印发|召开|制定|修订|做好|进一步|全面|切实|认真|推进|推动|推行|加强|加快|促进|深化|"
    # 舞钢市2019年…, 县政协2022年…: who and when, before what.
    r"(?:[\u4e00-\u9fff]{1,8}?(?=\d{4}))?\d{4}(?:[-—]\d{4})?年(?:度)?|"
    r"近[一二三四五]年|(?:[一二三四五六七八九十]+|\d+)届(?:[省市县区州]委)?)+"
)
_ZH_MIN, _ZH_MAX = 4, 30
_ZH_BODY = re.compile(r"(?:政府|法院|检察院|常委会|政协|委员会|[省市县区州]委|党委|党组)$")
_ZH_SESSION = re.compile(r"(?:会议|全会|大会)$")


def subject_zh(title: str, region: str | None = None) -> tuple[int, int, str] | None:
    """(start, end, label) of the subject inside a Chinese document title (simplified characters), or None.

    ``region`` is the committee's place as extracted (旌德, 户县): a title that opens with it
    (旌德县劳动模范…实施方案) is about what follows it.
    """
    start, end = 0, len(title)
    draft = _ZH_DRAFT.search(title)
    if draft is not None:
        end = draft.start()
    about = _ZH_ABOUT.search(title, 0, min(end, _ZH_ABOUT_WITHIN))
    if about is not None:
        start = about.end()
    place = _place_lead(region)
    while True:
        tail = _ZH_TYPE_TAIL.search(title, start, end)
        lead = _ZH_LEAD.match(title, start, end) or (place.match(title, start, end) if place else None)
        if tail is None and lead is None:
            break
        if tail is not None:
            end = tail.start()
        if lead is not None:
            start = lead.end()
    while end > start and title[end - 1] in "的和及与":
        end -= 1
    if title.endswith("工作", start, end):
        end -= 2
    label = title[start:end].replace("“", "").replace("”", "")
    if _ZH_BODY.search(label) or _ZH_SESSION.search(label):
        return None  # 市检察院工作报告, 市委全会工作报告: the work of a body, the business of a session
    return (start, end, label) if _ZH_MIN <= len(label) <= _ZH_MAX else None


@lru_cache(maxsize=256)
def _place_lead(region: str | None) -> re.Pattern[str] | None:
    """The committee's place at the head of a title (旌德县…), with or without its kind."""
    if not region:
        return None
    name = re.sub(r"(?:自治县|自治州|县|市|区|州|省)$", "", region)
    return re.compile(rf"{re.escape(name)}(?:自治县|自治州|县|市|区|州|省)?") if name else None

"""Documents a Chinese readout's meeting reviewed: 《…》 after 审议, 研究, 讨论, 通过, 听取."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.document import Document, to_simplified
from kg.extract.zh.text import continues_list, sentences_zh, span
from kg.facts import ReviewedDocument

__all__ = ["UNQUOTED_CENTRAL_DOCUMENT", "extract_reviewed_zh", "in_book_title", "unquoted_central_documents"]

_REVIEW = re.compile(r"审议|研究|讨论|通过|听取|审定|原则同意|学习")
_TITLE = re.compile(r"《(?P<title>[^》]{2,120})》")
_CENTRAL_REVIEWER = re.compile(r"(?:中央全会|全会|中共中央|党中央|中央政治局|大会)(?:审议|讨论|研究)?$")
# A title written without 《》 in a list after the verb: 市检察院工作报告(讨论稿), 2018年工作要点.
_ITEM = re.compile(
    # "全旗落实五大任务项目(事项)清单": a short parenthesis may qualify a word inside the title.
    r"(?P<title>(?:[^、，,；;：:。《》()（）及]|[（(][^、，,；;：:。()（）]{1,4}[)）]){2,60}?"
    r"(?:工作报告|报告|方案|计划|规划|要点|意见|办法|规定|条例|决定|细则|清单|纲要))"
    # "审议并同意关于…实施方案的汇报": the plan reviewed through a report on it.
    r"(?:[（(](?:讨论稿|草案|送审稿|征求意见稿)[)）])?(?=[、，,；;。]|和|及|以及|等|的(?:汇报|说明)|$)"
)
_LEAD = re.compile(r"^(?:了|并|和|及|以及|会议|书面|审议|研究|讨论|通过|听取|审定|原则同意|同意|学习)+")
# What a clause says about a document rather than its title: a proposal made, a plan to draw up,
# a situation reported, the ritual "研究部署落实意见" (work out how to implement).
# 干部处理意见 (how cadres are to be disciplined) is a decision on persons, not a policy document.
# 相关实施方案, 我省贯彻意见: which documents, the words do not say.
_NOT_A_TITLE = re.compile(
    # "…习近平总书记在全会上所作的工作报告": a report someone delivered at a session, not a document reviewed.
    r"提出|作出|所作|编制|制定|起草|修改|方面|情况|^就|^对|的高|落实意见$|贯彻意见$|处理意见|处分|^(?:相关|有关|我[省市县区州])"
)
# "研究贯彻中央关于做好2024年元旦春节期间有关工作的通知要求": a central document named without 《》.
# "关于…的通知": what an unquoted document is about and its noun; "…关于空气质量的工作方案", "…的实施意见": a few
# words may qualify the noun.
_ABOUT_TITLE = r"关于[^。，；：《》“”]{4,60}?的(?:[^。，；：《》“”的]{0,4}?)(?:通知|通报|意见|决定|规定|办法|方案)"
UNQUOTED_CENTRAL_DOCUMENT = re.compile(
    r"(?<![省市县区州委])(?P<title>(?P<issuer>中共中央办公厅|国务院办公厅|中共中央|中央办公厅|中央|国务院)"
    rf"(?:[、和]国务院)?{_ABOUT_TITLE})"
)
# "中共中央、国务院关于A的意见、关于B的意见": further documents of the same issuer, named after the first.
_UNQUOTED_NEXT = re.compile(rf"(?:、|和|及|以及)(?P<title>{_ABOUT_TITLE})")


def unquoted_central_documents(text: str, start: int = 0) -> Iterator[tuple[str, int, int]]:
    """(issuer as written, start, end of the title) of each central document named without 《》 from
    ``start``, the later documents of a list that one issuer heads included."""
    for match in UNQUOTED_CENTRAL_DOCUMENT.finditer(text, start):
        yield match["issuer"], match.start("title"), match.end("title")
        at = match.end()
        while (following := _UNQUOTED_NEXT.match(text, at)) is not None:
            yield match["issuer"], following.start("title"), following.end("title")
            at = following.end()


# 《求是》杂志, 《人民日报》: a periodical, not a document; 重要文章《…》: an article, not a document reviewed.
_NOT_A_DOCUMENT = re.compile(r"杂志|日报|报(?!告)")
_ARTICLE_BEFORE = re.compile(r"文章$|(?:简|簡|下)(?:称|稱)$")
"""重要文章《…》 (an article), (以下简称《意见》) (a document's short name, not another document)."""
# 《…》精神, 《…》(下称《意见》)精神: a document whose spirit is relayed, not a document the meeting reviewed.
# (Documents studied as a list, 《…》以及《…》等重要文件精神, are reviewed, as the dev gold has them.)
_RELAYED_AFTER = re.compile(r"(?:[（(][^()（）]{1,12}[)）])?精神")
# 《告台湾同胞书》发表40周年纪念会: a title that names an anniversary names an event, not a document reviewed.
_ANNIVERSARY = re.compile(r"[^，。；]{0,4}?(?:发表|出版|颁布|问世|通过)\d*(?:周年|纪念)")


def extract_reviewed_zh(document: Document) -> tuple[ReviewedDocument, ...]:
    """Titles in book-title marks that follow a review verb in the same sentence or list."""
    found: dict[str, ReviewedDocument] = {}
    previous, reviewing = None, False  # the sentence before, and whether a review verb governs its list
    for sentence in sentences_zh(document):
        # "这次中央全会审议通过的《决定》": what a central session reviewed, not this meeting.
        found_verbs = [
            v
            for v in _REVIEW.finditer(sentence.text)
            if not _CENTRAL_REVIEWER.search(sentence.text, max(0, v.start() - 8), v.start())
        ]
        verbs = [m.end() for m in found_verbs]
        # "学习了A；B；C": an item after a semicolon is governed by the verb that opened the list.
        listing = reviewing and continues_list(previous, sentence)
        reviewing, previous = listing or bool(verbs), sentence
        if listing:
            verbs.insert(0, 0)
        if not verbs:
            continue
        verb_start = 0 if listing else found_verbs[0].start()
        for match in _TITLE.finditer(sentence.text, verb_start):
            if (
                _ANNIVERSARY.match(sentence.text, match.end())
                or _NOT_A_DOCUMENT.match(sentence.text, match.end())
                or _RELAYED_AFTER.match(sentence.text, match.end())
            ):
                continue  # an event, a periodical, or a document whose spirit is relayed (传达《…》精神), not reviewed
            if _ARTICLE_BEFORE.search(sentence.text, 0, match.start()):
                continue
            if not _governed(sentence.text, verbs, match.start()):
                continue  # "…学习贯彻…精神，严格落实《…条例》": a later clause's own verb
            start = sentence.start + match.start("title")
            title = document.text[start : sentence.start + match.end("title")]
            found.setdefault(title, ReviewedDocument(title, span(document, start, start + len(title))))
        quoted = [m.span() for m in _TITLE.finditer(sentence.text)]
        for match in _ITEM.finditer(sentence.text, verbs[0]):
            if any(lo <= match.start() < hi for lo, hi in quoted):
                continue
            lead = _LEAD.match(match["title"])
            at = match.start("title") + (lead.end() if lead else 0)
            if not _governed(sentence.text, verbs, at):
                continue  # "…学习…精神，抓好…，细化工作方案": a later clause's own verb, not a title reviewed
            start = sentence.start + at
            title = document.text[start : sentence.start + match.end("title")]
            simplified = to_simplified(title)
            if len(title) >= 5 and not _REVIEW.search(simplified) and not _NOT_A_TITLE.search(simplified):
                found.setdefault(title, ReviewedDocument(title, span(document, start, start + len(title))))
        for _, lo_title, hi_title in unquoted_central_documents(sentence.text, verb_start):
            if any(lo <= lo_title < hi for lo, hi in quoted):
                continue
            start, end = sentence.start + lo_title, sentence.start + hi_title
            title = document.text[start:end]
            found.setdefault(title, ReviewedDocument(title, span(document, start, end)))
    kept = (d for d in found.values() if not _refers_back(d.title, found))
    return tuple(sorted(kept, key=lambda d: d.evidence.start))


_QUOTED_ITEM = re.compile(r"《[^》]*》(?:[（(][^)）]{1,8}[)）])?")
# A title of a list and the comma that joins the next to it ("学习了《…条例》,《…条例(试行)》").
_LISTED_TITLE = re.compile(r"《[^》]*》(?:[（(][^)）]{1,8}[)）])?(?:[，、](?=《|$))?")


def in_book_title(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies inside a title in book-title marks (《…》)."""
    return any(m.start() < at < m.end() for m in _TITLE.finditer(text))


def _governed(text: str, verb_ends: list[int], start: int) -> bool:
    """Whether a title at ``start`` is in the clause of the nearest review verb before it: only other
    titles of its list, not a comma or semicolon of their own, stand between them."""
    verb_end = max((v for v in verb_ends if v <= start), default=-1)
    return verb_end >= 0 and not re.search(r"[，；：]", _LISTED_TITLE.sub("", text[verb_end:start]))


# 《决定》, 《意见》: a document named by its head noun alone refers to a longer title of the same readout.
_SHORT_REFERENCE = 4


def _refers_back(title: str, found: dict[str, ReviewedDocument]) -> bool:
    """Whether ``title`` names a document the readout names in full too: by its head noun alone (《决定》),
    or without its issuer (省委常委会工作报告 for 《中共山西省委常委会工作报告》)."""
    plain = to_simplified(title)
    others = [to_simplified(other) for other in found if other != title]
    return any((len(plain) <= _SHORT_REFERENCE and plain in other) or other.endswith(plain) for other in others)

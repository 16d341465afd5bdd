"""Central directives a Chinese readout relays: 习近平总书记…重要讲话/重要指示/回信精神, 全会精神.

One frame per kind of directive; a list of occasions under one frame
(在党外人士座谈会、12月8日中央政治局会议上的重要讲话) gives one directive each.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.zh.text import CJK, sentences_zh, span
from kg.facts import Directive

__all__ = ["extract_directives_zh"]

_XI = r"习近平(?:总书记|同志|主席)?"
_XI_WORDS = re.compile(
    rf"{_XI}(?P<occ>(?:[^。；;“”《》]|《[^》]{{1,30}}》){{0,60}}?)(?:发表的|作出的|所作的|的)?(?:系列)?重要"
    r"(?P<kind>讲话|指示批示|指示精神|指示|批示|论述|回信|贺信|文章)"
)
# "习近平总书记（关于）京津冀协同发展（的）战略思想": a thought on a named subject (the Thought on
# socialism for a new era is named in passing everywhere and is no relayed directive).
_XI_THOUGHT = re.compile(rf"{_XI}(?:关于)?(?P<occ>[^。；;，、“”《》]{{2,24}}?)(?:的)?(?P<kind>(?:重要|战略)?思想)")
_XI_LETTER = re.compile(rf"{_XI}(?:给|致)(?P<occ>[^。，；]{{2,40}}?)的(?:重要)?(?P<kind>回信|贺信|信)")
_SESSION_NAME = (
    r"(?<![省市县区州委])(?P<occ>(?:党的)?(?:中央|全国|中共中央|十[一-九]届|二十届|十九大|二十大|党的十九大|党的二十大)"
    r"[^。，；、“”《》精]{0,30}?(?:会议|全会|大会|座谈会|推进会|工作会|两会|十九大|二十大))"
)
# "…会议精神", "在…会议上": the session relayed. Not "…两会期间": that dates local work ("部署全国两会期间
# 有关工作"); what was said during a session is Xi's speech, found by its own frame.
_SESSION = re.compile(_SESSION_NAME + r"(?:精神|上)")
# "传达学习全国两会、中共中央《…》": a session as the object of a relay verb, in a list, with no 精神.
_RELAYED_SESSION = re.compile(r"(?:传达学习|学习贯彻|传达|学习)(?:了)?" + _SESSION_NAME + r"(?=[、，,])")
# "学习贯彻习近平总书记…重要讲话精神专题研讨班": a local seminar about a speech, not the speech relayed.
_SEMINAR = re.compile(r"(?:精神)?(?:专题)?(?:研讨班|读书班|培训班|学习班)")
_OTHER_LEADER = re.compile(
    rf"(?P<name>{CJK}{{2,3}}?)(?P<title>总理|副总理|委员长|副主席)(?P<occ>[^。，；]{{0,30}}?)(?P<kind>讲话|批示|指示)"
)
_CENTRAL_DOC = re.compile(
    r"(?P<issuer>中共中央|国务院|中央办公厅|中共中央办公厅)[^《。]{0,12}《(?P<title>[^》]{4,80})》"
)
_KIND = {
    "讲话": "speech",
    "论述": "speech",
    "文章": "speech",
    "指示批示": "instructions",
    "指示精神": "instructions",
    "指示": "instructions",
    "批示": "instructions",
    "回信": "letter",
    "贺信": "letter",
    "信": "letter",
}
_BACKGROUND = re.compile(r"(?:以来|之际|前夕|新时代)$")
# A local body named in a list of sessions ("中央经济工作会议和省委全会"): not central.
_LOCAL = re.compile(r"[省市县区州]委|自治区党委|[省市县区]政府")
# What an occasion cut mid-phrase looks like: "发表了一", a dangling particle.
_FRAGMENT = re.compile(r"^(?:发表|作出|所作)|[一了的和及]$")


def extract_directives_zh(document: Document) -> tuple[Directive, ...]:
    """Every central directive the readout relays, in text order, each occasion once."""
    found: dict[tuple[str | None, str, str], Directive] = {}
    earlier: tuple[str, int] | None = None  # the last central session named before this sentence
    for sentence in sentences_zh(document):
        named: list[tuple[str, int]] = []  # central sessions of this sentence, with their offsets
        sessions = [*_SESSION.finditer(sentence.text), *_RELAYED_SESSION.finditer(sentence.text)]
        for match in sorted(sessions, key=lambda m: m.start("occ")):
            if _BACKGROUND.search(match["occ"]):
                continue
            pos = sentence.start + match.start("occ")
            for part in re.split(r"(和|及|、)", match["occ"]):
                if part not in ("和", "及", "、") and len(part) >= 4 and not _LOCAL.search(part):
                    _add(found, Directive(None, "session", part, span(document, pos, pos + len(part))))
                    named.append((part, pos))
                pos += len(part)
        for match in _XI_WORDS.finditer(sentence.text):
            if _SEMINAR.match(sentence.text, match.end()):
                continue
            at = sentence.start + match.start()
            before = [n for n in named if n[1] < at]
            for occasion, start, end in _items(match, sentence.start, before[-1] if before else earlier):
                if _FRAGMENT.search(occasion):
                    continue
                _add(found, Directive("Xi Jinping", _KIND[match["kind"]], occasion, span(document, start, end)))
        for match in _XI_THOUGHT.finditer(sentence.text):
            if "新时代" in match["occ"] or "重要讲话" in match["occ"]:
                continue
            start, end = sentence.start + match.start("occ"), sentence.start + match.end("kind")
            _add(found, Directive("Xi Jinping", "thought", document.text[start:end], span(document, start, end)))
        for match in _XI_LETTER.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            _add(found, Directive("Xi Jinping", "letter", match["occ"], span(document, start, end)))
        for match in _OTHER_LEADER.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            occasion = match["name"] + match["title"] + match["occ"] + match["kind"]
            _add(found, Directive(match["name"], _KIND[match["kind"]], occasion, span(document, start, end)))
        for match in _CENTRAL_DOC.finditer(sentence.text):
            start, end = sentence.start + match.start("title"), sentence.start + match.end("title")
            issuer = "State Council" if match["issuer"] == "国务院" else "Central Committee"
            _add(found, Directive(issuer, "document", match["title"], span(document, start, end)))
        if named:
            earlier = named[-1]
    return tuple(sorted(found.values(), key=lambda d: d.evidence.start))


def _items(match: re.Match[str], offset: int, earlier: tuple[str, int] | None) -> list[tuple[str, int, int]]:
    """The occasions a frame governs: one per item of a list joined by 、 or 和/及/以及.

    A speech named with no occasion was given at the central session the readout relays
    just before it ("学习贯彻中央民族工作会议精神 … 习近平总书记重要讲话精神"), in this
    sentence or an earlier one; with none before it, it names no occasion and is not a
    directive of its own.
    """
    occasion = match["occ"].strip("，、 ")
    start = offset + match.start("occ")
    if not occasion:
        if earlier is not None:
            return [(f"在{earlier[0]}上", offset + match.start(), offset + match.end())]
        return []
    if occasion.startswith("在") and re.search(r"、|和|及", occasion):
        parts = re.split(r"、|以及|和|及", occasion[1:])
        out, pos = [], start + 1
        for part in parts:
            if len(part) >= 2:
                out.append((f"在{part.removesuffix('上')}上", pos, pos + len(part)))
            pos += len(part) + 1
        return out
    return [(occasion, start, offset + match.end("occ"))]


def _add(found: dict[tuple[str | None, str, str], Directive], directive: Directive) -> None:
    key = (directive.issuer, directive.kind, directive.occasion)
    if key not in found and directive.evidence.quote:
        found[key] = directive

"""Where a Chinese readout's committee is: its own name, the places its body names, its outlet.

Each finder takes the kinds of division that fit the committee's level and returns the one place
of such a kind the words name, with how it was found and the words it was read from.
"""

from __future__ import annotations

import re
from collections import Counter

import ahocorasick_rs

from kg.document import Document
from kg.extract.ranges import Ranges
from kg.extract.zh.text import CJK, span
from kg.facts import Span
from kg.gazetteer import Gazetteer, Place

__all__ = ["body_place", "outlet_place", "stated_place"]

# The crediting outlet at the head of the body: "香格里拉网讯", "鹤壁日报讯", "通城新闻网".
_OUTLET = re.compile(rf"(?P<name>{CJK}{{2,6}}?)(?:网讯|日报讯|报讯|新闻网|融媒体中心|日报|电视台)")
# Kinds whose two-character short names ("合作" for 合作市) are everyday words: only with their suffix.
_NEEDS_SUFFIX = frozenset({"county", "county-city", "district"})
_PLACE_CUT = re.compile(r"^.*(?:[，,、。：:）)\s]|召开|主持|中共|会议|书记|同志)")


def stated_place(text: str | None, kinds: set[str], gazetteer: Gazetteer) -> Place | None:
    """The place of a fitting kind that the words before a committee's name give ("鹤壁市委" -> 鹤壁市)."""
    if not text:
        return None
    text = _PLACE_CUT.sub("", text)
    for start in range(len(text) - 1):
        fits = [p for p in gazetteer.named(text[start:]) if p.kind in kinds]
        if fits:
            return fits[0]
    return None


def body_place(
    document: Document, kinds: set[str], gazetteer: Gazetteer, elsewhere: Ranges | None = None, suffix: str = ""
) -> tuple[Place | None, str, Span | None]:
    """The place of a fitting kind the text names most often (full names count double, and a place named
    as the committee's own ground, as in 立足X实际, counts twice more), outside ``elsewhere``.

    At each position the longest name (of two to six characters) that names one fitting place counts.
    A ``suffix`` the committee's body gives its division (旗委: a 旗, not the 范县 inside 示范县) must end
    the place's full name.
    """
    text = document.simplified or document.text
    names, automaton = _names_of(gazetteer)
    at: dict[int, list[str]] = {}
    for index, start, _ in automaton.find_matches_as_indexes(text, overlapping=True):
        at.setdefault(start, []).append(names[index])
    counts: Counter[str] = Counter()
    owned: set[str] = set()  # places named as the committee's own ground
    first: dict[str, tuple[int, int]] = {}
    for start in sorted(at):
        if elsewhere is not None and elsewhere.holds(start):
            continue  # a place a relayed directive names: where a disaster struck or Xi went
        for word in sorted(at[start], key=len, reverse=True):
            size = len(word)
            # A place the committee works from (立足永定实际, 做好广东工作) is its own: it outweighs a passing name.
            own = _lands_in(text, start, start + size)
            places = [
                p
                for p in gazetteer.by_zh.get(word, ())
                if gazetteer.places[p].kind in kinds
                and gazetteer.places[p].zh.endswith(suffix)
                and (size > 2 or word == gazetteer.places[p].zh or gazetteer.places[p].kind not in _NEEDS_SUFFIX or own)
            ]
            if len(places) == 1:
                if _ELSEWHERE.match(text, start + size) or _VISITED.search(text, max(0, start - 2), start):
                    break  # where Xi inspected, a delegation he joined: another place than the committee's
                counts[places[0]] += (2 if word == gazetteer.places[places[0]].zh else 1) + (2 if own else 0)
                if own:
                    owned.add(places[0])
                first.setdefault(places[0], (start, start + size))
                break
    if not counts:
        return None, "body", None
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None, "body", None
    code = ranked[0][0]
    # A county-level city's readout names its prefecture most (its sessions, its deployments), but only its
    # own place as where its work lands ("推动福鼎更好更快发展"): the one place inside the most named that is so.
    inside = [c for c in owned if code in {a.code for a in gazetteer.ancestors(gazetteer.places[c])}]
    if code not in owned and len(inside) == 1:
        code = inside[0]
    return gazetteer.places[code], "body", span(document, *first[code])


# "在山西省考察时", "参加内蒙古代表团审议", "视察贵州": places the text names as where central leaders went.
_ELSEWHERE = re.compile(r"(?:省|市|自治区)?(?:考察|视察|调研|代表团)")
_VISITED = re.compile(r"(?:考察|视察)$")
# "确保两会精神在宽城落地落实", "立足永定实际", "体现孝昌的实际", "具有王益特色": decisions land in the
# committee's own place and it works from its own conditions and character, so a short county name that
# is also an everyday word is a place in these frames.
_LANDS = re.compile(r"落地|落实|见效|生根|开花")
# "打响环翠品牌", "擦亮宽城品牌": a place's name as its own brand, which only its committee promotes.
# "贡献达拉特力量": the strength its committee's place gives to a national task.
_OWN_CONDITIONS = re.compile(r"的?(?:实际|特色|工作|品牌|力量|智慧)")
_FROM_CONDITIONS = (
    "立足",
    "结合",
    "体现",
    "符合",
    "联系",
    "紧扣",
    "具有",
    "彰显",
    "做好",
    "打响",
    "擦亮",
    "叫响",
    "贡献",
)


# "为明光高质量发展筑牢根基", "推动孝昌经济社会发展": the development a committee works for is its own place's.
_DEVELOPMENT = re.compile(r"(?:高质量发展|经济社会发展|经济社会高质量发展|更好更快发展|又好又快发展|跨越发展)")
# "奋力走好桐城高质量发展之路": the road of its own development, too.
_FOR_DEVELOPMENT = ("为", "推动", "促进", "推进", "助力", "加快", "走好")
# "谱写中国式现代化芜湖篇章", "全过程人民民主芜湖实践": the national programme's chapter its committee writes.
_NATIONAL_PROGRAMMES = ("中国式现代化", "人民民主", "新时代")
_OWN_CHAPTER = re.compile(r"(?:新)?(?:篇章|实践)")


def _lands_in(text: str, start: int, end: int) -> bool:
    landing = text[start - 1 : start] == "在" and _LANDS.match(text, end) is not None
    developing = _DEVELOPMENT.match(text, end) is not None and (
        text[start - 1 : start] in _FOR_DEVELOPMENT or text[max(0, start - 2) : start] in _FOR_DEVELOPMENT
    )
    chapter = _OWN_CHAPTER.match(text, end) is not None and text[max(0, start - 6) : start].endswith(
        _NATIONAL_PROGRAMMES
    )
    return (
        landing
        or developing
        or chapter
        or (text[max(0, start - 2) : start] in _FROM_CONDITIONS and _OWN_CONDITIONS.match(text, end) is not None)
    )


# One automaton of the gazetteer's Chinese names per gazetteer (a process has one), built when first needed.
_AUTOMATA: dict[int, tuple[Gazetteer, list[str], ahocorasick_rs.AhoCorasick]] = {}


def _names_of(gazetteer: Gazetteer) -> tuple[list[str], ahocorasick_rs.AhoCorasick]:
    """The Chinese place names of two to six characters, and an automaton that finds them all in one pass."""
    if id(gazetteer) not in _AUTOMATA:
        names = sorted(name for name in gazetteer.by_zh if 2 <= len(name) <= 6)
        _AUTOMATA[id(gazetteer)] = (gazetteer, names, ahocorasick_rs.AhoCorasick(names))
    _, names, automaton = _AUTOMATA[id(gazetteer)]
    return names, automaton


def outlet_place(document: Document, kinds: set[str], gazetteer: Gazetteer) -> tuple[Place | None, str, Span | None]:
    """The place the crediting outlet is named after ("香格里拉网讯" -> 香格里拉市), or the division of
    the committee's level that holds it (a prefecture committee's readout on a county-city's site)."""
    text = document.simplified or document.text
    match = _OUTLET.search(text, document.body_start, document.body_start + 60)
    if match is None:
        return None, "outlet", None
    name = match["name"]
    for start in range(len(name) - 1):
        places = gazetteer.named(name[start:])
        if len(places) != 1:
            continue
        fitting = [p for p in (places[0], *gazetteer.ancestors(places[0])) if p.kind in kinds]
        if fitting:
            at = match.start("name") + start
            return fitting[0], "outlet", span(document, at, match.end("name"))
    return None, "outlet", None

"""The place a committee belongs to, from everything an English readout offers.

In order of trust: the committee's own name ("the Heshan District Party Committee"),
a title or another committee phrase of the same level ("Secretary of the Hunan
Provincial Party Committee"), places of a fitting kind named in the body ("the whole
province of Hunan", "build a new modern Yiyang"), and the crediting outlet ("Hunan
Online"). Each answer says which of these it came from (``kg:regionSource``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.document import Document
from kg.extract.pinyin import is_pinyin_word
from kg.extract.ranges import Ranges
from kg.extract.text import make_span, sentences
from kg.facts import Span
from kg.gazetteer import Gazetteer, Place
from kg.leaders import load_leaders, municipality_led_by, municipality_place

__all__ = ["LEVEL_OF_KIND", "RegionFinding", "find_region", "region_label", "resolve"]

_WORD = r"[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?"  # "Xi'an", but not the possessive of "Jiujiang's role"
_PLACE_WORD = re.compile(rf"(?<![\w'’-])({_WORD}(?:\s+(?:Mongolia|Kong|Left\s+Banner))?)(?![\w-])")
_TITLE_PHRASE = re.compile(
    rf"(?<![\w'’-])(?P<place>{_WORD})\s+(?i:(?P<kind>Provincial|Municipal|City|Prefectural|Prefecture|County|District)"
    r"\s+(?:Party\s+|CPC\s+)?(?:Committee|Secretary|Government|People's\s+Government|Party\s+Secretary))"
)
LEVEL_OF_KIND = {
    "provincial": "provincial",
    "province": "provincial",
    "autonomous region": "provincial",
    "municipal": "municipal",
    "city": "municipal",
    "prefectural": "prefecture",
    "prefecture": "prefecture",
    "league": "prefecture",
    "autonomous prefecture": "prefecture",
    "county": "county",
    "banner": "county",
    "district": "district",
}
"""The committee level a kind word names ("Prefectural" -> prefecture, "Banner" -> county)."""
# Searched in lower-cased text: under IGNORECASE the engine is several times slower.
_ELSEWHERE = re.compile(r"inspect|visit|accident|explosion|collapse|\bfire\b")
_HOME_BEFORE = re.compile(
    r"(?:(?:whole|entire)\s+(?:province|city|region|district|county|prefecture)\s+of|people\s+of|modern|beautiful|"
    r"build(?:ing)?\s+(?:a\s+)?new|(?:implement(?:ed)?|carried\s+out|landed|take\s+root|put\s+into\s+practice)\s+in)\s+$",
    re.IGNORECASE,
)
_HOME_AFTER = re.compile(
    r"['’]s\s+(?:actual|reality|development|work|economic|economy|people|high-quality)", re.IGNORECASE
)
# "revise the Guangdong Provincial Forest Protection Regulations": the place's own institutions and rules,
# told by the kind word of the committee's own level.
_OWN_INSTITUTION = {"provincial": re.compile(r"\s+Provincial\s"), "municipal": re.compile(r"\s+Municipal\s")}
# "study the experience and practice of Zhejiang's …", "learn from Zhejiang": a model from elsewhere.
_AWAY_BEFORE = re.compile(
    r"(?:(?:experiences?|practices?)\s+(?:and\s+\w+\s+)?of|learn(?:ing|ed)?\s+from)\s+$", re.IGNORECASE
)
# "the General Secretary's important speech on Jiangsu work" (对江苏工作的重要讲话): the committee's own place.
_WORK_OF = re.compile(r"(?:['’]s)?\s+work\b")
_NOT_A_PLACE = frozenset("The This That Party Central China Chinese National State New Standing Communist".split())


@dataclass(frozen=True, slots=True)
class RegionFinding:
    """A region, how it was found, and the words it was read from."""

    name: str
    source: str
    """stated, title, body, outlet or known-leader."""
    evidence: Span
    code: str | None = None
    """The gazetteer code where the name resolves to one place of a fitting kind."""


def region_label(name: str, level: str | None) -> str:
    """How a region is written: counties and districts keep their kind ("Heshan District")."""
    if level in ("district", "county") and not name.lower().endswith(level):
        return f"{name} {level.title()}"
    return name


def find_region(
    document: Document,
    level: str,
    gazetteer: Gazetteer,
    exclude: Ranges | Sequence[tuple[int, int]] = (),
    outlets: Iterable[tuple[str, Span]] = (),
    outlet_regions: Mapping[str, str] | None = None,
    year: int | None = None,
) -> RegionFinding | None:
    """The committee's region from titles, the body, the outlet or a known municipal leader of
    ``year``, when the committee phrase names none."""
    exclude = Ranges.of(exclude)
    return (
        _from_titles(document, level, gazetteer, exclude)
        or _from_body(document, level, gazetteer, exclude)
        or _from_outlets(document, level, gazetteer, outlets, outlet_regions or {})
        or (_from_leaders(document, gazetteer, year) if level == "municipal" else None)
    )


def resolve(name: str, level: str | None, gazetteer: Gazetteer) -> str | None:
    """The gazetteer code of ``name`` when exactly one place of a fitting kind has it."""
    bare = re.sub(r"\s+(?:District|County)$", "", name)
    found = gazetteer.named(bare, level) if level else gazetteer.named(bare)
    return found[0].code if len(found) == 1 else None


def _outside(start: int, exclude: Ranges | Sequence[tuple[int, int]]) -> bool:
    return not Ranges.of(exclude).holds(start)


def _from_titles(
    document: Document, level: str, gazetteer: Gazetteer, exclude: Ranges | Sequence[tuple[int, int]]
) -> RegionFinding | None:
    for match in _TITLE_PHRASE.finditer(document.text, document.body_start):
        if LEVEL_OF_KIND[match["kind"].lower()] != level or not _outside(match.start(), exclude):
            continue
        place = match["place"]
        if place in _NOT_A_PLACE or not (gazetteer.named(place) or is_pinyin_word(place)):
            continue
        span = make_span(document, match.start(), match.end())
        return RegionFinding(region_label(place, level), "title", span, resolve(place, level, gazetteer))
    return None


def _from_body(
    document: Document, level: str, gazetteer: Gazetteer, exclude: Ranges | Sequence[tuple[int, int]]
) -> RegionFinding | None:
    """The place of a fitting kind the body names most often, outside sentences about elsewhere.

    Ties go to a place named in a frame that makes it home ("the whole province of
    Hunan", "Chongqing's actual situation", "a new modern Yiyang"); sentences about a
    visit, an inspection or an accident name other places and are skipped.
    """
    counts: Counter[str] = Counter()
    homely: set[str] = set()
    own = _OWN_INSTITUTION.get(level)
    first: dict[str, tuple[int, int, Place]] = {}
    for sentence in sentences(document):
        if _ELSEWHERE.search(sentence.text.lower()):
            continue
        for match in _PLACE_WORD.finditer(sentence.text):
            word, start = match.group(1), sentence.start + match.start()
            if word in _NOT_A_PLACE:
                continue
            home_work = _WORK_OF.match(sentence.text, match.end()) is not None
            # A relayed directive names places elsewhere, except the one whose work it is about.
            if not (home_work or _outside(start, exclude)):
                continue
            places = gazetteer.named(word, level)
            before = sentence.text[max(0, match.start() - 30) : match.start()]
            if len(places) != 1 or _AWAY_BEFORE.search(before):
                continue
            counts[word] += 1
            first.setdefault(word, (start, sentence.start + match.end(), places[0]))
            if (
                home_work
                or _HOME_BEFORE.search(before)
                or _HOME_AFTER.match(sentence.text, match.end())
                or (own is not None and own.match(sentence.text, match.end()))
            ):
                homely.add(word)
    ranked = counts.most_common()
    if not ranked:
        return None
    leaders = [w for w, n in ranked if n == ranked[0][1]]
    if len(leaders) > 1:
        leaders = [w for w in leaders if w in homely]
    if len(leaders) != 1:
        return None
    word = leaders[0]
    start, end, place = first[word]
    return RegionFinding(region_label(word, level), "body", make_span(document, start, end), place.code)


def _from_outlets(
    document: Document,
    level: str,
    gazetteer: Gazetteer,
    outlets: Iterable[tuple[str, Span]],
    outlet_regions: Mapping[str, str],
) -> RegionFinding | None:
    """A place in the outlet's name, or the province a provincial outlet belongs to."""
    for name, span in outlets:
        home = outlet_regions.get(name)
        if home is not None and level == "provincial":
            return RegionFinding(home, "outlet", span, resolve(home, level, gazetteer))
        for word in name.split():
            places = gazetteer.named(word, level)
            if len(places) == 1 and word not in _NOT_A_PLACE:
                return RegionFinding(region_label(word, level), "outlet", span, places[0].code)
    return None


def _from_leaders(document: Document, gazetteer: Gazetteer, year: int | None) -> RegionFinding | None:
    """The municipality whose secretary or mayor of ``year`` leads the meeting or is named by post."""
    if year is None:
        return None
    found: list[tuple[str, int, int]] = []
    # Only the holders of that year, and only those whose name the text holds at all: a substring
    # test first keeps the patterns off most readouts.
    for post in load_leaders():
        if not post.held_in(year) or post.en not in document.text:
            continue
        name = re.escape(post.en).replace(r"\ ", r"\s+")
        led = re.compile(
            rf"(?:[Ss]ecretary|[Mm]ayor)[^.;]{{0,40}}\b(?P<n>{name})\b|\b(?P<m>{name})\b[^.;]{{0,60}}"
            r"(?:presided|chaired|hosted|[Ss]ecretary|[Mm]ayor)"
        ).search(document.text, document.body_start)
        if led is not None:
            group = "n" if led["n"] else "m"
            found.append((post.en, led.start(group), led.end(group)))
    region = municipality_led_by([name for name, _, _ in found], year)
    place = municipality_place(region, gazetteer) if region else None
    if place is None:
        return None
    _, start, end = min((f for f in found if municipality_led_by([f[0]], year) == region), key=lambda f: f[1])
    return RegionFinding(place.en, "known-leader", make_span(document, start, end), place.code)

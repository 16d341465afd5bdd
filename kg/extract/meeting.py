"""The meeting header: which committee met, on what day, and whether enlarged.

The facts come from the readout's "meeting sentences", the first few sentences that
say a committee held, convened or presided over a meeting, so that dates and
committees of the central meetings a readout relays are never taken for its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from kg.document import Document
from kg.extract.dates import find_dateline, find_meeting_date, find_reference_date
from kg.extract.ranges import Ranges
from kg.extract.region import LEVEL_OF_KIND, find_region, region_label, resolve
from kg.extract.text import Sentence, make_span, sentences
from kg.facts import Committee, MeetingFacts, Span
from kg.gazetteer import Gazetteer

__all__ = ["extract_meeting", "meeting_sentences"]


_KIND = r"(?i:(?P<kind>Provincial|Province|Autonomous\s+Region|Autonomous\s+Prefecture|Municipal|City|Prefectural|Prefecture|League|County|Banner|District))"
_PLACE = r"(?P<place>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2})"
# "CPC Sichuan Provincial Committee", "Huaihua Municipal Party Committee",
# "Lushunkou district Party Committee", "Zhejiang Provincial CPC Standing Committee"
_COMMITTEE_A = re.compile(
    rf"(?:(?:CPC|Communist\s+Party\s+of\s+China)\s+)?(?:{_PLACE}\s+)?{_KIND}\s+"
    r"(?i:(?:Party\s+|CPC\s+|Communist\s+Party\s+)?(?:Standing\s+)?Committee)"
)
# "Party Committee of the Autonomous Region", "Party Committee of Xinjiang Uygur Autonomous Region"
_COMMITTEE_B = re.compile(rf"(?i:Party\s+Committee\s+of\s+(?:the\s+)?)(?:{_PLACE}\s+)?{_KIND}\b")
_MEETING_VERB = re.compile(
    r"\b(?:held|holds|hold|convened|convenes|convene|hosted|hosts|presided|presides|chaired|chairs|"
    r"gathered|met|was\s+held|opened|conducted|conducts|called\s+(?:a|an)\s+(?:\w+\s+)?meeting)\b",
    re.IGNORECASE,
)
_STANDING = re.compile(r"standing\s+committee|常委", re.IGNORECASE)
_CENTRAL = re.compile(
    r"Political\s+Bureau|Politburo|State\s+Council|Central\s+Committee\s+(?:of\s+the\s+)?(?:CPC|Communist)?",
    re.IGNORECASE,
)
_ENLARGED = re.compile(r"\b(?:enlarged|expanded)\b", re.IGNORECASE)
_NOT_A_PLACE = {
    "cpc",
    "the",
    "party",
    "standing",
    "communist",
    "china",
    "of",
    "municipal",
    "provincial",
    "our",
    "meeting",
    "committee",
    "holds",
    "held",
}


def meeting_sentences(document: Document, limit: int = 4) -> list[Sentence]:
    """The first sentences that report a standing committee meeting being held."""
    found: list[Sentence] = []
    for sentence in sentences(document):
        standing = _STANDING.search(sentence.text)
        if standing is not None and _MEETING_VERB.search(sentence.text):
            head = sentence.text[: standing.end() + 80]
            if _CENTRAL.search(head) and not _COMMITTEE_A.search(head):
                continue
            found.append(sentence)
            if len(found) == limit:
                break
    return found


# "The meeting, which took place on the afternoon of May 3, ...": the time told after the fact.
_TIME_CLAUSE = re.compile(r"^(?:The|This)\s+meeting,?\s+(?:which\s+)?(?:took\s+place|was\s+(?:held|convened))\b")


def _meeting_time_sentences(document: Document, limit: int = 12) -> list[Sentence]:
    """Early sentences that say when "the meeting" took place, after the one reporting it."""
    return [s for _, s in zip(range(limit), sentences(document), strict=False) if _TIME_CLAUSE.match(s.text)]


def extract_meeting(
    document: Document,
    gazetteer: Gazetteer | None = None,
    exclude: Ranges | Sequence[tuple[int, int]] = (),
    outlets: Iterable[tuple[str, Span]] = (),
    outlet_regions: Mapping[str, str] | None = None,
) -> MeetingFacts:
    """Extract the meeting header facts of one readout.

    ``exclude`` holds text ranges that name something else (relayed directives, people),
    whose place names say nothing about where the committee is.
    """
    candidates = meeting_sentences(document)
    anchor = candidates[0] if candidates else next(sentences(document))
    printed = find_reference_date(document.text, document.published)
    committee = _find_committee(document, candidates or [anchor])
    if gazetteer is not None and committee.level is not None:
        year = printed.year if printed else None
        committee = _place_committee(document, committee, gazetteer, exclude, outlets, outlet_regions or {}, year)
    dateline = find_dateline(document.body)
    date, part, date_span = None, None, None
    for sentence in [*candidates, *_meeting_time_sentences(document)]:
        mention = find_meeting_date(sentence.text, sentence.start, printed, dateline)
        if mention is None:
            continue
        if date_span is None or (date is None and mention.date is not None):
            date, date_span = mention.date, make_span(document, mention.start, mention.end)
        part = part or mention.part_of_day
        if date is not None and part is not None:
            break
    enlarged = any(_ENLARGED.search(s.text) for s in candidates[:3])
    return MeetingFacts(
        date=date,
        part_of_day=part,
        enlarged=enlarged,
        committee=committee,
        evidence=make_span(document, anchor.start, anchor.end),
        date_evidence=date_span,
    )


def _find_committee(document: Document, candidates: list[Sentence]) -> Committee:
    """The committee that met: the best-cued committee phrase of the meeting sentences.

    When that phrase names no place ("the Provincial Party Committee"), a phrase of the
    same level in the same sentences that does ("Secretary of the Sichuan Provincial
    Committee") gives the region.
    """
    found = [
        (_committee_cue(sentence.text, match) * 10 - rank, match, sentence)
        for rank, sentence in enumerate(candidates)
        for pattern in (_COMMITTEE_A, _COMMITTEE_B)
        for match in pattern.finditer(sentence.text)
    ]
    if not found:
        anchor = candidates[0]
        return Committee(None, None, "Standing Committee", make_span(document, anchor.start, anchor.end))
    _, match, sentence = max(found, key=lambda f: (f[0], -f[2].start - f[1].start()))
    level = _level(match)
    region, source = _region_name(match["place"], level), "stated"
    if region is None:
        named = (_region_name(m["place"], level) for _, m, _ in found if _level(m) == level)
        region, source = next((r for r in named if r is not None), None), "title"
    span = make_span(document, sentence.start + match.start(), sentence.start + match.end())
    return Committee(level, region, span.quote, span, region_source=source if region else None)


def _level(match: re.Match[str]) -> str:
    return LEVEL_OF_KIND[re.sub(r"\s+", " ", match["kind"].lower())]


def _place_committee(
    document: Document,
    committee: Committee,
    gazetteer: Gazetteer,
    exclude: Ranges | Sequence[tuple[int, int]],
    outlets: Iterable[tuple[str, Span]],
    outlet_regions: Mapping[str, str],
    year: int | None = None,
) -> Committee:
    """Give the committee a region from the rest of the readout, and its gazetteer code."""
    level = committee.level
    if committee.region is not None:
        return replace(committee, region_code=resolve(committee.region, level, gazetteer))
    assert level is not None
    found = find_region(document, level, gazetteer, exclude, outlets, outlet_regions, year)
    if found is None:
        return committee
    return replace(
        committee,
        region=found.name,
        region_source=found.source,
        region_evidence=found.evidence,
        region_code=found.code,
    )


def _committee_cue(sentence: str, match: re.Match[str]) -> int:
    """How strongly the context says this committee is the one that met."""
    before = sentence[max(0, match.start() - 40) : match.start()].lower()
    after = sentence[match.end() : match.end() + 40].lower()
    if re.search(r"(?:member|secretary|director|deputy)[\w\s]*of\s+(?:the\s+)?$", before):
        return 0
    if re.search(r"standing\s+committee\s*(?:\(\w+\)\s*)?(?:meeting\s+)?of\s+(?:the\s+)?$", before):
        return 3
    if re.match(r"\s*(?:\(\w+\)\s*)?(?:held|convened|holds|convenes|standing\s+committee|meeting)", after):
        return 3
    return 1


def _region_name(place: str | None, level: str) -> str | None:
    if not place:
        return None
    words = [w for w in place.split() if w.lower() not in _NOT_A_PLACE]
    if not words:
        return None
    if words[-1].lower() == "autonomous" and level == "prefecture":
        words.append("Prefecture")  # "Yanbian Korean Autonomous Prefecture": the kind is part of the name
    return region_label(" ".join(w[:1].upper() + w[1:] for w in words), level)

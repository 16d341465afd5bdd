"""Corpus-wide identity: what one readout says settles what another leaves open.

A committee whose readout names no place is placed by its presider: the same person
presiding over a committee of the same level in another readout of the corpus, within
a year, was leading the same committee (``kg:regionSource`` "inferred-from-person").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from kg.facts import ReadoutFacts

__all__ = ["infer_regions"]

_YEARS_APART = 1


def infer_regions(corpus: Sequence[ReadoutFacts]) -> list[ReadoutFacts]:
    """The corpus with unplaced committees placed through their presiders, where that is unambiguous."""
    placed: dict[tuple[str, str], list[tuple[int | None, str, str | None]]] = defaultdict(list)
    for facts in corpus:
        committee = facts.meeting.committee
        if committee.region is None or committee.level is None:
            continue
        year = facts.meeting.date.year if facts.meeting.date else None
        for name in facts.presiders:
            placed[(name, committee.level)].append((year, committee.region, committee.region_code))
    return [_placed(facts, placed) for facts in corpus]


def _placed(
    facts: ReadoutFacts, placed: dict[tuple[str, str], list[tuple[int | None, str, str | None]]]
) -> ReadoutFacts:
    committee = facts.meeting.committee
    if committee.region is not None or committee.level is None:
        return facts
    year = facts.meeting.date.year if facts.meeting.date else None
    regions = {
        (region, code)
        for name in facts.presiders
        for other_year, region, code in placed.get((name, committee.level), ())
        if year is None or other_year is None or abs(year - other_year) <= _YEARS_APART
    }
    if len(regions) != 1:
        return facts
    region, code = regions.pop()
    committee = replace(committee, region=region, region_code=code, region_source="inferred-from-person")
    return replace(facts, meeting=replace(facts.meeting, committee=committee))

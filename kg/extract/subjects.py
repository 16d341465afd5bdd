"""What a relayed directive is on, apart from the event that names it.

A directive's words name an event ("the 2023 Spring Festival group meeting") and often a
subject ("instructions on flood control", "the symposium on promoting the revitalization of
Northeast China", "对安全生产工作作出的重要指示"). The event's words are no topic of the meeting;
the subject is what the meeting took up when it relayed the directive, so it may be one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.facts import Span

__all__ = ["event_words", "events_words"]

# 关于 anywhere ("胡春华副总理关于乡村振兴讲话"); 对 and 就 only where they open the occasion, as inside a
# word they are no preposition ("对外开放").
_SUBJECT_LEAD = re.compile(r"\b(?:on|about|regarding|concerning)\s+|关于|^(?:对|就)")
_SUBJECT_BEFORE = re.compile(r"\b(?:on|about|regarding|concerning)\s+$|(?:对|关于|就)$")


def event_words(text: str, evidence: Span) -> tuple[int, int]:
    """The offsets in ``text`` of the part of a directive's evidence that names its event, before what it is on:
    none of it where the frame's own "on" comes just before ("instructions on | waste sorting"), all of it where
    it names no subject."""
    if _SUBJECT_BEFORE.search(text, max(0, evidence.start - 12), evidence.start):
        return evidence.start, evidence.start
    lead = _SUBJECT_LEAD.search(evidence.quote)
    return (evidence.start, evidence.start + lead.start()) if lead else (evidence.start, evidence.end)


# What parts the items of one list of subjects: "on A, B, and C", "关于A、B和C".
_LIST_GAP = re.compile(r"\s*(?:,|、|;)?\s*(?:and\s+|or\s+|和|及|以及)?\s*")
# An item that names a directive of its own ("and his important speech at the ... meeting") is no subject.
_NAMES_A_DIRECTIVE = re.compile(
    r"\b(?:his|speech|speeches|instructions?|letters?|meeting|conference|session|symposium|ceremony|forum|summit|"
    r"inspection|plenary|congress)\b|讲话|指示|批示|会议|回信|贺信",
    re.IGNORECASE,
)


def events_words(text: str, evidences: Sequence[Span]) -> list[tuple[int, int]]:
    """``event_words`` of each evidence, where the next item of a list of subjects shares its head's "on":
    in "speeches on strengthening financial work and promoting international exchanges" both items are
    subjects, none an event's name."""
    found: list[tuple[int, int]] = []
    previous: Span | None = None
    for evidence in sorted(evidences, key=lambda e: e.start):
        words = event_words(text, evidence)
        listed = (
            previous is not None
            and found[-1][0] == found[-1][1]  # the item before was a subject
            and previous.end <= evidence.start
            and _LIST_GAP.fullmatch(text, previous.end, evidence.start) is not None
            and _NAMES_A_DIRECTIVE.search(evidence.quote) is None
        )
        found.append((evidence.start, evidence.start) if listed else words)
        previous = evidence
    return found

"""What a relayed directive is on, apart from the event that names it.

A directive's words name an event ("the 2023 Spring Festival group meeting") and often a
subject ("instructions on flood control", "the symposium on promoting the revitalization of
Northeast China", "对安全生产工作作出的重要指示"). The event's words are no topic of the meeting;
the subject is what the meeting took up when it relayed the directive, so it may be one.
"""

from __future__ import annotations

import re

from kg.facts import Span

__all__ = ["event_words"]

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

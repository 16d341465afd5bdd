"""Zones, parks and ports a readout names in title case, as open topics.

A committee that takes up "the construction of the National Ecological Civilization Experimental
Zone and the Tropical Rainforest National Park" deals with those two places of policy, each a
topic of its own, though no requirement verb governs the second and the scheme knows a part of
the first ("ecological civilization"). The name's capitals and its head word (Zone, Park, Port,
Belt, Circle, Corridor, Bay Area) mark it: two capitalised words at least before the head, so a
bare "Development Zone" is no name.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.open_topics import acceptable_topic, normalise_topic, open_topic_key
from kg.extract.ranges import Ranges
from kg.extract.text import make_span
from kg.facts import TopicMention

__all__ = ["find_named_places_of_policy"]

_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
_NAMED = re.compile(
    rf"(?<![\w’'\-])(?P<name>(?:{_WORD}\s+){{2,6}}(?:Zone|Park|Port|Belt|Circle|Corridor|Bay\s+Area|New\s+Area))\b"
)


def find_named_places_of_policy(
    document: Document, start: int, end: int, *, exclude: Ranges | None = None
) -> tuple[TopicMention, ...]:
    """Each title-case zone, park or port named in ``document.text[start:end]``, once, outside ``exclude``."""
    skipped = exclude or Ranges.of(())
    found: dict[str, TopicMention] = {}
    for match in _NAMED.finditer(document.text, start, end):
        lo, hi = match.span("name")
        label = normalise_topic(match["name"])
        if skipped.overlaps(lo, hi) or not acceptable_topic(label):
            continue
        key = open_topic_key(label, "en")
        found.setdefault(key, TopicMention(key, make_span(document, lo, hi), label, "en"))
    return tuple(sorted(found.values(), key=lambda t: t.evidence.start))

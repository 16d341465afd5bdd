"""Topics of the SKOS scheme named in a stretch of text.

A topic is attached to the agenda item or task whose text names one of its labels,
never to a whole readout by keyword soup; the meeting then has the topics of its items.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.lexicon import Lexicon
from kg.extract.ranges import Ranges
from kg.extract.text import make_span
from kg.facts import TopicMention
from kg.reference import TopicScheme

__all__ = ["TopicIndex", "find_topics"]

# Words that make the label before them part of a body's name ("the Party group of the CPPCC
# Zhejiang Provincial Committee", "the 12th CPPCC Provincial Committee"): an institution, not a topic.
_BODY_AFTER = re.compile(
    r"\s+(?:(?!Work)[A-Z][a-z]+\s+)?(?:(?:Provincial|Municipal|Prefectural|County|District|City)\s+)?(?:Committee|Party\s+Group)\b"
)


def _names_a_body(text: str, end: int) -> bool:
    return _BODY_AFTER.match(text, end) is not None


@lru_cache(maxsize=4)
def _lexicon(scheme: TopicScheme) -> Lexicon:
    """The scheme's English labels, in one automaton (built once per process)."""
    return Lexicon(scheme.concepts)


def find_topics(
    document: Document,
    start: int,
    end: int,
    scheme: TopicScheme,
    *,
    exclude: Ranges | Sequence[tuple[int, int]] = (),
) -> tuple[TopicMention, ...]:
    """Each topic named in ``document.text[start:end]``, once, at its first mention.

    Mentions inside ``exclude`` ranges are not counted: there the words name a relayed
    directive ("the Spring Festival group meeting", "the Fourth Plenary Session"), not
    what the meeting itself dealt with.
    """
    found: dict[str, TopicMention] = {}
    skipped = Ranges.of(exclude)
    for hit_start, hit_end, key in _lexicon(scheme).find(document.text, start, end):
        if key not in found and not skipped.covers(hit_start, hit_end) and not _names_a_body(document.text, hit_end):
            found[key] = TopicMention(key, make_span(document, hit_start, hit_end))
    return tuple(sorted(found.values(), key=lambda t: (t.evidence.start, t.key)))


class TopicIndex:
    """Every scheme topic named in a document, found in one pass and asked about by range.

    An agenda item and each of its tasks want the topics of their own stretch of text;
    scanning the text once and answering ranges by bisection keeps that linear.
    """

    def __init__(
        self, document: Document, scheme: TopicScheme, exclude: Ranges | Sequence[tuple[int, int]] = ()
    ) -> None:
        skipped = Ranges.of(exclude)
        self._document = document
        self._hits = [
            hit
            for hit in _lexicon(scheme).find(document.text, document.body_start)
            if not skipped.covers(*hit[:2]) and not _names_a_body(document.text, hit[1])
        ]
        self._starts = [hit[0] for hit in self._hits]

    def between(self, start: int, end: int) -> tuple[TopicMention, ...]:
        """Each topic named inside ``[start, end)``, once, at its first mention there."""
        found: dict[str, TopicMention] = {}
        index = bisect_left(self._starts, start)
        while index < len(self._hits) and self._hits[index][0] < end:
            hit_start, hit_end, key = self._hits[index]
            if hit_end <= end and key not in found:
                found[key] = TopicMention(key, make_span(self._document, hit_start, hit_end))
            index += 1
        return tuple(sorted(found.values(), key=lambda t: (t.evidence.start, t.key)))

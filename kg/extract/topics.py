"""Topics of the SKOS scheme named in a stretch of text.

A topic is attached to the agenda item or task whose text names one of its labels,
never to a whole readout by keyword soup; the meeting then has the topics of its items.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.lexicon import Lexicon
from kg.extract.open_topics import normalise_topic, ritual_slogans
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


def _hits(
    document: Document, scheme: TopicScheme, start: int, end: int | None, skipped: Ranges
) -> Iterator[tuple[int, int, str]]:
    """(start, end, concept key) of each label in the range, outside ``skipped`` and not a body's name."""
    text = document.text
    for hit_start, hit_end, key in _lexicon(scheme).find(text, start, end):
        if not skipped.covers(hit_start, hit_end) and _BODY_AFTER.match(text, hit_end) is None:
            yield hit_start, hit_end, key


@lru_cache(maxsize=4)
def _lexicon(scheme: TopicScheme) -> Lexicon:
    """The scheme's English labels, in one automaton (built once per process).

    A label that is a loyalty formula of the stop-list ("two establishments", "two safeguards")
    names no topic in a readout, which says it in passing; its concept stays in the scheme,
    as the Chinese slogans' concepts do (两个确立).
    """
    slogans = {_unhyphenated(slogan) for slogan in ritual_slogans()}
    kept = (
        (key, tuple(label for label in labels if _unhyphenated(normalise_topic(label)) not in slogans))
        for key, labels in scheme.concepts
    )
    return Lexicon([(key, labels) for key, labels in kept if labels])


def _unhyphenated(phrase: str) -> str:
    """A phrase as the lexicon matches it: "high quality development" is "high-quality development"."""
    return phrase.replace("-", " ")


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
    for hit_start, hit_end, key in _hits(document, scheme, start, end, skipped):
        if key not in found:
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
        self._hits = list(_hits(document, scheme, document.body_start, None, skipped))
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

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
from kg.extract.ranges import Ranges
from kg.extract.text import make_span
from kg.facts import TopicMention
from kg.reference import TopicScheme

__all__ = ["TopicIndex", "find_topics"]


@lru_cache(maxsize=4)
def _lexicon(scheme: TopicScheme) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every label of the scheme (one pass over the text, not one per concept).

    Each concept is a named group; concepts with longer labels come first, so where two
    labels start at one place the longer wins ("audit rectification" over "audit").
    """
    groups = []
    keys = {}
    ranked = sorted(scheme.concepts, key=lambda c: (-max(len(label) for label in c[1]), c[0]))
    for index, (key, labels) in enumerate(ranked):
        alternatives = "|".join(_label_pattern(label) for label in sorted(labels, key=len, reverse=True))
        groups.append(f"(?P<t{index}>{alternatives})")
        keys[f"t{index}"] = key
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])", re.IGNORECASE)
    return pattern, keys


def _label_pattern(label: str) -> str:
    """A label as a pattern tolerant of plural -s, hyphen-or-space and curly apostrophes."""
    words = re.split(r"[\s-]+", label.strip())
    parts = [re.escape(w).replace("'", "['’]") + r"(?:s|es)?" for w in words]
    return r"[\s-]+".join(parts)


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
    pattern, keys = _lexicon(scheme)
    for match in pattern.finditer(document.text, start, end):
        key = keys[match.lastgroup or ""]
        if key not in found and not skipped.covers(*match.span()):
            found[key] = TopicMention(key, make_span(document, match.start(), match.end()))
    return tuple(sorted(found.values(), key=lambda t: (t.evidence.start, t.key)))


class TopicIndex:
    """Every scheme topic named in a document, found in one pass and asked about by range.

    An agenda item and each of its tasks want the topics of their own stretch of text;
    scanning the text once and answering ranges by bisection keeps that linear.
    """

    def __init__(
        self, document: Document, scheme: TopicScheme, exclude: Ranges | Sequence[tuple[int, int]] = ()
    ) -> None:
        pattern, keys = _lexicon(scheme)
        skipped = Ranges.of(exclude)
        self._document = document
        self._hits = [
            (m.start(), m.end(), keys[m.lastgroup or ""])
            for m in pattern.finditer(document.text, document.body_start)
            if not skipped.covers(m.start(), m.end())
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

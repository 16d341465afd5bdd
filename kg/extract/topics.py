"""Topics of the SKOS scheme named in a stretch of text.

A topic is attached to the agenda item or task whose text names one of its labels,
never to a whole readout by keyword soup; the meeting then has the topics of its items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.text import make_span
from kg.facts import TopicMention
from kg.reference import TopicScheme

__all__ = ["find_topics"]


@lru_cache(maxsize=4)
def _patterns(scheme: TopicScheme) -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for key, labels in scheme.concepts:
        alternatives = "|".join(_label_pattern(label) for label in sorted(labels, key=len, reverse=True))
        compiled.append((key, re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)))
    return tuple(compiled)


def _label_pattern(label: str) -> str:
    """A label as a pattern tolerant of plural -s, hyphen-or-space and curly apostrophes."""
    words = re.split(r"[\s-]+", label.strip())
    parts = [re.escape(w).replace("'", "['’]") + r"(?:s|es)?" for w in words]
    return r"[\s-]+".join(parts)


def _inside(match: re.Match[str], ranges: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= match.start() and match.end() <= hi for lo, hi in ranges)


def find_topics(
    document: Document,
    start: int,
    end: int,
    scheme: TopicScheme,
    *,
    exclude: Sequence[tuple[int, int]] = (),
) -> tuple[TopicMention, ...]:
    """Each topic named in ``document.text[start:end]``, once, at its first mention.

    Mentions inside ``exclude`` ranges are not counted: there the words name a relayed
    directive ("the Spring Festival group meeting", "the Fourth Plenary Session"), not
    what the meeting itself dealt with.
    """
    found = []
    text = document.text
    for key, pattern in _patterns(scheme):
        first = next((m for m in pattern.finditer(text, start, end) if not _inside(m, exclude)), None)
        if first is not None:
            found.append(TopicMention(key, make_span(document, first.start(), first.end())))
    return tuple(sorted(found, key=lambda t: (t.evidence.start, t.key)))

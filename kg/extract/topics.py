"""Topics of the SKOS scheme named in a stretch of text.

A topic is attached to the agenda item or task whose text names one of its labels,
never to a whole readout by keyword soup; the meeting then has the topics of its items.
"""

from __future__ import annotations

import re
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


def find_topics(
    document: Document, start: int, end: int, scheme: TopicScheme, *, min_mentions: int = 1, lead_end: int | None = None
) -> tuple[TopicMention, ...]:
    """Each topic named in ``document.text[start:end]``, once, at its first mention.

    With ``min_mentions`` above 1, a topic must be named that often, or named before
    ``lead_end`` (in the lead sentence), to count: one passing word in a long unit is
    not what the unit deals with.
    """
    found = []
    text = document.text
    for key, pattern in _patterns(scheme):
        matches = list(pattern.finditer(text, start, end))
        if not matches:
            continue
        in_lead = lead_end is not None and matches[0].start() < lead_end
        if len(matches) >= min_mentions or in_lead:
            found.append(TopicMention(key, make_span(document, matches[0].start(), matches[0].end())))
    return tuple(sorted(found, key=lambda t: (t.evidence.start, t.key)))

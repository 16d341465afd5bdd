"""Topics of the SKOS scheme named in a stretch of text.

A topic is attached to the agenda item or task whose text names one of its labels,
never to a whole readout by keyword soup; the meeting then has the topics of its items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.ranges import Ranges
from kg.extract.text import make_span
from kg.facts import TopicMention
from kg.reference import TopicScheme

__all__ = ["find_topics"]


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

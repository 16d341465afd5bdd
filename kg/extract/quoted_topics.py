"""Named programmes a readout puts in quotation marks, as open topics.

Readouts quote the names of the campaigns and programmes they take up: "do a solid job in
the “six stabilities” work", "the “Thousand Village Demonstration and Ten Thousand Village
Renovation” project", "the “Maple Bridge Experience”". The quoted words are the topic's
name even where no requirement verb governs them and the scheme does not know them. Ritual
slogans are quoted just as often ("two establishments", "four consciousnesses"): the stop-list
in ``ontology/topic-stoplist-en.txt`` keeps them out, as it does for every open topic.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.open_topics import acceptable_topic, normalise_topic, open_topic_key
from kg.extract.ranges import Ranges
from kg.extract.text import make_span
from kg.facts import TopicMention

__all__ = ["find_quoted_topics"]

_QUOTED = re.compile(r"[“\"](?P<name>[A-Za-z0-9][^“”\"\n]{2,80}?)[”\"]")
_MAX_WORDS = 10
# What makes a quoted phrase a programme's name rather than a slogan: a programme's head word after
# it ("the “six stabilities” work", "the “Thousand Village ...” project") or ending it ("the “Three
# Critical Battles”", "the “Maple Bridge Experience”"), or "the work of" before it.
_HEAD = r"(?:work|works|project|projects|programme|program|strategy|campaign|action|actions|initiative|battle|battles|experience|task|tasks)"
_HEAD_AFTER = re.compile(
    rf"[”\"]\s+(?:(?:and\s+[“\"][^”\"]+[”\"]\s+)?(?:major|key|special|three-year|\w+-year)\s+)?{_HEAD}\b", re.I
)
_HEAD_END = re.compile(rf"\b{_HEAD}$", re.I)
# "the work of “…”", "fight the tough battle of “six water governance”" (打好“六水共治”攻坚战), "do a good job in
# “health protection and severe disease prevention”" (做好“…”工作): the frame before the name makes it a programme.
_WORK_OF = re.compile(
    r"\b(?:work\s+(?:of|on)|battles?\s+(?:of|for|against)|(?:do|doing|did)\s+a\s+(?:good|solid|fine)\s+job\s+(?:in|of))"
    r"\s+(?:the\s+)?$",
    re.I,
)
# A quoted name opened by a title's head word is a document's title, not a programme's name.
_TITLE_WORDS = re.compile(
    r"\b(?:Regulations?|Measures|Opinions?|Plan|Program(?:me)?|Rules|Decision|Notice|Circular|Provisions|Law|Report)\b"
)


def find_quoted_topics(
    document: Document, start: int, end: int, *, exclude: Ranges | None = None
) -> tuple[TopicMention, ...]:
    """Each quoted programme name in ``document.text[start:end]``, once, outside ``exclude``."""
    text = document.text
    if "“" not in text[start:end] and '"' not in text[start:end]:
        return ()
    skipped = exclude or Ranges.of(())
    found: dict[str, TopicMention] = {}
    for match in _QUOTED.finditer(text, start, end):
        lo, hi = match.span("name")
        name = match["name"].rstrip(" ,.;:")  # it opens with a letter or digit
        if skipped.overlaps(lo, hi) or len(name.split()) > _MAX_WORDS or _TITLE_WORDS.search(name):
            continue
        named = _HEAD_END.search(name) or _HEAD_AFTER.match(text, hi) or _WORK_OF.search(text, max(0, lo - 40), lo - 1)
        if not named:
            continue
        label = normalise_topic(name)
        if not acceptable_topic(label):
            continue
        key = open_topic_key(label, "en")
        found.setdefault(key, TopicMention(key, make_span(document, lo, lo + len(name)), label, "en"))
    return tuple(sorted(found.values(), key=lambda t: t.evidence.start))

"""Open topics of a Chinese readout: what the meeting said to strengthen, promote or do well.

A topic is the object of a requirement (要…, 加强…, 推进…, 抓好…) or a term in quotes
(“四水同治”), cut at the next punctuation. Ritual slogans come from the stop-list
``ontology/topic-stoplist-zh.txt``, not from code.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.ranges import Ranges
from kg.extract.zh.text import CJK, CJK_CHARS, sentences_zh, span
from kg.facts import Span, TopicMention
from kg.reference import ontology_dir

__all__ = ["extract_topics_zh", "open_topic_key"]

_VERB = re.compile(
    r"(?:加强|推进|推动|抓好|做好|深化|强化|统筹|聚焦|加快|扎实推进|全力推进|持续推进|巩固|落实好|守牢|筑牢|提升|优化|完善|开展|实施)"
)
_OBJECT = re.compile(rf"(?P<obj>{CJK}[{CJK_CHARS}“”]{{1,13}}?)(?=[，。；、：,;:！]|工作[，。；]|和|与|的|$)")
_QUOTED = re.compile(rf"“(?P<obj>{CJK}[^“”]{{1,11}})”")
# A quoted term of three characters is a slogan's fragment ("收好官"), not a topic; nor is any two-character object.
_QUOTED_MIN = 4
_MIN = 3
# Objects that end in a word naming no policy area ("保障措施", "底线思维").
_EMPTY_HEAD = re.compile(r"(?:措施|要求|任务|举措|思维|力度|成效|氛围|作用|局面)$")
_TRIM = re.compile(r"^(?:各项|全面|进一步|切实|持续|扎实|好|了|的|全力|大力|着力)+|(?:工作|等)$")


@lru_cache(maxsize=1)
def _stoplist() -> tuple[str, ...]:
    path = ontology_dir() / "topic-stoplist-zh.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def open_topic_key(label: str) -> str:
    """A stable key for an open topic: its words, hashed (characters make no slug).

    >>> open_topic_key("安全生产") == open_topic_key("安全生产")
    True
    """
    return "zh-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]


def extract_topics_zh(document: Document, exclude: Sequence[Span] = ()) -> tuple[TopicMention, ...]:
    """Open topics, each once, in text order; none from inside a relayed directive's words."""
    found: dict[str, TopicMention] = {}
    skipped = Ranges((s.start, s.end) for s in exclude)
    for sentence in sentences_zh(document):
        candidates = [(m, "obj") for m in _QUOTED.finditer(sentence.text) if len(m["obj"]) >= _QUOTED_MIN]
        for verb in _VERB.finditer(sentence.text):
            obj = _OBJECT.match(sentence.text, verb.end())
            if obj is not None:
                candidates.append((obj, "obj"))
        for match, group in candidates:
            start = sentence.start + match.start(group)
            if skipped.holds(start):
                continue
            raw = match[group].replace("“", "").replace("”", "")
            label = _TRIM.sub("", raw)
            if (
                len(label) < _MIN
                or _EMPTY_HEAD.search(label)
                or any(stop in label or label in stop for stop in _stoplist())
            ):
                continue
            at = sentence.text.find(label, match.start(group))
            lo, hi = (sentence.start + at, sentence.start + at + len(label)) if at >= 0 else (start, start + len(raw))
            evidence = span(document, lo, hi)
            key = open_topic_key(label)
            found.setdefault(key, TopicMention(key, evidence, label, "zh"))
    return tuple(found.values())

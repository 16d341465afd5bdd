"""Sentences of a Chinese readout, with offsets into its text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.document import Document
from kg.extract.text import Sentence, make_span
from kg.facts import Span

__all__ = ["CJK", "CJK_CHARS", "RELAY_VERB", "continues_list", "sentences_zh", "span"]

CJK_CHARS = "\u4e00-\u9fff"
"""The range of common Chinese characters, for use inside a character class."""
CJK = f"[{CJK_CHARS}]"
_END = re.compile(r"[。！？；;!?\n]")
RELAY_VERB = re.compile(r"传达|学习|贯彻|落实|领会|领悟|听取")
"""The verbs by which a meeting relays what others said or decided (传达学习, 贯彻落实, 听取…汇报)."""


# What opens a statement of its own rather than the next item of a list: the meeting or a person as
# its subject, a requirement, a connective ("会议指出", "要…", "同时", "李明强调").
_OWN_OPENING = re.compile(r"(?:会议|会上|要|并|同时|还|此外|另外|[^，。；]{0,8}?(?:指出|强调|要求|表示|认为))")


def continues_list(previous: Sentence | None, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on with a list that ``previous`` began and a semicolon ended:
    "传达学习了A精神；4月30日中共中央政治局会议精神；B", each item governed by the verb before the first."""
    return (
        previous is not None
        and previous.text.endswith(("；", ";"))
        and sentence.start - previous.end <= 1
        and _OWN_OPENING.match(sentence.text) is None
    )


def sentences_zh(document: Document) -> Iterator[Sentence]:
    """The body's sentences, in simplified characters, with offsets that index the original text too."""
    text = document.simplified or document.text
    pos = document.body_start
    for match in _END.finditer(text, document.body_start):
        if match.start() - pos > 1:
            yield _trim(text, pos, match.end())
        pos = match.end()
    if len(text) - pos > 1:
        yield _trim(text, pos, len(text))


def _trim(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])


def span(document: Document, start: int, end: int) -> Span:
    """Evidence over the original characters."""
    return make_span(document, start, end)

"""Sentences of a Chinese readout, with offsets into its text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.document import Document
from kg.extract.text import Sentence, make_span
from kg.facts import Span

__all__ = [
    "CJK",
    "CJK_CHARS",
    "NUMBER_ZH",
    "RELAY_VERB",
    "continues_list",
    "planned_agenda",
    "sentences_zh",
    "span",
    "without",
]

CJK_CHARS = "\u4e00-\u9fff"
"""The range of common Chinese characters, for use inside a character class."""
CJK = f"[{CJK_CHARS}]"
NUMBER_ZH = r"[一二三四五六七八九十百零〇\d]+"
"""A number as sessions are numbered: 十四届, 第16次, 一百零五."""
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


# "决定12月7日召开省委十届六次全会。全会的主要任务是，贯彻…精神，审议《…》": what a session the meeting
# convened is to do. Its verbs (贯彻, 审议) are the session's, still to come, not the meeting's own.
_CONVENED = re.compile(r"决定[^。；]{0,40}?召开")
_AGENDA_OF_SESSION = re.compile(r"(?:会议|全会|大会|全体会议)的(?:主要)?(?:任务|议程|议题)(?:是|为|有)")


def planned_agenda(document: Document) -> list[tuple[int, int]]:
    """The words that say what a session the meeting decided to convene is to do (see ``_CONVENED``):
    the agenda that opens the decision's sentence or the sentence right after it, to that sentence's end."""
    found: list[tuple[int, int]] = []
    previous: Sentence | None = None
    for sentence in sentences_zh(document):
        convened = _CONVENED.search(sentence.text)
        if convened is not None:
            agenda = _AGENDA_OF_SESSION.search(sentence.text, convened.end())
            if agenda is not None:
                found.append((sentence.start + agenda.start(), sentence.end))
        elif previous is not None and _CONVENED.search(previous.text) and _AGENDA_OF_SESSION.match(sentence.text):
            found.append((sentence.start, sentence.end))
        previous = sentence
    return found


def without(document: Document, spans: list[tuple[int, int]]) -> Document:
    """``document`` with the words of ``spans`` blanked out for matching (ideographic spaces, one per
    character, so every offset and the evidence drawn from the original text stay as they were)."""
    if not spans:
        return document
    text = list(document.simplified or document.text)
    for lo, hi in spans:
        text[lo:hi] = "\u3000" * (hi - lo)
    return replace(document, simplified="".join(text))


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

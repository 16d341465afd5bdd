"""Offsets-preserving text helpers shared by the extractors.

Every helper returns positions into the document's full text, so whatever an
extractor finds can be cited as a ``Span`` whose quote is exactly ``text[start:end]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.document import Document
from kg.facts import Span

__all__ = ["Sentence", "clean_phrase", "cued", "make_span", "paragraphs", "sentences"]

# A sentence ends at . ! ? ; (or a newline), also when translation glued the next
# sentence on without a space ("speech.Reporter").
_SENTENCE_END = re.compile(r"[.!?。；;](?=[\s\"”’)]|[A-Z▲]|$)|\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its offsets into the document text."""

    start: int
    end: int
    text: str


def make_span(document: Document, start: int, end: int) -> Span:
    """A span over ``document.text[start:end]`` with surrounding white space trimmed."""
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def sentences(document: Document, start: int | None = None, end: int | None = None) -> Iterator[Sentence]:
    """Split ``document.text[start:end]`` into non-empty sentences with offsets."""
    if start is None and end is None:
        return iter(_body_sentences(document))
    return _split(
        document.text, document.body_start if start is None else start, len(document.text) if end is None else end
    )


class _LastBody:
    """The body sentences of the document split last: every extractor walks them, most several times."""

    document: Document | None = None  # held, so its id cannot be reused while cached
    sentences: tuple[Sentence, ...] = ()


def _body_sentences(document: Document) -> tuple[Sentence, ...]:
    if _LastBody.document is not document:
        _LastBody.sentences = tuple(_split(document.text, document.body_start, len(document.text)))
        _LastBody.document = document
    return _LastBody.sentences


def _split(text: str, lo: int, hi: int) -> Iterator[Sentence]:
    pos = lo
    for match in _SENTENCE_END.finditer(text, lo, hi):
        yield from _trimmed(text, pos, match.end())
        pos = match.end()
    yield from _trimmed(text, pos, hi)


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and (text[start].isspace() or text[start] in "▲"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > 1:
        yield Sentence(start, end, text[start:end])


def paragraphs(document: Document) -> Iterator[Sentence]:
    """The body's non-blank lines, each as a ``Sentence``-shaped range."""
    text = document.text
    pos = document.body_start
    for line in text[document.body_start :].splitlines(keepends=True):
        yield from _trimmed(text, pos, pos + len(line))
        pos += len(line)


def cued(text: str, cues: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``cues``: words without which a pattern cannot match, tested
    first because a substring test costs far less than the pattern and most sentences hold none."""
    return any(cue in text for cue in cues)


def clean_phrase(phrase: str) -> str:
    """Normalise quotes and white space in an extracted phrase, keeping its words."""
    phrase = re.sub(r"[“”\"]", "", phrase)
    phrase = phrase.replace("’", "'")
    phrase = re.sub(r"\s+", " ", phrase)
    return phrase.strip(" ,;:.-")

"""Documents a Chinese readout's meeting reviewed: 《…》 after 审议, 研究, 讨论, 通过, 听取."""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.zh.text import sentences_zh, span
from kg.facts import ReviewedDocument

__all__ = ["extract_reviewed_zh"]

_REVIEW = re.compile(r"审议|研究|讨论|通过|听取|审定|原则同意|学习")
_TITLE = re.compile(r"《(?P<title>[^》]{2,120})》")


def extract_reviewed_zh(document: Document) -> tuple[ReviewedDocument, ...]:
    """Titles in book-title marks that follow a review verb in the same sentence."""
    found: dict[str, ReviewedDocument] = {}
    for sentence in sentences_zh(document):
        verb = _REVIEW.search(sentence.text)
        if verb is None:
            continue
        for match in _TITLE.finditer(sentence.text, verb.start()):
            start = sentence.start + match.start("title")
            title = document.text[start : sentence.start + match.end("title")]
            found.setdefault(title, ReviewedDocument(title, span(document, start, start + len(title))))
    return tuple(found.values())

"""Extractors for readouts in Chinese, from the genre's own frames (主持召开, 传达学习, 审议).

They produce the same facts as the English extractors, so one graph holds both. They
match against ``Document.simplified`` (traditional characters made simplified and ASCII clause
marks made full-width, one for one) and cite spans of ``Document.text``, so evidence shows the characters as published.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.dates import printed_by
from kg.extract.ranges import Ranges
from kg.extract.subjects import event_words
from kg.extract.zh.directives import extract_directives_zh
from kg.extract.zh.documents import extract_reviewed_zh
from kg.extract.zh.meeting import extract_meeting_zh
from kg.extract.zh.people import extract_people_zh
from kg.extract.zh.text import planned_agenda, without
from kg.extract.zh.topics import extract_topics_zh
from kg.facts import ReadoutFacts, ReviewedDocument
from kg.gazetteer import Gazetteer
from kg.reference import TopicScheme

__all__ = ["extract_readout_zh"]


def extract_readout_zh(document: Document, gazetteer: Gazetteer, scheme: TopicScheme) -> ReadoutFacts:
    """Run every Chinese extractor on one document and assemble its facts."""
    # What a session still to be held is to relay and review is not what this meeting did.
    done = without(document, planned_agenda(document))
    directives = extract_directives_zh(done)
    # Every mention of a relayed directive's words, not only the first that evidences it.
    relayed = Ranges(
        (m.start(), m.end())
        for quote in {d.evidence.quote for d in directives if d.evidence.quote}
        for m in re.finditer(re.escape(quote), document.text)
    )
    meeting = extract_meeting_zh(document, gazetteer, relayed)
    provincial = meeting.committee.level in ("provincial", "municipal")  # a province's or a municipality's
    persons, presiders, speakers = extract_people_zh(document, provincial)
    reviewed = extract_reviewed_zh(done)
    return ReadoutFacts(
        document_id=document.id,
        meeting=meeting,
        persons=persons,
        presiders=presiders,
        speakers=speakers,
        directives=directives,
        topics=extract_topics_zh(
            document,
            scheme,
            # The national two sessions relayed are a topic too, as the dev gold has them (全國兩會精神).
            [
                event_words(document.simplified or document.text, d.evidence)
                for d in directives
                if "两会" not in d.occasion
            ],
            # What a relayed central document is about is the meeting's topic as much as a reviewed one's.
            [*reviewed, *(ReviewedDocument(d.occasion, d.evidence) for d in directives if d.kind == "document")],
            place.zh if (place := gazetteer.places.get(meeting.committee.region_code or "")) else None,
        ),
        reviewed=reviewed,
        printed=printed_by(document.text, document.published),
    )

"""Pure extractors: ``Document -> facts``, one module per kind of thing.

``extract_readout`` runs them all and assembles one ``ReadoutFacts``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.document import Document
from kg.extract.agenda import extract_agenda
from kg.extract.dates import printed_by
from kg.extract.directives import extract_directives
from kg.extract.documents import extract_reviewed, find_documents
from kg.extract.local_sessions import find_local_sessions
from kg.extract.meeting import extract_meeting
from kg.extract.named_topics import find_named_places_of_policy
from kg.extract.outlets import extract_outlets
from kg.extract.people import extract_people
from kg.extract.quoted_topics import find_quoted_topics
from kg.extract.ranges import Ranges
from kg.extract.reviewed_topics import reviewed_subjects
from kg.extract.subjects import events_words
from kg.extract.topics import find_topics
from kg.extract.zh import extract_readout_zh
from kg.facts import ReadoutFacts, TopicMention
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.reference import Reference, TopicScheme, load_reference, load_topic_scheme

__all__ = ["Context", "extract_readout"]


@dataclass(frozen=True, slots=True)
class Context:
    """The reference data every extractor may consult."""

    reference: Reference
    scheme: TopicScheme
    gazetteer: Gazetteer


def extract_readout(document: Document, context: Context | None = None) -> ReadoutFacts:
    """Run every extractor on one document and assemble its facts."""
    ctx = context or Context(load_reference(), load_topic_scheme(), load_gazetteer())
    if document.language == "zh":
        return extract_readout_zh(document, ctx.gazetteer, ctx.scheme)
    titled = find_documents(document)  # both the directives and the reviewed documents read them
    printed = printed_by(document.text, document.published)  # who was a central leader then
    directives = extract_directives(document, ctx.reference, titled, printed)
    named = Ranges((d.evidence.start, d.evidence.end) for d in directives)
    persons, presiders, speakers = extract_people(document, ctx.reference, printed)
    outlets = extract_outlets(document, ctx.reference)
    people = [(s.start, s.end) for p in persons for s in p.evidence]
    named_spans = [(d.evidence.start, d.evidence.end) for d in directives]
    elsewhere = Ranges(named_spans + people)
    meeting = extract_meeting(document, ctx.gazetteer, elsewhere, outlets, ctx.reference.outlet_regions)
    # A topic's words inside a directive's name or a person's title ("Chairman of the CPPCC")
    # say what was relayed or who someone is, not what the meeting dealt with; but what a
    # directive is on ("instructions on flood control") is what the meeting took up.
    titles = [(post.evidence.start, post.evidence.end) for p in persons for post in p.posts]
    not_topics = Ranges(events_words(document.text, [d.evidence for d in directives]) + titles)
    items = extract_agenda(document, ctx.scheme, not_topics)
    intro_end = items[0].evidence.start if items else len(document.text)
    intro = find_topics(document, document.body_start, intro_end, ctx.scheme, exclude=not_topics)
    topics: dict[str, TopicMention] = {t.key: t for t in intro}
    for item in items:
        for mention in item.topics:
            topics.setdefault(mention.key, mention)
    for mention in find_local_sessions(document, document.body_start, len(document.text)):
        if not named.covers(mention.evidence.start, mention.evidence.end):
            topics.setdefault(mention.key, mention)
    reviewed = extract_reviewed(document, titled)
    for mention in reviewed_subjects(document, reviewed, ctx.scheme):
        topics.setdefault(mention.key, mention)
    quoted_elsewhere = Ranges(named_spans + titles + [(r.evidence.start, r.evidence.end) for r in reviewed])
    for mention in find_quoted_topics(document, document.body_start, len(document.text), exclude=quoted_elsewhere):
        # A quoted name the scheme knows ("two sessions") is the scheme's topic, found above.
        if not find_topics(document, mention.evidence.start, mention.evidence.end, ctx.scheme):
            topics.setdefault(mention.key, mention)
    for mention in find_named_places_of_policy(
        document, document.body_start, len(document.text), exclude=quoted_elsewhere
    ):
        # A name the scheme holds whole ("Yangtze River Economic Belt") is the scheme's topic, found above.
        hits = find_topics(document, mention.evidence.start, mention.evidence.end, ctx.scheme)
        if not any(hit.evidence.quote == mention.evidence.quote for hit in hits):
            topics.setdefault(mention.key, mention)
    return ReadoutFacts(
        document_id=document.id,
        meeting=meeting,
        persons=persons,
        presiders=presiders,
        speakers=speakers,
        directives=directives,
        agenda_items=items,
        topics=tuple(sorted(topics.values(), key=lambda t: t.key)),
        reviewed=reviewed,
        outlets=outlets,
        printed=printed,
    )

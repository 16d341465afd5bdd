"""Agenda items ("The meeting pointed out / listened to / reviewed ...") and their tasks.

A readout's body is a run of units, each opened by a sentence like "The meeting
emphasized that ..."; each unit is one agenda item, and its "It is necessary to ..."
sentences are its tasks. Readouts written without such openers fall back to one item
per paragraph after the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.document import Document
from kg.extract.open_topics import find_open_topics
from kg.extract.ranges import Ranges
from kg.extract.text import Sentence, make_span, paragraphs, sentences
from kg.extract.topics import TopicIndex
from kg.facts import AgendaItem, Task, TopicMention
from kg.reference import TopicScheme

__all__ = ["extract_agenda"]

_OPENER = re.compile(
    r"^(?:(?:Additionally|Furthermore|Moreover|In\s+addition|Meanwhile|At\s+the\s+same\s+time|Overall|First|Second|Third),?\s+)?"
    # "During the meeting, it was emphasized that", "Regarding thematic education, the committee stressed".
    r"(?:(?:During|At)\s+the\s+meeting,?\s+|(?:Regarding|In\s+terms\s+of|As\s+for)\s+[^,.]{3,60},\s+)?"
    r"(?:(?:The|the)\s+(?:meeting|committee|Standing\s+Committee|conference|Committee)(?:['’]s)?\s+(?:also\s+|then\s+)?"
    r"(?:pointed|emphasi[sz]ed|stressed|noted|held|listened|reviewed|deliberated|studied|discussed|heard|notified|"
    r"analy[sz]ed|believed|required|decided|considered|conveyed|focused|covered|highlighted|agreed|approved|made|"
    r"called|urged|demanded|affirmed|examined|passed|adopted|reported|informed)"
    r"|[Ii]t\s+(?:was|is)\s+(?:also\s+)?(?:pointed|stressed|emphasi[sz]ed|made\s+clear|noted|required|agreed|decided)"
    r"|They\s+(?:also\s+)?(?:stressed|emphasi[sz]ed|urged|pointed|noted|called)"
    r"|(?:The\s+)?[Mm]eeting\s+(?:pointed|emphasi[sz]ed|stressed))\b"
)
_TASK = re.compile(
    r"\b(?:[Ii]t\s+is\s+(?:necessary|essential|important|imperative|required)\s+to|[Ww]e\s+(?:must|should|need\s+to)|"
    r"(?:[Ee]fforts|[Ww]ork)\s+should\s+be|must|should|need\s+to|[Ss]trive\s+to|[Ii]t\s+was\s+required\s+to|"
    # What a machine translation makes of 要 and 强调要: "stressed the importance of", "urged cadres to".
    r"importance\s+of|urged\s+(?:\w+\s+){0,5}?to|called\s+(?:on\s+(?:\w+\s+){0,5}?to|for)|"
    r"(?:was|were)\s+(?:also\s+)?(?:highlighted|emphasi[sz]ed|stressed|discussed))\b"
)


def extract_agenda(
    document: Document, scheme: TopicScheme, exclude: Ranges | Sequence[tuple[int, int]] = ()
) -> tuple[AgendaItem, ...]:
    """Split the body into agenda items with their tasks and topics.

    ``exclude`` holds text ranges whose words name something else (relayed directives)
    and so are not topics of the meeting.
    """
    body = list(sentences(document))
    openers = [i for i, s in enumerate(body) if _OPENER.search(s.text)]
    if openers:
        units = [body[i:j] for i, j in zip(openers, [*openers[1:], len(body)], strict=True)]
    else:
        units = _paragraph_units(document, body)
    skipped = Ranges.of(exclude)
    topics = TopicIndex(document, scheme, skipped)
    return tuple(_item(document, unit, topics, skipped) for unit in units if unit)


def _paragraph_units(document: Document, body: list[Sentence]) -> list[list[Sentence]]:
    paras = [p for p in paragraphs(document) if len(p.text) > 120][1:]
    return [[s for s in body if p.start <= s.start < p.end] for p in paras]


def _item(document: Document, unit: list[Sentence], topics: TopicIndex, exclude: Ranges) -> AgendaItem:
    lead = unit[0]
    tasks = tuple(
        Task(s.text, make_span(document, s.start, s.end), _task_topics(document, s, topics, exclude))
        for s in unit
        if _TASK.search(s.text) and not document.cut_at(s.end)
    )
    start, end = lead.start, unit[-1].end
    known = topics.between(start, end)
    opened = {t.key: t for task in tasks for t in task.topics if t.label is not None}
    if not tasks or tasks[0].evidence.start != lead.start:
        # The item's own opening ("The meeting focused on the recent fire accident") names its subject as a
        # requirement does, where no scheme topic names it.
        for mention in _task_topics(document, lead, topics, exclude):
            if mention.label is not None:
                opened.setdefault(mention.key, mention)
    return AgendaItem(
        text=lead.text,
        evidence=make_span(document, lead.start, lead.end),
        tasks=tasks,
        topics=known + tuple(opened.values()),
    )


# "ensure people's livelihood, accelerate the improvement of urban infrastructure": an object whose head names a
# thing to build, reform or govern is an area of its own beside a scheme topic; objects in general are not.
_POLICY_HEADS = frozenset(
    {"infrastructure", "system", "mechanism", "reform", "governance", "team", "protection", "supervision", "security"}
)


def _task_topics(
    document: Document, sentence: Sentence, topics: TopicIndex, exclude: Ranges
) -> tuple[TopicMention, ...]:
    """A requirement's topics: those of the scheme it names, with the objects beside them whose head names a
    policy area, or else all the open topics its verbs govern ("building a new open economic system,
    accelerating rural reform and improving energy regulation")."""
    known = topics.between(sentence.start, sentence.end)
    found = find_open_topics(document, sentence.start, sentence.end, exclude=exclude)
    if not known:
        return found
    named = Ranges.of([(t.evidence.start, t.evidence.end) for t in known])
    return known + tuple(
        t
        for t in found
        if t.label is not None
        and t.label.rsplit(" ", 1)[-1] in _POLICY_HEADS
        and not named.overlaps(t.evidence.start, t.evidence.end)
    )

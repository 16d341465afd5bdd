"""Immutable facts that extractors produce and the RDF mapper consumes.

Extractors never touch rdflib: they return these frozen values, each carrying the
evidence ``Span`` it was read from, so facts can be made in parallel processes and
every triple can be traced back to the source text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "AgendaItem",
    "Committee",
    "Directive",
    "MeetingFacts",
    "Person",
    "Post",
    "ReadoutFacts",
    "ReviewedDocument",
    "Span",
    "Task",
    "TopicMention",
]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A character range of a document: ``document.text[start:end] == quote``."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Committee:
    """The body that met, as the readout names it."""

    level: str | None
    """provincial, municipal, prefecture, county or district."""
    region: str | None
    """Only when the text (or the reference data for a named leader) says it."""
    name: str
    evidence: Span
    region_source: str | None = None
    """How the region was found: stated, title, body, outlet, known-leader or inferred-from-person."""
    region_evidence: Span | None = None
    """Where the region was read, when not from the committee's own name."""
    region_code: str | None = None
    """The gazetteer code of the region, where its name resolves to one place."""


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    """The header facts of the one meeting a readout reports."""

    date: dt.date | None
    part_of_day: str | None
    enlarged: bool
    committee: Committee
    evidence: Span
    date_evidence: Span | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """A position a person holds, worded as the readout states it."""

    title: str
    evidence: Span


@dataclass(frozen=True, slots=True)
class Person:
    """A named person, with every spelling and post the readout gives."""

    name: str
    evidence: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    is_reporter: bool = False


@dataclass(frozen=True, slots=True)
class Directive:
    """A central speech, instruction, letter, document or session the meeting relays."""

    issuer: str | None
    kind: str
    """speech, instructions, letter, thought, document, session or other."""
    occasion: str
    evidence: Span


@dataclass(frozen=True, slots=True)
class TopicMention:
    """A topic named in the text, by its concept key (IRI slug).

    A topic of the SKOS scheme has no ``label`` here (the scheme holds it); an open topic,
    a phrase the readout itself makes a topic, carries its words as ``label``.
    """

    key: str
    evidence: Span
    label: str | None = None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Task:
    """One requirement the meeting set ("It is necessary to ...")."""

    text: str
    evidence: Span
    topics: tuple[TopicMention, ...] = ()


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One "The meeting pointed out / listened to / reviewed ..." unit."""

    text: str
    evidence: Span
    tasks: tuple[Task, ...] = ()
    topics: tuple[TopicMention, ...] = ()


@dataclass(frozen=True, slots=True)
class ReviewedDocument:
    """A regulation, plan, opinion or decision the meeting reviewed or studied."""

    title: str
    evidence: Span


@dataclass(frozen=True, slots=True)
class ReadoutFacts:
    """Everything extracted from one readout."""

    document_id: str
    meeting: MeetingFacts
    persons: tuple[Person, ...] = ()
    presiders: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    directives: tuple[Directive, ...] = ()
    agenda_items: tuple[AgendaItem, ...] = ()
    topics: tuple[TopicMention, ...] = ()
    reviewed: tuple[ReviewedDocument, ...] = ()
    outlets: tuple[tuple[str, Span], ...] = field(default=())
    printed: dt.date | None = None
    """The day the text prints for itself (its date header, or a timestamp or dateline with a year):
    an undated meeting was held by then."""

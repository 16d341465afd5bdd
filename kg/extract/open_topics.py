"""Open topics of an English readout: what a requirement says to strengthen, promote or do well.

The SKOS scheme holds the topics we know; readouts keep naming new ones. A requirement
("It is necessary to do a good job in flood control", "We must deepen the reform of
state-owned enterprises") names its topic as the object of a small set of verbs. That
object, cut at the first preposition or clause word and normalised (lower case, last
word singular), is an open topic. Ritual slogans and empty heads ("the spirit",
"key tasks") are listed in ``ontology/topic-stoplist-en.txt``, not in code.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.ranges import Ranges
from kg.extract.text import make_span
from kg.facts import TopicMention
from kg.iris import slug
from kg.reference import ontology_dir

__all__ = ["acceptable_topic", "find_open_topics", "normalise_topic", "open_topic_key", "ritual_slogans"]

_VERB = re.compile(
    r"\b(?:do(?:ing)?\s+(?:a\s+)?(?:good|solid|better|great|practical)\s+job\s+(?:in|of|on)|"
    r"strengthen(?:ing)?|promot(?:e|ing)|deepen(?:ing)?|advanc(?:e|ing)|accelerat(?:e|ing)|"
    r"improv(?:e|ing)|focus(?:ed|ing)?\s+on|carry(?:ing)?\s+out|consolidat(?:e|ing)|optimiz(?:e|ing)|"
    r"step(?:ping)?\s+up|push(?:ing)?\s+forward|enhanc(?:e|ing)|build(?:ing)?|develop(?:ing)?|cultivat(?:e|ing)|"
    # The same requirements made nouns by the translation: "the promotion of cultural enrichment".
    r"(?:promotion|protection|construction|improvement|optimi[sz]ation|strengthening|deepening)\s+of|"
    # What a report heard was on is what the meeting took up: "heard a report on the recent cultural creation work".
    r"(?:reports?|briefings?)\s+on)\s+"
    r"(?:the\s+|a\s+|an\s+|our\s+|all\s+|various\s+|its\s+|their\s+)?"
)
# The object: up to six words, closed before a preposition, conjunction or clause word.
_OBJECT = re.compile(
    r"(?P<obj>[A-Za-z][\w’'\-]*(?:\s+(?:of\s+(?!the\s+(?:city|province|county|district|region)\b))?[A-Za-z][\w’'\-]*){0,5}?)"
    r"(?=\s*(?:[,;.:!?()“”\"]|$)|\s+(?:and|or|to|so|in|as|with|by|through|while|that|which|for|on|at|from|into|"
    r"is|are|was|were|must|should|will|can|under|around|according|based|such)\b)"
)
# The passive frame of machine translations: "energy security must be prioritized", "the reform of X was
# also discussed". The topic is the subject, the words since the clause began.
_PASSIVE = re.compile(
    r"\s+(?:should|must|needs?\s+to|is\s+to|are\s+to|was|were)\s+(?:also\s+)?be\s+(?:\w+ly\s+)?"
    r"(?:strengthened|promoted|improved|prioritized|prioritised|deepened|advanced|accelerated|implemented|"
    r"enhanced|optimized|consolidated|highlighted|emphasized|emphasised|stressed)\b"
    r"|\s+(?:was|were)\s+(?:also\s+)?(?:highlighted|emphasized|emphasised|stressed|discussed|prioritized)\b(?!\s+that)"
)
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:,!?]\s*|\bthat\s+|\band\s+(?=the\s))(?!.*(?:[.;:,!?]|\bthat\s))", re.S)
_PASSIVE_MAX_WORDS = 6
_ARTICLE_LEAD = re.compile(r"(?:the|a|an|its|our|their)\s+", re.I)
_AND = re.compile(r"\s+and\s+")
# Words that open an object without naming its topic: "promoting new breakthroughs in X".
_LEAD = re.compile(
    r"(?:(?:promoting|strengthening|building|deepening|advancing|improving|greater|further|continuous|new|recent|"
    r"comprehensive|overall|effective|solid|key|major|important)\s+)+"
)
_CLOSED = frozenset(
    "the a an and of in on to at for with by from it this these that those our all its their we they them work works job "
    "efforts aspects things level levels".split()
)


@lru_cache(maxsize=1)
def _stoplist() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(phrases never a topic, words no topic may end in, loyalty formulas no scheme label may match),
    from ``ontology/topic-stoplist-en.txt``."""
    phrases: set[str] = set()
    heads: set[str] = set()
    slogans: set[str] = set()
    path = ontology_dir() / "topic-stoplist-en.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry.startswith("head:"):
            heads.add(entry.removeprefix("head:").strip())
        elif entry.startswith("slogan:"):
            slogan = normalise_topic(entry.removeprefix("slogan:").strip())
            phrases.add(slogan)
            slogans.add(slogan)
        elif entry:
            phrases.add(normalise_topic(entry))  # compared with normalised candidates
    return frozenset(phrases), frozenset(heads), frozenset(slogans)


def open_topic_key(label: str, language: str) -> str:
    """A stable key for an open topic: the slug of an English label, a hash of a Chinese one
    (characters make no slug), so one phrase is one topic across readouts.

    >>> open_topic_key("flood control", "en")
    'en-flood-control'
    """
    if language == "en":
        return "en-" + slug(label)
    return f"{language}-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:12]


def ritual_slogans() -> frozenset[str]:
    """The stop-list's loyalty formulas (normalised): never a topic, whether open or of the scheme."""
    return _stoplist()[2]


def normalise_topic(phrase: str) -> str:
    """One spelling per topic: lower case, straight apostrophes, the last word singular.

    >>> normalise_topic("Real Estate Reforms")
    'real estate reform'
    >>> normalise_topic("four consciousnesses")
    'four consciousness'
    """
    words = phrase.lower().replace("’", "'").split()
    last = words[-1]
    if len(last) > 4 and last.endswith("ies"):
        words[-1] = last[:-3] + "y"
    elif len(last) > 5 and last.endswith("sses"):
        words[-1] = last[:-2]
    elif len(last) > 4 and last.endswith("s") and not last.endswith(("ss", "us", "ics", "is")):
        words[-1] = last[:-1]
    return " ".join(words)


def acceptable_topic(label: str) -> bool:
    """Whether a normalised phrase may be an open topic: two words or more, not opened or closed by an
    empty word, not a ritual slogan or an empty head of the stop-list."""
    phrases, heads, _ = _stoplist()
    words = label.split()
    closing = words[-1] in _CLOSED and not _named_field(words)
    if len(words) < 2 or words[0] in _CLOSED or closing or _empty_head(words, heads) or label in phrases:
        return False
    return not any(phrase in label for phrase in phrases if " " in phrase)


_PAIRED_NOUN = re.compile(r"\s+and\s+[a-z]+\s+of\s+(?:the\s+)?")
_FIELD_HEADS = frozenset({"work", "area"})


def _named_field(words: Sequence[str]) -> bool:
    """ "Work" or "area" after two words or more names a field or a place ("cultural creation work",
    "the Nanchang metropolitan area"); after one ("key work", "rural areas") it says nothing of its own."""
    return words[-1] in _FIELD_HEADS and len(words) > 2


def _empty_head(words: Sequence[str], heads: frozenset[str]) -> bool:
    """Whether the phrase ends in a word that names no topic of its own ("new breakthroughs", "key tasks")."""
    return words[-1] in heads and not _named_field(words)


def find_open_topics(
    document: Document, start: int, end: int, *, exclude: Ranges | Sequence[tuple[int, int]] = ()
) -> tuple[TopicMention, ...]:
    """Open topics named as the object of a requirement verb in ``document.text[start:end]``.

    Objects inside ``exclude`` ranges (a relayed directive's words, a scheme topic
    already found) are not counted.
    """
    heads = _stoplist()[1]
    skipped = Ranges.of(exclude)
    found: dict[str, TopicMention] = {}
    text = document.text
    for verb in _VERB.finditer(text, start, end):
        obj = _OBJECT.match(text, verb.end(), end)
        if obj is None:
            continue
        lo, hi = obj.span("obj")
        # "deepen the reform and innovation of development zones": two nouns of one subject are one topic.
        paired = _PAIRED_NOUN.match(text, hi, end) if " " not in obj["obj"] else None
        subject = _OBJECT.match(text, paired.end(), end) if paired is not None else None
        if subject is not None:
            hi = subject.end("obj")
        # "new breakthroughs in X", "the role of X": the topic is X.
        empty_head = _empty_head(normalise_topic(obj["obj"]).split(), heads)
        inner = re.compile(r"\s+(?:in|of|on)\s+(?:the\s+)?").match(text, obj.end("obj"), end)
        if empty_head and inner is not None and subject is None:
            obj = _OBJECT.match(text, inner.end(), end) or obj
            lo, hi = obj.span("obj")
        if skipped.overlaps(lo, hi):
            continue
        lead = _LEAD.match(obj["obj"])
        if lead is not None:
            lo += lead.end()
        label = normalise_topic(text[lo:hi])
        if not acceptable_topic(label):
            continue
        key = open_topic_key(label, "en")
        found.setdefault(key, TopicMention(key, make_span(document, lo, hi), label, "en"))
    for lo, hi in _passive_subjects(text, start, end):
        if skipped.overlaps(lo, hi):
            continue
        label = normalise_topic(text[lo:hi])
        if acceptable_topic(label):
            key = open_topic_key(label, "en")
            found.setdefault(key, TopicMention(key, make_span(document, lo, hi), label, "en"))
    return tuple(sorted(found.values(), key=lambda t: t.evidence.start))


def _passive_subjects(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The subjects of passive requirements in ``text[start:end]``, each item of "A and B" on its own."""
    subjects = []
    for verb in _PASSIVE.finditer(text, start, end):
        opening = _CLAUSE_OPENING.search(text, max(start, verb.start() - 80), verb.start())
        lo = opening.end() if opening else verb.start()
        lead = _ARTICLE_LEAD.match(text, lo, verb.start())
        lo = lead.end() if lead else lo
        joint = _AND.search(text, lo, verb.start())
        # "energy security and resource utilization": two topics; "scientific and technological innovation": one.
        if joint and len(text[lo : joint.start()].split()) > 1 and len(text[joint.end() : verb.start()].split()) > 1:
            items = [(lo, joint.start()), (joint.end(), verb.start())]
        else:
            items = [(lo, verb.start())]
        subjects += [(a, b) for a, b in items if 0 < len(text[a:b].split()) <= _PASSIVE_MAX_WORDS]
    return subjects

"""Titled policy documents named in a readout: plans, decisions, regulations, circulars.

The same finder serves two facts: the documents a meeting reviewed or studied
(``kg:reviewed``), and, when a central body issued them, the central directives it
relays (``kg:studies`` of kind document).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.document import Document
from kg.extract.text import Sentence, clean_phrase, cued, make_span, sentences
from kg.facts import ReviewedDocument, Span

__all__ = ["CENTRAL_BODY", "TitledDocument", "extract_reviewed", "find_documents"]

CENTRAL_BODY = r"Central\s+(?:[A-Z][\w\-]*\s+){1,5}?(?:Leading\s+)?(?:Group|Commission|Office)\b"
"""A central body by its name: "Central Anti-Corruption Coordination Group", "Central Commission for ..." """

_NOUN = (
    # "the 2024 Work Points for Rural Revitalization" (工作要点), "Key Points of ...".
    r"(?:Work\s+Reports?|work\s+reports?|(?:Work|Key|Main|work|key)\s+Points|(?:work|key)\s+points|Programs?|Programmes?|Schemes?|Standards|Catalogue|"
    r"Action\s+Plan|action\s+plan|Implementation\s+Plan|[Cc]ircular|Notice|Notification|notification|Decision|decision|"
    r"Opinions|opinions|Provisions|Rules|Regulations?|Measures|measures|Plan|plan|Outline|Guidelines|Several\s+Regulations|"
    r"documents)"
)
# A literal of each alternative of _NOUN: a sentence with none of them names no title.
_NOUN_CUES = (
    "eport",
    "oints",
    "rogram",
    "cheme",
    "Standards",
    "Catalogue",
    "Plan",
    "plan",
    "ircular",
    "Notice",
    "otification",
    "ecision",
    "pinions",
    "Provisions",
    "Rules",
    "egulation",
    "easures",
    "Outline",
    "Guidelines",
    "documents",
)
_TITLE = re.compile(
    # A title starts at a word: without this the engine tries every letter of every word.
    rf"(?<![\w’'\-])(?P<title>[“\"]?(?P<owner>(?:the\s+)?(?:State\s+Council|CPC\s+Central\s+Committee|Central\s+Committee|central\s+Party\s+leadership)['’]s\s+)?"
    rf"(?:(?:[A-Z0-9][\w\-]*|action|implementation|regular|work|several|three-year|eight-point)\s+){{0,3}}?{_NOUN}\b"
    # "… (Draft)", "… (Trial)", "… (2023-2027)": the parenthesis belongs to the title.
    rf"(?:\s+(?:of|on|for|about|to|concerning|regarding)\s+[^;.“”\"()]+?)?(?:\s*\([^()]{{1,40}}\))?[”\"]?)"
    r"(?=\s*(?:[;.]|,\s+(?:the\s+)?[A-Za-z]+\s+(?:Plan|plan|Regulations|Rules|Provisions)|,\s+(?!the\b)[a-z]|\s+and\s+(?:other|the(?!\s+(?:State\s+Council|General\s+Office)\b)|Rules|Provisions)\b|"
    r"\s+issued\b|\s+adopted\b|\s+and\s+(?:heard|listened|studied|reviewed|deployed|discussed|conveyed|arranged|decided)\b|\s+(?:were|was|has|have|is|are)\b|,\s+and\b|\s+Comrade\b|$))"
)
# A lower-case title right after a review verb: "the implementation opinions on …", "the work report of …".
_LOWER_TITLE = re.compile(rf"(?:(?:implementation|action|work|several|three-year|annual)\s+)*{_NOUN}")
_ISSUED_BY = re.compile(
    r"\s*issued\s+by\s+(?:the\s+)?(?P<who>[^,;.]+?)(?=\s*(?:[,;.]|\s+and\s+(?:map|study|convey)|$))"
)
_CENTRAL = re.compile(
    r"Central\s+Committee|State\s+Council|Political\s+Bureau|Politburo|central\s+Party|CPC\s+documents?|General\s+Office|"
    + CENTRAL_BODY
)
# Searched in lower-cased text: under IGNORECASE the engine is several times slower on every sentence.
_REVIEW_CUE = re.compile(
    r"\b(?:review(?:ed|ing)?|deliberat(?:e|ed|ing)|stud(?:y|ied|ying)|adopted|approved|discuss(?:ed)?|convey(?:ed)?|"
    r"learn(?:ed)?|passed|consider(?:ed)?|examin(?:e|ed|ing)|"
    r"listen(?:ed)?\s+to\s+(?:a\s+|the\s+)?report\s+on\s+the\s+drafting)\b"
)
_AFTER_REVIEW = re.compile(
    r"\b(?:review(?:ed)?|deliberat(?:e|ed)(?:\s+on)?|stud(?:y|ied)|adopt(?:ed)?|approv(?:e|ed)|pass(?:ed)?|discuss(?:ed)?|examin(?:e|ed)|"
    r"convey(?:ed)?|notification\s+of|implementing|consider(?:ed)?|drafting\s+of)\s+(?:and\s+\w+\s+)?(?:the\s+)?"
    r"(?:relevant\s+)?[“\"]?$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:the\s+)?(?:relevant|our|city['’]s|province['’]s|these|two|other)\b(?!.*\s(?:concerning|regarding|on)\s)|"
    r"implementation\s+opinions?$|^(?:the\s+)?(?:relevant\s+)?documents\b(?!.*\s(?:concerning|regarding|on)\s)|"
    # "the implementation opinions of our province" (of Haikou City): which document, the text does not say
    r"\b(?:of|by)\s+(?:our|this)\s+(?:province|city|county|district|prefecture|region)$|"
    r"^(?:the\s+)?implementation\s+opinions?\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+(?:City|Province|County|District))?$|"
    r"^(?:the\s+)?(?:plan|plans|measures|opinions|regulations|rules|decisions?)$",
    re.IGNORECASE,
)


# Any title in quotes or book-title marks: after a review verb, it is a reviewed document
# whatever its head noun ("Report", "Program", "(2023-2027)"); a closing mark may be lost.
# A translation may close the title with an opening mark ("the “Regulations on …“."), or lose the close.
# "the “Central Anti-Corruption Coordination Group Work Plan (2023-2027)”": a central body's own title.
_CENTRAL_BODY_TITLE = re.compile(rf"^(?:the\s+)?(?P<body>{CENTRAL_BODY})")
_QUOTED = re.compile(r"[“\"《]\s*(?P<title>[^“”\"《》\n]{8,300}?)\s*(?:[”\"》]|“(?=[\s.,;])|(?=[;。]|$))")
# The Party's own regulations, which only the centre issues: "the Regulations on Internal Supervision of the
# Communist Party of China" (中国共产党党内监督条例); not a local committee's notice.
_PARTY_REGULATION = re.compile(
    r"^(?:the\s+)?(?:Regulations|Rules|Provisions|Code|Criteria)\b(?:(?!Provincial|Municipal|County|District|"
    r"Prefectur|Committee\s+of).)*\bof\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC)(?:$|\s+on\s)"
    r"|^(?:Communist\s+Party\s+of\s+China|CPC)\s+(?:Regulations|Rules|Provisions|Code|Criteria)\b"
    # "Regulations on the Assessment of Party and Government Leading Cadres", "Rules on Intra-Party Supervision":
    # rules for the Party's own cadres, members and bodies, which only the centre issues (a locality's own name
    # their place first).
    r"|^(?:the\s+)?(?:Regulations|Rules|Provisions|Criteria)\b(?:(?!Provincial|Municipal|County|District|Prefectur).)*"
    r"\b(?:Party\s+and\s+Government\s+(?:Leading\s+)?Cadres|Intra-?\s?Party|Party\s+Members|Party\s+Groups?|"
    r"Party\s+Organi[sz]ations|Party\s+Discipline)\b"
)
_REVIEW_VERB = re.compile(
    r"\b(?:review(?:ed|ing)?|deliberat(?:e|ed|ing)|adopted|approved|passed|stud(?:y|ied|ying)|discuss(?:ed|ing)?|"
    r"examin(?:e|ed|ing)|in\s+principle|listened\s+to)\b",
    re.IGNORECASE,
)
_QUOTED_NOUN = re.compile(rf"{_NOUN}|reports?\b|list\b|methods\b|opinions\b|outline\b|programs?\b", re.IGNORECASE)
# In lower-cased text, as the review cue.
# A decision on one person's discipline, not the Party's rules of discipline ("Regulations ... on Disciplinary Actions").
_DISCIPLINARY = re.compile(
    r"^(?!(?:the\s+)?(?:regulations|rules|provisions|code)\b).*(?:disciplinary|\bexpel|expulsion|dismissal\s+of|"
    r"punishment\s+(?:of|on|to)\b)"
)


# A translation that moved a title's head noun out of its quotes: 《中共中央关于…的决定》 as "the “Central
# Committee of the Communist Party of China on Studying …“. “Decision”". The title is the noun's, of that body.
_SPLIT_TITLE = re.compile(
    r"[“\"](?P<body>(?:the\s+)?(?:CPC\s+)?Central\s+Committee(?:\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC))?|"
    r"(?:the\s+)?State\s+Council|(?:the\s+)?General\s+Office\s+of\s+the\s+(?:CPC\s+)?Central\s+Committee)\s+"
    r"(?P<subject>(?:on|about|regarding|concerning)\s+[^“”\"\n]{4,300}?)\s*[”“\"]\s*[.,;]?\s*"
    r"[“\"](?P<noun>Decision|Opinions|Notice|Circular|Regulations|Provisions|Measures|Plan|Outline)\s*[”\"]"
)


@dataclass(frozen=True, slots=True)
class TitledDocument:
    """A document title with the central body that issued it, when the text says."""

    title: str
    issuer: str | None
    evidence: Span
    studied: bool
    """Whether the sentence says the meeting reviewed, studied or conveyed it (not only mentioned it)."""


def find_documents(document: Document) -> list[TitledDocument]:
    """Every titled document in sentences that study, review or convey something, and central ones anywhere."""
    found: dict[str, TitledDocument] = {}
    for sentence in sentences(document):
        lowered = sentence.text.lower()
        cue = _REVIEW_CUE.search(lowered) is not None
        titles = _TITLE.finditer(sentence.text) if cued(sentence.text, _NOUN_CUES) else ()
        for match in titles:
            if not cue and not _CENTRAL.search(match["title"]):
                continue
            lead = re.match(r"[“\"]?(?:(?:of|and|the|a|an)\s+)*", match["title"])
            start = match.start("title") + (lead.end() if lead else 0)
            title = clean_phrase(sentence.text[start : match.end("title")])
            if len(title.split()) < 3 or _GENERIC.search(title) or _DISCIPLINARY.search(title.lower()):
                continue
            if not _titled(title, match, sentence.text[:start]):
                continue
            issuer = _issuer(sentence.text, match) or (
                "CPC Central Committee" if _PARTY_REGULATION.search(title) else None
            )
            span = make_span(document, sentence.start + start, sentence.start + match.end("title"))
            found.setdefault(title.lower(), TitledDocument(title, issuer, span, cue))
        for quoted in _quoted_after_review(document, sentence):
            whole = quoted.title.lower()
            if any(whole in key for key in found):
                continue
            # Titles found unquoted inside a quoted one are its pieces ("... Development Plan and the 2023 Draft Plan").
            for key in [key for key in found if key in whole and _inside(found[key], quoted)]:
                del found[key]
            found[whole] = quoted
    for split in _split_titles(document):
        found.setdefault(split.title.lower(), split)
    return sorted(found.values(), key=lambda d: d.evidence.start)


def _split_titles(document: Document) -> list[TitledDocument]:
    """Central titles whose head noun the translation quoted apart from the rest (see ``_SPLIT_TITLE``)."""
    text = document.text
    found = []
    for match in _SPLIT_TITLE.finditer(text) if "Central" in text or "State" in text else ():
        body = re.sub(r"^the\s+", "", match["body"])
        title = clean_phrase(f"{match['noun']} of the {body} {match['subject']}")
        issuer = body if "State Council" in body else "CPC Central Committee"
        before = text[max(0, match.start() - 200) : match.start()].lower()
        studied = _REVIEW_CUE.search(before) is not None or "implement" in before
        span = make_span(document, match.start("body"), match.end("noun"))
        found.append(TitledDocument(title, issuer, span, studied))
    return found


def _inside(piece: TitledDocument, whole: TitledDocument) -> bool:
    """Whether ``piece`` was read from within the words of ``whole``."""
    return whole.evidence.start <= piece.evidence.start < whole.evidence.end


def _quoted_after_review(document: Document, sentence: Sentence) -> list[TitledDocument]:
    """Quoted titles listed right after a review verb (never a disciplinary decision).

    A title may follow the nearest review verb before it by a few words ("reviewed and
    adopted in principle the"), or be chained to the title before it by a comma or "and".
    A title needs a document noun or a year range: a quoted slogan is not a document.
    """
    verbs = [m.end() for m in _REVIEW_VERB.finditer(sentence.text)]
    if not verbs:
        return []
    found = []
    chained = -1  # where the last title taken ended
    for match in _QUOTED.finditer(sentence.text, verbs[0]):
        verb = max(v for v in verbs if v <= match.start())
        if not (_close(sentence.text, chained, match.start(), 12) or _close(sentence.text, verb, match.start(), 60)):
            continue
        chained = match.end()
        title = clean_phrase(match["title"])
        if not (_QUOTED_NOUN.search(title) or re.search(r"\(\d{4}\s*[-–—]\s*\d{4}\)", title)):
            continue
        if _DISCIPLINARY.search(title.lower()):
            continue
        start = sentence.start + match.start("title")
        span = make_span(document, start, start + len(match["title"]))
        body = _CENTRAL_BODY_TITLE.match(title)
        issuer = (
            body["body"]
            if body
            else "CPC Central Committee"
            if _CENTRAL.search(title) or _PARTY_REGULATION.search(title)
            else None
        )
        found.append(TitledDocument(title, issuer, span, True))
    return found


def _close(text: str, end: int, start: int, gap: int) -> bool:
    """Whether ``start`` follows ``end`` within ``gap`` characters and no semicolon or colon."""
    return 0 <= end <= start and start - end <= gap and re.search(r"[;:]", text[end:start]) is None


def _titled(title: str, match: re.Match[str], before: str) -> bool:
    """A title, not a phrase: capitalised, owned by a central body, or a document noun right after a review verb.

    In lower case, "measures to ensure the safety of the area" says what the measures are for: no title.
    """
    if title[0].isupper() or title[0].isdigit() or match["owner"] is not None or _CENTRAL.search(title):
        return True
    lower = _LOWER_TITLE.match(title)
    if lower is None or re.match(r"\s+to\s", title[lower.end() :]):
        return False
    return _AFTER_REVIEW.search(before) is not None


def _issuer(text: str, match: re.Match[str]) -> str | None:
    by = _ISSUED_BY.match(text, match.end())
    if by:
        return clean_phrase(by["who"])
    owner = match["owner"]
    if owner:
        return clean_phrase(re.sub(r"^the\s+|['’]s\s*$", "", owner.strip()))
    title = match["title"]
    inner = re.search(r"(?:of|by)\s+the\s+((?:Political\s+Bureau\s+of\s+the\s+)?(?:CPC\s+)?Central\s+Committee)", title)
    if inner:
        body = clean_phrase(inner.group(1))
        return body if "CPC" in body or "Political Bureau" in body else f"CPC {body}"
    if _CENTRAL.search(text[max(0, match.start() - 40) : match.start()]):
        return "CPC Central Committee"
    return None


def extract_reviewed(
    document: Document, documents: Sequence[TitledDocument] | None = None
) -> tuple[ReviewedDocument, ...]:
    """The regulations, plans, opinions and decisions the meeting reviewed or studied."""
    found = find_documents(document) if documents is None else documents
    return tuple(ReviewedDocument(d.title, d.evidence) for d in found if d.studied)

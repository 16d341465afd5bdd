"""People named in a readout, the posts they hold, and who presided or spoke.

Names are found by their form (see ``kg.extract.pinyin``), not from a list, so
readouts full of unknown officials still yield them. The reference data only adds
what the text cannot say by itself: which names are central leaders (never the
presider of a local meeting) and spellings of one person ("Jin Ping" for "Xi Jinping").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.document import Document
from kg.extract.pinyin import SURNAMES, canonical_name, is_pinyin_word, name_key
from kg.extract.ranges import Ranges
from kg.extract.text import make_span, sentences
from kg.facts import Person, Post
from kg.reference import Reference

__all__ = ["Mention", "extract_people", "find_mentions"]

_WORD = r"[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?"
# A lookahead so that pairs overlap: "Secretary Liu Qiang" yields "Liu Qiang".
_PAIR = re.compile(rf"(?<![\w'’])(?=({_WORD})\s+({_WORD})(?![a-zA-Z]))")
# Capitalised words after a name that make it a place or an organisation, not a person.
_NOT_AFTER = frozenset(
    """
District City County Province Road Street Town Township Village River Mountain Mountains Lake
Bay Port Island Islands New Area Zone Park Bridge Temple Banner League Daily Online Group
Company University College School Hospital Airport Station Lane Square Tower Hall Experience
Prefecture Autonomous Municipality Region Valley Gorge Dam Reservoir Railway Highway Expressway
App APP Apps Client News Platform Account Accounts Media Network Net Weekly Times Channel Video Live
""".split()
)
_TITLE_HEAD = re.compile(
    r"^(?:[Mm]ember|[Ss]ecretary|[Dd]eputy|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Mm]ayor|[Gg]overnor|"
    r"[Vv]ice|[Pp]resident|[Hh]ead|[Pp]arty|[Pp]rovincial|[Mm]unicipal|[Ss]tanding|[Mm]inister|"
    r"[Cc]ommissioner|[Cc]hief|[Pp]rocurator|[Cc]ommander|[Pp]olitical|[Dd]istrict|[Cc]ounty)\b"
)
_TITLE_WORDS = frozenset(
    """
of the and for party committee secretary member deputy standing municipal provincial district
county city general political legal commission discipline inspection people's congress mayor
governor chairman director vice executive leading group office department bureau
""".split()
)
_TITLE_ENDS = re.compile(
    r"(?:Secretary|secretary|Mayor|mayor|Governor|governor|Chairman|chairman|Director|director|"
    r"President|Premier|Member|member|Minister|Commissioner|Head|head|Chief|chief|Reporter|reporter|"
    r"Photographer|photographer|Comrade|Procurator|Magistrate|magistrate|Commissar|Chairwoman)$"
)
_CENTRAL_TITLE = re.compile(r"(?:General\s+Secretary|President|Premier|Comrade)\s*$")
_REPORTER = re.compile(
    r"(?:[Rr]eporters?|[Pp]hotographers?|[Pp]hoto\s+by(?:\s+reporter)?|[Cc]orrespondents?|[Ee]ditors?)\s*[:：]?\s*"
    r"(?P<names>(?:[A-Z][a-z'’]+(?:\s+|,\s*|\s+and\s+|、)?){1,8})"
)
_LIST_NAME = re.compile(
    r"(?:^|(?<=[,;.]\s))(?P<name>[A-Z][a-z]+)(?=,\s+(?:Deputy|Secretary|Member|Chairman|Governor|Mayor|Director|Vice|President)\b)"
)
# "Chen qiufa, secretary of the provincial party committee, presided": a translation that lower-cased
# the given name; only a post or "presided" right after makes the pair a name.
_LOWER_GIVEN = re.compile(
    r"(?<![\w'’])(?P<surname>[A-Z][a-z]+)\s+(?P<given>[a-z]+)(?=,\s+(?:[Dd]eputy\s+|[Ee]xecutive\s+)?"
    r"(?:[Ss]ecretary|[Mm]ayor|[Gg]overnor|[Mm]ember|[Cc]hairman|[Dd]irector|[Hh]ead)\b|\s+(?:presided|chaired|hosted)\b)"
)
_TITLED_PRESIDER = re.compile(
    r"\b(?:Secretary|Governor|Mayor|Chairman)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
    r"\s+(?:presided|chaired|hosted)\b"
)
_PRESIDE = re.compile(
    r"\b(?:(?:presided|presides|preside|chaired|chairs|hosted|hosts)\b(?!\s+(?:over\s+)?by\b)(?:\s+over)?|"
    r"(?:held|convened)\s+(?:the|a)\s+(?:[\w()]+\s+){0,3}?Standing\s+Committee\s+(?:meeting|conference)\b)",
    re.IGNORECASE,
)
# "presided over by A", "chaired by A", and "under the chairmanship of A" of some translations.
_PRESIDE_BY = re.compile(
    r"\b(?:(?:presided(?:\s+over)?|chaired|hosted)\s+by|under\s+the\s+(?:chairmanship|presidency)\s+of)\s+",
    re.IGNORECASE,
)
_SPEAK = re.compile(
    # "made a mobilization and concluding speech": what kind of speech, in up to four words before it.
    r"\b(?:(?:delivered|made|gave)\s+(?:an?\s+)?(?:important\s+)?(?:[a-z\-]+\s+){0,4}?(?:speech|remarks|address)|"
    r"spoke\s+at\s+the\s+(?:meeting|conference)|addressed\s+the\s+(?:meeting|conference)|made\s+(?:a\s+)?(?:summary|concluding)\s+remarks|"
    r"attended\s+(?:the\s+meeting\s+)?and\s+spoke\b|"
    # "county magistrate Li Tong spoke.", "... also spoke on the flood season" (not "spoke highly of").
    r"(?:also\s+)?spoke(?=\s*[.,;:])|(?:also\s+)?spoke\s+(?:on|about)\b|"
    r"conveyed\s+(?:the\s+)?(?:spirit\s+of\s+)?(?:the\s+)?speech|conveyed\s+the\s+(?:spirit|relevant|important)|"
    r"(?:respectively|separately)\s+conveyed)",
    re.IGNORECASE,
)
# A person who is himself the subject of "stressed" is a speaker; "the meeting stressed" is not.
_SELF_STRESS = re.compile(
    r"\b(?:stressed|emphasized|emphasised|pointed\s+out|required|demanded|called\s+for)\b", re.IGNORECASE
)
# "..., and the meeting stressed", "the conference also required": the meeting speaks, not the person.
_NOT_SELF = re.compile(
    r"\b(?:meeting|conference|speech)(?:['’]s)?\s+(?:also\s+|further\s+|then\s+)?$|"
    r"\b(?:the|this)\s+(?:meeting|conference)\s+(?!and\b)",
    re.IGNORECASE,
)
_LOCAL_TITLE = re.compile(
    r"\s*,?\s*(?:the\s+)?(?:(?:Deputy\s+)?Secretary|Member|Governor|Mayor|Chairman)\b[^.;]{0,60}?"
    r"(?:Provincial|Municipal|Prefectural|County|District|Autonomous\s+Region)"
)
# "presided over by Deputy Secretary of the Municipal Party Committee, Secretary of the Party Leadership Group of
# the Municipal Government, and Mayor Li Jun": posts, in capitals, all the way to the name.
_PRESIDED_AND = re.compile(r"\b(?:presided\s+over|chaired|hosted)\b[^.;,]{0,40}?\s+and\s+(?:also\s+)?$")
_POST_CHAIN = re.compile(r"(?:(?:[A-Z][\w’'\-]*|of|the|and|for|on|in|CPC)(?:,?\s+|,))*")
_CENTRAL_OBJECT = re.compile(
    r"Political\s+Bureau|Politburo|Central\s+Committee|State\s+Council|Central\s+\w+\s+Commission", re.IGNORECASE
)


_LONGEST_NAME = 40


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a person's name in the text."""

    name: str
    start: int
    end: int
    reporter: bool = False


def find_mentions(document: Document, reference: Reference) -> list[Mention]:
    """Every person-name occurrence in the body, in text order, without duplicates."""
    text = document.text
    found: dict[int, Mention] = {}
    for match in _PAIR.finditer(text, document.body_start):
        surname, given = match.group(1), match.group(2)
        end = match.end(2)
        if _looks_like_name(text, end, surname, given, reference) and not document.cut_at(end):
            found.setdefault(match.start(), Mention(canonical_name([surname, given]), match.start(), end))
    for mention in _reporter_mentions(document):
        # A byline's run-together names ("Reporter Liu Bo Xu Yang") are read by the byline rule alone.
        for start in range(mention.start - _LONGEST_NAME, mention.end):
            if start in found and found[start].end > mention.start:
                del found[start]
        found[mention.start] = mention
    for match in _TITLED_PRESIDER.finditer(text, document.body_start):
        # A name the translation garbled out of pinyin ("Nobunaga Hoshi" for 信长星) is still a name
        # where a post stands right before it and "presided" right after.
        words = match["name"].split()
        if not any(w.lower() in _TITLE_WORDS or w in _NOT_AFTER or w in SURNAMES for w in words):
            found.setdefault(match.start("name"), Mention(match["name"], match.start("name"), match.end("name")))
    for match in _LOWER_GIVEN.finditer(text, document.body_start):
        surname, given = match["surname"], match["given"]
        if surname in SURNAMES and is_pinyin_word(given, 2):
            name = canonical_name([surname, given])
            found.setdefault(match.start(), Mention(name, match.start(), match.end("given")))
    for match in _LIST_NAME.finditer(text, document.body_start):
        word = match["name"]
        if is_pinyin_word(word) and (word not in reference.places) and (match.start() not in found):
            found[match.start()] = Mention(word, match.start(), match.end())
    named = Ranges((m.start, m.end) for m in found.values())
    aliases = reference.person_aliases
    if aliases:
        for match in _alias_pattern(tuple(aliases)).finditer(text, document.body_start):
            start, alias = match.start(), match[1]
            if not named.holds(start) and start not in found:
                found[start] = Mention(aliases[alias], start, start + len(alias))
    return [found[k] for k in sorted(found)]


@lru_cache(maxsize=8)
def _alias_pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """Every start of a known spelling, longest first: one scan of the text for all of them."""
    spellings = "|".join(re.escape(alias) for alias in sorted(aliases, key=len, reverse=True))
    # A possessive after the spelling ("Supreme Leader's speech") still ends it.
    return re.compile(rf"(?<![\w'’])(?=({spellings})(?!\w|['’](?!s\b)))")


def _looks_like_name(text: str, end: int, surname: str, given: str, reference: Reference) -> bool:
    if surname not in SURNAMES or not is_pinyin_word(given, 3):
        return False
    if f"{surname} {given}" in reference.places:
        return False
    following = re.match(r"\s+([A-Z][a-z]+)", text[end : end + 30])
    return not (following and following.group(1) in _NOT_AFTER)


def _reporter_mentions(document: Document) -> list[Mention]:
    text = document.text
    mentions = []
    for match in _REPORTER.finditer(text, document.body_start):
        pos = match.start("names")
        tokens = [(m.start() + pos, m.group()) for m in re.finditer(r"[A-Z][a-z'’]+", match["names"])]
        i = 0
        while i < len(tokens):
            start, word = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if word in SURNAMES and nxt and is_pinyin_word(nxt[1]):
                mentions.append(Mention(canonical_name([word, nxt[1]]), start, nxt[0] + len(nxt[1]), True))
                i += 2
            elif word not in SURNAMES and is_pinyin_word(word) and any(word.startswith(s) for s in SURNAMES):
                mentions.append(Mention(word, start, start + len(word), True))
                i += 1
            else:
                break
    return mentions


def extract_people(
    document: Document, reference: Reference, on: dt.date | None = None
) -> tuple[tuple[Person, ...], tuple[str, ...], tuple[str, ...]]:
    """Extract (persons, presider names, speaker names) from one readout.

    ``on`` is the readout's day (its printed date): a central leader of later years who then
    held a local post is a local official in it.
    """
    mentions = find_mentions(document, reference)
    canon = _resolve_spellings(mentions, reference)
    persons = _persons(document, mentions, canon)
    central = _central_names(document, mentions, canon, reference.central_on(on))
    presiders = _role(document, mentions, canon, central, _PRESIDE, _PRESIDE_BY)
    speakers = _role(document, mentions, canon, central, _SPEAK, None)
    stressed = _role(document, mentions, canon, central, _SELF_STRESS, None, max_gap=120, bar=_NOT_SELF)
    # A second pass over the sentences, only for texts with a sentence that opens with a pronoun.
    opens_with_pronoun = re.search(r"(?:^|[.!?]\s+)(?:He|She)\s", document.text) is not None
    pronoun = _pronoun_speakers(document, mentions, canon, set(presiders)) if opens_with_pronoun else []
    return persons, presiders, tuple(dict.fromkeys([*speakers, *stressed, *pronoun]))


# "He conveyed the spirit of ...", "She stressed that ...": the sentence's subject is a pronoun.
_PRONOUN_SPEAKS = re.compile(
    r"^(?:He|She)\s+(?:also\s+|then\s+|further\s+)?(?:conveyed|stressed|emphasi[sz]ed|pointed\s+out|delivered|"
    r"required|demanded|called\s+for|said|noted)\b"
)


def _pronoun_speakers(
    document: Document, mentions: list[Mention], canon: dict[str, str], presiders: set[str]
) -> list[str]:
    """A presider named in a sentence and taken up as "He ..." with a speaking verb in the next one."""
    found: list[str] = []
    previous: list[str] = []
    starts = [m.start for m in mentions]
    for sentence in sentences(document):
        inside = mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        named = [canon[m.name] for m in inside if not m.reporter]
        if _PRONOUN_SPEAKS.match(sentence.text) and not named:
            leading = [name for name in previous if name in presiders]
            if len(set(leading)) == 1:
                found.append(leading[0])
        previous = named
    return found


def _resolve_spellings(mentions: list[Mention], reference: Reference) -> dict[str, str]:
    """Map each spelling to the label of its person: most frequent spelling, aliases folded."""
    by_key: dict[str, Counter[str]] = {}
    for mention in mentions:
        by_key.setdefault(name_key(mention.name), Counter())[mention.name] += 1
    keys = sorted(by_key, key=len, reverse=True)
    parent: dict[str, str] = {}
    for key in keys:
        longer = [k for k in keys if len(k) > len(key) and k.endswith(key) and len(key) >= 6]
        parent[key] = longer[0] if longer else key
    # "Chen Jun" in a headline, "Che Jun" in the body: one person whose family name lost or gained a letter
    # (the given name the same); the spelling the readout uses more often is his.
    for key, other in _one_letter_apart(by_key):
        if parent[key] == key and parent[other] == other:
            rare, common = sorted((key, other), key=lambda k: (sum(by_key[k].values()), k))
            parent[rare] = common
    canon: dict[str, str] = {}
    for key in keys:
        root = parent[key]
        while parent[root] != root:
            root = parent[root]
        known = reference.person_aliases.get(by_key[root].most_common(1)[0][0])
        label = known or sorted(by_key[root].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for spelling in by_key[key]:
            canon[spelling] = label
    return canon


def _one_letter_apart(by_key: dict[str, Counter[str]]) -> list[tuple[str, str]]:
    """Pairs of names (by key) whose given names agree and whose family names differ by one letter added."""
    by_given: dict[str, list[tuple[str, str]]] = {}
    for key, spellings in by_key.items():
        words = spellings.most_common(1)[0][0].lower().split()
        if len(words) >= 2:
            by_given.setdefault(" ".join(words[1:]), []).append((words[0], key))
    pairs = []
    for names in by_given.values():
        for family, key in names:
            for other_family, other in names:
                if len(other_family) == len(family) + 1 and any(
                    other_family[:i] + other_family[i + 1 :] == family for i in range(len(other_family))
                ):
                    pairs.append((key, other))
    return pairs


def _persons(document: Document, mentions: list[Mention], canon: dict[str, str]) -> tuple[Person, ...]:
    grouped: dict[str, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(canon[mention.name], []).append(mention)
    persons = []
    for label in sorted(grouped):
        group = grouped[label]
        spans = tuple(make_span(document, m.start, m.end) for m in group)
        aliases = tuple(sorted({m.name for m in group} - {label}))
        posts = _posts(document, group)
        persons.append(Person(label, spans, aliases, posts, any(m.reporter for m in group)))
    return tuple(persons)


def _posts(document: Document, group: list[Mention]) -> tuple[Post, ...]:
    posts: dict[str, Post] = {}
    for mention in group:
        for start, end in (_title_before(document.text, mention), _title_after(document.text, mention)):
            if end - start > 3:
                span = make_span(document, start, end)
                title = re.sub(r"\s+", " ", span.quote)
                if not _CENTRAL_TITLE.search(title) and not re.fullmatch(
                    r"(?i)(?:all-media\s+)?reporters?|photographer", title
                ):
                    posts.setdefault(title.lower(), Post(title, span))
    return tuple(posts[k] for k in sorted(posts))


def _title_before(text: str, mention: Mention) -> tuple[int, int]:
    # A title sits in the clause before the name; look back a bounded stretch, not to the text's start.
    window = max(0, mention.start - 240)
    clause_start = max(max(text.rfind(c, window, mention.start) for c in ",.;(\n)"), window - 1)
    words = list(re.finditer(r"[\w'’-]+", text[clause_start + 1 : mention.start]))
    # "Secretary of the Municipal Party Committee Song Lewei": a post that ends in its body.
    of_body = (
        bool(words)
        and words[-1].group() in ("Committee", "committee")
        and any(_TITLE_ENDS.search(word.group()) for word in words[-8:-1])
    )
    if not words or not (_TITLE_ENDS.search(words[-1].group()) or of_body):
        return 0, 0
    keep = []
    for word in reversed(words):
        w = word.group()
        if w[0].isupper() or w.lower() in _TITLE_WORDS:
            keep.append(word)
        else:
            break
    while keep and not keep[-1].group()[0].isupper():
        keep.pop()
    if not keep:
        return 0, 0
    offset = clause_start + 1
    return offset + keep[-1].start(), offset + words[-1].end()


def _title_after(text: str, mention: Mention) -> tuple[int, int]:
    rest = text[mention.end : mention.end + 240]
    match = re.match(
        r",\s*(?P<title>[^,;.()\n]+?)\s*(?=,|;|\.|\(|\)|\bpresided\b|\bconveyed\b|\battended\b|\bdelivered\b|\bchaired\b|\bhosted\b|$)",
        rest,
    )
    if match is None or not _TITLE_HEAD.match(match["title"]):
        return 0, 0
    return mention.end + match.start("title"), mention.end + match.end("title")


def _central_names(
    document: Document, mentions: list[Mention], canon: dict[str, str], leaders: frozenset[str]
) -> set[str]:
    central = {canon[m.name] for m in mentions if canon[m.name] in leaders}
    # A central leader of today may appear in an older readout as a provincial secretary.
    central -= {canon[m.name] for m in mentions if _LOCAL_TITLE.match(document.text, m.end)}
    for mention in mentions:
        if _CENTRAL_TITLE.search(document.text[max(0, mention.start - 20) : mention.start]):
            central.add(canon[mention.name])
    return central


def _role(
    document: Document,
    mentions: list[Mention],
    canon: dict[str, str],
    central: set[str],
    active: re.Pattern[str],
    passive: re.Pattern[str] | None,
    max_gap: int = 220,
    bar: re.Pattern[str] | None = None,
) -> tuple[str, ...]:
    """Names that are the subject of ``active`` (or the agent of ``passive``) about this meeting.

    Coordinated subjects ("A and B respectively conveyed ...") are all taken.
    """
    names: list[str] = []
    starts = [m.start for m in mentions]
    for sentence in sentences(document):
        inside = mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        if not inside:
            continue
        for verb in active.finditer(sentence.text):
            verb_at = sentence.start + verb.start()
            after = sentence.text[verb.end() : verb.end() + 90]
            if _CENTRAL_OBJECT.search(after.split(" and ")[0]):
                continue
            for subject in _subjects_before(document.text, inside, verb_at, max_gap, bar):
                if canon[subject.name] not in central:
                    names.append(canon[subject.name])
        if passive is not None:
            for verb in passive.finditer(sentence.text):
                at = sentence.start + verb.end()
                agent = [m for m in inside if at <= m.start <= at + 80] or [
                    m for m in inside if at <= m.start <= at + 200 and _POST_CHAIN.fullmatch(document.text, at, m.start)
                ]
                if agent and canon[agent[0].name] not in central:
                    names.append(canon[agent[0].name])
    return tuple(dict.fromkeys(names))


def _subjects_before(
    text: str, inside: list[Mention], verb_at: int, max_gap: int, bar: re.Pattern[str] | None
) -> list[Mention]:
    """The person (or coordinated persons) governing a verb; ``bar`` words between them rule it out."""
    before = [m for m in inside if m.end <= verb_at and not m.reporter]
    if not before:
        return []
    subject = before[-1]
    gap = text[subject.end : verb_at]
    # "presided over by A, Secretary of ..., who delivered a speech": the relative "who" is A.
    relative = re.search(r",\s*who\s+(?:also\s+|then\s+)?$", gap) is not None and "." not in gap
    # "A, secretary of ..., leader of ... and leader of ..., presided over the meeting and delivered a speech":
    # the verb shares the presiding verb's subject however long the posts between.
    shared = _PRESIDED_AND.search(gap) is not None and "." not in gap and len(gap) <= 3 * max_gap
    if (len(gap) > max_gap and not shared) or (bar and bar.search(gap)):
        return []
    if not relative and re.search(r"\bthat\b|\bwhich\b|\bwho\b", gap):
        return []
    subjects = [subject]
    for earlier in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[earlier.end : subjects[-1].start]):
            break
        subjects.append(earlier)
    return subjects

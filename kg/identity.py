"""Corpus-wide identity: what one readout says settles what another leaves open.

A committee whose readout names no place is placed by its presider: the same person
presiding over a committee of the same level in another readout of the corpus, within
a year, was leading the same committee (``kg:regionSource`` "inferred-from-person").

Machine translations spell one presider several ways ("Yuan Jiajun", "Yuan Jiajung").
Two spellings of presiders of one committee that differ by a letter or two in one
syllable are one person: the more frequent spelling is the label, the rarer an alias.

A person named in characters in a Chinese readout (袁家军) and in pinyin in an English one
(Yuan Jiajun) is one person when the pinyin agrees and so does the post: the same
committee and the same role there (party secretary, governor or mayor, ...), or both
presiding over it. The English spelling labels the person, the characters stay an alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from kg.document import has_chinese
from kg.facts import Person, ReadoutFacts
from kg.roles import role_of

__all__ = ["infer_regions", "merge_languages", "merge_spellings"]

_YEARS_APART = 1


def infer_regions(corpus: Sequence[ReadoutFacts]) -> list[ReadoutFacts]:
    """The corpus with unplaced committees placed through their presiders, where that is unambiguous."""
    placed: dict[tuple[str, str], list[tuple[int | None, str, str | None]]] = defaultdict(list)
    for facts in corpus:
        committee = facts.meeting.committee
        if committee.region is None or committee.level is None:
            continue
        year = facts.meeting.date.year if facts.meeting.date else None
        for name in facts.presiders:
            placed[(name, committee.level)].append((year, committee.region, committee.region_code))
    return [_placed(facts, placed) for facts in corpus]


def _placed(
    facts: ReadoutFacts, placed: dict[tuple[str, str], list[tuple[int | None, str, str | None]]]
) -> ReadoutFacts:
    committee = facts.meeting.committee
    if committee.region is not None or committee.level is None:
        return facts
    year = facts.meeting.date.year if facts.meeting.date else None
    regions = {
        (region, code)
        for name in facts.presiders
        for other_year, region, code in placed.get((name, committee.level), ())
        if year is None or other_year is None or abs(year - other_year) <= _YEARS_APART
    }
    if len(regions) != 1:
        return facts
    region, code = regions.pop()
    committee = replace(committee, region=region, region_code=code, region_source="inferred-from-person")
    return replace(facts, meeting=replace(facts.meeting, committee=committee))


def merge_spellings(corpus: Sequence[ReadoutFacts]) -> list[ReadoutFacts]:
    """The corpus with near-identical spellings of one committee's presiders folded into one name."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for facts in corpus:
        committee = facts.meeting.committee
        if committee.region is not None and committee.level is not None:
            counts[(committee.level, committee.region)].update(facts.presiders)
    renamed: dict[tuple[str, str], dict[str, str]] = {}
    for key, names in counts.items():
        ranked = sorted(names, key=lambda n: (-names[n], n))
        rename = {}
        for i, rare in enumerate(ranked):
            common = next((c for c in ranked[:i] if c not in rename and _near(c, rare)), None)
            if common is not None:
                rename[rare] = common
        if rename:
            renamed[key] = rename
    result = []
    for facts in corpus:
        committee = facts.meeting.committee
        result.append(_renamed(facts, renamed.get((committee.level or "", committee.region or ""), {})))
    return result


def _near(one: str, other: str) -> bool:
    """Same surname, same number of words, and one edit of at most two letters in one given-name word."""
    a, b = one.lower().split(), other.lower().split()
    if len(a) != len(b) or a[0] != b[0]:
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differing) == 1 and min(len(differing[0][0]), len(differing[0][1])) >= 4 and _edits(*differing[0]) <= 2


def _edits(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def _renamed(facts: ReadoutFacts, rename: dict[str, str]) -> ReadoutFacts:
    """The readout with people renamed; two names that become one merge, the old ones kept as aliases."""
    if not any(p.name in rename for p in facts.persons):
        return facts
    merged: dict[str, Person] = {}
    for person in facts.persons:
        label = rename.get(person.name, person.name)
        kept = merged.get(label)
        aliases = {*person.aliases, person.name} - {label}
        if kept is not None:
            aliases |= set(kept.aliases)
            posts = {post.title.lower(): post for post in (*kept.posts, *person.posts)}
            person = replace(person, evidence=kept.evidence + person.evidence, posts=tuple(posts.values()))
        merged[label] = replace(person, name=label, aliases=tuple(sorted(aliases)))
    return replace(
        facts,
        persons=tuple(merged[k] for k in sorted(merged)),
        presiders=tuple(dict.fromkeys(rename.get(n, n) for n in facts.presiders)),
        speakers=tuple(dict.fromkeys(rename.get(n, n) for n in facts.speakers)),
    )


def merge_languages(corpus: Sequence[ReadoutFacts]) -> list[ReadoutFacts]:
    """The corpus with Chinese-named people renamed to the English spelling of the same person in the same post."""
    english: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for facts in corpus:
        committee = _committee_key(facts)
        if committee is None:
            continue
        for person in facts.persons:
            if not has_chinese(person.name):
                for role in _roles(person, facts):
                    english[(*committee, _plain(person.name))].add((role, person.name))
    renamed = []
    for facts in corpus:
        committee = _committee_key(facts)
        rename: dict[str, str] = {}
        for person in facts.persons if committee is not None else ():
            if not has_chinese(person.name):
                continue
            assert committee is not None
            roles = _roles(person, facts)
            matches = {
                name
                for alias in person.aliases
                for role, name in english.get((*committee, _plain(alias)), set())
                if role in roles
            }
            if len(matches) == 1:
                rename[person.name] = matches.pop()
        renamed.append(_renamed(facts, rename))
    return renamed


def _plain(name: str) -> str:
    return re.sub(r"[\s'’\-]+", "", name).lower()


def _committee_key(facts: ReadoutFacts) -> tuple[str] | None:
    """The committee by its place alone: English calls a prefecture city's committee "municipal"."""
    committee = facts.meeting.committee
    if committee.region is None:
        return None
    return (committee.region_code or committee.region,)


def _roles(person: Person, facts: ReadoutFacts) -> set[str]:
    """The roles a readout gives a person in its committee; presiding counts as one."""
    roles = {role for post in person.posts if (role := role_of(post.title)) is not None}
    if person.name in facts.presiders:
        roles.add("presider")
    return roles

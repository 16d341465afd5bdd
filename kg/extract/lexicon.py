"""English labels of a lexicon found in a text in one pass of an Aho-Corasick automaton.

A regular expression with one alternative per label tries every alternative at every
position, so its cost grows with the lexicon; the automaton's does not. The matching
rules are those of the regular expression it replaced (``pattern_of`` keeps it, for the
equivalence test): case-insensitive; words separated by any run of spaces or hyphens;
each word may take a plural -s or -es; straight and curly apostrophes alike; a label
only as whole words; at one place, the first concept in lexicon order (longest labels
first) wins with its longest label, and the search goes on after it.

Texts are folded before matching: lower case, every space or hyphen a single space, ’
as '. Folding keeps one character per character except where runs of separators
shrink, and a short list of those runs maps positions back to the original text.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import ahocorasick_rs

__all__ = ["Lexicon", "pattern_of"]

_SEPARATORS = re.compile(r"[\s\-]+")
_ONE_SEPARATOR = re.compile(r"[^\S ]|-")
_APOSTROPHE = str.maketrans({"’": "'"})
_ENDINGS = ("", "s", "es")
_MAX_INFLECTED_WORDS = 3
"""Labels of up to this many words get every plural combination; longer ones on their last word only."""


def _words(label: str) -> list[str]:
    return [w for w in _SEPARATORS.split(label.strip().lower().translate(_APOSTROPHE)) if w]


def _variants(label: str) -> list[str]:
    """Every spelling of ``label`` the matching rules allow, folded."""
    words = _words(label)
    if not words:
        return []
    endings: Iterable[tuple[str, ...]]
    if len(words) <= _MAX_INFLECTED_WORDS:
        endings = itertools.product(_ENDINGS, repeat=len(words))
    else:
        endings = ((*("",) * (len(words) - 1), last) for last in _ENDINGS)
    return [" ".join(w + e for w, e in zip(words, ending, strict=True)) for ending in endings]


def pattern_of(concepts: Sequence[tuple[str, Sequence[str]]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The single regular expression these rules describe: the reference ``Lexicon`` is tested against."""
    groups, keys = [], {}
    for index, (key, labels) in enumerate(_ranked(concepts)):
        words = [re.split(r"[\s-]+", label.strip()) for label in sorted(labels, key=len, reverse=True)]
        alternatives = "|".join(
            r"[\s-]+".join(re.escape(w).replace("'", "['’]") + r"(?:s|es)?" for w in label) for label in words
        )
        groups.append(f"(?P<t{index}>{alternatives})")
        keys[f"t{index}"] = key
    return re.compile(rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])", re.IGNORECASE), keys


def _ranked(concepts: Sequence[tuple[str, Sequence[str]]]) -> list[tuple[str, Sequence[str]]]:
    return sorted(concepts, key=lambda c: (-max(len(label) for label in c[1]), c[0]))


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "_-"


@dataclass(frozen=True, slots=True)
class _Folded:
    """A text folded for matching, and the way back to its positions."""

    text: str
    starts: list[int]
    """Folded positions just after each shrunk run of separators."""
    removed: list[int]
    """Characters removed up to and including each of those runs."""

    def original(self, position: int) -> int:
        index = bisect_right(self.starts, position)
        return position + (self.removed[index - 1] if index else 0)


def _fold(text: str) -> _Folded | None:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; the caller falls back
        return None
    folded = _ONE_SEPARATOR.sub(" ", lowered).translate(_APOSTROPHE)
    parts, starts, removed, last, cut = [], [], [], 0, 0
    for run in re.finditer(r"  +", folded):  # only runs shrink; single separators stay in place
        parts.append(folded[last : run.start() + 1])
        cut += run.end() - run.start() - 1
        starts.append(run.start() + 1 - (cut - (run.end() - run.start() - 1)))
        removed.append(cut)
        last = run.end()
    parts.append(folded[last:])
    return _Folded("".join(parts), starts, removed)


class Lexicon:
    """Find the labels of concepts (key, labels) in texts by the rules of the module docstring."""

    def __init__(self, concepts: Sequence[tuple[str, Sequence[str]]]) -> None:
        self._concepts = concepts
        variants: dict[str, tuple[int, int]] = {}
        for rank, (_, labels) in enumerate(_ranked(concepts)):
            for label in labels:
                length = len(label)
                for variant in _variants(label):
                    if variant not in variants or (rank, -length) < variants[variant]:
                        variants[variant] = (rank, -length)
        self._strings = sorted(variants)
        self._order = [variants[s] for s in self._strings]
        self._keys = [key for key, _ in _ranked(concepts)]
        self._automaton = ahocorasick_rs.AhoCorasick(self._strings, matchkind=ahocorasick_rs.MATCHKIND_STANDARD)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, concept key) of each label found in ``text[start:end]``, in text order."""
        end = len(text) if end is None else end
        folded = _fold(text[start:end])
        if folded is None:
            return self._by_pattern(text, start, end)
        best: dict[int, tuple[tuple[int, int], int]] = {}  # original start -> (order, original end)
        for index, first, last in self._automaton.find_matches_as_indexes(folded.text, overlapping=True):
            lo, hi = start + folded.original(first), start + folded.original(last - 1) + 1
            if (lo > 0 and _is_word(text[lo - 1])) or (hi < end and _is_word(text[hi])):
                continue
            order = self._order[index]
            if lo not in best or order < best[lo][0]:
                best[lo] = (order, hi)
        found, after = [], start
        for lo in sorted(best):
            if lo < after:
                continue
            (rank, _), hi = best[lo]
            found.append((lo, hi, self._keys[rank]))
            after = hi
        return found

    def _by_pattern(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        pattern, groups = self._fallback
        return [(m.start(), m.end(), groups[m.lastgroup or ""]) for m in pattern.finditer(text, start, end)]

    @cached_property
    def _fallback(self) -> tuple[re.Pattern[str], dict[str, str]]:
        """The regular expression, for the rare text that does not fold; compiled when first needed
        (a fifth of a second, paid by every process that extracts)."""
        return pattern_of(self._concepts)

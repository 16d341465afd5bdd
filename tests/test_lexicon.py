"""The automaton finds exactly what the one-alternative-per-label regular expression finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.document import read_document
from kg.extract.lexicon import Lexicon, pattern_of
from kg.reference import load_topic_scheme
from tests.conftest import SEEDS

SCHEME = load_topic_scheme()
LEXICON = Lexicon(SCHEME.concepts)
PATTERN, GROUPS = pattern_of(SCHEME.concepts)
WORDS = sorted({word for _, labels in SCHEME.concepts for label in labels for word in label.split()})


def _by_pattern(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    return [(m.start(), m.end(), GROUPS[m.lastgroup or ""]) for m in PATTERN.finditer(text, start, end)]


def test_every_seed_readout_gives_the_same_mentions() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = read_document(path).text
        assert LEXICON.find(text) == _by_pattern(text), path.name


def test_separators_plurals_apostrophes_and_word_edges() -> None:
    text = (
        "Safety  production, high--quality\ndevelopment; people’s livelihoods, COVID-19 epidemics prevention; "
        "auditing work, preaudit work, audit-works and rural   revitalization."
    )
    assert LEXICON.find(text) == _by_pattern(text)
    assert ("safety-production" in {key for *_, key in LEXICON.find(text)}) is True


def test_a_range_is_searched_as_the_regular_expression_searches_it() -> None:
    text = "xaudit work and safety production at the end"
    assert LEXICON.find(text, 1, 30) == _by_pattern(text, 1, 30)
    assert LEXICON.find(text, 0, 22) == _by_pattern(text, 0, 22)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.sampled_from([" ", "  ", "-", " - ", "\n", ", ", "s", "es", "’s", "x", "İ"]),
        ),
        max_size=40,
    )
)
def test_any_mix_of_label_words_and_separators(parts: list[str]) -> None:
    text = "".join(parts)
    assert LEXICON.find(text) == _by_pattern(text)

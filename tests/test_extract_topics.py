"""Topics of English readouts, from invented sentences."""

from __future__ import annotations

from pathlib import Path

from kg.document import read_document
from kg.extract import extract_readout

HEAD = " date 2024-03-02\nOn March 1, the Standing Committee of the Yichang Municipal Party Committee held a meeting. "


def _topic_keys(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "r.txt"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return {t.key for t in extract_readout(read_document(path)).topics}


def test_a_topic_named_only_in_a_persons_title_is_not_a_topic(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "Wang Ming, Secretary of the Municipal Party Committee, presided. Zhao Hong, Chairman of the Municipal "
        "Political Consultative Conference, attended the meeting. The meeting stressed that it is necessary "
        "to promote rural revitalization.",
    )
    assert "rural-revitalization" in found
    assert "cppcc-work" not in found


def test_the_same_words_as_what_the_meeting_dealt_with_are_a_topic(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "Wang Ming, Secretary of the Municipal Party Committee, presided. The meeting stressed that it is "
        "necessary to support the political consultative work of the CPPCC.",
    )
    assert "cppcc-work" in found


def test_a_topic_word_in_a_bodys_name_is_not_a_topic(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "The meeting required that the Party group of the CPPCC Hubei Provincial Committee take the lead, "
        "and conveyed the spirit of the Second Session of the 13th CPPCC Municipal Committee. The meeting "
        "also held a meeting of the Foreign Affairs Working Committee.",
    )
    assert "cppcc-work" not in found
    assert "foreign-affairs" in found  # a working committee's meeting is about its work

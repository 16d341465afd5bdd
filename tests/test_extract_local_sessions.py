"""Local plenary sessions relayed or prepared become one open topic per level, from invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.document import read_document
from kg.extract import extract_readout

EN_HEAD = (
    " date 2024-03-02\nOn March 1, the Standing Committee of the Anshan Municipal Party Committee held a meeting. "
)
ZH_HEAD = " date 2024-03-02\n3月1日，县委书记王明主持召开县委常委会会议。"


def _topic_labels(tmp_path: Path, text: str) -> set[str]:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_readout(read_document(path))
    return {t.label for t in facts.topics if t.label is not None}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The meeting conveyed the spirit of the Fourth Plenary Session of the 9th Provincial Party Committee.",
            "provincial party committee plenary session",
        ),
        (
            "The meeting discussed the work report for the 6th Plenary Session of the 14th Anshan Municipal Committee.",
            "municipal party committee plenary session",
        ),
        (
            "The meeting studied preparations for the County Party Committee's upcoming plenary session.",
            "county party committee plenary session",
        ),
    ],
)
def test_an_english_local_plenum_is_a_topic_named_by_its_level(tmp_path: Path, sentence: str, label: str) -> None:
    assert label in _topic_labels(tmp_path, EN_HEAD + sentence)


def test_a_central_plenum_is_no_local_topic(tmp_path: Path) -> None:
    labels = _topic_labels(
        tmp_path,
        EN_HEAD + "The meeting conveyed the spirit of the Third Plenary Session of the 20th Central Committee.",
    )
    assert not any("plenary" in label for label in labels)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("会议讨论了县委十五届六次全体会议工作报告（讨论稿）。", "县委全会工作报告"),
        ("会议研究了市委八届三次全会有关文件。", "市委全会筹备"),
        ("会议原则同意《关于召开中国共产党某某县第十五届委员会第六次全体会议的建议安排》。", "县委全会筹备"),
        ("会议传达学习了省委十二届四次全会精神。", "省委全会精神"),
        ("會議傳達了省委十二屆四次全會、全省經濟工作會議精神。", "省委全会精神"),
        ("会议传达了市委常委会（扩大）会议精神，研究我县贯彻意见。", "市委常委会会议精神"),
        ("会议传达学习了自治区党委十届九次全会精神。", "自治区党委全会精神"),
    ],
)
def test_a_chinese_local_plenum_is_a_topic_named_by_what_the_meeting_did(
    tmp_path: Path, sentence: str, label: str
) -> None:
    assert label in _topic_labels(tmp_path, ZH_HEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "会议指出，市委全会召开以来，全县上下干劲十足。",  # named in passing: nothing done with it
        "会议传达学习了党的十九届六中全会精神。",  # a central plenum is a directive, not a local topic
    ],
)
def test_a_chinese_plenum_in_passing_or_central_is_no_local_topic(tmp_path: Path, sentence: str) -> None:
    assert not any("全会" in label for label in _topic_labels(tmp_path, ZH_HEAD + sentence))


def test_the_evidence_quotes_the_session_in_the_original_characters(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(ZH_HEAD + "會議研究了省委七屆二次全會有關文件。", encoding="utf-8")
    document = read_document(path)
    topic = next(t for t in extract_readout(document).topics if t.label == "省委全会筹备")
    assert topic.evidence.quote == "省委七屆二次全會"
    assert document.text[topic.evidence.start : topic.evidence.end] == topic.evidence.quote

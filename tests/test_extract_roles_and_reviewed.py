"""Speakers, presiders and reviewed documents in wordings the dev set lacks (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.document import read_document
from kg.extract.documents import extract_reviewed
from kg.extract.people import extract_people
from kg.reference import load_reference

ROLES = [
    # (text, presiders, speakers)
    (
        "Wang Dong presided over the meeting. Zhou Ping and Li Ming respectively conveyed the spirit of the conference.",
        ("Wang Dong",),
        ("Zhou Ping", "Li Ming"),
    ),
    (
        "Wang Dong, Secretary of the County Party Committee, presided over the meeting. Wang Dong stressed that "
        "the key lies in implementation. The meeting stressed that safety comes first.",
        ("Wang Dong",),
        ("Wang Dong",),
    ),
    (
        "On May 3, Chen Hui, Secretary of the Municipal Party Committee, held the Municipal Standing Committee "
        "meeting.",
        ("Chen Hui",),
        (),
    ),
    (
        "Li Xi, Secretary of the Provincial Party Committee, presided over the meeting and delivered a speech.",
        ("Li Xi",),
        ("Li Xi",),
    ),
    (
        "Wang Fang, Secretary of the County Party Committee, chaired the meeting. County Mayor Chen Gang attended "
        "and spoke.",
        ("Wang Fang",),
        ("Chen Gang",),
    ),
    (
        "County party secretary Zhao Lei hosted the meeting; county magistrate Qian Bo spoke. Deputy secretary "
        "Sun Ke also spoke on flood control, and Zhou Mei spoke highly of the volunteers.",
        ("Zhao Lei",),
        ("Qian Bo", "Sun Ke"),
    ),
]


@pytest.mark.parametrize(("text", "presiders", "speakers"), ROLES)
def test_roles(tmp_path: Path, text: str, presiders: tuple[str, ...], speakers: tuple[str, ...]) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    _, found_presiders, found_speakers = extract_people(read_document(path), load_reference())
    assert found_presiders == presiders
    assert set(found_speakers) == set(speakers)


REVIEWED = [
    (
        "The meeting reviewed and adopted in principle the “Three-Year Action Program for Digital Villages "
        "(2023-2027)” and the “Implementation Rules for Cadre Evaluation”.",
        ["Three-Year Action Program for Digital Villages (2023-2027)", "Implementation Rules for Cadre Evaluation"],
    ),
    (
        "The meeting deliberated the “Report on the Work of the County Government”.",
        ["Report on the Work of the County Government"],
    ),
    ("The meeting studied the “Four Moves Ahead” and the “Two Sessions”.", []),
    ("The meeting reviewed the “Decision on the disciplinary punishment of Comrade Wang Lin”.", []),
    # The Party's rules of discipline are a document; "examined" is a review verb.
    (
        "The meeting studied the Regulations of the Communist Party of China on Disciplinary Actions.",
        ["Regulations of the Communist Party of China on Disciplinary Actions"],
    ),
    (
        "The meeting examined the Opinions on Strengthening Grassroots Emergency Capacity.",
        ["Opinions on Strengthening Grassroots Emergency Capacity"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), REVIEWED)
def test_reviewed_documents_whatever_their_head_noun(tmp_path: Path, text: str, titles: list[str]) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert [d.title for d in extract_reviewed(read_document(path))] == titles


# Every head noun of an unquoted title, in each spelling the title pattern knows: the cheap test
# that skips sentences naming no document must let each of them through.
HEAD_NOUNS = (
    "Work Report,work reports,Programs,Programme,Scheme,Standards,Catalogue,Action Plan,action plan,"
    "Implementation Plan,Circular,circular,Notice,Notification,notification,Decision,decision,Opinions,"
    "opinions,Provisions,Rules,Regulations,Regulation,Measures,measures,Plan,plan,Outline,Guidelines,"
    "Several Regulations,documents"
).split(",")


@pytest.mark.parametrize("noun", HEAD_NOUNS)
def test_an_unquoted_title_is_found_whatever_its_head_noun(tmp_path: Path, noun: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"The meeting reviewed the Harbin Three-Year {noun} on Rural Revitalization.", encoding="utf-8")
    assert [d.title for d in extract_reviewed(read_document(path))] == [
        f"Harbin Three-Year {noun} on Rural Revitalization"
    ]


def test_work_points_named_without_quotes_are_reviewed(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On January 9, the Standing Committee of the Lankao County Party Committee held a meeting, and reviewed the "
        "2024 Work Points for Rural Revitalization in Lankao County.\n",
        encoding="utf-8",
    )
    assert [r.title for r in extract_reviewed(read_document(path))] == [
        "2024 Work Points for Rural Revitalization in Lankao County"
    ]

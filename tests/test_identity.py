"""Corpus-wide identity: one presider under two machine-translated spellings is one person."""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import ORG, TIME

from kg.document import read_document
from kg.extract import extract_readout
from kg.facts import ReadoutFacts
from kg.identity import merge_spellings
from kg.namespace import KG
from kg.pipeline import build_graph


def _readout(tmp_path: Path, name: str, text: str) -> ReadoutFacts:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_readout(read_document(path))


def _presided(secretary: str, city: str = "Yiyang", day: int = 2) -> str:
    return (
        f"On March {day}, 2023, the Standing Committee of the {city} Municipal Party Committee held a meeting. "
        f"Municipal Party Secretary {secretary} presided over the meeting.\n\nEnd."
    )


def test_a_rare_spelling_of_a_committee_presider_becomes_an_alias(tmp_path: Path) -> None:
    corpus = [
        _readout(tmp_path, "a", _presided("Zhou Jianping", day=2)),
        _readout(tmp_path, "b", _presided("Zhou Jianping", day=9)),
        _readout(tmp_path, "c", _presided("Zhou Jiangping", day=16)),
    ]
    merged = merge_spellings(corpus)
    assert [f.presiders for f in merged] == [("Zhou Jianping",)] * 3
    person = next(p for p in merged[2].persons if p.name == "Zhou Jianping")
    assert person.aliases == ("Zhou Jiangping",)


def test_different_names_and_other_committees_stay_apart(tmp_path: Path) -> None:
    corpus = [
        _readout(tmp_path, "a", _presided("Zhou Jianping")),
        _readout(tmp_path, "b", _presided("Zhou Jianping", day=9)),
        _readout(tmp_path, "c", _presided("Zhou Ping", day=16)),
        _readout(tmp_path, "d", _presided("Zhou Jiangping", city="Changde")),
    ]
    merged = merge_spellings(corpus)
    assert [f.presiders for f in merged] == [
        ("Zhou Jianping",),
        ("Zhou Jianping",),
        ("Zhou Ping",),
        ("Zhou Jiangping",),
    ]


def test_two_wordings_of_a_secretary_are_one_post_held_from_first_to_last_meeting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "On March 2, 2023, the Standing Committee of the Yiyang Municipal Party Committee held a meeting. "
        "Zhou Jianping, Secretary of the Municipal Party Committee, presided over the meeting.\n\nEnd.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "On June 9, 2023, the Standing Committee of the Yiyang Municipal Party Committee held a meeting. "
        "Municipal Party Secretary Zhou Jianping presided over the meeting.\n\nEnd.",
        encoding="utf-8",
    )
    graph, _ = build_graph(tmp_path)
    posts = set(graph.subjects(ORG.role, KG.PartySecretary)) - set(graph.subjects(ORG.member, None))
    assert len(posts) == 1
    (membership,) = [m for m in graph.subjects(ORG.role, KG.PartySecretary) if m not in posts]
    during = graph.value(membership, ORG.memberDuring)
    begins = graph.value(graph.value(during, TIME.hasBeginning), TIME.inXSDDate)
    ends = graph.value(graph.value(during, TIME.hasEnd), TIME.inXSDDate)
    assert (str(begins), str(ends)) == ("2023-03-02", "2023-06-09")

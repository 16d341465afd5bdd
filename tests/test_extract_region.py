"""The committee's region: from its name, a title, the body, the outlet, or its presider elsewhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from kg.document import read_document
from kg.extract import extract_readout
from kg.gazetteer import load_gazetteer
from kg.identity import infer_regions

CASES = [
    # (invented text, region, source)
    (
        "On the morning of March 2, the Standing Committee of the Qiaoxi District Party Committee held a meeting. "
        "Li Ming presided.",
        "Qiaoxi District",
        "stated",
    ),
    (
        "On March 2, the Standing Committee of the Provincial Party Committee held a meeting. Wang Dong, "
        "Secretary of the Gansu Provincial Party Committee, presided over the meeting.",
        "Gansu",
        "title",
    ),
    (
        "On March 2, the Standing Committee of the Municipal Party Committee held a meeting. Zhou Ping presided. "
        "The meeting stressed that we must combine Baoding's actual situation and build a new modern Baoding.",
        "Baoding",
        "body",
    ),
    (
        "The Standing Committee of the Provincial Party Committee held a meeting\n\nHuasheng Online, May 3rd "
        "(reporter Tang Li) On the afternoon of the 3rd, Chen Hui presided over a meeting of the Standing Committee.",
        "Hunan",
        "outlet",
    ),
    (
        # Two places named once each: the one the decisions are "implemented in" is home.
        "On March 2, the Standing Committee of the Municipal Party Committee held a meeting. Zhou Ping presided. "
        "The meeting heard a report on the illegal buildings in Wuhan. We must ensure that the decisions of the "
        "Party Central Committee are implemented in Xiangyang.",
        "Xiangyang",
        "body",
    ),
    (
        "On March 2, the Standing Committee of the Municipal Party Committee held a meeting. Zhou Ping presided. "
        "The meeting listened to a report on the explosion at a chemical plant in Baoding and Handan.",
        None,
        None,
    ),
    (
        # A relayed speech names places elsewhere, except the one whose work it is about.
        "On March 2, the Standing Committee of the Provincial Party Committee held a meeting. Zhou Ping presided. "
        "The meeting conveyed the spirit of General Secretary Xi Jinping's important speech on Gansu work and "
        "his important speech at the forum in Ningxia.",
        "Gansu",
        "body",
    ),
    (
        # Xinjiang is named without its people's name (新疆, not 新疆维吾尔), as readouts name it.
        "On July 3, the Standing Committee of the Party Committee of the Autonomous Region held a meeting. The meeting "
        "discussed the reform of higher education in Xinjiang.",
        "Xinjiang",
        "body",
    ),
    (
        # A possessive names the place ("Baoding's role"); the model learnt from elsewhere does not count.
        "On March 2, the Standing Committee of the Municipal Party Committee held a meeting. Zhou Ping presided. "
        "The meeting studied the experience and practice of Handan's river chief system, and called for giving "
        "play to Baoding's role in the regional development of the capital area.",
        "Baoding",
        "body",
    ),
    (
        # The province's own rules ("the Gansu Provincial ... Regulations") break a tie with a model elsewhere.
        "On March 2, the Standing Committee of the Provincial Party Committee held a meeting. Zhou Ping presided. "
        "The meeting studied Zhejiang’s green rural revival programme and revised the Gansu Provincial Forest "
        "Protection Regulations.",
        "Gansu",
        "body",
    ),
]


@pytest.mark.parametrize(("text", "region", "source"), CASES)
def test_region_and_how_it_was_found(tmp_path: Path, text: str, region: str | None, source: str | None) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    committee = extract_readout(read_document(path)).meeting.committee
    assert (committee.region, committee.region_source) == (region, source)


def test_a_resolved_region_has_its_gazetteer_code(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(CASES[2][0], encoding="utf-8")
    committee = extract_readout(read_document(path)).meeting.committee
    place = load_gazetteer().places[committee.region_code or ""]
    assert place.zh == "保定市" and load_gazetteer().province(place).en == "Hebei"


def test_a_presider_places_his_other_readouts_of_the_same_level_and_year(tmp_path: Path) -> None:
    stated = tmp_path / "a.txt"
    stated.write_text(
        "On March 2, 2023, the Standing Committee of the Yiyang Municipal Party Committee held a meeting. "
        "Municipal Party Secretary Zhou Ping presided.",
        encoding="utf-8",
    )
    silent = tmp_path / "b.txt"
    silent.write_text(
        "On May 9, 2023, the Standing Committee of the Municipal Party Committee held a meeting. "
        "Municipal Party Secretary Zhou Ping presided.",
        encoding="utf-8",
    )
    first, second = (extract_readout(read_document(p)) for p in (stated, silent))
    assert second.meeting.committee.region is None
    placed = infer_regions([first, second])
    assert placed[1].meeting.committee.region == "Yiyang"
    assert placed[1].meeting.committee.region_source == "inferred-from-person"
    years_later = replace(second, meeting=replace(second.meeting, date=dt.date(2030, 5, 9)))
    assert infer_regions([first, years_later])[1].meeting.committee.region is None


def test_a_city_named_like_its_province_is_another_place(tmp_path: Path) -> None:
    from rdflib.namespace import RDF

    from kg.namespace import KG
    from kg.pipeline import build_graph

    for name, level in (("city", "Municipal"), ("province", "Provincial")):
        (tmp_path / f"{name}.txt").write_text(
            f"date 2023-03-02\n\nOn March 1, the Standing Committee of the Jilin {level} Party Committee held a "
            "meeting.\n\nEnd.",
            encoding="utf-8",
        )
    graph, _ = build_graph(tmp_path)
    regions = {graph.value(c, KG.region) for c in graph.subjects(RDF.type, KG.Committee)}
    assert len(regions) == 2
    for region in regions:
        assert graph.value(region, KG.within) != region


def test_divisions_named_after_a_people_without_zu_have_short_names() -> None:
    gazetteer = load_gazetteer()
    assert [p.zh_short for p in gazetteer.named("Xinjiang", "provincial")] == ["新疆"]
    assert [p.en for p in gazetteer.named("伊犁")] == ["Yili"]


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("Xilingol League", "锡林郭勒盟委"),
        ("Hulunbuir Municipal Party", "呼伦贝尔市委"),
        ("Aksu Prefectural Party", "阿克苏地委"),
    ],
)
def test_places_named_from_mongolian_or_uyghur_meet_in_both_languages(
    tmp_path: Path, english: str, chinese: str
) -> None:
    (tmp_path / "en.txt").write_text(
        f"On May 3, the Standing Committee of the {english} Committee held a meeting.\n", encoding="utf-8"
    )
    (tmp_path / "zh.txt").write_text(f"5月3日，{chinese}常委会召开会议。\n", encoding="utf-8")
    en = extract_readout(read_document(tmp_path / "en.txt")).meeting.committee
    zh = extract_readout(read_document(tmp_path / "zh.txt")).meeting.committee
    assert en.region_code is not None and en.region_code == zh.region_code
    assert en.region == zh.region == english.split()[0]

"""A municipality's readout that names no place is placed by its known secretary or mayor of that year."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.document import read_document
from kg.extract import extract_readout
from kg.leaders import load_leaders, municipality_led_by


def _committee(tmp_path: Path, text: str) -> tuple[str | None, str | None, str | None]:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    committee = extract_readout(read_document(path)).meeting.committee
    return committee.level, committee.region, committee.region_source


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        ("2019", ("municipal", "Tianjin", "known-leader")),
        ("2024", ("prefecture", None, None)),  # he had left the post: the name places nothing
    ],
)
def test_a_chinese_municipal_readout_is_placed_by_its_secretary_of_that_year(
    tmp_path: Path, year: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    text = f" date {year}-02-15\n昨天上午，市委书记李鸿忠主持召开市委常委会会议，研究部署全市重点工作。"
    assert _committee(tmp_path, text) == expected


def test_an_english_municipal_readout_is_placed_by_its_mayor(tmp_path: Path) -> None:
    text = (
        " date 2020-06-03\nOn June 2, the Standing Committee of the Municipal Party Committee held a meeting. "
        "Gong Zheng, Deputy Secretary of the Municipal Party Committee and Mayor, attended. The meeting stressed "
        "that we must do a good job in flood control."
    )
    assert _committee(tmp_path, text) == ("municipal", "Shanghai", "known-leader")


def test_a_name_in_passing_places_nothing(tmp_path: Path) -> None:
    text = (
        " date 2020-06-03\nOn June 2, the Standing Committee of the Municipal Party Committee held a meeting. "
        "The meeting studied the experience that Gong Zheng's team shared with visiting delegations."
    )
    assert _committee(tmp_path, text)[1] is None


def test_a_name_that_led_two_cities_in_one_year_places_nothing() -> None:
    assert municipality_led_by(["陈敏尔"], 2020) == "重庆"
    assert municipality_led_by(["Chen Min'er"], 2024) == "天津"
    assert municipality_led_by(["Chen Miner"], 2022) is None  # Chongqing, then Tianjin, that year
    assert municipality_led_by(["李鸿忠"], None) is None


def test_every_municipality_has_a_secretary_and_a_mayor_in_every_year_of_the_table() -> None:
    posts = load_leaders()
    for region in ("北京", "天津", "上海", "重庆"):
        for role in ("secretary", "mayor"):
            for year in range(2013, 2026):
                holders = [p for p in posts if p.region == region and p.role == role and p.held_in(year)]
                assert holders, (region, role, year)

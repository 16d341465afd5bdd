"""The meeting header on real readout sentences: date, part of day, level, enlarged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.document import read_document
from kg.extract import extract_readout
from kg.extract.meeting import extract_meeting
from kg.gazetteer import load_gazetteer

CASES = [
    # (text as published, date, part of day, level, region, enlarged)
    (
        " date 2023-02-24 On the morning of February 24, the Standing Committee of the Municipal Party Committee held a "
        "meeting, and Yuan Jiajun presided.",
        "2023-02-24",
        "morning",
        "municipal",
        "Chongqing",  # Chongqing's secretary in 2023 (ontology/leaders.tsv)
        False,
    ),
    (
        " date 2023-03-10 Haikou Daily, March 9th (Reporter Song Liangliang and Zhou Kun) On March 9th, the Standing "
        "Committee of the Municipal Party Committee held a meeting. Luo Zengbin, Member of the Standing Committee of the "
        "Provincial Party Committee and Secretary of the Municipal Party Committee, presided over the meeting.",
        "2023-03-09",
        None,
        "municipal",
        "Haikou",  # from the crediting outlet (issue 8: the committee's place, always)
        False,
    ),
    (
        " date 2023-02-18 Huasheng Online, February 17th (all-media reporter Deng Jingjing) On the afternoon of the 17th, "
        "Zhang Qingwei presided over a meeting of the Standing Committee of the Provincial Party Committee.",
        "2023-02-17",
        "afternoon",
        "provincial",
        None,
        False,
    ),
    (
        "CPC Jiangsu Provincial Committee holds standing committee meeting\n\n2020年08月04日 10:57:32\n\nThe Standing "
        "Committee of the CPC Jiangsu Provincial Committee held a meeting Monday in Nanjing to study.",
        "2020-08-03",
        None,
        "provincial",
        "Jiangsu",
        False,
    ),
    (
        "The release date :2018-12-05\n\nYesterday afternoon, the Standing Committee of the Municipal Party Committee "
        "held a meeting.",
        "2018-12-04",
        "afternoon",
        "municipal",
        None,
        False,
    ),
    # An autonomous prefecture keeps its kind in its name.
    (
        "On the evening of August 3, 2021, the Standing Committee of the Yanbian Korean Autonomous Prefecture Party "
        "Committee held its 45th meeting.",
        "2021-08-03",
        "evening",
        "prefecture",
        "Yanbian Korean Autonomous Prefecture",
        False,
    ),
    (
        "On the morning of July 11, the CPC Sichuan Provincial Committee convened a meeting of the Standing Committee.",
        None,
        "morning",
        "provincial",
        "Sichuan",
        False,
    ),
    (
        "On July 28, Lushunkou district Party Committee held the 33rd Standing Committee (Enlarged) Conference of the "
        "15th District Party Committee.",
        None,
        None,
        "district",
        "Lushunkou District",
        True,
    ),
    (
        "On October 24, 2025, Xu Zhongjian, secretary of Party Committee, presided over a standing committee meeting of "
        "Huaihua Municipal Party Committee.",
        "2025-10-24",
        None,
        "municipal",
        "Huaihua",
        False,
    ),
    (
        " date 2023-05-13 On May 12, the Standing Committee of the Party Committee of the Autonomous Region held a "
        "meeting to convey the spirit of the April 28 meeting of the Political Bureau.",
        "2023-05-12",
        None,
        "provincial",
        None,
        False,
    ),
    (
        " date 2023-01-20 A few days ago, the Standing Committee of the Municipal Party Committee held a meeting.",
        None,
        None,
        "municipal",
        None,
        False,
    ),
    (
        " date 2023-01-05 On December 30, the Standing Committee of the County Party Committee held an expanded meeting.",
        "2022-12-30",
        None,
        "county",
        None,
        True,
    ),
    (
        " date 2023-03-20 Lanzhou, March 19 (Reporter Wang Wei) The Standing Committee of the Gansu Provincial Party "
        "Committee held a meeting today.",
        "2023-03-19",
        None,
        "provincial",
        "Gansu",
        False,
    ),
    (
        " date 2021-06-16 On the followingnoon of June 15, the Standing Committee of the Xiangxi Prefectural Party "
        "Committee held an enlarged meeting.",
        "2021-06-15",
        "afternoon",
        "prefecture",
        "Xiangxi",
        True,
    ),
    (
        " date 2022-09-07 The Qianxi County CPC Committee convened the 125th Standing Committee meeting of the 14th "
        "County Committee on Monday.",
        "2022-09-05",
        None,
        "county",
        "Qianxi County",
        False,
    ),
    (
        " date 2023-07-01 On June 30, Huang Qiang, Secretary of the Sichuan Provincial Committee of the Communist Party "
        "of China, presided over a meeting of the Standing Committee of the Provincial Party Committee.",
        "2023-06-30",
        None,
        "provincial",
        "Sichuan",
        False,
    ),
    # Invented: the dateline's day, not the page's time stamp, is "this morning".
    (
        "Provincial committee meets\n2023-05-20 08:10:00\n\nGuangzhou, May 19 -- This morning, the Standing Committee "
        "of the Provincial Party Committee held a meeting to study flood control.\n\nEnd.",
        "2023-05-19",
        "morning",
        "provincial",
        None,
        False,
    ),
    # Invented: a dateline in brackets is the day "this morning" counts from.
    (
        " date 2023-08-06 Committee meets\n\n[Nanning, August 5] – This morning, the Standing Committee of the "
        "Municipal Party Committee held a meeting.\n\nEnd.",
        "2023-08-05",
        "morning",
        "municipal",
        "Nanning",
        False,
    ),
    # Invented: a dateline with the day first, a page stamped the next day, and "conducted a meeting".
    (
        " date 2023-08-06 Committee meets\n\nAugust 5, Taiyuan - The Standing Committee of the Municipal Party "
        "Committee conducted a meeting this afternoon to study flood control.\n\nEnd.",
        "2023-08-05",
        "afternoon",
        "municipal",
        "Taiyuan",
        False,
    ),
    # Invented: a meeting over two days is dated by the first.
    (
        " date 2023-02-18 From February 16th to 17th, the Standing Committee of the Maduo County Party Committee "
        "held its democratic life meeting.",
        "2023-02-16",
        None,
        "county",
        "Maduo County",
        False,
    ),
    # Invented: the year from an "Updated:" header with dots.
    (
        "Committee meets\nUpdated: 2021.05.09\n\nOn May 8, the Standing Committee of the Taiyuan Municipal Party "
        "Committee held a meeting.\n\nEnd.",
        "2021-05-08",
        None,
        "municipal",
        "Taiyuan",
        False,
    ),
    # Invented: the date and part of day in a trailing clause.
    (
        "Committee meets\nSource: City Daily 2022-05-04\n\nThe Standing Committee of the Taiyuan Municipal Party "
        "Committee held a meeting to study flood control. The meeting, which took place on the afternoon of May 3, was "
        "presided over by Li Ming.\n\nEnd.",
        "2022-05-03",
        "afternoon",
        "municipal",
        "Taiyuan",
        False,
    ),
    (
        # No printed date: the meeting sentence's own year dates it.
        "Yiyang Daily News On the afternoon of February 17, the Standing Committee of the Municipal Party Committee "
        "held the 6th meeting in 2023 to study the documents.",
        "2023-02-17",
        "afternoon",
        "municipal",
        "Yiyang",
        False,
    ),
]


@pytest.mark.parametrize(("text", "date", "part", "level", "region", "enlarged"), CASES)
def test_meeting_header(
    tmp_path: Path, text: str, date: str | None, part: str | None, level: str, region: str | None, enlarged: bool
) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    facts = extract_meeting(read_document(path), load_gazetteer())
    assert (facts.date.isoformat() if facts.date else None) == date
    assert facts.part_of_day == part
    assert facts.committee.level == level
    assert facts.committee.region == region
    assert facts.enlarged is enlarged


def test_date_evidence_reproduces_its_quote(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(CASES[0][0], encoding="utf-8")
    doc = read_document(path)
    facts = extract_meeting(doc)
    assert facts.date == dt.date(2023, 2, 24)
    span = facts.date_evidence
    assert span is not None and doc.text[span.start : span.end] == span.quote == "On the morning of February 24"


def test_today_is_the_day_of_a_dateline_below_a_pages_heading_lines(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "News Network >> Leadership activities\n\nThe Standing Committee held a meeting\n\n"
        "At 13:38 on March 20, 2021 Source: Daily\n\nOriginal title: Convey and study\n\n"
        "Lanzhou, March 19 (Reporter Wang Li) The Standing Committee of the Provincial Party Committee held a "
        "meeting today. Lin Hua, secretary of the provincial Party committee, presided over the meeting.\n",
        encoding="utf-8",
    )
    assert extract_meeting(read_document(path)).date == dt.date(2021, 3, 19)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "The CPC Qiandongnan Prefecture Committee held an enlarged standing committee meeting on 12 May 2022.",
            "2022-05-12",
        ),
        (" date 2024-03-09\nOn the morning of the 3rd of March, the Standing Committee held a meeting.", "2024-03-03"),
    ],
)
def test_a_day_written_before_its_month_dates_the_meeting(tmp_path: Path, sentence: str, date: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    assert extract_meeting(read_document(path)).date == dt.date.fromisoformat(date)


def test_a_date_in_figures_bounds_what_was_relayed_but_does_not_date_the_meeting(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "07/05/2022 0 Comments\n\nOn the morning of the 12th, the Standing Committee of the Municipal Party "
        "Committee held an enlarged meeting to convey the spirit of the Sixth Plenary Session of the 19th "
        "Central Committee.\n",
        encoding="utf-8",
    )
    facts = extract_readout(read_document(path))
    assert facts.meeting.date is None
    assert facts.printed == dt.date(2022, 7, 5)

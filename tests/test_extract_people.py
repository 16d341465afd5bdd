"""People on real readout sentences: names by form, posts, presiders, speakers, reporters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.document import read_document
from kg.extract.people import extract_people
from kg.extract.pinyin import name_key, syllable_count
from kg.reference import Reference, load_reference

REF = load_reference()
EMPTY = REF.without_known_people()

CASES = [
    # (sentence, persons, presiders, speakers)
    (
        # A presider with a long chain of posts who "presided over the meeting and delivered a speech" speaks.
        "On February 14, the Standing Committee held an enlarged meeting. Zhao Ming, secretary of the Municipal Party "
        "Committee, leader of the Municipal Party Construction Leading Group, and leader of the Municipal Party "
        "Construction Leading Grassroots Governance Leading Group, presided over the meeting and delivered a speech.",
        {"Zhao Ming"},
        ["Zhao Ming"],
        ["Zhao Ming"],
    ),
    (
        # A headline spells the secretary's family name with a letter more: one person, as the body spells him;
        # Wang Lin and Wang Min differ in the given name and stay two.
        "Provincial Party Committee Meeting; Chen Hao, Wang Lin Relay Conference Message\n\nOn the afternoon of the "
        "22nd, Provincial Party Secretary Che Hao presided over the meeting. Che Hao and Wang Lin conveyed the spirit. "
        "Wang Min attended.",
        {"Che Hao", "Wang Lin", "Wang Min"},
        ["Che Hao"],
        ["Wang Lin", "Che Hao"],
    ),
    (
        # The presider taken up as "He" with a speaking verb in the next sentence speaks.
        "On May 3, Li Ming, Secretary of the Municipal Party Committee, held the Standing Committee meeting. He "
        "conveyed the spirit of the important speech. Zhou Ping attended.",
        {"Li Ming", "Zhou Ping"},
        ["Li Ming"],
        ["Li Ming"],
    ),
    (
        "On the morning of February 24, the Standing Committee held a meeting, and Yuan Jiajun, Secretary of the "
        "Municipal Party Committee, presided over the meeting and delivered a speech.Reporter Su Si/Vision Chongqing",
        {"Yuan Jiajun", "Su Si"},
        ["Yuan Jiajun"],
        ["Yuan Jiajun"],
    ),
    (
        "The meeting, presided over by Provincial Party Committee Secretary Feng Fei, conveyed and studied the spirit of "
        "General Secretary Xi Jinping’s recent important speeches.",
        {"Feng Fei", "Xi Jinping"},
        ["Feng Fei"],
        [],
    ),
    (
        "Hubei Daily News (Reporters Zhang Jin and Wang Xin) On April 21, the Standing Committee held a meeting. "
        "Provincial Party Secretary Wang Menghui presided over the meeting and delivered a speech.",
        {"Zhang Jin", "Wang Xin", "Wang Menghui"},
        ["Wang Menghui"],
        ["Wang Menghui"],
    ),
    (
        "Yangtze River Daily News (Reporter Zheng Ruke Gaomeng) On April 11, a meeting was held. Wang Zhonglin presided "
        "over and addressed the meeting. On this day, General Secretary Xi Jinping chaired a meeting of the Standing "
        "Committee of the Political Bureau of the CPC Central Committee.",
        {"Zheng Ruke", "Gaomeng", "Wang Zhonglin", "Xi Jinping"},
        ["Wang Zhonglin"],
        ["Wang Zhonglin"],
    ),
    (
        "Li Jun, deputy secretary of Lushunkou District Party Committee and mayor of Lushunkou district, conveyed the "
        "spirit of the speech delivered by Tan Zuojun, secretary of Dalian Municipal Party Committee, on the session.",
        {"Li Jun", "Tan Zuojun"},
        [],
        ["Li Jun"],
    ),
    (
        "Chen Yiqin presided over the meeting. Li Bingjun, Deputy Secretary of the Provincial Party Committee and "
        "Governor, Liu Xiaokai, Chairman of the Provincial Political Consultative Conference, Guanghui, Deputy Secretary "
        "of the Provincial Party Committee, attended.",
        {"Chen Yiqin", "Li Bingjun", "Liu Xiaokai", "Guanghui"},
        ["Chen Yiqin"],
        [],
    ),
    (
        "Chen Min'er, Secretary of the Municipal Party Committee, presided over the meeting. Chen Miner said it.",
        {"Chen Min'er"},
        ["Chen Min'er"],
        [],
    ),
    (
        "The Qianxi County CPC Committee convened a Standing Committee meeting. County Party Secretary Liu Hongwei "
        "chaired the meeting. County Magistrate Chen Jie spoke at the meeting. Li Na and Zhao Gang attended. "
        "Photo by Sun Lili",
        {"Liu Hongwei", "Chen Jie", "Li Na", "Zhao Gang", "Sun Lili"},
        ["Liu Hongwei"],
        ["Chen Jie"],
    ),
    (
        "Heilongjiang Provincial Party Committee Holds Standing Committee Meeting Chaired by Zhang Qingwei\n\nHong Kong "
        "and Huang Kunming were named, and Alashan Zuoqi in Inner Mongolia.",
        {"Zhang Qingwei", "Huang Kunming"},
        ["Zhang Qingwei"],
        [],
    ),
]


@pytest.mark.parametrize("reference", [REF, EMPTY], ids=["with-known-people", "without-known-people"])
@pytest.mark.parametrize(("text", "persons", "presiders", "speakers"), CASES)
def test_people(
    tmp_path: Path, reference: Reference, text: str, persons: set[str], presiders: list[str], speakers: list[str]
) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text + "\n\nThe end.", encoding="utf-8")
    doc = read_document(path)
    found, presided, spoke = extract_people(doc, reference)
    assert {p.name for p in found} == persons
    assert list(presided) == presiders
    assert list(spoke) == speakers
    for person in found:
        assert all(doc.text[s.start : s.end] == s.quote for s in person.evidence)


def test_posts_are_recorded_and_never_part_of_names(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "Municipal party secretary Yuan Jiajun presided. Tan Zuojun, member of the Standing Committee "
        "of the Provincial Party Committee and secretary of the Municipal Party presided over it.\n\nEnd.",
        encoding="utf-8",
    )
    persons, _, _ = extract_people(read_document(path), REF)
    posts = {p.name: [post.title for post in p.posts] for p in persons}
    assert posts["Yuan Jiajun"] == ["Municipal party secretary"]
    assert posts["Tan Zuojun"] == [
        "member of the Standing Committee of the Provincial Party Committee and secretary of the Municipal Party"
    ]


def test_a_name_cut_off_by_truncation_is_not_a_person(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Take the lead in studying and implementing Xi Ji", encoding="utf-8")
    assert extract_people(read_document(path), REF)[0] == ()


@pytest.mark.parametrize(
    ("word", "count"),
    [("Jiajun", 2), ("Min'er", 2), ("Liangliang", 2), ("Secretary", None), ("Standing", None), ("Xiong'an", 2)],
)
def test_pinyin_syllables(word: str, count: int | None) -> None:
    assert syllable_count(word) == count


def test_name_key_folds_spellings() -> None:
    assert name_key("Chen Min’er") == name_key("Chen Miner") == "chenminer"


def test_a_name_at_the_end_of_a_complete_text_is_a_person(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("The Standing Committee held a meeting. Photo by Sun Lili\n", encoding="utf-8")
    persons, _, _ = extract_people(read_document(path), REF)
    assert [(p.name, p.is_reporter) for p in persons] == [("Sun Lili", True)]


@pytest.mark.parametrize(
    ("text", "persons", "presiders", "speakers"),
    [
        (
            "On May 3, the Standing Committee of the Municipal Party Committee held a meeting, presided over by Li "
            "Mingyuan, Secretary of the Municipal Party Committee, who delivered a speech.",
            ["Li Mingyuan"],
            ("Li Mingyuan",),
            ("Li Mingyuan",),
        ),
        (
            "On May 3, the Standing Committee held a meeting. Secretary Li Mingyuan presided over the meeting and "
            "stressed that work matters.",
            ["Li Mingyuan"],
            ("Li Mingyuan",),
            ("Li Mingyuan",),
        ),
        (
            "(Reporter Liu Bo Xu Yang) On May 3, the Standing Committee held a meeting presided over by Li Mingyuan.",
            ["Li Mingyuan", "Liu Bo", "Xu Yang"],
            ("Li Mingyuan",),
            (),
        ),
        (
            "On May 3, the Standing Committee held a meeting presided over by Li Mingyuan. Follow Tou Tiao News and "
            "the Dou Yin App for more.",
            ["Li Mingyuan"],
            ("Li Mingyuan",),
            (),
        ),
        (
            # A translation that turned the name into something other than pinyin: the frame still holds.
            "On May 3, the Standing Committee held a meeting. Provincial Party Committee Secretary Kenta Oyama "
            "presided over the meeting and delivered a speech. Secretary Standing Committee presided too.",
            ["Kenta Oyama"],
            ("Kenta Oyama",),
            ("Kenta Oyama",),
        ),
        (
            # A translation that lower-cased the given name: a post or "presided" right after makes it a name,
            # and the name is spelled as names are; "the city continued" stays no name.
            "On July 25, the standing committee held a meeting. Wang mingyuan, secretary of the provincial party "
            "committee, presided over the meeting. Work in the city continued, and Liu jun presided too.",
            ["Liu Jun", "Wang Mingyuan"],
            ("Wang Mingyuan", "Liu Jun"),
            (),
        ),
        (
            # The presider named after a chain of his posts.
            "The meeting was presided over by Deputy Secretary of the Municipal Party Committee, Secretary of the "
            "Party Leadership Group of the Municipal Government, and Mayor Li Mingyuan.",
            ["Li Mingyuan"],
            ("Li Mingyuan",),
            (),
        ),
        (
            # The kind of speech told before the word.
            "On May 3, the Standing Committee held a meeting. Li Mingyuan, secretary of the county party committee, "
            "presided over the meeting and made a mobilization and concluding speech.",
            ["Li Mingyuan"],
            ("Li Mingyuan",),
            ("Li Mingyuan",),
        ),
    ],
)
def test_invented_role_and_byline_shapes(
    tmp_path: Path, text: str, persons: list[str], presiders: tuple[str, ...], speakers: tuple[str, ...]
) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text + "\n\nEnd.", encoding="utf-8")
    found, presided, spoke = extract_people(read_document(path), REF)
    assert [p.name for p in found] == persons
    assert presided == presiders
    assert spoke == speakers


@pytest.mark.parametrize(("printed", "presiders"), [("2020-03-03", ["Li Xi"]), ("2023-03-03", [])])
def test_a_later_central_leader_presides_in_readouts_printed_before_his_central_post(
    tmp_path: Path, printed: str, presiders: list[str]
) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        f" date {printed}\nOn March 2, the Standing Committee of the Guangdong Provincial Party Committee held a "
        "meeting. Li Xi presided over the meeting and delivered a speech.\n\nEnd.",
        encoding="utf-8",
    )
    document = read_document(path)
    _, presided, _ = extract_people(document, REF, document.published)
    assert list(presided) == presiders


def test_central_leaders_of_a_day_are_those_already_in_a_central_post() -> None:
    assert "Li Qiang" not in REF.central_on(dt.date(2019, 5, 1))
    assert "Li Qiang" in REF.central_on(dt.date(2023, 5, 1))
    assert REF.central_on(None) == REF.central_leaders
    assert "Xi Jinping" in REF.central_on(dt.date(2013, 1, 1))


def test_rarer_surnames_of_officials_are_names(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On May 3, the Standing Committee held a meeting presided over by Li Mingyuan. Municipal leaders Shuai "
        "Minghua, Piao Zhehao and Nong Jianguo attended the meeting.\n\nEnd.",
        encoding="utf-8",
    )
    found, _, _ = extract_people(read_document(path), REF)
    assert {"Shuai Minghua", "Piao Zhehao", "Nong Jianguo"} <= {p.name for p in found}


def test_a_meeting_held_under_the_chairmanship_of_a_secretary_is_presided_by_him(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On July 20, under the chairmanship of Wang Hao, Secretary of the Provincial Party Committee, the Standing "
        "Committee of the CPC Zhejiang Provincial Committee held a meeting.\n",
        encoding="utf-8",
    )
    _, presiders, _ = extract_people(read_document(path), load_reference())
    assert presiders == ("Wang Hao",)


def test_a_post_that_ends_in_its_body_before_the_name_is_his(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "On May 4, the Standing Committee of the Municipal Party Committee of Xuzhou held a meeting. Secretary of "
        "the Municipal Party Committee Song Lewei presided over the meeting.\n",
        encoding="utf-8",
    )
    persons, presiders, _ = extract_people(read_document(path), load_reference())
    assert presiders == ("Song Lewei",)
    assert [post.title for p in persons for post in p.posts] == ["Secretary of the Municipal Party Committee"]

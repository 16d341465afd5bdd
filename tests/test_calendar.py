"""The calendar of central events: one event under many names, relays timed from the event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.central_events import load_calendar
from kg.namespace import KG
from kg.pipeline import build_graph

CAL = load_calendar()


@pytest.mark.parametrize(
    "wording",
    [
        "Third Plenary Session of the 20th Central Committee of the Communist Party of China",
        "Third Plenary Session of the 20th CPC Central Committee",
        "Third Plenum",
        "the plenary session",
        "二十届三中全会",
        "党的二十届三中全会",
    ],
)
def test_one_plenary_under_many_names(wording: str) -> None:
    resolution = CAL.resolve(wording, dt.date(2024, 8, 2))
    assert resolution is not None and resolution.event.key == "cpc-20-cc-plenary-3"
    assert not resolution.before_event


@pytest.mark.parametrize(
    "wording",
    [
        "National Commendation Conference on Fighting COVID-19",
        "National Commendation Conference for Fighting novel coronavirus pneumonia",
        "national commendation conference for fighting the new crown pneumonia",
    ],
)
def test_the_translations_of_covid_19_name_one_event(wording: str) -> None:
    resolution = CAL.resolve(wording, dt.date(2020, 9, 10), "speech")
    assert resolution is not None and resolution.event.key == "covid-commendation-conference-2020"


def test_the_latest_event_before_the_meeting_and_never_one_not_yet_held() -> None:
    december = CAL.resolve("Central Economic Work Conference", dt.date(2023, 12, 20))
    january = CAL.resolve("Central Economic Work Conference", dt.date(2024, 1, 5))
    assert december is not None and january is not None
    assert december.event.key == january.event.key == "cewc-2023"
    early = CAL.resolve("20th National Congress of the Communist Party of China", dt.date(2022, 7, 1))
    assert early is not None and early.before_event


@pytest.mark.parametrize(
    "wording",
    [
        "economic work conference of the Central Committee and the Provincial Committee",
        "Economic Work Conferences of the Central and Provincial Party Committees",
        "central and municipal economic work conferences",
        "中央和省委经济工作会议",
    ],
)
def test_the_central_one_of_a_central_and_local_pair_is_the_central_event(wording: str) -> None:
    resolution = CAL.resolve(wording, dt.date(2024, 1, 5))
    assert resolution is not None and resolution.event.key == "cewc-2023"
    assert CAL.resolve("provincial economic work conference", dt.date(2024, 1, 5)) is None


@pytest.mark.parametrize(
    ("wording", "kind"),
    [
        ("seminar on studying and implementing the spirit of the 20th National Congress", "speech"),
        ("Decision on Studying the Spirit of the 20th National Congress", "document"),
        ("the plenary session of the Provincial Party Committee", "session"),
        ("New Year Tea Party of the Chinese People's Political Consultative Conference", "speech"),
        ("congratulatory letter to the World Internet Conference", "letter"),
        ("全国政协有关会议", "session"),
        ("the spirit of relevant meetings of the National People's Congress", "session"),
    ],
)
def test_wordings_about_an_event_or_local_are_not_the_event(wording: str, kind: str) -> None:
    assert CAL.resolve(wording, dt.date(2023, 3, 1), kind) is None


def _readout(folder: Path, name: str, date: str, body: str) -> None:
    (folder / f"{name}.txt").write_text(
        f"Committee meeting\n{date} 10:00:00\n\nOn {dt.date.fromisoformat(date):%B %d}, the Standing Committee of the "
        f"{name.split('-')[0].title()} Municipal Party Committee held a meeting. {body}\n\nEnd.",
        encoding="utf-8",
    )


def _relays(graph: Graph) -> dict[URIRef, list[tuple[str, int | None]]]:
    found: dict[URIRef, list[tuple[str, int | None]]] = {}
    for relay in graph.subjects(RDF.type, KG.Relay):
        directive = graph.value(relay, KG.source)
        meeting = graph.value(relay, KG.target)
        lag = graph.value(relay, KG.daysAfterEvent)
        assert isinstance(directive, URIRef)
        found.setdefault(directive, []).append((str(graph.value(meeting, KG.date)), None if lag is None else int(lag)))
    return found


def test_a_corpus_of_relays(tmp_path: Path) -> None:
    plenum = [
        ("yiyang", "2024-07-20", "Third Plenary Session of the 20th Central Committee of the Communist Party of China"),
        ("changde", "2024-07-25", "Third Plenary Session of the 20th CPC Central Committee"),
        ("yueyang", "2024-08-01", "Third Plenum of the 20th Central Committee"),
        ("hengyang", "2024-08-09", "Third Plenum"),
    ]
    for city, date, wording in plenum:
        _readout(tmp_path, f"{city}-plenum", date, f"The meeting conveyed and studied the spirit of the {wording}.")
    _readout(
        tmp_path,
        "shaoyang-letters",
        "2024-05-10",
        "The meeting conveyed General Secretary Xi Jinping's congratulatory letter to the World Internet Forum and "
        "his congratulatory letter to the China-Africa Agriculture Forum.",
    )
    _readout(
        tmp_path,
        "loudi-early",
        "2024-06-01",
        "The meeting conveyed the spirit of the Third Plenary Session of the 20th Central Committee.",
    )
    graph, report = build_graph(tmp_path)
    relays = _relays(graph)
    events = [d for d in relays if graph.value(d, KG.event) is not None]
    assert len(events) == 1
    assert sorted(relays[events[0]]) == [("2024-07-20", 5), ("2024-07-25", 10), ("2024-08-01", 17), ("2024-08-09", 25)]
    letters = [d for d in graph.subjects(KG.directiveKind, KG.Letter)]
    assert len(set(letters)) == 2
    assert [(name, event) for name, _, event in report.before_event] == [
        ("loudi-early", "Third Plenary Session of the 20th Central Committee of the Communist Party of China")
    ]


def test_a_generic_letter_is_one_directive_per_month_not_one_for_ever(tmp_path: Path) -> None:
    body = (
        "The meeting conveyed the spirit of General Secretary Xi Jinping's recent important reply and "
        "congratulatory letter."
    )
    _readout(tmp_path, "yiyang-may", "2024-05-10", body)
    _readout(tmp_path, "changde-may", "2024-05-20", body)
    _readout(tmp_path, "yueyang-october", "2024-10-20", body)
    graph, _ = build_graph(tmp_path)
    relays = _relays(graph)
    assert sorted(len(v) for v in relays.values()) == [1, 2]


@pytest.mark.parametrize(
    ("wording", "meeting", "key", "day"),
    [
        # A Politburo meeting by the day the readout gives, in the latest year that puts it before the meeting.
        (
            "April 28 meeting of the Political Bureau of the Central Committee",
            "2023-05-12",
            "politburo-meeting-2023-04-28",
            "2023-04-28",
        ),
        ("在12月8日中央政治局会议上", "2024-01-05", "politburo-meeting-2023-12-08", "2023-12-08"),
        (
            "1月6日中共中央政治局常务委员会会议",
            "2022-01-12",
            "politburo-standing-committee-meeting-2022-01-06",
            "2022-01-06",
        ),
        (
            "meeting of the Standing Committee of the Political Bureau on February 16",
            "2023-02-17",
            "politburo-standing-committee-meeting-2023-02-16",
            "2023-02-16",
        ),
        # A study session by its term and number; the term, when not named, of the Central Committee then in office.
        (
            "ninth collective study session of the Political Bureau of the 20th CPC Central Committee",
            "2023-11-10",
            "politburo-20-study-9",
            None,
        ),
        ("22nd study session of the CPC Politburo", "2020-08-03", "politburo-19-study-22", None),
        ("在中共中央政治局第十七次集体学习时", "2024-11-11", "politburo-20-study-17", None),
        ("十九届中央政治局第三十五次集体学习", "2023-01-10", "politburo-19-study-35", None),
    ],
)
def test_politburo_events_by_what_the_readout_states(wording: str, meeting: str, key: str, day: str | None) -> None:
    resolution = CAL.resolve(wording, dt.date.fromisoformat(meeting), "speech")
    assert resolution is not None and not resolution.before_event
    assert resolution.event.key == key
    assert resolution.event.first == (dt.date.fromisoformat(day) if day else None)


@pytest.mark.parametrize(
    ("wording", "meeting"),
    [
        ("the recent Politburo meeting", "2023-05-12"),  # which one, the text does not say
        ("meeting of the Political Bureau of the CPC Central Committee", "2023-05-12"),
        ("Democratic Life Meeting of the Political Bureau of the Central Committee", "2023-01-19"),
        ("April 28 meeting of the Political Bureau", None),  # no year to put the day in
        ("collective study session of the Political Bureau", "2023-11-10"),  # no number
    ],
)
def test_a_politburo_event_the_wording_does_not_identify_is_none(wording: str, meeting: str | None) -> None:
    assert CAL.resolve(wording, dt.date.fromisoformat(meeting) if meeting else None, "speech") is None


def test_a_study_session_of_a_central_committee_not_yet_elected_is_no_relay() -> None:
    resolution = CAL.resolve(
        "fifth collective study of the Political Bureau of the 20th CPC Central Committee", dt.date(2021, 5, 1)
    )
    assert resolution is not None and resolution.before_event


def test_english_and_chinese_relays_of_one_politburo_meeting_and_study_session_meet(tmp_path: Path) -> None:
    _readout(
        tmp_path,
        "yiyang-politburo",
        "2023-05-08",
        "The meeting conveyed the spirit of General Secretary Xi Jinping's important speeches at the April 28 meeting "
        "of the Political Bureau of the CPC Central Committee and at the fourth collective study session of the "
        "Political Bureau of the 20th CPC Central Committee.",
    )
    (tmp_path / "changde-politburo.txt").write_text(
        " date 2023-05-16\n5月15日上午，常德市委常委会召开会议，传达学习习近平总书记在4月28日中共中央政治局会议上、"
        "在中共中央政治局第四次集体学习时的重要讲话精神。\n",
        encoding="utf-8",
    )
    graph, _ = build_graph(tmp_path)
    relays = _relays(graph)
    by_event = {str(graph.value(d, KG.event)).rsplit("/", 1)[-1]: sorted(r) for d, r in relays.items()}
    assert by_event["politburo-meeting-2023-04-28"] == [("2023-05-08", 10), ("2023-05-15", 17)]
    assert by_event["politburo-20-study-4"] == [("2023-05-08", None), ("2023-05-15", None)]  # its day is not stated


def test_chinese_directives_are_told_apart_by_their_characters_not_their_digits(tmp_path: Path) -> None:
    """Two letters to two 2025 fairs stay two; one set of instructions relayed in two months stays one."""
    readouts = {
        "wangyi": (
            "2025-09-24",
            "9月23日，区委常委会召开会议，学习习近平总书记致2025某某博览会、第二十五届某某洽谈会的贺信，"
            "以及对某某地震作出的重要指示精神。",
        ),
        "yaozhou": ("2025-10-09", "10月8日，区委常委会召开会议，传达学习习近平总书记对某某地震作出的重要指示精神。"),
    }
    for name, (date, body) in readouts.items():
        (tmp_path / f"{name}.txt").write_text(f" date {date}\n{body}\n", encoding="utf-8")
    graph, _ = build_graph(tmp_path)
    relays = _relays(graph)
    letters = set(graph.subjects(KG.directiveKind, KG.Letter))
    assert len(letters) == 2
    instructions = [d for d in relays if (d, KG.directiveKind, KG.Instructions) in graph]
    assert len(instructions) == 1 and len(relays[instructions[0]]) == 2


def test_a_stated_day_tells_which_years_event_an_undated_wording_names() -> None:
    calendar = load_calendar()
    assert calendar.resolve("中央民族工作会议", None) is None  # held in 2014 and in 2021
    resolved = calendar.resolve("8月27日中央民族工作会议", None)
    assert resolved is not None and resolved.event.key == "central-ethnic-work-conference-2021"


def test_an_undated_meeting_relays_events_held_by_the_day_its_page_was_printed(tmp_path: Path) -> None:
    (tmp_path / "recent.txt").write_text(
        " date 2023-12-20\nRecently, the Standing Committee of the Yiyang Municipal Party Committee held a meeting to "
        "convey the spirit of the Central Economic Work Conference.\n\nEnd.",
        encoding="utf-8",
    )
    (tmp_path / "zh.txt").write_text(
        "9月3日，区委常委会召开会议，学习贯彻中央民族工作会议精神。会议指出，8月27日至28日召开的中央民族工作会议，意义重大。\n",
        encoding="utf-8",
    )
    graph, _ = build_graph(tmp_path)
    events = {str(event).rsplit("/", 1)[-1] for event in graph.objects(None, KG.event)}
    assert events == {"cewc-2023", "central-ethnic-work-conference-2021"}


def test_an_undated_meeting_without_a_header_relays_events_held_by_the_day_its_text_prints(tmp_path: Path) -> None:
    (tmp_path / "stamped.txt").write_text(
        "Updated: 2021-11-20 10:35:52\nRecently, the Standing Committee of the Yiyang Municipal Party Committee held "
        "a meeting to convey the spirit of the Plenary Session of the 19th Central Committee.\n\nEnd.",
        encoding="utf-8",
    )
    graph, _ = build_graph(tmp_path)
    events = {str(event).rsplit("/", 1)[-1] for event in graph.objects(None, KG.event)}
    assert events == {"cpc-19-cc-plenary-6"}


def test_a_plenary_session_by_its_formal_chinese_name_is_its_event() -> None:
    found = load_calendar().resolve("中国共产党第二十届中央委员会第二次全体会议", dt.date(2023, 3, 2))
    assert found is not None and found.event.key == "cpc-20-cc-plenary-2"

"""Central events a readout identifies by what it states: Politburo meetings by their day,
collective study sessions by their term and number.

The Political Bureau meets about monthly and studies together every month or two. No
calendar of those meetings ships with the project (their days could not be checked against
sources here), yet readouts name them precisely: "the April 28 meeting of the Political
Bureau", "12月8日中央政治局会议", "the ninth collective study session of the Political Bureau
of the 20th CPC Central Committee". That wording is enough to give the event one identity,
so every committee that relays it meets at one node, and a meeting's day gives the lag. A
Politburo meeting named without its day ("the recent Politburo meeting") identifies none.

>>> import datetime as dt
>>> stated_event("April 28 meeting of the Political Bureau", dt.date(2023, 5, 12), ()).key
'politburo-meeting-2023-04-28'
>>> stated_event("在中共中央政治局第十七次集体学习时", dt.date(2024, 11, 11), ((20, dt.date(2022, 10, 16)),)).key
'politburo-20-study-17'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from kg.document import to_simplified
from kg.events import CentralEvent
from kg.extract.dates import MONTHS, ZH_MONTH_DAY, latest_on_or_before, safe_date
from kg.numerals import ORDINAL_WORDS, chinese_number, chinese_numeral, english_ordinal

__all__ = ["stated_event", "stated_month_day"]

ISSUER = "Political Bureau of the CPC Central Committee"

_BUREAU = r"(?:political\s+bureau|politburo|政治局)"
_STANDING = re.compile(
    r"standing\s+committee\s+of\s+the\s+(?:political\s+bureau|politburo)|politburo\s+standing\s+committee|政治局常"
)
_STUDY = re.compile(r"(?:collective\s+)?study(?:\s+session)?\b|集体学习")
_MEETING = re.compile(r"\bmeeting\b|会议")
# What a readout says about such an event, not the event: a seminar on it, a life meeting, the election.
_NOT_THE_EVENT = re.compile(r"seminar|democratic\s+life|民主生活会|研讨班|选举|elect")
_EN_DAY = re.compile(rf"\b(?P<month>{'|'.join(MONTHS)})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b")
_ZH_DAY = re.compile(ZH_MONTH_DAY)
_EN_NUMBER = re.compile(rf"\b(?P<n>\d{{1,2}})(?:st|nd|rd|th)\b|\b(?P<w>{'|'.join(ORDINAL_WORDS)})\b")
_ZH_NUMBER = re.compile(r"第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})次")
_EN_TERM = re.compile(r"\b(?P<n>\d{2})(?:st|nd|rd|th)\s+(?:cpc\s+)?central\s+committee")
_ZH_TERM = re.compile(r"(?P<n>[一二三四五六七八九十]{2,3})届")


def stated_event(
    occasion: str, meeting_date: dt.date | None, terms: Sequence[tuple[int, dt.date]]
) -> CentralEvent | None:
    """The Politburo meeting or study session ``occasion`` identifies, as of a meeting on ``meeting_date``.

    ``terms`` are the Central Committees by number with the first day of the congress that elected
    each, so that a study session named without its term takes the one in office on that day.
    """
    text = to_simplified(occasion).lower()
    if not re.search(_BUREAU, text) or _NOT_THE_EVENT.search(text):
        return None
    if _STUDY.search(text):
        return _study_session(text, meeting_date, terms)
    if _MEETING.search(text):
        return _meeting(text, meeting_date, standing=_STANDING.search(text) is not None)
    return None


def _meeting(text: str, meeting_date: dt.date | None, *, standing: bool) -> CentralEvent | None:
    day = _stated_day(text, meeting_date)
    if day is None:
        return None
    body = "Standing Committee of the Political Bureau" if standing else "Political Bureau"
    zh = "中共中央政治局常务委员会会议" if standing else "中共中央政治局会议"
    series = "politburo-standing-committee-meeting" if standing else "politburo-meeting"
    return CentralEvent(
        key=f"{series}-{day.isoformat()}",
        label=f"Meeting of the {body} of the CPC Central Committee on {day.day} {day:%B %Y}",
        series=series,
        kind="session",
        issuer=ISSUER,
        first=day,
        last=day,
        year=day.year,
        aliases=(f"{day.year}年{day.month}月{day.day}日{zh}",),
    )


def _study_session(
    text: str, meeting_date: dt.date | None, terms: Sequence[tuple[int, dt.date]]
) -> CentralEvent | None:
    number = _number(text)
    if number is None:
        return None
    term = _term(text) or _term_in_office(meeting_date, terms)
    if term is None:
        return None
    day = _stated_day(text, meeting_date)
    return CentralEvent(
        key=f"politburo-{term}-study-{number}",
        label=(
            f"{english_ordinal(number)} collective study session of the Political Bureau of the "
            f"{english_ordinal(term)} CPC Central Committee"
        ),
        series="politburo-study",
        kind="session",
        issuer=ISSUER,
        first=day,
        last=day,
        term=term,
        ordinal=number,
        aliases=(f"{chinese_numeral(term)}届中央政治局第{chinese_numeral(number)}次集体学习",),
    )


def stated_month_day(text: str) -> tuple[int, int] | None:
    """The (month, day) a wording states for its event ("8月27日至28日召开的…", "the April 28 meeting"), if any."""
    en, zh = _EN_DAY.search(text), _ZH_DAY.search(text)
    if en is not None:
        return MONTHS[en["month"]], int(en["day"])
    return (int(zh["month"]), int(zh["day"])) if zh is not None else None


def _stated_day(text: str, meeting_date: dt.date | None) -> dt.date | None:
    """The day the wording gives, in its own year or the latest year that puts it on or before the meeting."""
    stated = stated_month_day(text)
    if stated is None:
        return None
    zh = _ZH_DAY.search(text)
    if _EN_DAY.search(text) is None and zh is not None and zh["year"]:
        return safe_date(int(zh["year"]), *stated)
    return latest_on_or_before(*stated, meeting_date)


def _number(text: str) -> int | None:
    zh = _ZH_NUMBER.search(text)
    if zh is not None:
        return int(zh["n"]) if zh["n"].isdigit() else chinese_number(zh["n"])
    study = _STUDY.search(text)
    en = _EN_NUMBER.search(text, 0, study.start()) if study else None  # "the 22nd study session"
    if en is None:
        return None
    return int(en["n"]) if en["n"] else ORDINAL_WORDS.index(en["w"]) + 1


def _term(text: str) -> int | None:
    en, zh = _EN_TERM.search(text), _ZH_TERM.search(text)
    if en is not None:
        return int(en["n"])
    return chinese_number(zh["n"]) if zh is not None else None


def _term_in_office(meeting_date: dt.date | None, terms: Sequence[tuple[int, dt.date]]) -> int | None:
    if meeting_date is None:
        return None
    elected = [term for term, first in terms if first <= meeting_date]
    return max(elected) if elected else None

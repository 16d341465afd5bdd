"""Dates as readouts write them, resolved against the date the text itself prints.

A readout gives the meeting day as "On the morning of February 24", "On the 17th",
"Yesterday afternoon" or "held a meeting Monday". The year (and for relative words
the day) comes only from a reference the text prints: the ``date`` header, a
timestamp or dateline with a year. "Recently" and "a few days ago" give no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import islice

__all__ = [
    "MONTHS",
    "PART_OF_DAY",
    "ZH_MONTH_DAY",
    "DateMention",
    "find_meeting_date",
    "find_reference_date",
    "latest_on_or_before",
    "printed_by",
    "safe_date",
]

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = rf"(?P<month>{_MONTH_NAMES})"
_ORD = r"(?:st|nd|rd|th)?"
_PART = r"(?P<part>morning|afternoon|evening|night|followingnoon)"
# "2023年2月24日", "2月24日": a Chinese month and day, the year when written.
ZH_MONTH_DAY = r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>1[0-2]|0?[1-9])月(?P<day>3[01]|[12]\d|0?[1-9])日"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

PART_OF_DAY = {
    "morning": "morning",
    "afternoon": "afternoon",
    "followingnoon": "afternoon",
    "evening": "evening",
    "night": "evening",
}

# "On the morning of February 24", "On March 9th", "On October 24, 2025", "on November 20"
_ON_MONTH_DAY = re.compile(
    # "From February 16th to 17th": a meeting over days is dated by its first.
    rf"\b(?:[Oo]n|[Ff]rom)\s+(?:the\s+)?(?:{_PART}\s+of\s+)?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\b(?:,?\s*(?P<year>\d{{4}}))?"
)
# The day first, as British English and some translations write it: "On 12 May", "on the 3rd of March",
# "held a meeting on 12 May 2022"; without "on", only with its year ("12 May 2022").
_DAY_MONTH = re.compile(
    rf"\b(?:[Oo]n\s+(?:the\s+)?(?:{_PART}\s+of\s+(?:the\s+)?)?(?=\d)|(?=\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+\d{{4}}))"
    rf"(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}\b(?:,?\s*(?P<year>\d{{4}}))?"
)
# "On the 17th", "On the afternoon of the 17th", "in the afternoon of the 19th"
_ON_DAY = re.compile(rf"\b(?:[Oo]n|[Ii]n)\s+the\s+(?:{_PART}\s+of\s+the\s+)?(?P<day>\d{{1,2}}){_ORD}\b")
# "Yesterday afternoon", "this morning", "today"
_RELATIVE = re.compile(rf"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]his|[Ll]ast)\s*{_PART}?\b")
_WEEKDAY = re.compile(r"\b(?:on\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_PART_ALONE = re.compile(rf"\b(?:[Oo]n|[Ii]n)\s+the\s+{_PART}\b")

# References printed in the text: "2020年08月04日", "2017-11-15 09:35:49", "March 20, 2021"
_REF_CJK = re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
_REF_ISO = re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")
# "Updated: 2021.05.09", "2021/05/09"
_REF_DOTTED = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})(?![\d.])")
_REF_LONG = re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},\s*(?P<year>(?:19|20)\d{{2}})")
# A dateline without a year: "Haikou Daily, March 9th (Reporter ...", "Guangzhou, May 19 -- "
# and in brackets: "[Jinan, August 5] – The Standing Committee ..."
_DATELINE = re.compile(rf"^[^.\n]{{0,60}}?,\s*{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}\s*\]?\s*(?:\(|--|[—–]|\s-\s)")
# The day first: "October 17, Guangzhou – The Standing Committee ... this morning".
_DATELINE_DAY_FIRST = re.compile(
    rf"^\[?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},\s*[^.,\n]{{1,40}}?\s*\]?\s*(?:--|[—–]|\s-\s)"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A resolved meeting date (or only its part of day) with its offsets in the text."""

    date: dt.date | None
    part_of_day: str | None
    start: int
    end: int


# "07/05/2022 0 Comments": a page's date in figures, day and month in an order the page does not say.
_REF_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])")
_HEAD_CHARS = 400


def printed_by(text: str, published: dt.date | None) -> dt.date | None:
    """A day by which the text was printed: its own date (``find_reference_date``), else a date in figures
    near its top read the later way ("07/05/2022": by 5 July 2022, whether it meant that or 7 May).

    Not a day to date the meeting from (the order is unknown), only a bound: what the meeting relays
    was held by then, and who was a central leader then.
    """
    found = find_reference_date(text, published)
    if found is not None:
        return found
    match = _REF_SLASHED.search(text, 0, _HEAD_CHARS)
    if match is None:
        return None
    year, a, b = int(match["year"]), int(match["a"]), int(match["b"])
    readings = [d for d in (safe_date(year, a, b), safe_date(year, b, a)) if d is not None]
    return max(readings) if readings else None


def find_reference_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date the text prints for itself: the header, else the first timestamp with a year."""
    if published is not None:
        return published
    candidates = []
    for pattern in (_REF_CJK, _REF_ISO, _REF_DOTTED, _REF_LONG):
        match = pattern.search(text)
        if match is not None:
            date = safe_date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            if date is not None:
                candidates.append((match.start(), date))
    return min(candidates)[1] if candidates else None


_MEETING_YEAR = re.compile(r"\b(?:meeting|session)\s+(?:of|in)\s+(?P<year>(?:19|20)\d{2})\b")


def find_meeting_date(
    sentence: str, offset: int, reference: dt.date | None, dateline: tuple[int, int] | None = None
) -> DateMention | None:
    """Find and resolve the first date expression in a meeting sentence.

    ``reference`` is the date the text prints for itself; ``dateline`` an optional
    (month, day) printed without a year. Returns None when the sentence has no date
    expression; a mention with ``date=None`` when it has one that cannot be resolved.
    """
    found: list[tuple[int, int, dt.date | None, str | None]] = []
    # "today" and "yesterday" count from the dateline when the text prints one.
    today = latest_on_or_before(dateline[0], dateline[1], reference) if dateline else reference
    # "held the 6th meeting in 2023": with no printed date, the sentence's own year dates its month and day.
    own_year = _MEETING_YEAR.search(sentence) if reference is None else None
    for pattern in (_ON_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(sentence):
            month, day = MONTHS[match["month"].lower()], int(match["day"])
            if match["year"]:
                date = safe_date(int(match["year"]), month, day)
            elif own_year is not None:
                date = safe_date(int(own_year["year"]), month, day)
            else:
                date = latest_on_or_before(month, day, reference)
            found.append((match.start(), match.end(), date, match["part"]))
    for match in _ON_DAY.finditer(sentence):
        found.append((match.start(), match.end(), _resolve_day(int(match["day"]), reference, dateline), match["part"]))
    for match in _RELATIVE.finditer(sentence):
        rel = match["rel"].lower()
        if rel in ("this", "last") and not match["part"]:
            continue
        shift = 1 if rel == "yesterday" or (rel == "last" and match["part"] == "night") else 0
        date = None if today is None else today - dt.timedelta(days=shift)
        found.append((match.start(), match.end(), date, match["part"]))
    for match in _WEEKDAY.finditer(sentence):
        found.append((match.start(), match.end(), _resolve_weekday(match["weekday"], today), None))
    if not found:
        alone = _PART_ALONE.search(sentence)
        if alone is None:
            return None
        return DateMention(None, PART_OF_DAY[alone["part"]], offset + alone.start(), offset + alone.end())
    start, end, date, part = min(found, key=lambda f: f[0])
    if part is None:
        loose = _PART_ALONE.search(sentence)
        part = loose["part"] if loose else None
    return DateMention(date, PART_OF_DAY[part] if part else None, offset + start, offset + end)


def find_dateline(body: str) -> tuple[int, int] | None:
    """The (month, day) of a dateline such as "Haikou Daily, March 9th (", if the body opens with one."""
    # Blank lines between a page's heading lines do not count.
    for line in islice((line for line in map(str.strip, body.splitlines()) if line), 8):
        match = _DATELINE.match(line) or _DATELINE_DAY_FIRST.match(line)
        if match:
            return MONTHS[match["month"].lower()], int(match["day"])
    return None


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else MONTHS[month.lower()]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None where the calendar has no such day (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def latest_on_or_before(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    """The month and day in the reference's year, or the year before where that falls after it
    ("December 28" in a text printed on 2024-01-03 is 2023-12-28); None without a reference."""
    if reference is None:
        return None
    date = safe_date(reference.year, month, day)
    if date is not None and date > reference:
        date = safe_date(reference.year - 1, month, day)
    return date


def _resolve_day(day: int, reference: dt.date | None, dateline: tuple[int, int] | None) -> dt.date | None:
    if reference is None:
        return None
    if dateline is not None:
        return latest_on_or_before(dateline[0], day, reference)
    date = safe_date(reference.year, reference.month, day)
    if date is None or date > reference:
        previous = reference.replace(day=1) - dt.timedelta(days=1)
        date = safe_date(previous.year, previous.month, day)
    return date


def _resolve_weekday(weekday: str, reference: dt.date | None) -> dt.date | None:
    if reference is None:
        return None
    back = (reference.weekday() - WEEKDAYS.index(weekday.lower())) % 7
    return reference - dt.timedelta(days=back)

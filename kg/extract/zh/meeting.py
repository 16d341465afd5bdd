"""The meeting header of a Chinese readout: 7月18日上午, 市委常委会, 扩大会议.

Levels follow the gold conventions: 省委 and 自治区党委 provincial; the 市委 of Beijing,
Tianjin, Shanghai and Chongqing municipal, of other prefecture-level cities prefecture,
of county-level cities county; 州委 and 盟委 prefecture; 县委 and 旗委 county; 区委 district.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.document import Document
from kg.extract.dates import ZH_MONTH_DAY, find_reference_date, latest_on_or_before, safe_date
from kg.extract.ranges import Ranges
from kg.extract.text import Sentence
from kg.extract.zh.region import body_place, outlet_place, stated_place
from kg.extract.zh.text import CJK, RELAY_VERB, sentences_zh, span
from kg.facts import Committee, MeetingFacts, Span
from kg.gazetteer import Gazetteer, Place
from kg.leaders import municipality_led_by, municipality_place

__all__ = ["extract_meeting_zh"]

_COMMITTEE = re.compile(
    rf"(?P<place>{CJK}{{2,8}}?)?(?P<kind>自治区党委|省委|市委|州委|盟委|地委|县委|旗委|区委)"
    # "市委常委会", "州委九届常委会", and "自治区党委召开常委会会议" (the body, then what it convened).
    # "十六届第43次常委会议", "市委召开108次常委会会议", "市委举行常委扩大会议" too.
    # "区委召开八届常务委员会第119次会议": the committee's name written out.
    # "省委分别召开常委扩大会议和领导干部会议": the committee holds two meetings, this one first.
    r"(?:[一二三四五六七八九十]+届)?(?:分别|先后)?(?:召开|举行)?(?:[一二三四五六七八九十]+届)?(?:第?[\d一二三四五六七八九十百]+次)?"
    r"(?:常务委员会|常委(?:会|扩大|\(扩大\)|（扩大）))"
)
# "县委书记张成主持召开七届常委会第67次会议": the committee is named only by its presider's post.
# "旗委书记王永军主持召开敖汉旗第十六届党委常委会第38次会议": its place and term may come between.
_BY_POST = re.compile(
    rf"(?P<place>{CJK}{{2,8}}?)?(?P<kind>自治区党委|省委|市委|州委|盟委|地委|县委|旗委|区委)(?:副)?书记{CJK}{{2,4}}?"
    r"主持召开[^，。；,;：:]{0,16}?常委"
)
_LEVEL = {
    "省委": "provincial",
    "自治区党委": "provincial",
    "市委": "prefecture",
    "州委": "prefecture",
    "盟委": "prefecture",
    "地委": "prefecture",  # the committee of a 地区 (阿克苏地区, 那曲地区)
    "县委": "county",
    "旗委": "county",
    "区委": "district",
}
_KINDS = {
    "provincial": {"province"},
    "prefecture": {"city", "prefecture", "county-city", "municipality"},
    "county": {"county", "county-city"},
    "district": {"district"},
}
# A 旗委 leads a banner and a 县委 a county, each named so in full (达拉特旗, 范县).
_SUFFIX_OF_BODY = {"旗委": "旗", "县委": "县"}
# A 州委, 盟委 or 地委 leads a prefecture, never the county-level city of the same name inside it.
_KINDS_OF_BODY = {"州委": {"prefecture"}, "盟委": {"prefecture"}, "地委": {"prefecture"}}
_DATE = re.compile(ZH_MONTH_DAY + r"(?P<part>上午|下午|晚上|晚)?")
# "17日上午，省委书记…主持召开": the day alone, the month and year from the dateline.
_DAY_ONLY = re.compile(r"^(?P<day>3[01]|[12]\d|0?[1-9])日(?P<part>上午|下午|晚上|晚)?")
_RELATIVE = re.compile(r"(?P<word>今天|今日|昨天|昨日)(?P<part>上午|下午|晚上|晚)?")
_PART = {"上午": "morning", "下午": "afternoon", "晚上": "evening", "晚": "evening"}
_PART_BEFORE_GLOSS = re.compile(r"(?:今天|今日|昨天|昨日)?(?P<part>上午|下午|晚上)[（(]$")
# 扩大 of the meeting itself ("扩大会议", "常委会（扩大）会议"), not "扩大内需" or "扩大有效投资".
_ENLARGED = re.compile(r"扩大会议|[（(]扩大[)）]")


def extract_meeting_zh(document: Document, gazetteer: Gazetteer, elsewhere: Ranges | None = None) -> MeetingFacts:
    """Date, part of day, committee (level and place) and whether the meeting was enlarged.

    Places inside ``elsewhere`` (the words of relayed directives: 对四川宜宾市筠连县山体滑坡作出的重要指示)
    are where something happened, not the committee's ground.
    """
    found = _meeting_sentences(document)
    anchor = found[0] if found else next(sentences_zh(document))
    date, part, date_span = _date(document, found or [anchor])
    dated = date or document.published
    year = dated.year if dated else None
    committee = _committee(document, found or [anchor], gazetteer, year, elsewhere or Ranges())
    enlarged = any(_is_enlarged(s.text) for s in found[:2])
    return MeetingFacts(
        date=date,
        part_of_day=part,
        enlarged=enlarged,
        committee=committee,
        evidence=span(document, anchor.start, anchor.end),
        date_evidence=date_span,
    )


def _is_enlarged(text: str) -> bool:
    """Whether the committee's own meeting is enlarged: 扩大 right after the committee, which is not
    the object of a relay ("会议传达了省委常委会扩大会议精神" relays another body's enlarged meeting)."""
    match = _COMMITTEE.search(text)
    if match is None or RELAY_VERB.search(text, max(0, match.start("kind") - 8), match.start("kind")):
        return False
    return _ENLARGED.search(text, match.start(), match.end() + 12) is not None


def _meeting_sentences(document: Document) -> list[Sentence]:
    return [s for s in sentences_zh(document) if _committee_match(s.text)][:4]


def _committee_match(text: str) -> re.Match[str] | None:
    """The committee a sentence names: as itself (市委常委会), or by its presider's post (县委书记…主持召开…常委会)."""
    return _COMMITTEE.search(text) or _BY_POST.search(text)


def _committee(
    document: Document, found: list[Sentence], gazetteer: Gazetteer, year: int | None, elsewhere: Ranges
) -> Committee:
    for sentence in found:
        match = _committee_match(sentence.text)
        if match is None:
            continue
        level = _LEVEL[match["kind"]]
        kinds = _KINDS_OF_BODY.get(match["kind"], _KINDS[level])
        stated = stated_place(match["place"], kinds, gazetteer)
        # The characters before the body are its place only where they name one ("记储德友主持召开县委常委会").
        begin = match.start() if stated else match.start("kind")
        evidence = span(document, sentence.start + begin, sentence.start + match.end())
        place, source, where = (
            (stated, "stated", evidence)
            if stated
            else body_place(document, kinds, gazetteer, elsewhere, _SUFFIX_OF_BODY.get(match["kind"], ""))
        )
        if place is None:
            place, source, where = outlet_place(document, kinds, gazetteer)
        if place is None and match["kind"] == "市委":
            place, source, where = _led_by(document, year, gazetteer)
        if place is not None and match["kind"] == "市委":
            level = _city_level(place)
        elif match["kind"] == "市委" and _SEAT_SECRETARY.search(document.simplified or document.text):
            level = "county"
        name = _joined(place.zh, match["kind"]) if place else match["kind"]
        return Committee(
            level,
            place.en if place else None,
            name,
            evidence,
            region_source=source if place else None,
            region_evidence=where if place else None,
            region_code=place.code if place else None,
        )
    anchor = found[0]
    return Committee(None, None, "常委会", span(document, anchor.start, anchor.end))


# "州委副书记、市委书记余胜祥": a city whose secretary sits on a prefecture's committee is a county-level city
# inside it (a prefecture city's secretary sits on the province's).
_SEAT_SECRETARY = re.compile(r"(?:州|地|盟)委(?:副书记|常委)[^，。；]{0,12}?市委书记")
# "市委书记李鸿忠主持", "市长张国清": a name of two or three characters after the post.
_LEADER = re.compile(rf"(?:书记|市长)(?P<name>{CJK}{{3}})")
_LEADER_SPAN = 800


def _led_by(document: Document, year: int | None, gazetteer: Gazetteer) -> tuple[Place | None, str, Span | None]:
    """The municipality whose known secretary or mayor of that year the readout's head names."""
    text = document.simplified or document.text
    for match in _LEADER.finditer(text, document.body_start, document.body_start + _LEADER_SPAN):
        name = match["name"]
        region = municipality_led_by([name, name[:2]], year)
        if region is None:
            continue
        place = municipality_place(region, gazetteer)
        if place is not None:
            size = 3 if municipality_led_by([name], year) else 2
            return place, "known-leader", span(document, match.start(), match.start("name") + size)
    return None, "known-leader", None


def _joined(place: str, body: str) -> str:
    """天津市 + 市委 -> 天津市委, 内蒙古自治区 + 自治区党委 -> 内蒙古自治区党委: the kind is said once."""
    if body == "地委" and place.endswith("地区"):
        return place[:-2] + body  # 阿克苏地区 + 地委 -> 阿克苏地委
    overlap = max((k for k in range(1, len(body)) if place.endswith(body[:k])), default=0)
    return place + body[overlap:]


def _city_level(place: Place) -> str:
    return {"municipality": "municipal", "county-city": "county"}.get(place.kind, "prefecture")


def _date(document: Document, found: list[Sentence]) -> tuple[dt.date | None, str | None, Span | None]:
    # The date header, else a timestamp or dateline printed above (or in) the sentence that dates the
    # meeting ("2017-11-28 16:01 湖北日报", "发布日期:2020-07-21"); a date further down is one the body talks of.
    # A headline or "原标题：" line names the committee too, but dates nothing: the meeting's sentence has clauses.
    dated = [sentence for sentence in found if "，" in sentence.text] or found
    for sentence in dated[:2]:
        printed = find_reference_date(document.text[: sentence.end], document.published) or _own_year(sentence.text)
        head = sentence.text[:60]
        match = _DATE.search(head)
        if match is None:
            match = _date_before_committee(sentence.text)
        if match is not None and _DATELINE_MARK.match(head, match.end()):
            # "本报1月29日讯 今天下午": the dateline's day, which 今天 and 昨天 count from.
            printed = _dateline_day(match, printed)
            head = head[match.end() :]
            match = _DATE.search(head)
        if match is not None:
            # "今天下午(1月7日)举行会议": the part of the day said before the date it glosses.
            glossed = _PART_BEFORE_GLOSS.search(head, 0, match.start())
            part = _PART.get(match["part"] or (glossed["part"] if glossed else ""))
            where = span(document, sentence.start + match.start(), sentence.start + match.end())
            month, day = int(match["month"]), int(match["day"])
            if match["year"]:
                return safe_date(int(match["year"]), month, day), part, where
            return latest_on_or_before(month, day, printed), part, where
        # Without a printed date, "17日上午" and "今天下午" still give the part of the day.
        day_only = _DAY_ONLY.search(head)
        if day_only is not None:
            where = span(document, sentence.start + day_only.start(), sentence.start + day_only.end())
            held = _before(printed, int(day_only["day"])) if printed else None
            return held, _PART.get(day_only["part"] or ""), where
        relative = _RELATIVE.search(head)
        if relative is not None:
            back = 1 if relative["word"] in ("昨天", "昨日") else 0
            where = span(document, sentence.start + relative.start(), sentence.start + relative.end())
            held = printed - dt.timedelta(days=back) if printed else None
            return held, _PART.get(relative["part"] or ""), where
    return None, None, None


def _date_before_committee(text: str) -> re.Match[str] | None:
    """The day written just before a mention of the committee further into a sentence: where a page ran its
    headline into the text ("…坚决做到“两个维护”10月24日上午，省委常委会召开扩大会议")."""
    for committee in _COMMITTEE.finditer(text, 60):
        match = _DATE.search(text, max(0, committee.start() - 12), committee.start())
        # The committee holding the meeting ("…日上午，省委常委会召开"), not one whose meeting the body relays.
        holds = re.search(r"召开|举行", committee.group()) or re.match(
            r"(?:会议)?(?:召开|举行)", text[committee.end() :]
        )
        if match is not None and not text[match.end() : committee.start()].strip("，, ") and holds:
            return match
    return None


# "区委常委会2025年第9次会议": the meeting's own name gives its year, where nothing else is printed.
_OWN_YEAR = re.compile(r"(?P<year>20\d\d)年第[\d一二三四五六七八九十]+次")


def _own_year(text: str) -> dt.date | None:
    """The last day of the year the meeting's name gives, so that its month and day fall in that year."""
    match = _OWN_YEAR.search(text)
    return dt.date(int(match["year"]), 12, 31) if match else None


# The mark after a dateline's day: 讯 (dispatch) or 电 (wire).
_DATELINE_MARK = re.compile(r"[讯电]")


def _dateline_day(match: re.Match[str], printed: dt.date | None) -> dt.date | None:
    """The dateline's own day, in its year or the printed date's (None where neither gives a year)."""
    month, day = int(match["month"]), int(match["day"])
    if match["year"]:
        return safe_date(int(match["year"]), month, day)
    return latest_on_or_before(month, day, printed) if printed else None


def _before(published: dt.date, day: int) -> dt.date | None:
    """The latest date on ``day`` of a month that is not after ``published``."""
    month = published.replace(day=1)
    for _ in range(2):
        try:
            candidate = month.replace(day=day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= published:
            return candidate
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return None

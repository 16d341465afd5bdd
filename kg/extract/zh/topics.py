"""Topics of a Chinese readout: the scheme's topics named in it, and open topics.

A scheme topic is found by its Chinese labels (``skos:altLabel @zh`` in ``ontology/topics.ttl``),
so a Chinese and an English readout of the same policy meet at one topic node. An open
topic is the object of a requirement (要…, 加强…, 推进…, 抓好…), a term in quotes
(“四水同治”), a report heard (听取…汇报) or an event prepared (研究…筹备工作), cut at the
next punctuation; none is taken where a scheme topic was already named. Ritual slogans
come from the stop-list ``ontology/topic-stoplist-zh.txt``, numbered slogans (“五个第一”)
and fragments that start with a preposition are dropped by pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg.document import Document
from kg.extract.open_topics import open_topic_key
from kg.extract.ranges import Ranges
from kg.extract.reviewed_topics import mostly_named, subject_zh
from kg.extract.zh.local_sessions import find_local_sessions_zh
from kg.extract.zh.text import CJK, CJK_CHARS, NUMBER_ZH, sentences_zh, span
from kg.facts import ReviewedDocument, TopicMention
from kg.reference import TopicScheme, ontology_dir

__all__ = ["extract_topics_zh"]

_VERB = re.compile(
    r"(?:加强|推进|推动|抓好|做好|深化|强化|统筹|聚焦|加快|扎实推进|全力推进|持续推进|巩固|落实好|守牢|筑牢|提升|优化|完善|开展|实施|"
    r"弘扬|健全|构建|打造)"
)
# "推动美丽山东建设取得更大成效", "推动“双一流”建设实现突破": the object ends where the result it is to reach begins.
_OBJECT = re.compile(
    rf"(?P<obj>{CJK}[{CJK_CHARS}“”]{{1,13}}?)(?=[，。；、：,;:！]|工作[，。；]|和|与|的|取得|实现|迈上|再上新|$)"
)
# "要加强教师队伍建设，抓好专业培训，推动教育事业高质量发展": objects whose head names a thing to build, reform
# or govern (…建设, …体系, …机制, …改革, …治理) are a policy area of their own beside a scheme topic; objects
# in general are not ("抓好专业培训", "落实待遇保障" say how, and beside a scheme topic mostly restate it).
_POLICY_HEAD = re.compile(r"(?:体系|机制|改革|治理|保护|监管|整治|攻坚战|工程|振兴|产业链|建设)$")
_CONJOINED = re.compile(rf"(?:和|与)(?P<obj>{CJK}[{CJK_CHARS}]{{2,12}}?(?:建设|工程|改革|体系))(?=[，。；、,;]|$)")
# Not a saying set against another (实现从“解剖一个问题”到“解决一类问题”, “当下改”和“长久立”相结合): a way of
# working, each half a clause.
# “双一流”建设, “千万工程”, “三个年”活动: a short quoted name with the head that makes it a programme;
# “一争三促”专项行动, “四个中心”功能建设: with what kind of programme it is between.
_QUOTED_PROGRAMME = re.compile(rf"(?P<obj>“{CJK}[^“”，。；]{{1,7}}”(?:专项|功能)?(?:建设|改革|工程|行动|活动))")
_QUOTED = re.compile(rf"(?<!从)(?<!”到)“(?P<obj>{CJK}[^“”]{{1,11}})”(?!到“|和“[^“”]{{1,11}}”相结合|相结合)")
# "“干部之星”“单位之星”评选结果": quoted names that an award's selection follows are honours, not topics.
_AWARD = re.compile(r"(?:“[^“”]{1,11}”)*(?:等)?(?:事项)?(?:评选|评比|称号|表彰|荣誉)")
# A quoted term of three characters is a slogan's fragment ("收好官"), not a topic.
_QUOTED_MIN = 4
# Three-character objects are mostly cut-off fragments ("打硬仗", "日进度"); policy areas of three
# characters ("三农", "禁毒") come from the scheme's labels.
_MIN = 4
# Objects that end in a word naming no policy area ("保障措施", "底线思维").
# "重大政治责任", "主体责任": whose duty, not which area; "市委常委会会议精神", "省委全会精神": the spirit of a
# local meeting relayed, which is no policy area either.
_EMPTY_HEAD = re.compile(r"(?:措施|要求|任务|举措|思维|力度|成效|氛围|作用|局面|责任|会议精神|全会精神|讲话精神)$")
# "筑牢理想信念根基" is 理想信念, "筑牢坚实根基" nothing: the ground a work stands on is the work.
_TRIM = re.compile(
    r"^(?:各项|全面|进一步|切实|持续|扎实|好|了|的|全力|大力|着力|全市|全省|全县|全区|关于)+|(?:工作|等|方面|领域|根基)+$"
)
# A phrase that starts with a preposition or a pronoun of place is a fragment of a longer clause
# ("对戒毒康复人员", "与津冀两省市", "我市做好对台"); one that ends in a time word is cut short ("疏解后").
# "各领域各层面", "安排好岁末年初各项": which of everything, or a verb and its result, not an area's name.
_FRAGMENT = re.compile(
    r"^(?:对|与|等|向|把|将|从|在|为|以|和|及|我市|我省|我县|我区|我的|一批|各|用好|[安抓做办管建守带]好)|(?:后|中|时|的|了|各项)$"
    # "全市各项工作", "朝天各项事业": everything the place does, no area of it.
    r"|各项(?:工作|事业)$"
)
# A phrase holding a verb particle or a location word is a clause, not a name of a policy area
# ("文件内容进一步征求了意见建议", "大会精神在阜城落地落实"); a list in quotes is a slogan
# ("人民至上、生命至上", "拥护核心·心向北京"). 工作 inside a phrase ends its subject and a predicate follows
# ("内蒙古工作必须坚持"), but where a document or an institution of the work is named (常委会工作报告).
# "党的领导贯穿于会议筹备": 于 (in, at) places one thing in another, which only a clause does; so does an
# adverb or a verb of circumstance ("工作推进中仍然面临一些困难").
_CLAUSE = re.compile(
    r"了|在|于|仍|面临|进一步|[、·，,]|工作(?!报告|要点|计划|方案|机制|体系|制度|规则|条例|会议|队伍|格局)"
)
# "五个第一", "三个确保", "四件大事", "七条底线": numbered slogans, not policy areas; but a programme to build
# under a numbered name is one (“四个中心”功能建设).
_NUMBERED = re.compile(r"^[一二两三四五六七八九十]+[个件条]")
_PROGRAMME_HEAD = re.compile(r"(?:建设|工程|行动|活动)$")
# "稳中求进", "进中提质", "务实有效", "坚强有力": formulae that say how something goes, not what.
# "推动协商议政成果转化到位": a result to reach ("…到位", "…落地", "…见效") says how far, not what.
_FORMULA = re.compile(r"^.中.{2}$|(?:有效|有力|有序|有为|向好|到位|落地|见效)$")
# 听取全市经济运行情况汇报 -> 经济运行; 研究市委全会筹备工作 -> 市委全会筹备; the year a report covers is no part.
# "听取筹办省运动会(省残运会)进展情况汇报": a name's parenthesis and the progress reported on are no part of it.
# "听取全省一季度稳增长、疫情防控、党史工作等情况汇报": several reports heard, each item a topic.
_HEARD = re.compile(
    rf"听取(?:了)?(?:(?:关于)?\d{{4}}年度?)?(?P<obj>{CJK}(?:[{CJK_CHARS}、]|[（(][^()（）]{{1,12}}[)）]){{1,40}}?)"
    r"(?:工作|有关|相关)?(?:进展|进度)?(?:情况)?(?:的)?汇报"
)
_LIST_SEPARATOR = re.compile(r"、|和|及")

# When the reports are of: "一季度", "上半年", "今年以来".
_PERIOD_LEAD = re.compile(r"^(?:[一二三四]季度|前三季度|上半年|下半年|今年以来|年度)")
_PARENTHESIS = re.compile(r"[（(][^()（）]*[)）]")
# "习近平总书记关于全国春季农业生产工作的重要指示": what relayed instructions or speeches are on is what the
# meeting took up with them.
_SUBJECT_OF = re.compile(
    rf"(?:关于|对)(?P<obj>{CJK}[{CJK_CHARS}]{{1,16}}?)(?:工作)?(?:作出|做出)?(?:的)?(?:一系列)?(?:重要)?(?:指示|批示|讲话|论述)"
)
_PREPARED = re.compile(rf"(?:研究|部署|安排|做好)(?:了)?(?P<obj>{CJK}[{CJK_CHARS}]{{1,11}}?)(?:的)?(?:各项)?筹备")
# "研究讨论省委常委会工作报告", "研究了县六次党代会有关情况": an item the meeting took up, named as it stands
# (a title in 《》 is a reviewed document, whose subject is taken from the title).
_DISCUSSED = re.compile(rf"研究讨论(?:了)?(?P<obj>{CJK}[{CJK_CHARS}]{{3,20}}?)(?=[，。；、,;]|$)")
# "研究我市域外农场发展等事项": one matter named before 等事项 is an agenda item as well.
_MATTER = re.compile(rf"研究(?:了)?(?P<obj>{CJK}[{CJK_CHARS}]{{3,20}}?)(?:(?:有关|相关)(?:情况|事项|事宜)|等事项)")
# "省委十届六次全体会议", "区十七届人大五次会议", "县六次党代会": a session's numbers tell one session from
# the next; the topic is the kind of session (省委全会筹备, 县党代会筹备), as the same business recurs.
_SESSION_ORDINAL = re.compile(
    rf"第?{NUMBER_ZH}(?:届(?:{NUMBER_ZH}次)?|次)(?=全体会议|全会|会议|党代会|党代表大会|团代会|代表大会|人大|政协)"
)
# "研究部署我区教育高质量发展、硅基产业发展、促进农民增收和粮食节约行动等工作": the meeting's agenda, each
# item a topic of its own, led by whose it is or what is to be done with it.
# "研究儒商大会、“双一流”建设、食品安全监管等事项": the matters a meeting took up, listed the same way.
_AGENDA = re.compile(
    r"(?:研究|安排)部署(?:了)?(?P<list>[^。；：，,]{4,90}?)(?:等)?(?:各项|有关|相关)?工作"
    r"|研究(?:审议|讨论)?(?:了)?(?P<matters>(?:[^、，。；：]{2,16}、)+[^、，。；：]{2,16}?)等(?:有关|相关)?事项"
)
# "抓紧抓实科技创新、产业培育、项目建设、促进消费、“十五五”规划编制等重点工作": a list of three areas or
# more that 等…工作 closes names each area as work to be done, whatever verb leads it.
_AREAS = re.compile(
    # The list opens its clause: a first item cut from a longer clause is a fragment ("事协调机构").
    r"(?:^|(?<=[，。；：,;]))(?P<list>(?:[^、，。；：,;]{2,20}、){2,}[^、，。；：,;]{2,14}?)等(?:重点|各项|有关|相关|方面)?工作"
)
_AREA_LEAD = re.compile(
    r"要?(?:抓紧抓实|抓紧抓好|统筹做好|统筹抓好|扎实做好|认真做好|全力做好|抓实|抓好|做好|抓紧|统筹|推进|加强)"
)
_AGENDA_ITEM = re.compile(r"(?P<obj>[^、，,和及]{2,24})")
_AGENDA_LEAD = re.compile(r"^(?:我[省市县区州]|全[国省市县区州]|自治区|推进|促进|加快|推动|加强|做好|抓好|打好|开展)+")
# A label followed by the name of a gathering names that gathering ("中央经济工作会议",
# "党外人士座谈会", "春节团拜会"), a relayed event, not a topic of this meeting.
_EVENT_NAME = re.compile(r"(?:会议|座谈会|团拜会|大会|研讨会|推进会|工作会|电视电话会|全会)")
# "以实际行动迎接党的二十大胜利召开": a congress still to be held is the time of the work, not its subject.
_UPCOMING = re.compile(r"(?:和[^，。；]{0,12}?)?(?:的)?胜利召开")


@lru_cache(maxsize=1)
def _stoplist() -> tuple[str, ...]:
    path = ontology_dir() / "topic-stoplist-zh.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4)
def _lexicon(scheme: TopicScheme) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every Chinese label of the scheme, longest first; label -> concept key."""
    # A label that is itself a ritual slogan of Chinese readouts (高质量发展) names no topic in Chinese text,
    # though its concept is one where an English readout names it.
    slogans = set(_stoplist())
    keys = {label: key for key, labels in scheme.chinese for label in labels if label not in slogans}
    ordered = sorted(keys, key=lambda label: (-len(label), label))
    return re.compile("|".join(map(re.escape, ordered)) or "(?!)"), keys


def _scheme_topics(
    document: Document, scheme: TopicScheme, skipped: Ranges
) -> tuple[list[TopicMention], list[tuple[int, int]]]:
    """Each scheme topic named by a Chinese label outside relayed directives' words, at its first
    mention, and the places of every mention."""
    pattern, keys = _lexicon(scheme)
    text = document.simplified or document.text
    found: dict[str, TopicMention] = {}
    places = []
    for (lo, hi), label in _labels_in(pattern, text, document.body_start):
        if skipped.covers(lo, hi) or _EVENT_NAME.match(text, hi) or _UPCOMING.match(text, hi):
            continue
        places.append((lo, hi))
        key = keys[label]
        if key not in found:
            found[key] = TopicMention(key, span(document, lo, hi))
    return list(found.values()), places


# A quoted term that a label goes on past: “十五五”规划, “三农”工作, “放管服”改革.
_QUOTED_LEAD = re.compile(rf"“(?P<term>[^“”，。；]{{1,8}})”(?={CJK})")


def _labels_in(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[tuple[int, int], str]]:
    """Each label of ``pattern`` in ``text`` from ``start`` with its span, in text order; a label may run
    across the closing quote of a quoted term, which its own spelling lacks (“十五五”规划 is 十五五规划), and
    then stands for the shorter labels inside its words (“三农”工作 is 三农工作, not 三农), as the longest
    label does everywhere."""
    found = [(m.span(), m.group()) for m in pattern.finditer(text, start)]
    for quoted in _QUOTED_LEAD.finditer(text, start):
        term = quoted["term"]
        joined = term + text[quoted.end() : quoted.end() + 12]
        label = pattern.match(joined)
        if label is not None and label.end() > len(term):
            lo, hi = quoted.start("term"), quoted.end() + label.end() - len(term)
            found = [((a, b), other) for (a, b), other in found if not lo <= a < hi]
            found.append(((lo, hi), label.group()))
    return sorted(found)


def _candidates(text: str, names_scheme_topic: bool) -> list[tuple[re.Match[str], str, bool]]:
    """The phrases of one sentence that may name an open topic, with the suffix their frame adds and
    whether the phrase is a report heard.

    A requirement's object counts only in a sentence that names no scheme topic, and only its
    first: as in English, an open topic fills in where the scheme has no word for what was said.
    Past the first, or beside a scheme topic, an object counts where its head names a policy area.
    A report heard is an agenda item of its own, even where its subject holds a scheme label
    (听取民族团结进步表彰大会筹备情况汇报): the label names the area, the report the item.
    """
    programmes = list(_QUOTED_PROGRAMME.finditer(text))
    found = [
        (m, "", False)
        for m in _QUOTED.finditer(text)
        if len(m["obj"]) >= _QUOTED_MIN
        and _AWARD.match(text, m.end()) is None
        # “一争三促”专项行动 is one topic, the programme, not its quoted name as a second.
        and not any(p.start() <= m.start() and m.end() <= p.end() for p in programmes)
    ]
    found += [(m, "", False) for m in programmes]
    objects = [obj for obj in (_OBJECT.match(text, verb.end()) for verb in _VERB.finditer(text)) if obj is not None]
    if objects and not names_scheme_topic:
        found.append((objects[0], "", False))
    later = objects[0 if names_scheme_topic else 1 :]
    found += [(obj, "", False) for obj in later if _POLICY_HEAD.search(obj["obj"])]
    # "推进一体化示范区和崇明世界级生态岛建设": the second of two things to build, named with the head they share.
    found += [(m, "", False) for obj in objects if (m := _CONJOINED.match(text, obj.end())) is not None]
    for heard in _HEARD.finditer(text):
        if _LIST_SEPARATOR.search(heard["obj"]):
            found += [(m, "", True) for m in _AGENDA_ITEM.finditer(text, heard.start("obj"), heard.end("obj"))]
        else:
            found.append((heard, "", True))
    for agenda in _AGENDA.finditer(text):
        group = "list" if agenda["list"] is not None else "matters"
        found += [
            (m, _area_work(m), False) for m in _AGENDA_ITEM.finditer(text, agenda.start(group), agenda.end(group))
        ]
    for areas in _AREAS.finditer(text):
        lead = _AREA_LEAD.match(text, areas.start("list"))
        start = lead.end() if lead else areas.start("list")
        found += [(m, _area_work(m), False) for m in _AGENDA_ITEM.finditer(text, start, areas.end("list"))]
    found += [(m, "筹备", False) for m in _PREPARED.finditer(text)]
    found += [(m, "", True) for frame in (_DISCUSSED, _MATTER) for m in frame.finditer(text)]
    found += [(m, "", False) for m in _SUBJECT_OF.finditer(text)]
    return found


def _area_work(item: re.Match[str]) -> str:
    """The 工作 that closes a list of areas, for an area of two characters (工会、青年…等工作: 工会工作)."""
    return "工作" if len(item["obj"].strip("“” ")) == 2 else ""


def _is_topic(label: str, scheme: TopicScheme, suffix: str, report: bool = False) -> bool:
    """Whether ``label`` (with its frame's ``suffix``) may be an open topic.

    A scheme label inside a phrase stands for it, but for a report heard, whose phrase names an item
    of its own unless it is the scheme label itself (听取疫情防控工作汇报).
    """
    lexicon = _lexicon(scheme)[0]
    return not (
        (not suffix and (lexicon.fullmatch(label) if report else lexicon.search(label)))
        or len(label) + len(suffix) < _MIN
        or _EMPTY_HEAD.search(label)
        or _FRAGMENT.search(label)
        or _CLAUSE.search(label)
        or (_NUMBERED.match(label) and not _PROGRAMME_HEAD.search(label))
        or _FORMULA.search(label)
        or _is_stop(label)
    )


def extract_topics_zh(
    document: Document,
    scheme: TopicScheme,
    exclude: Sequence[tuple[int, int]] = (),
    reviewed: Sequence[ReviewedDocument] = (),
    region: str | None = None,
) -> tuple[TopicMention, ...]:
    """Scheme topics, then open topics, each once; none from inside a relayed directive's words.

    A ``reviewed`` document's subject is a topic too, unless scheme topics say most of it;
    ``region``, the committee's place, is no part of that subject (旌德县…实施方案).
    """
    local = find_local_sessions_zh(document, document.body_start, len(document.text))
    # A local session's words (省“两会”) are not the scheme's national topic of the same words.
    skipped = Ranges([*exclude, *((m.evidence.start, m.evidence.end) for m in local)])
    named, places = _scheme_topics(document, scheme, skipped)
    found: dict[str, TopicMention] = {t.key: t for t in named}
    for mention in local:
        found.setdefault(mention.key, mention)
    taken = Ranges(places + [(m.evidence.start, m.evidence.end) for m in local])
    for sentence in sentences_zh(document):
        scheme_named = taken.overlaps(sentence.start, sentence.start + len(sentence.text))
        for match, suffix, report in _candidates(sentence.text, scheme_named):
            start, end = sentence.start + match.start("obj"), sentence.start + match.end("obj")
            if skipped.holds(start) or (taken.overlaps(start, end) and not report):
                continue
            raw = _PARENTHESIS.sub("", match["obj"]).replace("“", "").replace("”", "")
            raw = _SESSION_ORDINAL.sub("", raw).replace("全体会议", "全会")
            lead = _PERIOD_LEAD.sub("", _AGENDA_LEAD.sub("", raw))
            label = _TRIM.sub("", lead)
            if not suffix and len(label) == 2 and lead.removesuffix("等").endswith("工作"):
                suffix = "工作"  # "党史工作": a two-character area keeps its 工作, as the area's work
            if not _is_topic(label, scheme, suffix, report):
                continue
            label += suffix
            at = sentence.text.find(label, match.start("obj"))
            # Where quotes or a parenthesis part the label's words, the evidence is the phrase as written.
            lo, hi = (sentence.start + at, sentence.start + at + len(label)) if at >= 0 else (start, end)
            evidence = span(document, lo, hi)
            key = open_topic_key(label, "zh")
            found.setdefault(key, TopicMention(key, evidence, label, "zh"))
    for mention in _reviewed_subjects(document, reviewed, region, places):
        found.setdefault(mention.key, mention)
    return tuple(found.values())


def _reviewed_subjects(
    document: Document, reviewed: Sequence[ReviewedDocument], region: str | None, places: list[tuple[int, int]]
) -> Iterator[TopicMention]:
    """The subject of each reviewed document, unless the scheme topics named at ``places`` say most of it."""
    text = document.simplified or document.text
    for title in reviewed:
        subject = subject_zh(text[title.evidence.start : title.evidence.end], region)
        # A title's words are its own, so only a whole slogan in them (not 工作 in 先进工作者) rules one out.
        if subject is None or any(stop == subject[2] or (len(stop) > 2 and stop in subject[2]) for stop in _stoplist()):
            continue
        lo, hi = title.evidence.start + subject[0], title.evidence.start + subject[1]
        if not mostly_named(places, lo, hi):
            key = open_topic_key(subject[2], "zh")
            yield TopicMention(key, span(document, lo, hi), subject[2], "zh")


def _is_stop(label: str) -> bool:
    """Whether ``label`` holds a stop phrase or is part of one; a stop word of two characters (工作)
    rules out only itself, not the phrases it ends or heads (常委会工作报告)."""
    return any((stop in label if len(stop) > 2 else stop == label) or label in stop for stop in _stoplist())

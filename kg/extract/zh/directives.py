"""Central directives a Chinese readout relays: 习近平总书记…重要讲话/重要指示/回信精神, 全会精神.

One frame per kind of directive; a list of occasions under one frame
(在党外人士座谈会、12月8日中央政治局会议上的重要讲话) gives one directive each.
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.zh.documents import in_book_title, unquoted_central_documents
from kg.extract.zh.people import is_central_leader
from kg.extract.zh.text import CJK, RELAY_VERB, continues_list, sentences_zh, span
from kg.facts import Directive

__all__ = ["extract_directives_zh"]

# 总书记 alone is Xi; after another's name (胡锦涛总书记, in a readout of his years) it is that man's title.
_XI = r"(?:习近平(?:总书记|同志|主席)?|(?<![副党])(?<!胡锦涛)(?<!江泽民)总书记)"
# The occasion runs up to 60 characters, or up to 160 without a comma: a list of occasions, each
# led by its own preposition ("在…开班式上、在10月28日中央政治局会议上、在福建和安徽考察时").
# It never runs across another mention of Xi ("以习近平…思想为指导，学习习近平总书记在…上"), nor across a
# letter already named in full ("致…的贺信，以及对…作出的重要指示": the letter, then the instructions).
_NOT_INSIDE = r"习近平|(?<![副党])总书记|的(?:重要)?(?:贺信|回信|贺辞)"
# A quoted term inside an occasion's name: "在主持召开部分省区市“十五五”时期经济社会发展座谈会上"; after a
# conjunction a quote is an item of a list (…战略思想和“加强民族团结”以及…), not part of a name.
_QUOTED_TERM = r"(?<![和及、，,])“[^“”。，；]{1,10}”"
# "在“五一”国际劳动节到来之际向全国广大劳动群众致以节日祝贺": his greetings on a holiday (kind other).
_GREETING = r"致以[^。；，、“”]{0,16}(?:问候|祝贺|祝福)"
_XI_WORDS = re.compile(
    rf"{_XI}(?P<occ>(?:(?!{_NOT_INSIDE})[^。；;“”《》]|《[^》]{{1,30}}》|{_QUOTED_TERM}){{0,60}}?|"
    rf"(?:(?!{_NOT_INSIDE})[^。；;，“”《》]|{_QUOTED_TERM}){{61,160}}?)"
    # "在全会上所作的工作报告和重要讲话": his report and speech at one session, one directive of kind speech.
    r"(?:发表的|作出的|所作的|的)?(?:工作报告和)?(?:一)?(?:系列)?"
    # "在第四届中国国际进口博览会开幕式上的主旨演讲": a keynote is a speech, named without 重要; so is an
    # address (在…峰会上的致辞) and the New Year address (二〇二四年新年贺词).
    r"(?P<kind>重要(?:讲话|指示批示|指示精神|指示|批示|论述|回信|贺信|贺辞|致辞|署名文章|文章)|主旨演讲|主旨讲话|致辞|新年贺词"
    rf"|{_GREETING})"
)
# "…重要讲话精神、对…作出的重要指示精神，给…的回信、致…的贺信": further items of a list Xi heads,
# each led by its own preposition. A speech or instructions needs 重要 to be his; a letter need not.
# "…治边稳藏重要战略思想和“加强民族团结、建设美丽西藏”以及关于…的重要指示": a quoted saying of his between.
_NEXT_ITEM = re.compile(
    r"(?:精神)?[，、]?(?:和“[^“”]{1,30}”)?(?:以及|和|及)?"
    # "…贺信，对A、B等作出了重要指示": what the letters did (作出了), a statement about them, not a further item.
    rf"(?P<occ>(?:给|致|向|在|对|就|关于)(?:[^。；，“”《》了]|{_QUOTED_TERM}){{2,60}}?)(?:作出的|发表的|的)?"
    r"(?:重要(?P<kind>讲话|指示批示|指示|批示|文章|回信|贺信|贺辞|致辞)|(?P<letter>回信|贺信|贺辞|致辞|主旨演讲|主旨讲话)"
    rf"|(?P<greeting>{_GREETING}))"
)
# Where a list's items each open with the same preposition, each item is an occasion of its own.
# "在4月30日中央政治局会议上、同法国总统…共同会见记者时": 同 leads an occasion told by whom he met.
_ITEM_BREAK = re.compile(r"(?:、|以及|和|及)(?=[在就对同]|关于)")
# "习近平总书记（关于）京津冀协同发展（的）战略思想": a thought on a named subject (the Thought on
# socialism for a new era is named in passing everywhere and is no relayed directive).
_XI_THOUGHT = re.compile(rf"{_XI}(?:关于)?(?P<occ>[^。；;，、“”《》]{{2,24}}?)(?:的)?(?P<kind>(?:重要|战略)?思想)")
_XI_LETTER = re.compile(rf"{_XI}(?P<occ>(?:给|致)[^。，；]{{2,40}}?)的(?:重要)?(?P<kind>回信|贺信|信)")
_SESSION_NAME = (
    # "2月16日中共中央政治局常务委员会会议": the day it was held names which one.
    # The central meetings of the Party's education campaigns: "(学习贯彻)习近平新时代中国特色社会主义思想主题教育工作会议"
    # "党史学习教育动员大会" (a city's own is 全市…, cut off by the look-behind).
    # "中国共产党第二十届中央委员会第二次全体会议": a plenary session by its formal name.
    r"(?<![省市县区州委])(?P<occ>(?:\d{1,2}月\d{1,2}日)?(?:党的)?(?:中央|全国|国家|中共中央|十[一二三四五六七八九]届|二十届|十九大|二十大|党的十九大|党的二十大|"
    r"(?:中国共产党)?第[一二三四五六七八九十]+届中央委员会(?=第)|"
    r"习近平新时代中国特色社会主义思想主题教育(?=工作会议|动员|总结)|“?不忘初心、牢记使命”?主题教育(?=工作会议|总结)|"
    r"党史学习教育(?=动员大会|总结大会))"
    # A name runs up to the 精神 after it, and may hold 精 itself (全国精神文明建设表彰大会, 精准扶贫).
    r"(?:(?!精神[，。；、和及以与]|精神$)[^。，；、“”《》（(]|[（(][^（）()]{1,8}[)）]){0,40}?"
    r"(?:会议|全会|大会|座谈会|推进会|工作会|动员会|部署会|两会|“两会”|十九大|二十大))"
)
# "传达学习党的二十大精神", "学习贯彻党的十九大精神": a party congress the meeting conveys. Only with the verb right
# before it: the congress is named in passing in most readouts of its five years ("要全面贯彻党的二十大精神",
# "以…推动党的二十大精神落地", "与学习贯彻党的二十大精神结合起来"), and such a requirement or aim is no relay.
_CONGRESS = re.compile(
    r"(?:传达学习|传达|学习贯彻|学习宣传贯彻)(?:了)?(?P<occ>(?:党的|中国共产党第)(?:十[一二三四五六七八九]|二十)(?:次全国代表)?大(?:会)?)"
    r"(?=精神|[、，和及])"
)
_REQUIREMENT = re.compile(r"要|必须|坚持|持续|全面|以|把|为|将|推动|确保|结合|与|同")
# "…会议精神", "在…会议上": the session relayed. Not "…两会期间": that dates local work ("部署全国两会期间
# 有关工作"); what was said during a session is Xi's speech, found by its own frame.
# "中央经济工作会议及省、州全会精神": the spirit of a short list that the session heads.
_SESSION = re.compile(_SESSION_NAME + r"(?:精神|上|(?=(?:和|及|以及)[^。；，]{1,16}?精神))")
# "全国、全省信访局长会议精神": the national meeting and the province's, named once; the national one is central.
_NATIONAL_AND_LOCAL = re.compile(
    # "全国、全省、全州宣传思想文化工作会议": as many levels as the readout lists.
    r"全国(?:[、和与及](?:全省|全区|全市|全州|全县|省|自治区|市|州|县|区))+"
    r"(?P<rest>(?:(?!精神[，。；、和及以与]|精神$)[^。，；、“”《》]){2,30}?(?:会议|大会|座谈会|工作会|推进会|动员会|部署会))(?=精神)"
)
# "传达学习全国两会、中共中央《…》": a session as the object of a relay verb, in a list, with no 精神.
_RELAYED_SESSION = re.compile(r"(?:传达学习|学习贯彻|传达|学习)(?:了)?" + _SESSION_NAME + r"(?=[、，,])")
# "学习贯彻习近平总书记…重要讲话精神专题研讨班": a local seminar about a speech, not the speech relayed.
_SEMINAR = re.compile(r"(?:精神)?(?:专题)?(?:研讨班|读书班|培训班|学习班)")
_OTHER_LEADER = re.compile(
    # A name does not open with the conjunction or particle before it (和李强总理, 传达学习了李强总理).
    # An earlier general secretary, named before his title: "胡锦涛总书记在…上的重要讲话".
    rf"(?P<name>(?![和及与、了的在对]){CJK}{{2,3}}?)(?P<title>总理|副总理|委员长|副主席|(?<=胡锦涛|江泽民)总书记)"
    rf"(?P<occ>[^。，；]{{0,40}}?)(?P<kind>讲话|批示|指示)"
)
# "《求是》杂志发表的习近平总书记重要文章《朝着…》": an article of his, named by its title (kind other).
_XI_ARTICLE = re.compile(rf"{_XI}(?:在《求是》杂志发表的)?(?:重要)?(?:署名)?文章《(?P<title>[^》]{{4,60}})》")
# "习近平总书记为庆祝…的题词": an inscription (kind other).
_XI_INSCRIPTION = re.compile(rf"{_XI}(?:为|给)(?P<occ>[^。，；]{{2,40}}?)的(?:重要)?题词")
# "中共中央、国务院…关于庆祝…的贺电": a message of the central bodies (kind letter).
_CENTRAL_MESSAGE = re.compile(r"中共中央[^。；《》]{0,40}?(?P<occ>(?:关于|致)[^。，；、]{2,40}?的(?:贺电|贺信|唁电))")
# "俞正声同志在听取自治区工作汇报时的讲话和在庆祝大会上的讲话": a central leader's speeches, by name.
# "按照韩正同志讲话要求": his speech, the occasion unsaid (the session the readout relays).
_COMRADE_SPEECH = re.compile(
    rf"(?P<name>(?![和及与、了的在对照按据]){CJK}{{2,3}}?)同志(?:(?P<occ>在[^。；“”《》]{{2,40}}?)的|的)?(?:重要)?讲话"
    rf"(?:和(?P<occ2>在[^。；“”《》]{{2,40}}?)的(?:重要)?讲话)?"
)
# The next title of a list that a central issuer heads: "中共中央《…》以及《…》".
_NEXT_TITLE = re.compile(r"(?:、|和|及|以及)《(?P<title>[^》]{4,80})》")
_CENTRAL_DOC = re.compile(
    r"(?P<issuer>中共中央|国务院|中央办公厅|中共中央办公厅)[^《。，；]{0,12}《(?P<title>[^》]{4,80})》"
    # "《中共中央 国务院关于…的意见》": the issuer heads the title itself.
    r"|《(?P<title_with>(?P<inner>中共中央|国务院|中共中央办公厅)[ \u3000、]?(?:国务院)?[ \u3000]?关于[^》]{4,80})》"
    # "《中国共产党纪律处分条例》", "《党政领导干部选拔任用工作条例》": the Party's own rules, which only the
    # centre issues (not a committee's own, which names its place first).
    # "《中国共产党地方委员会工作条例》" names every local committee; "(试行)" marks a trial edition.
    r"|《(?P<party_rules>(?:中国共产党|党政|党内|党员|党组)(?![^》]*(?:[省市县区州旗]委|(?<!地方)委员会))[^》]{2,60}?"
    r"(?:条例|规定|规则|准则)(?:[（(]试行[)）])?)》"
)
_KIND = {
    "讲话": "speech",
    "论述": "other",  # as the English gold has "important expositions on ..."
    "文章": "other",
    "署名文章": "other",
    "主旨演讲": "speech",
    "主旨讲话": "speech",
    "指示批示": "instructions",
    "指示精神": "instructions",
    "指示": "instructions",
    "批示": "instructions",
    "回信": "letter",
    "贺信": "letter",
    "贺辞": "letter",
    "致辞": "speech",
    "新年贺词": "speech",
    "信": "letter",
}


def _kind_of(word: str) -> str:
    """The kind of directive a frame's noun names (重要讲话, 主旨演讲), with or without its 重要."""
    return "other" if word.startswith("致以") else _KIND[word.removeprefix("重要")]


_WHOLE_TITLE = re.compile(r"《(?P<title>[^《》]+)》")
_BACKGROUND = re.compile(r"(?:以来|之际|前夕|新时代)$")
# "把学习贯彻全国两会精神与学习贯彻党的二十大精神结合起来": what the relay is to be combined with, not relayed.
_COMBINED_WITH = re.compile(r"(?:紧密|有机)?(?:结合起来|相结合)")
# The marks between the sessions of a list, not one inside a name's parenthesis ("省(区、市)") or quotes
# (“不忘初心、牢记使命”主题教育工作会议).
_LIST_MARK = re.compile(r"(和|及|、)(?![^（(]*[)）])(?![^“”]*”)")
# "全国全市有关会议": some meetings, not a named one.
_SOME = re.compile(r"有关|相关")
# A local body named in a list of sessions ("中央经济工作会议和省委全会"): not central.
# A central and a local meeting held as one (…推进会议暨全市…工作会议), and a meeting on rectifying what a
# central inspection found (中央生态环境保护督察整改推进会议), are the locality's own.
_LOCAL = re.compile(
    r"[省市县区州]委|自治区党委|[省市县区]政府|暨全?[省市县区州]|(?:督察|巡视|巡察)(?:反馈)?(?:问题)?整改"
)
# "传达学习…、推动长江经济带发展领导小组全体会议精神", "落实京津冀协同发展领导小组会议精神": a leading group's
# meeting named with no place before it is the centre's (a province's or a city's names its body: 省…领导小组).
_LEADING_GROUP = re.compile(
    r"(?:(?<=[、，和及])|(?<=传达)|(?<=学习)|(?<=贯彻)|(?<=落实)|(?<=学习了)|(?<=传达了))"
    # "中央主题教育领导小组有关会议精神": the group's meetings the readout does not count.
    r"(?P<occ>(?![省市县区州]|全[省市县区州]|自治区|学习|贯彻|落实|了)[^。，；、“”《》]{2,20}?领导小组(?:全体|第[一二三四五六七八九十]+次|有关|相关)?会议)(?=精神)"
)
# "4月30日中共中央政治局召开会议，决定…": a central meeting the readout tells of, which it relays; "习近平总书记主持会议
# 并发表重要讲话" after it is his speech there.
_CENTRAL_BODY_MET = re.compile(
    r"(?P<day>\d{1,2}月\d{1,2}日)?[，,]?(?P<body>(?:中共)?中央政治局(?:常务委员会|常委会)?)(?:召开|举行)(?:了)?会议"
)
_XI_CHAIRED_IT = re.compile(rf"{_XI}(?P<act>主持会议并(?:发表|作)(?:了)?重要讲话)")
# What an occasion cut mid-phrase looks like: "发表了一", a dangling particle.
# "胡锦涛总书记等中央领导同志的重要讲话": who else spoke, not where.
_FRAGMENT = re.compile(r"^(?:发表|作出|所作|等)|[一了的和及]$|发表$")
# "习近平总书记近期重要讲话": when, not which; the speeches it sums up are named on their own or not at all.
# "在大会期间发表的重要讲话": the gathering the sentence before named, not an occasion of its own.
# "习近平总书记近期有关重要贺信": which letters, the words do not say.
_ONLY_WHEN = re.compile(r"(?:近期|近日|近来|最近|日前|来|有关|相关)+$|在(?:大会|会议|会|全会)(?:期间|上)$")


def extract_directives_zh(document: Document) -> tuple[Directive, ...]:
    """Every central directive the readout relays, in text order, each occasion once."""
    found: dict[tuple[str | None, str, str], Directive] = {}
    earlier: tuple[str, int] | None = None  # the last central session named before this sentence
    narrated: str | None = None  # a central meeting the readout tells of (4月30日中共中央政治局召开会议)
    previous, relaying = None, False  # the sentence before, and whether a relay verb governs its list
    for sentence in sentences_zh(document):
        listing = relaying and continues_list(previous, sentence)
        relaying = listing or RELAY_VERB.search(sentence.text) is not None
        previous = sentence
        named: list[tuple[str, int]] = []  # central sessions of this sentence, with their offsets
        # Before the sessions: the congress's full name holds one (全国代表大会) that is no other session.
        for match in _CONGRESS.finditer(sentence.text):
            clause = max(sentence.text.rfind(mark, 0, match.start()) for mark in "，,；;：:")
            if _REQUIREMENT.search(sentence.text, clause + 1, match.start()) is None:
                start, end = sentence.start + match.start("occ"), sentence.start + match.end("occ")
                _add(found, Directive(None, "session", document.text[start:end], span(document, start, end)))
        sessions = [*_SESSION.finditer(sentence.text), *_RELAYED_SESSION.finditer(sentence.text)]
        for match in sorted(sessions, key=lambda m: m.start("occ")):
            if (
                _BACKGROUND.search(match["occ"])
                or _SEMINAR.match(sentence.text, match.end())
                or _COMBINED_WITH.match(sentence.text, match.end())
            ):
                continue  # named as background, or the subject in a seminar's name (学习贯彻…全会精神专题研讨班)
            # "在…会议上的重要讲话" names where Xi spoke; only "…会议精神" after a relay verb
            # ("传达学习", "贯彻落实"), or a session in a relayed list, is the session relayed.
            relayed = not match.group().endswith("上") and _relayed(sentence.text, match.start("occ"), listing)
            pos = sentence.start + match.start("occ")
            for part in _LIST_MARK.split(match["occ"]):
                if (
                    part not in ("和", "及", "、")
                    and len(part) >= 4
                    and not _LOCAL.search(part)
                    and not _SOME.search(part)
                ):
                    if relayed:
                        _add(found, Directive(None, "session", part, span(document, pos, pos + len(part))))
                    named.append((part, pos))
                pos += len(part)
        for match in _CENTRAL_BODY_MET.finditer(sentence.text):
            narrated = f"{match['day'] or ''}{match['body']}会议"
            start, end = sentence.start + match.start(), sentence.start + match.end()
            _add(found, Directive(None, "session", narrated, span(document, start, end)))
        chaired = _XI_CHAIRED_IT.search(sentence.text) if narrated else None
        if chaired is not None:
            start, end = sentence.start + chaired.start("act"), sentence.start + chaired.end()
            _add(found, Directive("Xi Jinping", "speech", f"在{narrated}上", span(document, start, end)))
        for match in _LEADING_GROUP.finditer(sentence.text):
            if not _LOCAL.search(match["occ"]) and _relayed(sentence.text, match.start("occ"), listing):
                start, end = sentence.start + match.start("occ"), sentence.start + match.end("occ")
                _add(found, Directive(None, "session", match["occ"], span(document, start, end)))
        for match in _NATIONAL_AND_LOCAL.finditer(sentence.text):
            if _relayed(sentence.text, match.start(), listing):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                _add(found, Directive(None, "session", "全国" + match["rest"], span(document, start, end)))
        for match in _XI_WORDS.finditer(sentence.text):
            if _SEMINAR.match(sentence.text, match.end()):
                continue
            if match["kind"] == "重要文章" and (sentence.text.startswith("《", match.end()) or "求是" in match["occ"]):
                continue  # an article, named by its title (_XI_ARTICLE) or by where it appeared
            at = sentence.start + match.start()
            before = [n for n in named if n[1] < at]
            kind = _kind_of(match["kind"])
            if match["kind"] == "新年贺词":  # one address a year, named by its year and its name
                start, end = sentence.start + match.start("occ"), sentence.start + match.end("kind")
                _add(found, Directive("Xi Jinping", kind, document.text[start:end], span(document, start, end)))
                continue
            for told, item_start, _ in _items(match, sentence.start, before[-1] if before else earlier):
                item = _as_venue(told)
                if _FRAGMENT.search(item) or _ONLY_WHEN.match(item):
                    continue
                for occasion, start, end in _addressees(item, item_start, kind):
                    titled = _WHOLE_TITLE.fullmatch(occasion)  # 习近平总书记《…》重要署名文章: the article's title
                    if titled is not None:
                        occasion, start, end = titled["title"], start + 1, end - 1
                    _add(found, Directive("Xi Jinping", kind, occasion, span(document, start, end)))
            _add_following(found, document, sentence.text, sentence.start, match.end())
        for match in _XI_THOUGHT.finditer(sentence.text):
            if "新时代" in match["occ"] or "重要讲话" in match["occ"]:
                continue
            start, end = sentence.start + match.start("occ"), sentence.start + match.end("kind")
            _add(found, Directive("Xi Jinping", "thought", document.text[start:end], span(document, start, end)))
            _add_following(found, document, sentence.text, sentence.start, match.end())
        for match in _XI_LETTER.finditer(sentence.text):
            for occasion, start, end in _addressees(match["occ"], sentence.start + match.start("occ"), "letter"):
                _add(found, Directive("Xi Jinping", "letter", occasion, span(document, start, end)))
            _add_following(found, document, sentence.text, sentence.start, match.end())
        for match in _OTHER_LEADER.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if match["occ"].startswith("等"):
                continue  # "胡锦涛总书记等中央领导同志的重要讲话": who else spoke, not where
            occ = match["occ"] or _shared_subject(sentence.text, match.start())
            occasion = match["name"] + match["title"] + occ + match["kind"]
            _add(found, Directive(match["name"], _KIND[match["kind"]], occasion, span(document, start, end)))
        for match in _CENTRAL_DOC.finditer(sentence.text):
            issuer = "State Council" if (match["issuer"] or match["inner"]) == "国务院" else "Central Committee"
            whole = "title_with" if match["title_with"] else "party_rules" if match["party_rules"] else None
            if whole is not None:
                start, end = sentence.start + match.start(whole), sentence.start + match.end(whole)
                _add(found, Directive(issuer, "document", match[whole], span(document, start, end)))
                continue
            title: re.Match[str] | None = match
            at = match.end()
            while title is not None:
                start, end = sentence.start + title.start("title"), sentence.start + title.end("title")
                _add(found, Directive(issuer, "document", title["title"], span(document, start, end)))
                title = _NEXT_TITLE.match(sentence.text, at)
                at = title.end() if title else at
        for issuer_words, lo, hi in unquoted_central_documents(sentence.text):
            if _relayed(sentence.text, lo, listing) and not in_book_title(sentence.text, lo):
                issuer = "State Council" if issuer_words.startswith("国务院") else "Central Committee"
                start, end = sentence.start + lo, sentence.start + hi
                _add(found, Directive(issuer, "document", sentence.text[lo:hi], span(document, start, end)))
        for match in _XI_ARTICLE.finditer(sentence.text):
            start, end = sentence.start + match.start("title"), sentence.start + match.end("title")
            _add(found, Directive("Xi Jinping", "other", match["title"], span(document, start, end)))
            _add_following(found, document, sentence.text, sentence.start, match.end())
        for match in _XI_INSCRIPTION.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            _add(found, Directive("Xi Jinping", "other", f"为{match['occ']}的题词", span(document, start, end)))
        for match in _CENTRAL_MESSAGE.finditer(sentence.text):
            start, end = sentence.start + match.start("occ"), sentence.start + match.end("occ")
            _add(found, Directive("Central Committee", "letter", match["occ"], span(document, start, end)))
        for match in _COMRADE_SPEECH.finditer(sentence.text):
            if not is_central_leader(match["name"], document.published):
                continue
            # The leader as written (traditional characters stay traditional), as the occasion's head.
            name = document.text[sentence.start + match.start("name") : sentence.start + match.end("name")]
            if not match["occ"]:
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if not any(d.issuer == name and d.kind == "speech" for d in found.values()):
                    _add(found, Directive(name, "speech", f"{name}同志讲话", span(document, start, end)))
            for group in ("occ", "occ2"):
                if match[group]:
                    start, end = sentence.start + match.start(group), sentence.start + match.end(group)
                    occasion = f"{name}同志{document.text[start:end]}的讲话"
                    _add(found, Directive(name, "speech", occasion, span(document, start, end)))
        if named:
            earlier = named[-1]
    text = document.simplified or document.text
    return tuple(_with_stated_day(d, text) for d in sorted(found.values(), key=lambda d: d.evidence.start))


# "8月27日至28日召开的中央民族工作会议，是…": the days of a session, stated where the readout describes it.
_STATED_DAYS = r"(?P<day>\d{1,2}月\d{1,2}日)(?:\s*[至到—-]\s*(?:\d{1,2}月)?\d{1,2}日)?(?:召开的|举行的)"


def _with_stated_day(directive: Directive, text: str) -> Directive:
    """A session, or a speech at it, named with the day the readout states for it elsewhere, so the calendar can
    tell which year's session it was when the readout gives no year."""
    if directive.kind not in ("session", "speech") or re.search(r"\d月\d{1,2}日", directive.occasion):
        return directive
    name = (
        directive.occasion.removeprefix("在").removesuffix("上") if directive.kind == "speech" else directive.occasion
    )
    if len(name) < 4:
        return directive
    stated = re.search(_STATED_DAYS + re.escape(name), text)
    if stated is None:
        return directive
    dated = stated["day"] + name
    occasion = f"在{dated}上" if directive.kind == "speech" else dated
    return Directive(directive.issuer, directive.kind, occasion, directive.evidence)


def _items(match: re.Match[str], offset: int, earlier: tuple[str, int] | None) -> list[tuple[str, int, int]]:
    """The occasions a frame governs: one per item of a list joined by 、 or 和/及/以及.

    A speech named with no occasion was given at the central session the readout relays
    just before it ("学习贯彻中央民族工作会议精神 … 习近平总书记重要讲话精神"), in this
    sentence or an earlier one; with none before it, it names no occasion and is not a
    directive of its own.
    """
    occasion = match["occ"].strip("，、 ")
    start = offset + match.start("occ")
    if _BACK_REFERENCE.fullmatch(occasion) and earlier is not None:
        # "传达学习二十届三中全会精神和习近平总书记在全会上的重要讲话精神": at the session just named.
        return [(f"在{earlier[0]}上", offset + match.start(), offset + match.end())]
    if not occasion and "系列" in match.group():
        return []  # "习近平总书记的系列重要讲话": many speeches, not the one given at the session named before
    if not occasion:
        # Only a speech is given at a session; bare "重要指示要求" ("落实总书记重要指示要求和党中央决策部署")
        # are the General Secretary's instructions at large, not a directive of this session.
        if earlier is not None and _kind_of(match["kind"]) == "speech" and _XI_SPEAKS_AT.search(earlier[0]):
            return [(f"在{earlier[0]}上", offset + match.start(), offset + match.end())]
        return []
    if _ITEM_BREAK.search(occasion):
        # "在…上、在…时" or "就…、对…": each item names its own occasion; so does an occasion told
        # by what Xi did before one told by where ("视频连线看望慰问基层干部群众时和在春节团拜会上").
        return _split(occasion, start, _ITEM_BREAK)
    if occasion.startswith("在") and occasion.endswith("上") and re.search(r"、|和|及", occasion):
        # "在党外人士座谈会、12月8日中央政治局会议上": places under one 在…上; but "在…劳动模范和先进工作者
        # 表彰大会上" is one gathering whose name holds a 和: each place of a list is a gathering's name.
        parts = _split(occasion[1:], start + 1, _JOINER)
        if all(_GATHERING_END.search(part.removesuffix("上")) for part, _, _ in parts):
            return [(f"在{part.removesuffix('上')}上", s, e) for part, s, e in parts]
    return [(occasion, start, offset + match.end("occ"))]


# The sessions at which the General Secretary speaks: the centre's own and its congresses, not a national
# meeting of a department's officials (全国宣传部长会议), which a speech named after it was not given at.
_XI_SPEAKS_AT = re.compile(r"中央|全会|政治局|两会|代表大会|[十二][十九]?大|大会$")
_JOINER = re.compile(r"、|以及|和|及")
_GATHERING_END = re.compile(r"(?:会|会议|论坛|典礼|仪式|开幕式|闭幕式|活动|峰会|博览会|年会)$")
_BACK_REFERENCE = re.compile(r"在(?:大会|会议|会|全会)(?:期间|上)")


def _split(occasion: str, start: int, breaks: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """The items of ``occasion`` between ``breaks``, each with its offsets, dropping one-character scraps."""
    out, pos = [], start
    for part in breaks.split(occasion):
        if len(part) >= 2:
            out.append((part, pos, pos + len(part)))
        pos += len(part)
        joint = breaks.match(occasion, pos - start)
        pos += len(joint.group()) if joint else 0
    return out


def _add_following(
    found: dict[tuple[str | None, str, str], Directive], document: Document, text: str, offset: int, at: int
) -> None:
    """The directives named right after one of Xi's ending at ``at``, as further items of its list."""
    while (item := _NEXT_ITEM.match(text, at)) is not None:
        kind = _kind_of(item["kind"] or item["letter"] or item["greeting"])
        occasion, start = item["occ"], offset + item.start("occ")
        if re.search(_XI, occasion):
            break  # "…重要讲话精神，对学习贯彻习近平总书记重要讲话精神开展交流研讨": an activity about them, no further item

        # "在“五一”…之际向全国广大劳动群众、在五四青年节到来之际向广大青年致以节日祝贺": one greeting each.
        told = [(occasion, start, start + len(occasion))]
        if _ITEM_BREAK.search(occasion):
            told = _split(occasion, start, _ITEM_BREAK)
        for part, part_start, _ in told:
            for named, named_start, end in _addressees(part, part_start, kind):
                _add(found, Directive("Xi Jinping", kind, named, span(document, named_start, end)))
        at = item.end()


# What an addressee's name ends in: a gathering, an institution, a group of people.
_ADDRESSEE_END = re.compile(r"[会坛节赛展礼院校生们员者表队志工民师士胞]$")
_ADDRESSEE_BREAK = re.compile("、")
# "关于防灾减灾救灾、应对突发事件等方面": one subject of several aspects, not a list of instructions.
_SUBJECT_GROUP = re.compile(r"等(?:方面|领域|工作|问题)?$")


def _addressees(occasion: str, start: int, kind: str) -> list[tuple[str, int, int]]:
    """One letter per addressee of "致A、B、C的贺信", where each part names one; one set of instructions
    per subject of "对A、B、C作出的重要指示"; any other occasion as it is.

    "致中俄友好、和平与发展委员会…" is one body whose name holds a 、: its first part names nobody.
    """
    lead = occasion[:1]
    if kind == "letter" and lead in "致给":
        parts = _split(occasion, start, _ADDRESSEE_BREAK)
        named = all(_ADDRESSEE_END.search(part) for part, _, _ in parts)
    elif kind == "instructions" and lead in "对就" and not _SUBJECT_GROUP.search(occasion):
        parts = _split(occasion, start, _ADDRESSEE_BREAK)
        named = all(len(part.removeprefix(lead)) >= 4 for part, _, _ in parts)
    else:
        parts, named = [], False
    if len(parts) < 2 or not named:
        return [(occasion, start, start + len(occasion))]
    return [(lead + part.removeprefix(lead), s, e) for part, s, e in parts]


# "习近平总书记主持召开中央政治局常务委员会会议并发表重要讲话": where he spoke, told by what he did there.
_CHAIRED = re.compile(r"^(?:主持召开|主持|出席)(?P<venue>.{2,40}?)并(?:发表|作)(?:了)?$")


def _as_venue(occasion: str) -> str:
    """A speech's occasion told by Xi chairing or attending a session, as the session: 在…上."""
    chaired = _CHAIRED.match(occasion)
    return f"在{chaired['venue']}上" if chaired else occasion


# "在全国两会期间" and "在全国两会上", "在浙江考察时" and "在浙江考察期间": one occasion.
_VENUE_FRAME = re.compile(r"^在|(?:上|期间|时)$")
_DAY_LED = re.compile(r"^\d{1,2}月\d{1,2}日")


def _venue(occasion: str) -> str:
    """Where Xi spoke, without the frame and with 中共中央 as 中央: "在中共中央政治局…会上" and "在中央政治局…会上" are one."""
    return _VENUE_FRAME.sub("", occasion).replace("中共中央", "中央")


# "习近平总书记对全国春季农业生产工作的重要指示精神和李克强总理批示精神": the premier's instructions are on
# the subject of the instructions they are named with.
_SUBJECT_BEFORE = re.compile(
    r"(?P<subject>(?:对|就|关于)[^。；，、]{2,30}?)(?:作出)?的(?:重要)?(?:指示|批示)(?:精神)?(?:和|及|以及|、)$"
)


def _shared_subject(text: str, start: int) -> str:
    """The subject of the instructions named just before ``start``, which the leader's instructions there share."""
    before = _SUBJECT_BEFORE.search(text, max(0, start - 48), start)
    return before["subject"] if before else ""


_LIST_GOES_ON = re.compile(r"(?:以及|及|和|还有)")


def _relayed(text: str, start: int, listing: bool = False) -> bool:
    """Whether a relay verb governs the session named at ``start``: one earlier in its clause, or,
    where the sentence is ``listing`` (an item of a list a semicolon parts from its verb), the list's.

    "体现了中央经济工作会议精神" (embodies its spirit) names a session in passing.
    """
    clause = max(text.rfind(mark, 0, start) for mark in "，,；;：:")
    if RELAY_VERB.search(text, clause + 1, start) is not None or (clause < 0 and listing):
        return True
    # "传达学习了…精神，以及全国…会议精神": a clause that goes on with the list is governed by the verb before;
    # so is one that a session opens right after an item's 精神 ("传达学习了A精神，中国共产党第二十届…全会精神").
    goes_on = _LIST_GOES_ON.match(text, clause + 1) is not None or (
        text.endswith("精神", 0, clause) and not text[clause + 1 : start].strip()
    )
    return clause > 0 and goes_on and _relayed(text, clause, listing)


def _topic_of(occasion: str) -> str | None:
    """The subject of a "关于…", "对…" or "就…" occasion, without the words that vary between mentions
    (the preposition, 工作, 的)."""
    lead = _SUBJECT_LEAD.match(occasion)
    return re.sub(r"工作|的", "", occasion[lead.end() :]) if lead else None


_SUBJECT_LEAD = re.compile(r"关于|对|就")


# "在湖北武汉考察时" and "考察湖北": one inspection named twice.
_INSPECTION = re.compile(r"考察|视察")
_INSPECTION_NOISE = re.compile(r"考察|视察|在|时|期间|的|重要|\d+月\d+日")


def _inspection_place(occasion: str) -> str | None:
    return _INSPECTION_NOISE.sub("", occasion) if _INSPECTION.search(occasion) else None


def _add(found: dict[tuple[str | None, str, str], Directive], directive: Directive) -> None:
    key = (directive.issuer, directive.kind, directive.occasion)
    if key in found or not directive.evidence.quote:
        return
    if directive.kind == "session" and any(
        kind == "session" and occasion.endswith(directive.occasion) for _, kind, occasion in found
    ):
        return  # "中共中央政治局会议" after "3月31日中共中央政治局会议": the same session, named again
    venue = _venue(directive.occasion)
    # "在中央政治局会议上" after "在4月30日中央政治局会议上": the session named again without its day.
    if any(
        (issuer, kind) == key[:2] and _DAY_LED.sub("", _venue(occasion)) == venue for issuer, kind, occasion in found
    ):
        return
    topic = _topic_of(directive.occasion)
    if topic and any(issuer == key[0] and topic in (_topic_of(occasion) or "") for issuer, _, occasion in found):
        # "关于安全生产工作重要指示" then "关于安全生产重要论述": one body of guidance; "对疫情防控工作" after
        # "对疫情防控工作和春季农业生产工作": a part of guidance named already.
        return
    place = _inspection_place(directive.occasion)
    if place:
        for issuer, kind, occasion in found:
            other = _inspection_place(occasion)
            if (issuer, kind) == key[:2] and other and (place in other or other in place):
                return
    found[key] = directive

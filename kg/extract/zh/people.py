"""People in a Chinese readout: names found after a post (市委书记孙兵, 县领导张胜、刘波).

Chinese names have no capitals or spaces to find them by; a post or a list of posts
right before them does, and a family name confirms each one. The pinyin of every name
is kept as an alias, so 袁家军 and "Yuan Jiajun" meet in one query.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from pypinyin import lazy_pinyin

from kg.document import Document, to_simplified
from kg.extract.zh.text import CJK, sentences_zh, span
from kg.facts import Person, Post, Span
from kg.reference import load_reference

__all__ = ["extract_people_zh", "is_central_leader", "pinyin_name"]

_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪阎郗钮綦訾靖丘恽赖弓宓竺凤"
)
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文")
_POST_END = (
    r"(?:书记|副书记|市长|副市长|代市长|县长|副县长|代县长|区长|副区长|代区长|省长|副省长|代省长|州长|旗长|盟长|"
    r"主席|副主席|主任|副主任|常委|委员|组成人员|部长|副部长|秘书长|检察长|院长|局长|政委|领导|同志们?|记者|通讯员|组长|党组成员|教授)"
)
_NAME = rf"{CJK}{{2,3}}"
_LISTED = re.compile(
    # "记者 李小龙": a byline may put a space between the post and the name.
    # "领导干部要…", "领导班子": a post word inside a common noun, with no name after it.
    # The shortest name that a stop follows: "县委副书记王斌等参加会议" is 王斌, not 王斌等.
    # "习近平总书记强调，": the verb after a post is what the person did, not a name (强 is a family name too).
    rf"(?P<post>{_POST_END})(?!干部|班子|小组)[ \u3000]?"
    rf"(?P<names>(?!强调|指出|要求|表示|主持|出席|讲话|参加|列席|传达){CJK}{{2,3}}?(?:、{CJK}{{2,3}}?)*)"
    # "受县委书记许红兵委托": the secretary who asked another to preside is named too.
    # "通讯员李世钊报道", "记者 王洪摄": a byline's verb after the name; "…部长谭卫东围绕…作交流发言": what he spoke on.
    # "市委副书记边祥慧和市委常委出席", "省委书记倪岳峰就…提出要求": a conjunction or a topic after the name.
    # "市长石爱作，": 作 ends a name only where it opens what the person did (作了讲话, 作重要讲话).
    # "给…教授姚期智回信": the person a letter of Xi's answers.
    # "市长田海松市人大常委会主任曹迎春": where a page lost the commas, the next post ends a name.
    r"(?=等|同志|全程|出席|列席|参加|主持|委托|在|指出|强调|讲话|表示|要求|传达|作(?!，|,|、|。)|报道|摄|和|及|就|对|围绕|结合|(?:的)?回信|"
    r"[省市县区州](?:委|人大|政协|政府)|，|,|。|；|、|\s|）|\)|】|$)"
)
# "孙军、孙青松等列席会议": a list of names with no post before it, who attended; two names at least, as one
# word before 出席 is as often a body ("各乡镇出席").
# "李明、王刚作了重点发言": a list of those who spoke, who are speakers.
_UNTITLED = re.compile(
    # "会上陈兴华、叶梅生分别传达…精神": who conveyed what, and so spoke.
    rf"(?:^|(?<=[。；，,])|(?<=会上))(?P<names>{_NAME}(?:、{_NAME})+)"
    r"(?=等?(?:同志)?(?:出席|列席|参加|(?P<spoke>(?:先后|分别)?(?:作(?:了)?(?:重点|交流|书面|专题)?发言|传达))))"
)
# "区委副书记、区长李峻，区委常委吴召忠，…部长谭卫东围绕学习…作交流发言。": a sentence that lists persons by
# their posts and ends with their speaking; everyone it lists spoke, not only the last.
_LIST_THEN_SPOKE = re.compile(
    r"(?:先后|分别)?(?:围绕|结合|就)?[^。；，,、]{0,60}?作(?:了)?(?:重点|交流|书面|专题|表态)?发言[。；]?$"
)
_OTHER_DEED = re.compile(r"出席|列席|参加|主持|强调|指出|讲话|传达|要求|表示|会议|会上")
# "…其他事项。(朱亚旭 李得胜)", "…其他事项。■瞿伟": the writers' names closing the text, with no post.
# "…其他事项。(本网记者:王浩江)", "(责任编辑:李鑫焱)": the writer's or editor's post may come first.
# The article may close a line with them before the page's own lines ("合作单位"), which hold no sentence.
_CLOSING_BYLINE = re.compile(
    rf"(?:[（(](?:(?:本网|本报|全媒体)?(?:记者|通讯员|责任编辑|编辑)[:：\s]*)?(?P<names>{CJK}{{2,3}}?(?:[ \u3000、]{_NAME}){{0,3}})摄?[)）]"
    rf"|■\s*(?P<name>{_NAME}))[ \t\u3000]*(?=\n[^。]*$|$)"
)
# Bylines the forms above miss: "本网讯(王杰)" (the writer's bare name after the dateline's 讯) and
# "全媒体记者:刘丽娟 王俊" (a colon after the post, the names parted by spaces).
_BYLINE = re.compile(
    rf"(?:(?:本网|本报|本台|全媒体|融媒体)?(?:记者|通讯员|责任编辑|编辑|作者)[:：][ \u3000]*|(?:本报|本网|本台)讯[ \u3000]*[（(])"
    rf"(?P<names>{_NAME}?(?:[ \u3000、]+{_NAME}?)*)(?=[ \u3000]*(?:[)）\n]|$|报道|摄))"
)
# "主持召开", "主持会议", and "会议由区委书记李昱隆主持。" (the clause ends with it).
_PRESIDE = re.compile(r"主持(?:召开|会议|并讲话|[。；，]|$)|主持[^，。]{0,12}(?:会议|常委会)")
# "…强调", and "许光友就修改完善工作报告提出要求" (he set out requirements on a matter).
_SPEAK = re.compile(
    # "市长李强出席会议并讲话": he attended and spoke.
    r"(?:同志)?(?:在[^，。]{0,20}?|出席(?:会议)?(?=并))?(?:讲话|指出|强调|要求|表示|传达|作(?:了)?[^，。]{0,6}(?:讲话|发言)|并讲话)"
    r"|[就对][^。；]{0,60}?提出(?:了)?(?:要求|意见)"
)


def pinyin_name(name: str) -> str:
    """A Chinese name in pinyin as names are written: family name, then the given name as one word.

    >>> pinyin_name("袁家军"), pinyin_name("欧阳坚")
    ('Yuan Jiajun', 'Ouyang Jian')
    """
    family = 2 if name[:2] in _COMPOUND else 1
    syllables = lazy_pinyin(name)
    return " ".join(
        part[:1].upper() + part[1:] for part in ("".join(syllables[:family]), "".join(syllables[family:])) if part
    )


# A central leader is named in his thought's name too: 习近平新时代中国特色社会主义思想, 习近平法治思想.
_THOUGHT_OF = re.compile(
    rf"(?P<name>{CJK}{{2,3}}?)(?=新时代中国特色社会主义思想|(?:法治|经济|生态文明|强军|外交|文化)思想)"
)
# A central leader is named before his title: 习近平总书记, 李克强总理, 胡春华副总理, 俞正声同志.
# Zero-width, so every position is tried: "和李强总理" must still find 李强 after rejecting 和李强.
# A local leader may be too: "赵革书记的讲话" (a secretary named before his title, then what he said).
_TITLED = re.compile(
    rf"(?=(?P<name>{CJK}{{2,3}}?)(?:总书记|总理|副总理|委员长|副委员长|副主席|主席|同志|书记(?=的|在|强调|指出|讲话|重要)))"
)


# "省委书记巴音朝鲁主持", "主席雪克来提·扎克尔主持": a name longer than most (a Mongolian or Uyghur name in
# characters) is read only between a post and 主持.
_LONG_NAME = re.compile(
    rf"(?:(?<!总)书记|省长|市长|主席|州长|盟长|县长|旗长)(?P<name>{CJK}{{4}}|{CJK}{{2,6}}·{CJK}{{2,6}})(?=主持)"
)
# "省委彭清华书记、市委王菲书记重要指示": a secretary named between his committee and his title.
_BETWEEN_COMMITTEE_AND_TITLE = re.compile(rf"(?:省委|市委|州委|县委|区委)(?P<name>{CJK}{{2,3}}?)书记")
_POST_CHARACTERS = re.compile(r"[委副党组常书记长]")


# "省委书记倪岳峰在全省…会议上的讲话精神": a speech of his that the meeting relays, given elsewhere.
_RELAYED_SPEECH = re.compile(r"在[^，。；]{0,40}?的(?:重要)?讲话")


def _speaks(after: str) -> bool:
    """Whether the words after a name say he spoke at this meeting, not that a speech of his is relayed."""
    return _SPEAK.match(after) is not None and _RELAYED_SPEECH.match(after) is None


def _central_spelling(name: str) -> str | None:
    """The reference's English label of a central leader named in characters (习近平 -> Xi Jinping)."""
    plain = pinyin_name(name).replace(" ", "").lower()
    return next((label for label in load_reference().central_leaders if label.replace(" ", "").lower() == plain), None)


def is_central_leader(name: str, on: dt.date | None = None) -> bool:
    """Whether a name in characters is a central leader of the reference (俞正声, 胡春华) on ``on``."""
    label = _central_spelling(name)
    return label is not None and label in load_reference().central_on(on)


def _is_name(word: str, bounded: bool = False) -> bool:
    """A surname first and no function word inside; ``bounded`` names may end in 同 (邓先同)."""
    inside = word[1:-1] if bounded and word.endswith("同") else word[1:]
    return (word[:1] in _SURNAMES or word[:2] in _COMPOUND) and not re.search(r"[会议等和的了在为是与及同]", inside)


def extract_people_zh(
    document: Document, provincial: bool = False
) -> tuple[tuple[Person, ...], tuple[str, ...], tuple[str, ...]]:
    """(persons, presider names, speaker names), names in characters with their pinyin as aliases.

    ``provincial``: the committee is a province's or a municipality's, whose party secretary may be
    a central leader (北京市委书记蔡奇); a lower post is another man's of that name (市长李强).
    """
    text = document.simplified or document.text
    mentions: dict[str, list[Span]] = defaultdict(list)
    posts: dict[str, list[Post]] = defaultdict(list)
    reporters: set[str] = set()
    presiders: list[str] = []
    speakers: list[str] = []
    for sentence in sentences_zh(document):
        for match in _LISTED.finditer(sentence.text):
            offset = sentence.start + match.start("names")
            for name_match in re.finditer(_NAME, match["names"]):
                name = name_match.group()
                if match["post"] in ("记者", "通讯员") and len(name) == 3 and name.endswith("摄"):
                    name = name[:2]  # "记者 王洪摄": the photographer 王洪, 摄 (photographed) after him
                # Inside a list the separators bound the name: 邓先同 is a name, not 邓先 with "同".
                if not _is_name(name, bounded="、" in match["names"]):
                    continue
                start = offset + name_match.start()
                mentions[document.text[start : start + len(name)]].append(span(document, start, start + len(name)))
                post = _post_before(document, sentence.start, sentence.start + match.start("names"))
                if match["post"] in ("记者", "通讯员"):
                    reporters.add(document.text[start : start + len(name)])
                elif post is not None:
                    posts[document.text[start : start + len(name)]].append(post)
                after = text[start + len(name) : sentence.end]
                if _PRESIDE.match(after):
                    presiders.append(document.text[start : start + len(name)])
                if _speaks(after) or re.match(r"主持[^，。]{0,20}并讲话", after):
                    speakers.append(document.text[start : start + len(name)])
        listed = list(_LISTED.finditer(sentence.text))
        spoke = _LIST_THEN_SPOKE.search(sentence.text)
        if len(listed) > 1 and spoke and not _OTHER_DEED.search(sentence.text, 0, spoke.start()):
            for match in listed:
                for name_match in re.finditer(_NAME, match["names"]):
                    start = sentence.start + match.start("names") + name_match.start()
                    if document.text[start : start + len(name_match.group())] in mentions:
                        speakers.append(document.text[start : start + len(name_match.group())])
        for match in _UNTITLED.finditer(sentence.text):
            for name, at in _bare_names(document, match["names"], sentence.start + match.start("names")):
                mentions[name].append(span(document, at, at + len(name)))
                if match["spoke"]:
                    speakers.append(name)
    for byline in _BYLINE.finditer(text, document.body_start):
        for name, at in _bare_names(document, byline["names"], byline.start("names")):
            mentions[name].append(span(document, at, at + len(name)))
            reporters.add(name)
    for byline in _CLOSING_BYLINE.finditer(text, document.body_start):
        group = "names" if byline["names"] else "name"
        for name, at in _bare_names(document, byline[group], byline.start(group)):
            mentions[name].append(span(document, at, at + len(name)))
            reporters.add(name)
    taken = 0  # the end of the last name accepted: 胡春华副总理 gives 胡春华, never 华副 as well
    for match in _TITLED.finditer(text, document.body_start):
        if match.start("name") < taken:
            continue
        name = document.text[match.start("name") : match.end("name")]
        known = _central_spelling(to_simplified(name)) is not None
        # 区政协主席: an institution's chair; 党员副主席: the party members among the vice chairs. Not names.
        # 部门负责同志: the responsible comrades of the departments, no one's name; nor are 有关领导同志 (the leaders
        # concerned), whose 关 only looks like a surname.
        body = re.search(r"[协委府会院局部厅办处]$|负责$|领导$|^党员|^党组", to_simplified(name))
        joined = name[0] in "和与及同并向对在的"  # 和李强: a conjunction before the name
        if known or (_is_name(to_simplified(name)) and not body and not joined):
            taken = match.end("name")
            if name not in mentions:
                mentions[name].append(span(document, match.start("name"), match.end("name")))
    for match in _LONG_NAME.finditer(text, document.body_start):
        name = document.text[match.start("name") : match.end("name")]
        if not _POST_CHARACTERS.search(match["name"]) and name not in mentions:
            mentions[name].append(span(document, match.start("name"), match.end("name")))
            if _PRESIDE.match(text, match.end("name")):
                presiders.append(name)
    for match in _BETWEEN_COMMITTEE_AND_TITLE.finditer(text, document.body_start):
        name = document.text[match.start("name") : match.end("name")]
        if _is_name(to_simplified(name)) and not _POST_CHARACTERS.search(match["name"]) and name not in mentions:
            mentions[name].append(span(document, match.start("name"), match.end("name")))
    for match in _THOUGHT_OF.finditer(text, document.body_start):
        name = document.text[match.start("name") : match.end("name")]
        if name not in mentions and _central_spelling(to_simplified(name)) is not None:
            mentions[name].append(span(document, match.start("name"), match.end("name")))
    _later_mentions(document, text, mentions, speakers)
    persons = tuple(
        _person(name, spans, posts.get(name, []), name in reporters, provincial)
        for name, spans in sorted(mentions.items(), key=lambda kv: kv[1][0].start)
    )
    spelled = {person.aliases[0]: person.name for person in persons if person.aliases[0] in mentions}
    return (
        persons,
        tuple(dict.fromkeys(spelled.get(n, n) for n in presiders)),
        tuple(dict.fromkeys(spelled.get(n, n) for n in speakers)),
    )


def _bare_names(document: Document, names: str, offset: int) -> list[tuple[str, int]]:
    """The names, as written, and their offsets, of a list with no post to confirm it (孙军、孙青松): all of
    them, where every item is a name by form, or none."""
    found = list(re.finditer(_NAME, names))
    if not all(_is_name(m.group(), bounded=True) for m in found):
        return []
    return [(document.text[offset + m.start() : offset + m.end()], offset + m.start()) for m in found]


# "会议由市委书记张伟主持", "受区委书记周九委托": a clause's opening before the post.
_BY_WHOM = re.compile(r"(?:会议)?由|受(?!理)")
# A central post named before a name (中共中央政治局常委、国务院总理李强): he is the central leader of that name.
_CENTRAL_POST = re.compile(r"中央|国务院|国家|全国")
_PARTY_SECRETARY = re.compile(r"(?<!副)书记$")


def _person(name: str, spans: list[Span], posts: list[Post], reporter: bool, provincial: bool = False) -> Person:
    """A person named in characters; a known central leader under his usual English spelling, unless a
    local post before the name says he is another man of that name (市长李强 is not the premier). The
    party secretary of a province or a municipality may be one (Politburo members hold those posts)."""
    english = _central_spelling(name)
    local = any(
        not _CENTRAL_POST.search(title) and not (provincial and _PARTY_SECRETARY.search(title))
        for title in (to_simplified(post.title) for post in posts)
    )
    if english is not None and not local:
        return Person(english, tuple(spans), (name,), tuple(dict.fromkeys(posts)), reporter)
    return Person(name, tuple(spans), (pinyin_name(name),), tuple(dict.fromkeys(posts)), reporter)


def _post_before(document: Document, sentence_start: int, names_start: int) -> Post | None:
    """The post written right before a name (市委副书记、代市长), back to the last comma."""
    text = document.simplified or document.text
    lead = text[sentence_start:names_start]
    # "…致贺信和给中国科学院院士、清华大学教授姚期智回信": the post of a letter's addressee opens after 给.
    cut = max(lead.rfind(c) for c in "，,。；：:】给")
    start = sentence_start + cut + 1
    # "会议由市委书记张伟主持": the post is 市委书记, not what the clause opens with.
    opening = _BY_WHOM.match(text, start, names_start)
    start = opening.end() if opening else start
    title = document.text[start:names_start].strip()
    if not title or len(title) > 40 or title.endswith(("同志", "记者")):
        return None
    return Post(title, span(document, start, names_start))


def _later_mentions(document: Document, text: str, mentions: dict[str, list[Span]], speakers: list[str]) -> None:
    """Names already found, seen again as the subject of 指出 / 强调 / 讲话 later in the text."""
    for name in list(mentions):
        plain = text[mentions[name][0].start : mentions[name][0].end]
        for match in re.finditer(re.escape(plain), text, document.body_start):
            if any(s.start == match.start() for s in mentions[name]):
                continue
            mentions[name].append(span(document, match.start(), match.end()))
            if _speaks(text[match.end() : match.end() + 80]) and name not in speakers:
                speakers.append(name)

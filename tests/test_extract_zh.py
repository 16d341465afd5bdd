"""Chinese readouts: encodings, traditional characters, and each frame from invented sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.document import Document, read_document
from kg.extract import extract_readout
from kg.facts import ReadoutFacts

READOUT = (
    " date 2023-12-26\n12月25日上午，鹤壁市委常委会召开扩大会议，传达学习习近平总书记在党外人士座谈会、"
    "中央政治局会议上的重要讲话精神和中央经济工作会议精神。市委书记张明主持会议并讲话。"
    "市委副书记、市长李华，市委常委王刚、赵丽出席会议。会议审议通过了《鹤壁市乡村振兴实施方案》。"
    "会议强调，要加强安全生产，推进“四水同治”，坚决做到两个维护。\n"
)


def _facts(tmp_path: Path, text: str, encoding: str = "utf-8") -> tuple[Document, ReadoutFacts]:
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode(encoding))
    document = read_document(path)
    return document, extract_readout(document)


def test_pinyin_readings_a_mirror_site_inserted_do_not_split_names(tmp_path: Path) -> None:
    text = (
        "12月28日,市委常委會(huì)召開會(huì)議,傳達(dá)學(xué)習(xí)習(xí)近平總書記重要講話精神。"
        "市委書記劉強(qiáng)主持會(huì)議并講話。會議(擴大)強調,要加強安全生產。\n"
    )
    document, facts = _facts(tmp_path, text)
    assert "(huì)" not in document.text and "會議(擴大)" in document.text
    assert facts.presiders == ("劉強",) and facts.speakers == ("劉強",)
    assert all(document.text[s.start : s.end] == s.quote for p in facts.persons for s in p.evidence)


def test_a_committee_written_out_a_trial_party_regulation_and_a_closing_byline(tmp_path: Path) -> None:
    text = (
        "1月20日,区委召开八届常务委员会第119次会议,区委书记王明出席会议。\n"
        "会议传达学习了《中国共产党地方委员会工作条例》,《中国共产党统一战线工作条例(试行)》。\n"
        "王明指出,要推动石桥经济高质量发展,打响石桥品牌。\n会议还研究了其他事项。(本网记者:李浩江)\n"
    )
    _, facts = _facts(tmp_path, text)
    assert facts.meeting.committee.level == "district"
    documents = [(d.issuer, d.kind, d.occasion) for d in facts.directives]
    assert documents == [
        ("Central Committee", "document", "中国共产党地方委员会工作条例"),
        ("Central Committee", "document", "中国共产党统一战线工作条例(试行)"),
    ]
    assert [r.title for r in facts.reviewed] == ["中国共产党地方委员会工作条例", "中国共产党统一战线工作条例(试行)"]
    assert any(p.name == "李浩江" and p.is_reporter for p in facts.persons)


def test_a_place_named_in_a_relayed_directive_is_not_the_committees(tmp_path: Path) -> None:
    text = (
        "2月11日，县委常委会召开会议，传达学习习近平总书记对四川宜宾市筠连县山体滑坡作出的重要指示精神。"
        "会议强调，习近平总书记对四川宜宾市筠连县山体滑坡作出的重要指示，为我们指明了方向。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert facts.meeting.committee.region is None


def test_a_place_promoted_as_its_own_brand_is_the_committees(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "10月23日上午,区委常委会召开会议。会议强调,要办好民生服务,努力打响环翠品牌。\n")
    assert (facts.meeting.committee.region, facts.meeting.committee.region_source) == ("Huancui", "body")


def test_header_committee_and_place(tmp_path: Path) -> None:
    document, facts = _facts(tmp_path, READOUT)
    assert document.language == "zh"
    meeting = facts.meeting
    assert meeting.date == dt.date(2023, 12, 25) and meeting.part_of_day == "morning" and meeting.enlarged
    assert (meeting.committee.level, meeting.committee.region, meeting.committee.region_source) == (
        "prefecture",
        "Hebi",
        "stated",
    )


def test_people_with_posts_and_pinyin(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, READOUT)
    names = {p.name: p for p in facts.persons}
    assert set(names) == {"张明", "李华", "王刚", "赵丽", "Xi Jinping"}  # 习近平总书记 is named too
    assert names["张明"].aliases == ("Zhang Ming",)
    assert facts.presiders == ("张明",) and facts.speakers == ("张明",)
    assert any("市长" in post.title for post in names["李华"].posts)


def test_directives_one_per_listed_occasion(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, READOUT)
    found = {(d.issuer, d.kind, d.occasion) for d in facts.directives}
    assert ("Xi Jinping", "speech", "在党外人士座谈会上") in found
    assert ("Xi Jinping", "speech", "在中央政治局会议上") in found
    assert (None, "session", "中央经济工作会议") in found


def test_reviewed_and_open_topics_without_slogans(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, READOUT)
    assert [r.title for r in facts.reviewed] == ["鹤壁市乡村振兴实施方案"]
    labels = {t.label for t in facts.topics}
    assert "safety-production" in {t.key for t in facts.topics}  # 安全生产: the scheme's topic
    assert "四水同治" in labels
    assert not any("两个维护" in (label or "") for label in labels)


def test_traditional_characters_in_big5_keep_their_offsets(tmp_path: Path) -> None:
    traditional = "12月25日，鶴壁市委常委會召開會議。市委書記張明主持會議。會議強調，要加強安全生產工作，推進鄉村振興。"
    document, facts = _facts(tmp_path, traditional, "big5")
    assert document.text == traditional and facts.meeting.committee.region == "Hebi"
    assert facts.presiders == ("張明",)
    for person in facts.persons:
        for span in person.evidence:
            assert document.text[span.start : span.end] == span.quote


def test_gbk_file_is_read(tmp_path: Path) -> None:
    document, facts = _facts(tmp_path, READOUT, "gb18030")
    assert document.text == READOUT and facts.presiders == ("张明",)


def test_slogan_fragments_and_empty_heads_are_not_topics(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，市委常委会召开会议。会议要求，要“收好官、开好局”，完善保障措施，加强生态环境保护。\n",
    )
    labels = [t.label for t in facts.topics]
    assert "ecological-civilization" in {t.key for t in facts.topics}  # 生态环境
    assert not any(label in ("收好官", "开好局", "保障措施") for label in labels)


def test_a_bare_speech_belongs_to_the_session_relayed_before_it(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，市委常委会召开会议，传达学习中央经济工作会议和省委全会精神。"
        "会议要求，要认真学习领会习近平总书记重要讲话精神。\n",
    )
    found = {(d.issuer, d.kind, d.occasion) for d in facts.directives}
    assert (None, "session", "中央经济工作会议") in found
    assert ("Xi Jinping", "speech", "在中央经济工作会议上") in found
    assert not any("省委" in d.occasion for d in facts.directives)


def test_a_bare_speech_with_no_session_before_it_is_no_directive(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "3月9日上午，市委常委会召开会议。会议要求，要学习习近平总书记重要讲话精神。\n")
    assert facts.directives == ()


def test_central_leaders_named_before_their_title_are_people_under_their_usual_spelling(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，市委常委会召开会议，传达学习习近平总书记重要讲话和李强总理批示精神。区政协主席出席会议。"
        "会议传达了胡春华副总理讲话精神。\n",
    )
    people = {p.name: p.aliases for p in facts.persons}
    assert people["Xi Jinping"] == ("习近平",)
    assert people["Li Qiang"] == ("李强",)
    assert not any("政协" in name or name == "华副" for name in people)
    assert people["Hu Chunhua"] == ("胡春华",)


def test_a_central_leader_named_only_in_his_thought_is_a_person(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "4月2日下午，县委常委会召开会议。会议强调，要坚持以习近平法治思想为指导，推进全面依法治县；"
        "深入学习贯彻习近平新时代中国特色社会主义思想。县委书记王立新主持会议。\n",
    )
    people = {p.name: p.aliases for p in facts.persons}
    assert people["Xi Jinping"] == ("习近平",)
    assert set(people) == {"Xi Jinping", "王立新"}


def test_unquoted_titles_after_a_review_verb_are_reviewed_documents(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，县委常委会召开会议，审议县法院工作报告（讨论稿）、2024年招商引资工作要点和关于加强"
        "耕地保护和粮食安全的实施意见，研究部署落实意见，就做好春耕工作提出意见。\n",
    )
    titles = [r.title for r in facts.reviewed]
    assert titles == ["县法院工作报告", "2024年招商引资工作要点", "关于加强耕地保护和粮食安全的实施意见"]


def test_a_title_named_first_without_its_issuer_is_the_document_named_in_full(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "12月5日，省委常委会召开会议，研究讨论省委常委会工作报告。会议研究讨论了《中共某某省委常委会工作报告》。\n",
    )
    assert [r.title for r in facts.reviewed] == ["中共某某省委常委会工作报告"]


def test_generic_references_are_no_titles_and_an_unquoted_central_notice_is_one(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，省委常委会召开会议，研究我省贯彻意见。会议研究审议了《关于某某教育的意见》及相关实施方案，"
        "研究贯彻中央关于做好某某期间有关工作的通知要求。\n",
    )
    assert [r.title for r in facts.reviewed] == ["关于某某教育的意见", "中央关于做好某某期间有关工作的通知"]


def test_an_unquoted_title_belongs_to_the_clause_of_its_review_verb(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，县委常委会召开会议。会议强调，要认真学习有关精神，抓好基层工作，细化工作方案，确保落实。"
        "会议还书面审议《县政府工作报告》(讨论稿)、县法院工作报告(讨论稿)。\n",
    )
    assert [r.title for r in facts.reviewed] == ["县政府工作报告", "县法院工作报告"]


def test_an_occasion_may_name_a_document_in_book_title_marks(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "1月9日上午，市委常委会召开会议，传达学习习近平总书记在《人民日报》创刊75周年座谈会上的重要讲话精神。\n",
    )
    assert ("Xi Jinping", "speech", "在《人民日报》创刊75周年座谈会上") in {
        (d.issuer, d.kind, d.occasion) for d in facts.directives
    }


def test_a_thought_on_a_named_subject_is_relayed_and_the_general_thought_is_not(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "1月9日上午，市委常委会召开会议。会议要求，深入贯彻习近平总书记关于长江经济带发展的战略思想，"
        "坚持以习近平新时代中国特色社会主义思想为指导。\n",
    )
    thoughts = [d.occasion for d in facts.directives if d.kind == "thought"]
    assert thoughts == ["长江经济带发展的战略思想"]


def _topics(
    tmp_path: Path, body: str, encoding: str = "utf-8", head: str = "3月9日上午，市委常委会召开会议。"
) -> tuple[Document, ReadoutFacts, set[str]]:
    document, facts = _facts(tmp_path, head + body + "\n", encoding)
    return document, facts, {t.key if t.label is None else t.label for t in facts.topics}


def test_scheme_topics_are_found_by_their_chinese_words_in_traditional_text(tmp_path: Path) -> None:
    body = "會議強調，要紮實做好防汛救災和安全生產各項工作。"
    document, facts, found = _topics(tmp_path, body, "big5", "3月9日上午，市委常委會召開會議。")
    assert {"flood-control", "safety-production"} <= found
    for topic in facts.topics:
        assert document.text[topic.evidence.start : topic.evidence.end] == topic.evidence.quote
    assert "安全生產" in {t.evidence.quote for t in facts.topics}


def test_words_that_name_a_gathering_are_not_its_topic(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议通报了全省防汛工作会议和春节团拜会有关情况。")
    assert "flood-control" not in found and "holiday-work" not in found


def test_floods_food_safety_and_climate_are_topics_of_their_own(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议强调，要做好防汛抗旱工作，加强食品安全监管，积极应对气候变化，加强水利建设。")
    # 食品安全监管 is food safety, not the safety of production that 安全监管 alone would say.
    assert {"flood-control", "food-safety", "ecological-civilization", "water-conservancy"} <= found
    assert "safety-production" not in found


def test_the_spirit_work_is_done_in_and_the_flood_peak_are_no_topics_and_flood_compounds_are_flood_control(
    tmp_path: Path,
) -> None:
    _, facts, found = _topics(
        tmp_path,
        "会议指出，在“七下八上”关键期，要以“时时放心不下”的责任感，坚决打赢防汛抗洪救灾这场硬仗。",
    )
    assert not any("放心不下" in label or "七下八上" in label for label in found)
    (flood,) = [t for t in facts.topics if t.key == "flood-control"]
    assert flood.evidence.quote == "防汛抗洪救灾"  # the whole compound, the scheme's label for it


def test_a_requirements_object_ends_where_its_result_begins(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议要求，要推动美丽某某建设取得更大成效，推动“某某”建设实现突破，推动全市各项事业再上新台阶。",
    )
    assert {"美丽某某建设", "某某建设"} <= found
    assert not any("各项" in label or "成效" in label or "突破" in label for label in found)


def test_sayings_set_against_each_other_are_not_topics(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path, "会议要求，要实现从“剖析一个案例”到“整治一类问题”，做到“立行立改”和“长期坚持”相结合。"
    )
    assert not any(part in label for label in found for part in ("一个案例", "一类问题", "立行立改", "长期坚持"))


def test_the_matters_a_meeting_took_up_are_each_a_topic(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议研究某某论坛、“某某”工程、城市供水改造等事项。")
    assert {"某某论坛", "某某工程", "城市供水改造"} <= found


def test_the_formula_of_what_matters_most_and_unnamed_documents_are_no_topics(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月2日，县委常委会召开会议。会议要求，要认清治污是“县之大者”“民之大者”，扎实抓好中央有关文件贯彻落实。\n",
    )
    assert not [t.label for t in facts.topics if t.label and ("之大者" in t.label or "有关文件" in t.label)]


def test_each_item_of_the_agenda_a_meeting_deployed_is_a_topic(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "10月6日下午，县委常委会召开会议，研究部署我县硅基产业发展、促进农民增收和粮食节约行动等工作。\n",
    )
    assert {"硅基产业发展", "农民增收", "粮食节约行动"} <= {t.label for t in facts.topics if t.label}


def test_reports_heard_and_events_prepared_are_topics(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议听取了全市河湖长制落实情况汇报，研究了市第十次党代会筹备工作。")
    # The session's number tells one congress from the next; the business is preparing a congress.
    assert {"河湖长制落实", "市党代会筹备"} <= found


def test_a_numbered_session_prepared_is_its_kind_of_session(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议研究了省委十二届八次全体会议筹备工作，听取了区十六届人大四次会议和区政协十届四次会议筹备情况汇报。",
    )
    assert {"省委全会筹备", "区两会筹备"} <= found
    assert not any(ordinal in label for label in found for ordinal in ("十二届", "八次", "四次"))


def test_items_discussed_and_matters_studied_are_topics(tmp_path: Path) -> None:
    document, facts, found = _topics(
        tmp_path, "会议研究讨论市委常委会工作报告，研究了县第九次党代会有关情况，研究讨论了有关人事事项。"
    )
    assert {"市委常委会工作报告", "县党代会"} <= found
    for topic in facts.topics:
        assert document.text[topic.evidence.start : topic.evidence.end] == topic.evidence.quote


def test_work_inside_a_phrase_ends_its_subject_unless_a_document_of_the_work_follows(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path, "会议强调，要推进全镇工作必须坚持的原则。要抓好统筹协调，推动全县经济社会发展取得新成绩。"
    )
    assert not any("工作必须" in label or label in {"统筹协调", "经济社会发展"} for label in found)


def test_a_body_named_in_a_reviewed_title_is_no_topic(tmp_path: Path) -> None:
    _, facts, found = _topics(
        tmp_path, "会议审议了《中共某某省委常委会工作报告》。", head="12月5日，省委常委会召开会议。"
    )
    assert [r.title for r in facts.reviewed] == ["中共某某省委常委会工作报告"]
    assert not any(label.endswith("常委会") for label in found)


def test_burden_reduction_civilized_cities_paired_assistance_and_forest_fires_are_scheme_topics(
    tmp_path: Path,
) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议强调，要持续为基层减负，深化全国文明城市创建，做好对口援疆工作，防范地质灾害，"
        "切实恢复生产生活秩序。会议传达学习了习近平总书记对某地森林火灾作出的重要指示精神。",
    )
    assert {
        "grassroots-burden-reduction",
        "spiritual-civilization",
        "paired-assistance",
        "disaster-prevention",
        "resumption-of-production",
        "forest-fire-prevention",
    } <= found


def test_each_report_of_a_list_heard_is_a_topic(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议听取全省一季度河湖治理、古村保护、党史工作、党校(行政学院)工作等情况汇报。")
    assert {"河湖治理", "古村保护", "党史工作", "党校工作"} <= found
    assert not any("季度" in label or "、" in label for label in found)


def test_what_relayed_instructions_are_on_is_a_topic(tmp_path: Path) -> None:
    _, facts, found = _topics(tmp_path, "会议传达学习了习近平总书记关于全国夏粮收购工作的重要指示精神。")
    assert "夏粮收购" in found
    assert facts.directives and facts.directives[0].occasion == "关于全国夏粮收购工作"


def test_a_report_heard_is_a_topic_though_a_scheme_label_is_inside_it(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议听取2017年自治区民族团结进步表彰大会筹备情况汇报。")
    assert "民族团结进步表彰大会筹备" in found
    _, facts, _ = _topics(tmp_path, "会议听取全市安全生产工作情况汇报。")
    assert [t.key for t in facts.topics] == ["safety-production"]  # the scheme label itself: no open twin


def test_local_two_sessions_and_a_congress_still_to_be_held_are_not_the_national_topics(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path, "会议听取省“两会”筹备工作汇报。会议要求，以实干实绩迎接党的二十大胜利召开，推进河湖治理。"
    )
    assert "省两会筹备" in found
    assert "two-sessions" not in found and "party-congress-spirit" not in found


def test_empty_and_clause_like_objects_are_no_topics(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议强调，要统筹安排好岁末年初各项工作，推动各领域各层面走深，牢牢守住“七条底线”，"
        "坚持“踏石留印，抓铁有痕”，从“我的政绩”中解放出来，强化责任担当，健全长效机制。",
    )
    assert not found & {
        "安排好岁末年初各项",
        "各领域各层面",
        "七条底线",
        "踏石留印，抓铁有痕",
        "我的政绩",
        "责任担当",
        "长效机制",
    }


def test_a_requirement_gives_an_open_topic_only_where_the_scheme_names_none(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path, "会议要求，要加强安全生产，推进河长制落实。会议强调，要推进古镇保护提升，加快建设人才高地。"
    )
    assert "safety-production" in found and "河长制落实" not in found  # the sentence named a scheme topic
    assert "古镇保护提升" in found and "建设人才高地" not in found  # only a sentence's first requirement


def test_a_later_requirement_whose_head_names_a_policy_area_is_a_topic_too(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议要求，要加强安全生产，加强应急救援队伍建设，抓好专业培训，健全古籍保护修复体系，深化网格化改革。\n",
    )
    assert "safety-production" in found
    assert {"应急救援队伍建设", "古籍保护修复体系", "网格化改革"} <= set(found)
    assert "专业培训" not in found  # how the work is done, beside a scheme topic: not an area of its own


def test_numbered_slogans_quoted_lists_and_clauses_are_not_topics(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议强调，要落实“五个第一”，坚持“人民至上、生命至上”，对戒毒康复人员做好帮扶，把文件内容进一步征求了意见。",
    )
    assert not any(part in label for label in found for part in ("五个第一", "人民至上", "戒毒康复人员", "征求了意见"))


def test_formulae_of_how_things_go_are_not_topics(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path, "会议要求，全年指标“稳中求进”，工业发展“进中提质”，保障机制“坚强有力”，推进“三地融合”。"
    )
    assert "三地融合" in found
    assert not any(part in label for label in found for part in ("稳中求进", "进中提质", "坚强有力"))


def test_a_session_relayed_without_the_word_spirit(tmp_path: Path) -> None:
    found = _directives(tmp_path, "会议传达学习全国两会、中共中央《关于加强基层治理的意见》，研究贯彻落实意见。")
    assert (None, "session", "全国两会") in found
    assert ("Central Committee", "document", "关于加强基层治理的意见") in found


def test_a_session_named_as_a_time_frame_is_not_relayed(tmp_path: Path) -> None:
    found = _directives(tmp_path, "会议审议了年度工作要点，部署全国两会期间安保维稳有关工作。")
    assert not any("两会" in occasion for _, _, occasion in found)


def test_a_local_seminar_named_after_a_speech_is_not_the_speech(tmp_path: Path) -> None:
    found = _directives(
        tmp_path, "会议传达学习了省管主要领导干部学习贯彻习近平总书记在江西考察时的重要讲话精神专题研讨班精神。"
    )
    assert not any(issuer == "Xi Jinping" for issuer, _, _ in found)


def test_a_body_that_convened_its_standing_committee(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "8月12日下午，自治区党委召开常委会会议，传达学习有关精神。会议强调，要办好广西壮族自治区成立纪念活动。\n",
    )
    committee = facts.meeting.committee
    assert committee.level == "provincial" and committee.region == "Guangxi"


def test_enlarged_is_said_of_the_meeting_itself_not_of_one_it_relays(tmp_path: Path) -> None:
    _, own = _facts(tmp_path, "7月24日下午，区委常委会（扩大）会议召开。会议要求，要扩大有效投资。\n")
    assert own.meeting.enlarged
    _, relayed = _facts(
        tmp_path,
        "7月24日下午，区委常委会召开会议。会议传达了省委常委会扩大会议精神，要求扩大有效投资。\n",
    )
    assert not relayed.meeting.enlarged


def test_a_county_name_that_is_an_everyday_word_needs_its_suffix(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "3月9日上午，市委常委会召开会议。会议要求，要办好投资合作洽谈会，深化区域合作。\n")
    assert facts.meeting.committee.region is None  # 合作 is also 合作市, but not here


def test_a_meetings_own_year_in_its_name_dates_it(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "某某网4月18日讯 4月16日，区委书记张明主持召开区委常委会2025年第9次会议。\n")
    assert facts.meeting.date == dt.date(2025, 4, 16)


def test_a_periodical_an_article_and_a_later_clauses_title_are_not_reviewed(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "4月16日，区委常委会召开会议，传达学习了《求是》杂志发表的重要文章《朝着某某目标奋勇前进》精神，"
        "要学习贯彻有关精神，严格落实《某某督察工作条例》。会议审议了《关于某某工作的实施方案》。\n",
    )
    assert [r.title for r in facts.reviewed] == ["关于某某工作的实施方案"]


def test_decisions_landing_in_a_place_name_the_committees_own(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "3月17日，县委常委会召开会议。会议要求，确保两会精神在宽城落地落实。\n")
    committee = facts.meeting.committee
    assert committee.region == "Kuancheng" and committee.region_source == "body"


def test_a_day_without_its_month_takes_the_month_of_the_dateline(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, " date 2017-10-02\n29日上午，省委书记王刚主持召开省委常委会会议。\n")
    assert facts.meeting.date == dt.date(2017, 9, 29) and facts.meeting.part_of_day == "morning"


@pytest.mark.parametrize(
    ("text", "date", "part"),
    [
        # A timestamp the page prints above the meeting sentence gives the year, and 昨日 the day.
        (
            "某某日报\n2017-11-28 16:01   某某日报\n\n昨日(27日),省委书记王刚主持召开省委常委会会议。\n",
            "2017-11-27",
            None,
        ),
        (
            "市委常委会会议召开\n\n发布日期:2020-07-21 来源:融媒体中心\n\n7月18日上午,市委常委会会议召开。\n",
            "2020-07-18",
            "morning",
        ),
        # A dateline's day (…1月29日讯) is what 今天 counts from; without a year it still gives the part of day.
        (
            " date 2015-01-30\n本报1月29日讯(记者李明)今天下午,省委书记王刚主持召开省委常委会议。\n",
            "2015-01-29",
            "afternoon",
        ),
        ("某某网3月1日讯 今天上午,省委常委会召开会议。\n", None, "morning"),
        # Headlines above name the committee but date nothing; the meeting's own sentence does.
        (
            "某某市委常委会召开会议 学习贯彻重要讲话精神\n\n2020年04月08日09:21  来源:某某日报\n\n"
            "原标题:市委常委会召开会议 学习贯彻重要讲话精神\n\n7日上午,某某市委常委会召开会议。\n",
            "2020-04-07",
            "morning",
        ),
        # A month and day after the printed date were in the year before it.
        (" date 2024-01-03\n12月28日，县委常委会召开会议。\n", "2023-12-28", None),
        # A date further down is one the body talks of, not the print: no year, no date.
        ("9月3日，县委常委会召开会议。会议要求，《条例》自2024年1月1日起施行。\n", None, None),
    ],
)
def test_the_year_comes_from_a_date_printed_above_the_meeting(
    tmp_path: Path, text: str, date: str | None, part: str | None
) -> None:
    _, facts = _facts(tmp_path, text)
    assert facts.meeting.date == (dt.date.fromisoformat(date) if date else None)
    assert facts.meeting.part_of_day == part


@pytest.mark.parametrize(
    ("text", "level", "enlarged"),
    [
        ("2月28日，县委书记张三主持召开县委十六届第43次常委会议。\n", "county", False),
        ("1月12日上午，县长李四主持召开十三届县委第32次常委会会议。\n", "county", False),
        ("3月20日，二届市委召开108次常委会会议。\n", "prefecture", False),
        ("昨天下午，市委举行常委扩大会议，传达学习有关精神。\n", "prefecture", True),
        # The committee named only by its presider's post.
        ("3月17日，县委书记张成主持召开七届常委会第67次会议。\n", "county", False),
    ],
)
def test_numbered_and_held_standing_committee_meetings(tmp_path: Path, text: str, level: str, enlarged: bool) -> None:
    _, facts = _facts(tmp_path, text)
    assert (facts.meeting.committee.level, facts.meeting.enlarged) == (level, enlarged)


def test_an_outlet_named_after_a_town_places_the_prefecture_above_it(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "香格里拉网讯（记者 杨勇）2月1日，州委常委会召开会议。会议强调，要做好春耕工作。\n")
    committee = facts.meeting.committee
    assert committee.level == "prefecture" and committee.region_source == "outlet"
    assert committee.region is not None and "Diqing" in committee.region


def test_a_short_back_reference_an_anniversary_and_a_decision_on_cadres_are_not_new_documents(
    tmp_path: Path,
) -> None:
    text = (
        " date 2023-05-10\n5月9日，市委常委会召开会议。会议审议了《中共某某市委关于加强基层治理的决定（送审稿）》，"
        "会议又专门讨论了《决定》送审稿。会议学习了习近平总书记在《某某宣言》发表30周年纪念会上的重要讲话。"
        "会议研究了干部处理意见。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert [r.title for r in facts.reviewed] == ["中共某某市委关于加强基层治理的决定（送审稿）"]


HEAD = " date 2019-08-20\n8月19日上午，市委书记王明主持召开市委常委会会议。"


def _directives(tmp_path: Path, body: str) -> list[tuple[str | None, str, str]]:
    _, facts = _facts(tmp_path, HEAD + body + "\n")
    return [(d.issuer, d.kind, d.occasion) for d in facts.directives]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "会议传达学习了习近平总书记关于黄河流域生态保护的一系列重要讲话精神。",
            [("Xi Jinping", "speech", "关于黄河流域生态保护")],
        ),
        ("会议指出，这次会议体现了中央经济工作会议精神。", []),
        ("会议传达学习了中央经济工作会议精神。", [(None, "session", "中央经济工作会议")]),
        (
            # Two subjects each led by 关于; a thought, a quoted saying of his, then instructions on a subject.
            "会议传达学习了习近平总书记关于防汛工作和关于高原科考的重要指示精神。",
            [("Xi Jinping", "instructions", "关于防汛工作"), ("Xi Jinping", "instructions", "关于高原科考")],
        ),
        (
            "会议指出，要贯彻落实习近平总书记治边稳藏重要战略思想和“建设美丽高原”以及关于高原科考的重要指示精神。",
            [("Xi Jinping", "thought", "治边稳藏重要战略思想"), ("Xi Jinping", "instructions", "关于高原科考")],
        ),
        (
            # Bare "重要指示要求" after a session are the General Secretary's instructions at large, not given there.
            "会议传达学习了党的二十届二中全会精神。要把全会精神转化为坚决落实总书记重要指示要求和党中央决策部署的实际行动。",
            [(None, "session", "党的二十届二中全会")],
        ),
        (
            "会议传达学习了习近平总书记在中央政治局会议上的重要讲话精神。",
            [("Xi Jinping", "speech", "在中央政治局会议上")],
        ),
        (
            "会议传达学习了习近平总书记在河南郑州考察时的重要讲话精神。会议强调，要把习近平总书记考察河南重要讲话精神落到实处。",
            [("Xi Jinping", "speech", "在河南郑州考察时")],
        ),
        (
            "会议传达学习了习近平总书记关于防汛救灾工作重要指示。会议强调，要学习贯彻习近平总书记关于防汛救灾重要论述。",
            [("Xi Jinping", "instructions", "关于防汛救灾工作")],
        ),
        (
            "会议传达学习了中共中央《关于加强基层治理的意见》以及《关于改进调查研究的方案》等文件精神。",
            [
                ("Central Committee", "document", "关于加强基层治理的意见"),
                ("Central Committee", "document", "关于改进调查研究的方案"),
            ],
        ),
        (
            "会议传达学习了习近平总书记为庆祝某某成立60周年的题词，中共中央、国务院关于庆祝某某成立60周年的贺电。",
            [
                ("Xi Jinping", "other", "为庆祝某某成立60周年的题词"),
                ("Central Committee", "letter", "关于庆祝某某成立60周年的贺电"),
            ],
        ),
        (
            "会议传达学习了胡春华同志在听取工作汇报时的讲话和在庆祝大会上的讲话。",
            [
                ("胡春华", "speech", "胡春华同志在听取工作汇报时的讲话"),
                ("胡春华", "speech", "胡春华同志在庆祝大会上的讲话"),
            ],
        ),
        (
            "会议传达学习了习近平总书记视频连线慰问基层干部时和在春节团拜会上的重要讲话精神。",
            [("Xi Jinping", "speech", "视频连线慰问基层干部时"), ("Xi Jinping", "speech", "在春节团拜会上")],
        ),
        (
            "会议听取了关于全国巩固拓展脱贫攻坚成果同乡村振兴有效衔接暨重点帮扶县工作推进会精神的汇报。",
            [(None, "session", "全国巩固拓展脱贫攻坚成果同乡村振兴有效衔接暨重点帮扶县工作推进会")],
        ),
        # A list of occasions, each led by its own 在, longer than one occasion may run; a session in
        # a seminar's name is what the seminar studied, not a session relayed.
        (
            "会议传达学习了习近平总书记在全省主要领导干部学习贯彻党的某某全会精神专题研讨班开班式上、"
            "在3月9日中共中央政治局会议上、在中共中央政治局第五次集体学习时、在江西和湖南考察时的重要讲话精神。",
            [
                ("Xi Jinping", "speech", "在全省主要领导干部学习贯彻党的某某全会精神专题研讨班开班式上"),
                ("Xi Jinping", "speech", "在3月9日中共中央政治局会议上"),
                ("Xi Jinping", "speech", "在中共中央政治局第五次集体学习时"),
                ("Xi Jinping", "speech", "在江西和湖南考察时"),
            ],
        ),
        # Instructions on several subjects, each led by 就 or 对, then letters on the same list.
        (
            "会议传达学习了习近平总书记就建设某某集团、对水利工作作出的重要指示精神，"
            "给某某学校学生的重要回信、致某某论坛的重要贺信精神。",
            [
                ("Xi Jinping", "instructions", "就建设某某集团"),
                ("Xi Jinping", "instructions", "对水利工作"),
                ("Xi Jinping", "letter", "给某某学校学生"),
                ("Xi Jinping", "letter", "致某某论坛"),
            ],
        ),
        # An occasion never runs back across the Thought named earlier in the sentence.
        (
            "会议要求，以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记在某某纪念会上的重要讲话精神。",
            [("Xi Jinping", "speech", "在某某纪念会上")],
        ),
        # Dated Politburo meetings keep their day; a list Xi heads goes on with 、对…作出的重要指示.
        (
            "会议传达学习2月16日中共中央政治局常务委员会会议精神、2月21日中共中央政治局会议精神，传达学习习近平总书记"
            "在中共中央政治局第三次集体学习时的重要讲话精神、对深入开展某某活动作出的重要指示精神、对某某事故作出的重要指示精神。",
            [
                (None, "session", "2月16日中共中央政治局常务委员会会议"),
                (None, "session", "2月21日中共中央政治局会议"),
                ("Xi Jinping", "speech", "在中共中央政治局第三次集体学习时"),
                ("Xi Jinping", "instructions", "对深入开展某某活动"),
                ("Xi Jinping", "instructions", "对某某事故"),
            ],
        ),
        # A speech, then 贺辞 and letters, some without 重要; one letter per addressee of 致A、B的贺信.
        (
            "会议学习了习近平总书记在某某峰会上的重要讲话及致某某委员会第五次全会的贺辞，"
            "致2025某某博览会、第三届某某洽谈会的贺信，给全国某某教师代表的回信。",
            [
                ("Xi Jinping", "speech", "在某某峰会上"),
                ("Xi Jinping", "letter", "致某某委员会第五次全会"),
                ("Xi Jinping", "letter", "致2025某某博览会"),
                ("Xi Jinping", "letter", "致第三届某某洽谈会"),
                ("Xi Jinping", "letter", "给全国某某教师代表"),
            ],
        ),
        # A list Xi heads goes on through a speech told by whom he met, instructions on a list of subjects
        # (one each), holiday greetings (kind other, one per holiday), and letters to quoted addressees.
        (
            "会议学习了习近平总书记在4月30日中央政治局会议上、同某国总统某某共同会见记者时的重要讲话，"
            "对某某高速公路塌方灾害、学校思政课建设、旅游工作作出的重要指示，"
            "在“五一”国际劳动节到来之际向全国广大劳动群众、在五四青年节到来之际向广大青年致以节日祝贺和诚挚问候，"
            "向第八届某某博览会致贺信，给“某某突击队”全体队员、某某钢厂职工的回信精神。"
            "会议强调，要认真学习领会习近平总书记在中央政治局会议上的重要讲话精神。",
            [
                ("Xi Jinping", "speech", "在4月30日中央政治局会议上"),
                ("Xi Jinping", "speech", "同某国总统某某共同会见记者时"),
                ("Xi Jinping", "instructions", "对某某高速公路塌方灾害"),
                ("Xi Jinping", "instructions", "对学校思政课建设"),
                ("Xi Jinping", "instructions", "对旅游工作"),
                ("Xi Jinping", "other", "在“五一”国际劳动节到来之际向全国广大劳动群众"),
                ("Xi Jinping", "other", "在五四青年节到来之际向广大青年"),
                ("Xi Jinping", "letter", "向第八届某某博览会致"),
                ("Xi Jinping", "letter", "给“某某突击队”全体队员"),
                ("Xi Jinping", "letter", "给某某钢厂职工"),
            ],
        ),
        # What letters already named did (对A、B等作出了重要指示) is a statement about them, no further item.
        (
            "会议学习了习近平总书记致某某论坛的贺信。会议强调，习近平总书记近期有关重要贺信，对共建“一带一路”"
            "国际合作、促进“专精特新”中小企业创新发展等作出了重要指示。",
            [("Xi Jinping", "letter", "致某某论坛")],
        ),
        # Instructions on one subject of several aspects (…等方面) stay one.
        (
            "会议学习了习近平总书记关于防灾减灾救灾、应对突发事件等方面的重要指示精神。",
            [("Xi Jinping", "instructions", "关于防灾减灾救灾、应对突发事件等方面")],
        ),
        # One body whose name holds a 、 is one addressee.
        (
            "会议学习了习近平总书记致中俄友好、和平与发展委员会全会的重要贺信。",
            [("Xi Jinping", "letter", "致中俄友好、和平与发展委员会全会")],
        ),
        # A central document named without book-title marks, where a relay verb governs it; not one embodied.
        (
            "会议研究贯彻中央关于做好某某期间有关工作的通知要求。会议指出，这体现了中央关于加强基层治理的意见精神。",
            [("Central Committee", "document", "中央关于做好某某期间有关工作的通知")],
        ),
        # The Party's own rules are central documents; a committee's own are not.
        (
            "会议学习了《中国共产党纪律处分条例》，研究了《关于召开中国共产党某某县第十四届委员会全体会议的规定》。",
            [("Central Committee", "document", "中国共产党纪律处分条例")],
        ),
        # The central issuer heading the title inside the book-title marks.
        (
            "会议传达学习《中共中央 国务院关于支持某某建设的意见》精神。",
            [("Central Committee", "document", "中共中央 国务院关于支持某某建设的意见")],
        ),
        (
            "会议传达学习习近平总书记关于春季农业生产的重要指示、在北京考察某某工作重要讲话精神。",
            [("Xi Jinping", "instructions", "关于春季农业生产"), ("Xi Jinping", "speech", "在北京考察某某工作")],
        ),
        # The spirit of a list a central session heads; "有关会议" names no session.
        (
            "会议要求，要认真贯彻落实中央经济工作会议及省、州全会精神。会议还传达了全国全市有关会议精神。",
            [(None, "session", "中央经济工作会议")],
        ),
        # One occasion told by what Xi did, its list of bodies inside; "在大会期间" refers back.
        (
            "会议传达学习习近平总书记在中共中央政治局常务委员会会议听取全国人大常委会、国务院、全国政协党组工作汇报时的"
            "重要讲话精神。会议指出，习近平总书记在大会期间发表的重要讲话意义重大。",
            [
                (
                    "Xi Jinping",
                    "speech",
                    "在中共中央政治局常务委员会会议听取全国人大常委会、国务院、全国政协党组工作汇报时",
                )
            ],
        ),
        # An article by its title; a session name's parenthesis; a session named again without its day.
        (
            "会议传达学习了3月31日中共中央政治局会议精神，《求是》杂志发表的习近平总书记重要文章《朝着某某目标奋勇前进》"
            "精神。会议强调，要认真学习贯彻中共中央政治局会议精神。会议传达学习了全国巡视工作会议暨中央巡视省(区、市)"
            "动员部署会议精神。",
            [
                (None, "session", "3月31日中共中央政治局会议"),
                ("Xi Jinping", "other", "朝着某某目标奋勇前进"),
                (None, "session", "全国巡视工作会议暨中央巡视省(区、市)动员部署会议"),
            ],
        ),
        # "近期重要讲话" says when, not which: no directive of its own.
        ("会议传达学习了习近平总书记近期重要讲话、指示和回信精神。", []),
        # ASCII commas, as many sites print them: a clause ends there all the same.
        (
            "会议由县委副书记主持召开十三届县委第8次常委会会议,传达学习5月6日中共中央政治局常务委员会会议精神。",
            [(None, "session", "5月6日中共中央政治局常务委员会会议")],
        ),
        # Two occasions joined by 和, one with a quoted term in its name.
        (
            "会议传达学习习近平总书记在某某考察时和在主持召开部分省区市“十六五”时期发展座谈会上的重要讲话精神。",
            [
                ("Xi Jinping", "speech", "在某某考察时"),
                ("Xi Jinping", "speech", "在主持召开部分省区市“十六五”时期发展座谈会上"),
            ],
        ),
        # One gathering whose name holds a 和.
        (
            "会议传达学习习近平总书记在全国优秀教师和教育工作者表彰大会上的重要讲话精神。",
            [("Xi Jinping", "speech", "在全国优秀教师和教育工作者表彰大会上")],
        ),
        # Every Nth Central Committee and NPC by number (十四届: 四 is no character between 一 and 九 in code order).
        (
            "会议传达学习了十四届全国人大二次会议精神和党的十二届三中全会精神。",
            [(None, "session", "十四届全国人大二次会议"), (None, "session", "党的十二届三中全会")],
        ),
        # A leader named after a particle; a central document whose noun a word qualifies.
        (
            "会议传达学习了李强总理在国务院常务会议上的讲话精神和国务院关于土壤质量的工作方案。",
            [
                ("李强", "speech", "李强总理在国务院常务会议上的讲话"),
                ("State Council", "document", "国务院关于土壤质量的工作方案"),
            ],
        ),
        # 重要论述, his expositions, are of the kind the English "important expositions on ..." are.
        ("会议传达学习习近平总书记关于粮食安全的重要论述。", [("Xi Jinping", "other", "关于粮食安全")]),
        # A keynote is a speech, named after the list that 重要讲话 closes; an article named before its noun.
        (
            "会议传达学习习近平总书记在某某会议上的重要讲话精神，在第九届某某博览会开幕式上的主旨演讲精神，以及"
            "习近平总书记《某某新篇章——纪念某某施行50周年》重要署名文章精神。",
            [
                ("Xi Jinping", "speech", "在某某会议上"),
                ("Xi Jinping", "speech", "在第九届某某博览会开幕式上"),
                ("Xi Jinping", "other", "某某新篇章——纪念某某施行50周年"),
            ],
        ),
        # Letters listed after an article of his, the first sent 向 its addressee.
        (
            "会议传达学习习近平总书记在《求是》杂志发表的重要文章《某某新局面》精神，向某某院建院30周年致贺信和"
            "给某某大学教授李明远回信精神。",
            [
                ("Xi Jinping", "other", "某某新局面"),
                ("Xi Jinping", "letter", "向某某院建院30周年致"),
                ("Xi Jinping", "letter", "给某某大学教授李明远"),
            ],
        ),
        # An address (致辞, with or without 重要) is a speech and closes its item of the list.
        (
            "会议传达学习习近平总书记在某某峰会上的重要致辞和在听取某某工作汇报时的重要讲话精神，以及在某某论坛上的致辞精神。",
            [
                ("Xi Jinping", "speech", "在某某峰会上"),
                ("Xi Jinping", "speech", "在听取某某工作汇报时"),
                ("Xi Jinping", "speech", "在某某论坛上"),
            ],
        ),
        # The New Year address is named by its year, or by the readout's date when it gives none.
        ("会议传达学习习近平主席二〇二四年新年贺词精神。", [("Xi Jinping", "speech", "二〇二四年新年贺词")]),
        ("会议传达学习习近平总书记新年贺词精神。", [("Xi Jinping", "speech", "新年贺词")]),
        # A session's name may hold 精 (精神文明, 精准扶贫): the name runs up to the 精神 after it.
        (
            "会议传达学习了习近平总书记对某某工作作出的重要指示精神和全国精神文明建设表彰大会精神，"
            "以及全国、全省精准扶贫工作会议精神。",
            [
                ("Xi Jinping", "instructions", "对某某工作"),
                (None, "session", "全国精神文明建设表彰大会"),
                (None, "session", "全国精准扶贫工作会议"),
            ],
        ),
        # A central circular (通报) named without 《》.
        (
            "会议传达了中共中央办公厅关于某某典型问题的通报。",
            [("Central Committee", "document", "中共中央办公厅关于某某典型问题的通报")],
        ),
    ],
)
def test_chinese_directive_frames(tmp_path: Path, body: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _directives(tmp_path, body) == expected


def test_a_later_central_leader_named_by_comrade_before_his_central_post_is_no_directive(tmp_path: Path) -> None:
    body = "会议传达学习了胡春华同志在全省工作会议上的讲话。"
    _, facts = _facts(tmp_path, HEAD.replace("2019-08-20", "2015-08-20") + body + "\n")
    assert facts.directives == ()
    assert _directives(tmp_path, body) == [("胡春华", "speech", "胡春华同志在全省工作会议上的讲话")]


@pytest.mark.parametrize(
    ("body", "persons", "presiders", "speakers", "reporters"),
    [
        ("本报讯（记者 王小明）3月2日上午，市委常委会召开会议。", {"王小明"}, [], [], {"王小明"}),
        ("【全媒体记者 李索】3月2日，县委常委会召开会议。", {"李索"}, [], [], {"李索"}),
        ("3月2日，区委常委会召开会议。会议由区委书记张晓明主持。", {"张晓明"}, ["张晓明"], [], set()),
        (
            "3月2日，市委常委会召开会议，市委常委王政、邓先同、程军出席会议。",
            {"王政", "邓先同", "程军"},
            [],
            [],
            set(),
        ),
        (
            "3月2日，市委书记许明主持召开市委常委会。许明就修改完善全会工作报告提出要求。",
            {"许明"},
            ["许明"],
            ["许明"],
            set(),
        ),
        ("3月2日，县委常委会召开会议。会议指出，赵革书记的讲话站位高。", {"赵革"}, [], [], set()),
        (
            "3月2日上午，受县委书记许明委托，县委副书记、县长张华主持召开县委常委会会议。",
            {"许明", "张华"},
            ["张华"],
            [],
            set(),
        ),
        ("3月2日，县委常委会召开会议。会议要求，领导干部要在遵守纪律中起表率作用。", set(), [], [], set()),
        # A four-character name, or one with a middle dot, between a post and 主持; 党员副主席 names nobody.
        (
            "3月2日，省委书记巴音朝鲁主持召开省委常委会议。省人大常委会党员副主任，党员副主席出席。",
            {"巴音朝鲁"},
            ["巴音朝鲁"],
            [],
            set(),
        ),
        ("1月5日，自治区主席雪克来提·扎克尔主持召开会议。", {"雪克来提·扎克尔"}, ["雪克来提·扎克尔"], [], set()),
        # The shortest name before 等; the departments' responsible comrades are no one's name.
        (
            "6月21日，县委书记王明主持召开县委常委会会议。县委副书记王斌等参加会议，各镇、县直部门负责同志列席会议。",
            {"王明", "王斌"},
            ["王明"],
            [],
            set(),
        ),
        # Those who "made key speeches", listed with or without their posts, spoke.
        (
            "2月7日上午，省委常委会召开扩大会议。省委书记刘明主持会议。\n李干、杨东、王书作了重点发言。市长赵刚作交流发言。",
            {"刘明", "李干", "杨东", "王书", "赵刚"},
            ["刘明"],
            ["李干", "杨东", "王书", "赵刚"],
            set(),
        ),
        # The author of a speech the meeting relays did not speak at it.
        (
            "3月2日，县委常委会召开会议，传达学习了省委书记王刚在全省领导干部会议上的讲话精神。县长李华传达了有关精神。",
            {"王刚", "李华"},
            [],
            ["李华"],
            set(),
        ),
        ("3月2日，市委常委会召开会议，传达学习习近平总书记系列重要讲话精神。", {"Xi Jinping"}, [], [], set()),
        (
            "【某某网讯】记者 常亮 通讯员李世钊报道:8月20日,区委常委会召开扩大会议。(记者 王洪摄)",
            {"常亮", "李世钊", "王洪"},
            [],
            [],
            {"常亮", "李世钊", "王洪"},
        ),
        (
            "3月4日，区委常委会召开会议，贯彻落实省委彭清华书记、市委王菲书记重要指示精神。"
            "省人大常委会党组书记、常务副主任王玲，区委副书记、区长尤宇川出席。",
            {"彭清华", "王菲", "王玲", "尤宇川"},
            [],
            [],
            set(),
        ),
        # An editor's byline; the professor a letter of Xi's answers, named with his post.
        ("某某在线 | 编辑:王小华\n3月2日，市委常委会召开会议。", {"王小华"}, [], [], {"王小华"}),
        (
            "3月2日，市委常委会召开会议，传达学习习近平总书记致某某论坛的贺信和给某某研究院院士、某某大学教授李明远回信精神。",
            {"Xi Jinping", "李明远"},
            [],
            [],
            set(),
        ),
    ],
)
def test_chinese_people_frames(
    tmp_path: Path, body: str, persons: set[str], presiders: list[str], speakers: list[str], reporters: set[str]
) -> None:
    _, facts = _facts(tmp_path, " date 2020-03-03\n" + body + "\n")
    assert {p.name for p in facts.persons} == persons
    assert list(facts.presiders) == presiders and list(facts.speakers) == speakers
    assert {p.name for p in facts.persons if p.is_reporter} == reporters


def test_the_scheme_knows_the_chinese_words_of_the_2020s(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "3月2日，市委常委会召开会议。会议强调，要扎实推动共同富裕，因地制宜发展新质生产力。\n")
    assert {"common-prosperity", "new-productive-forces"} <= {t.key for t in facts.topics}
    # A nursing home (养老院) among the places of a safety check is no policy on elderly care.
    _, facts = _facts(tmp_path, "3月2日，市委常委会召开会议。会议要求，抓好商场、医院、养老院等场所消防安全。\n")
    assert "elderly-care" not in {t.key for t in facts.topics}


def test_a_name_before_a_conjunction_or_a_topic_and_a_surname_outside_the_commonest(tmp_path: Path) -> None:
    body = (
        " date 2023-05-10\n5月9日，县委常委会召开会议。县委书记洪志明主持会议。县领导王刚、洪鹏、阎立新出席会议。"
        "县委副书记郗红和县委常委列席会议。会议指出，在市委常委会会议上，市委书记钮建国就做好防汛工作提出明确要求。\n"
    )
    _, facts = _facts(tmp_path, body)
    assert {p.name for p in facts.persons} == {"洪志明", "王刚", "洪鹏", "阎立新", "郗红", "钮建国"}
    assert facts.presiders == ("洪志明",) and "钮建国" not in facts.speakers


def test_what_a_relay_is_to_be_combined_with_is_not_relayed(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议传达学习了全国两会精神。会议强调，要把学习贯彻全国两会精神，与学习贯彻党的二十大、二十届二中全会精神紧密结合起来。"
        "要按照习近平总书记重要讲话要求抓好落实。",
    )
    assert (None, "session", "全国两会") in found
    assert not any("二十" in occasion for _, _, occasion in found), found


def test_a_speech_told_by_xi_chairing_a_session_is_the_speech_at_it_once(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议传达学习习近平总书记在中共中央政治局会议上的重要讲话精神。会议指出，习近平总书记主持召开中共中央政治局会议"
        "并发表重要讲话，为做好工作指明了方向。会议传达学习了习近平总书记在云南考察时的重要讲话和在云南考察期间的重要讲话精神。",
    )
    speeches = sorted(occasion for issuer, kind, occasion in found if kind == "speech")
    assert speeches == ["在中共中央政治局会议上", "在云南考察时"], speeches


def test_a_national_meeting_named_with_the_province_s_and_a_mobilisation_meeting(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议传达了全国、全省宣传部长会议精神。会议传达学习了中央生态环境保护督察组督察动员会精神。",
    )
    assert (None, "session", "全国宣传部长会议") in found
    assert (None, "session", "中央生态环境保护督察组督察动员会") in found
    assert not any("全省" in occasion for _, _, occasion in found)


def test_a_document_whose_spirit_is_relayed_is_not_reviewed(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，县委常委会召开会议，传达学习了市委办公室《关于做好春耕生产工作的通知》精神，审议了《全县春耕生产工作方案》。\n",
    )
    assert [r.title for r in facts.reviewed] == ["全县春耕生产工作方案"]


def test_a_document_relayed_by_its_spirit_after_a_gloss_is_not_reviewed(tmp_path: Path) -> None:
    text = (
        "5月6日上午，区委常委会召开会议，学习贯彻《中共中央 国务院关于推进西部大开发的意见》(以下简称《意见》)精神；"
        "审议了《全区防汛工作方案》。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert [r.title for r in facts.reviewed] == ["全区防汛工作方案"]


def test_a_short_county_name_is_a_place_where_the_committee_works_from_its_conditions(tmp_path: Path) -> None:
    text = "11月30日，县委书记张明主持召开县委常委会议。会议要求，报告要体现红安的实际，体现全县干部群众的意愿。\n"
    _, facts = _facts(tmp_path, text)
    assert (facts.meeting.committee.region, facts.meeting.committee.region_source) == ("Hong'an", "body")


def test_what_a_relayed_directive_is_on_is_a_topic_and_the_gathering_that_names_it_is_not(tmp_path: Path) -> None:
    body = "会议传达学习了习近平总书记在春节团拜会上的重要讲话、胡春华副总理关于乡村振兴讲话精神。"
    _, facts, found = _topics(tmp_path, body)
    assert len(facts.directives) == 2
    assert "rural-revitalization" in found
    assert not any("春节" in topic for topic in found)


def test_a_scheme_label_that_is_a_ritual_slogan_is_no_topic_in_chinese(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议强调，要坚定不移推动高质量发展。要加强安全生产。")
    assert "safety-production" in found
    assert "high-quality-development" not in found and not any("高质量发展" in topic for topic in found)


def test_names_listed_without_a_post_and_the_writers_closing_the_text(tmp_path: Path) -> None:
    body = (
        " date 2024-10-23\n10月23日上午，区委常委会召开会议。区委书记张刚主持会议，区委副书记、区长恽志明等出席会议。"
        "孙军、孙青松等列席会议。会议还研究了其他事项。(朱亚旭 李得胜)\n"
    )
    _, facts = _facts(tmp_path, body)
    assert [p.name for p in facts.persons] == ["张刚", "恽志明", "孙军", "孙青松", "朱亚旭", "李得胜"]
    assert {p.name for p in facts.persons if p.is_reporter} == {"朱亚旭", "李得胜"}
    _, facts = _facts(tmp_path, " date 2024-10-23\n10月23日上午，区委常委会召开会议。会议研究了其他事项。■瞿伟\n")
    assert [(p.name, p.is_reporter) for p in facts.persons] == [("瞿伟", True)]
    # The writers and the editor close the article, before the page's own lines; 赖 and 弓 are surnames.
    closing = "10月23日上午，区委常委会召开会议。会议研究了其他事项。(赖明 弓芳)\n(责任编辑:李鑫)\n合作单位\n"
    _, facts = _facts(tmp_path, " date 2024-10-23\n" + closing)
    assert [(p.name, p.is_reporter) for p in facts.persons] == [("赖明", True), ("弓芳", True), ("李鑫", True)]


def test_the_general_secretary_unnamed_and_letters_named_only_as_recent(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议指出，要全面贯彻落实中央经济工作会议精神，把思想和行动统一到总书记重要讲话上来。"
        "会议强调，习近平总书记近期有关重要贺信提出了明确要求。",
    )
    assert set(found) == {(None, "session", "中央经济工作会议"), ("Xi Jinping", "speech", "在中央经济工作会议上")}


def test_a_plan_reviewed_through_the_report_on_it(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path, "3月9日上午，区委常委会召开会议。会议审议并同意关于改组区城市更新平台实施方案的汇报。\n"
    )
    assert [r.title for r in facts.reviewed] == ["关于改组区城市更新平台实施方案"]


def test_a_premiers_instructions_named_with_xis_share_their_subject(tmp_path: Path) -> None:
    found = _directives(tmp_path, "会议传达学习了习近平总书记对全国夏粮收购工作的重要指示精神和李强总理批示精神。")
    assert ("Xi Jinping", "instructions", "对全国夏粮收购工作") in found
    assert ("李强", "instructions", "李强总理对全国夏粮收购工作批示") in found


def test_a_clause_that_goes_on_with_the_list_is_relayed_by_the_verb_before(tmp_path: Path) -> None:
    found = _directives(
        tmp_path, "会议传达学习了习近平总书记对防汛工作的重要指示精神,以及全国、全省防汛工作电视电话会议精神。"
    )
    assert (None, "session", "全国防汛工作电视电话会议") in found


def test_a_central_meeting_held_with_the_citys_and_one_on_inspection_rectification_are_local(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议传达贯彻了中央环保督察整改推进会议暨全市环保工作会议精神。会议传达学习了中央巡视整改工作推进会议精神。",
    )
    assert not any(kind == "session" for _, kind, _ in found)


def test_the_party_wide_regulations_are_central_documents_without_an_issuer_named(tmp_path: Path) -> None:
    found = _directives(tmp_path, "会议学习了《党政机关厉行节约反对浪费条例》和《某某县党政领导干部问责实施办法》。")
    assert ("Central Committee", "document", "党政机关厉行节约反对浪费条例") in found
    assert not any("某某县" in occasion for _, _, occasion in found)


def test_a_part_of_guidance_named_already_is_not_a_second_directive(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议传达学习了习近平总书记对防汛工作和秋粮生产工作重要讲话和指示精神。会议要求,要贯彻落实习近平总书记对防汛工作的重要讲话精神。",
    )
    assert [occasion for issuer, _, occasion in found if issuer == "Xi Jinping"] == ["对防汛工作和秋粮生产工作"]


def test_the_committees_evidence_starts_at_its_place_only_where_one_is_named(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "3月9日上午,县委书记李明主持召开县委常委会会议。会议强调,要抓好春耕。\n")
    assert facts.meeting.committee.evidence.quote == "县委常委会"


def test_what_a_reviewed_document_is_about_is_a_topic(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "3月9日上午，旌德县委常委会召开会议，审议了《旌德县劳动模范、先进工作者评选表彰工作实施方案》"
        "《关于做好2024年全面推进乡村振兴重点工作的实施方案》。\n",
    )
    labels = {t.label for t in facts.topics}
    assert "劳动模范、先进工作者评选表彰" in labels
    # The scheme's topic says most of the second plan's subject: it stands for it.
    assert "rural-revitalization" in {t.key for t in facts.topics}
    assert not any(label and "乡村振兴" in label for label in labels)


def test_a_place_central_leaders_went_is_not_the_committees_own(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "5月18日,省委召开常委会会议,传达学习习近平总书记在山西省考察时的重要讲话精神。省委书记王明主持会议。"
        "会议强调,要推动陕西高质量发展。\n",
    )
    assert facts.meeting.committee.region == "Shaanxi"


def test_a_district_named_by_its_own_character_is_its_place(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path, "9月23日,区委召开常委会会议。区委书记王明主持会议。会议强调,要建设具有王益特色的现代化产业体系。\n"
    )
    assert facts.meeting.committee.region == "Wangyi"


def test_a_series_of_speeches_is_not_the_one_given_at_the_session_named_before(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议传达学习了全国巡视工作会议精神。会议指出,习近平总书记的系列重要讲话,为我们指明了方向。",
    )
    assert not any(kind == "speech" for _, kind, _ in found)


def test_an_occasion_never_runs_across_another_mention_of_the_general_secretary(tmp_path: Path) -> None:
    found = _directives(
        tmp_path,
        "会议强调,要深刻领会把握总书记、党中央对大局大势的科学判断,深刻领会把握总书记关于新发展格局的重要论述精神。",
    )
    assert all("大局大势" not in occasion for _, _, occasion in found)


def test_what_is_to_be_carried_forward_is_a_topic(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "9月23日,区委召开常委会会议。会议强调,要弘扬伟大抗战精神,把爱国热情转化为实际行动。\n")
    assert "伟大抗战精神" in {t.label for t in facts.topics}


def test_a_report_heard_on_progress_names_its_subject_without_the_parenthesis(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path, "12月4日上午,市委常委会召开会议,听取筹办全省第五届农民运动会(省第三届残运会)进展情况汇报。\n"
    )
    assert "筹办全省第五届农民运动会" in {t.label for t in facts.topics}


def test_a_local_official_who_shares_a_central_leaders_name_is_not_him(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "7月20日下午，市委常委会召开会议，会议由市委书记张伟主持。会议传达学习了李强总理批示精神。市长李强出席会议并讲话。\n",
    )
    people = {p.name: [post.title for post in p.posts] for p in facts.persons}
    assert people["李强"] == ["市长"] and people["张伟"] == ["市委书记"]
    assert "Li Qiang" not in people and facts.speakers == ("李强",)


def test_xis_speech_at_the_session_just_named_is_at_that_session(tmp_path: Path) -> None:
    found = _directives(tmp_path, "会议传达学习了党的二十届三中全会精神和习近平总书记在全会上的重要讲话精神。")
    assert ("Xi Jinping", "speech", "在党的二十届三中全会上") in found


@pytest.mark.parametrize(
    ("body", "occasion"),
    [
        (
            "会议深入学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议精神。",
            "习近平新时代中国特色社会主义思想主题教育工作会议",
        ),
        ("会议传达学习了“不忘初心、牢记使命”主题教育工作会议精神。", "“不忘初心、牢记使命”主题教育工作会议"),
        ("会议传达学习了党史学习教育动员大会精神。", "党史学习教育动员大会"),
    ],
)
def test_the_central_meetings_of_the_partys_education_campaigns_are_relayed(
    tmp_path: Path, body: str, occasion: str
) -> None:
    assert (None, "session", occasion) in _directives(tmp_path, body)


def test_a_citys_own_campaign_meeting_is_not_central(tmp_path: Path) -> None:
    assert not _directives(tmp_path, "会议传达学习了全市主题教育工作会议精神。")


def test_a_municipalitys_party_secretary_may_be_the_central_leader_of_his_name(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "6月21日下午，北京市委常委会召开会议。市委书记蔡奇主持会议。\n")
    assert [p.name for p in facts.persons] == ["Cai Qi"]


def test_areas_listed_before_their_work_and_labels_running_past_a_quoted_term(tmp_path: Path) -> None:
    # A list of areas closed by 等…工作 names each; a two-character area is that area's work.
    _, _, found = _topics(tmp_path, "会议强调，要抓紧抓实茶叶加工、林下种植、矿山修复等重点工作。")
    assert {"茶叶加工", "林下种植", "矿山修复"} <= found
    _, _, found = _topics(tmp_path, "会议安排部署档案、侨务、气象等工作。")
    assert {"档案工作", "侨务工作", "气象工作"} <= found
    # A list opens its clause: no item is cut out of the words before it.
    _, _, found = _topics(
        tmp_path, "会议研究部署自治区议事协调机构和联席会议优化调整、推进文化润疆、功勋荣誉表彰等工作。"
    )
    assert "文化润疆" in found and not any(t.startswith("事协调") for t in found)
    # “十五五”规划 is the label 十五五规划, its closing quote inside it.
    document, facts, found = _topics(tmp_path, "会议强调，要做好“十五五”规划研究。")
    assert "five-year-plan" in found
    mention = next(t for t in facts.topics if t.key == "five-year-plan")
    assert document.text[mention.evidence.start : mention.evidence.end] == mention.evidence.quote == "十五五”规划"


def test_a_bare_two_sessions_after_the_provinces_own_is_the_provinces(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path, "会议听取省“两会”筹备工作汇报。会议强调，要严守换届纪律，以“两会”圆满召开检验工作成果。"
    )
    assert "省两会筹备" in found and "two-sessions" not in found
    _, _, found = _topics(tmp_path, "会议传达学习全国“两会”精神。")
    assert "two-sessions" in found


def test_a_city_whose_secretary_sits_on_a_prefectures_committee_is_county_level(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "3月20日，市委召开常委会会议。州委副书记、市委书记张某某主持会议并讲话。\n")
    assert facts.meeting.committee.level == "county"
    _, facts = _facts(tmp_path, "3月20日，市委召开常委会会议。省委常委、市委书记张某某主持会议并讲话。\n")
    assert facts.meeting.committee.level == "prefecture"


def test_names_ending_in_a_verb_character_and_party_group_members(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path, "4月24日，市委常委会召开会议。市委书记李峰主持会议，市长石爱作，市政府党组成员朱世宏列席。\n"
    )
    assert [p.name for p in facts.persons] == ["李峰", "石爱作", "朱世宏"]


def test_set_phrases_of_how_work_is_done_are_no_topics(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议强调，要凝心聚力。要守正创新。要强化风险意识。")
    assert not any(word in topic for topic in found for word in ("凝心聚力", "守正创新", "风险意识"))


def test_a_plans_years_are_no_part_of_its_subject_and_a_plenums_report_draft_is_its_report(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议审议通过了《旌德县建设农业强县实施方案（2024—2027年）》。会议讨论了县委十五届六次全会报告稿。",
        head="3月9日上午，旌德县委常委会召开会议。",
    )
    assert {"建设农业强县", "县委全会工作报告"} <= found


def test_the_business_environment_investment_promotion_and_the_low_altitude_economy_are_scheme_topics(
    tmp_path: Path,
) -> None:
    _, _, found = _topics(tmp_path, "会议强调，要持续优化营商环境，狠抓招商引资，培育低空经济。")
    assert {"business-environment", "investment-promotion", "low-altitude-economy"} <= found


def test_the_post_of_one_who_entrusted_the_presider_is_his_post_alone(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "3月9日上午，区委常委会召开会议。受区委书记周九委托，区委副书记、区长吴十主持会议。\n")
    assert [(p.name, [post.title for post in p.posts]) for p in facts.persons] == [
        ("周九", ["区委书记"]),
        ("吴十", ["区委副书记、区长"]),
    ]
    assert facts.presiders == ("吴十",)


def test_a_label_running_past_a_quoted_term_stands_for_the_shorter_label_inside_it(tmp_path: Path) -> None:
    # “医疗”保险 is 医疗保险 (social security), not 医疗 (health care) as well.
    _, _, found = _topics(tmp_path, "会议强调，要做好“医疗”保险工作。")
    assert "social-security" in found and "health" not in found


def test_a_relayed_list_that_semicolons_part_keeps_its_verb_for_every_item(tmp_path: Path) -> None:
    text = (
        "3月9日上午，县委常委会召开会议。会议传达学习了习近平总书记在湖南考察时的重要讲话精神；"
        "3月5日中共中央政治局会议精神；中共中央、国务院关于加快建设农业强国的意见、关于推进乡村全面振兴的意见；"
        "省委办公厅有关通知精神。会议要求，要抓好春耕生产；会议指出，中央农村工作会议是一次重要会议。\n"
    )
    _, facts = _facts(tmp_path, text)
    occasions = {(d.kind, d.occasion) for d in facts.directives}
    assert ("session", "3月5日中共中央政治局会议") in occasions
    assert ("document", "中共中央、国务院关于加快建设农业强国的意见") in occasions
    assert ("document", "关于推进乡村全面振兴的意见") in occasions
    # A statement of its own after a semicolon names the session in passing: not relayed.
    assert not any("农村工作会议" in occasion for _, occasion in occasions)
    assert [r.title for r in facts.reviewed] == [
        "中共中央、国务院关于加快建设农业强国的意见",
        "关于推进乡村全面振兴的意见",
    ]


def test_bylines_after_the_datelines_word_and_after_a_colon(tmp_path: Path) -> None:
    _, opening = _facts(tmp_path, "本网讯(张明)3月9日，县委常委会召开会议。县委书记赵刚主持会议。\n")
    assert [(p.name, p.is_reporter) for p in opening.persons] == [("张明", True), ("赵刚", False)]
    _, closing = _facts(
        tmp_path, "3月9日，县委常委会召开会议。县委书记赵刚主持会议。会议还研究了其他事项。 全媒体记者:吴芳 郑涛\n"
    )
    assert [(p.name, p.is_reporter) for p in closing.persons] == [("赵刚", False), ("吴芳", True), ("郑涛", True)]


def test_a_meeting_named_by_its_presider_with_place_and_term_between(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        " date 2023-03-03\n3月2日上午,旗委书记赵刚主持召开某某旗第十六届党委常委会第38次会议。"
        "会议强调,要抓好安全生产。旗人大、旗政协有关领导同志列席会议。\n",
    )
    assert (facts.meeting.date, facts.meeting.part_of_day) == (dt.date(2023, 3, 2), "morning")
    assert facts.meeting.committee.level == "county"
    assert [p.name for p in facts.persons] == ["赵刚"]  # 有关领导同志: the leaders concerned, no 关领导


def test_a_plenary_session_by_its_formal_name_in_a_list_that_commas_part(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        " date 2023-03-03\n3月2日上午,县委常委会召开会议,传达学习了习近平总书记在湖南考察时的重要讲话精神,"
        "中国共产党第二十届中央委员会第二次全体会议精神。会议指出,中央经济工作会议是一次重要会议。\n",
    )
    sessions = [d.occasion for d in facts.directives if d.kind == "session"]
    assert sessions == ["中国共产党第二十届中央委员会第二次全体会议"]


def test_duties_and_results_to_reach_are_no_topics(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议指出,要压实防汛重大政治责任。会议要求,要推动古籍修复成果转化到位。")
    assert not any(label.endswith(("责任", "到位")) for label in found)


def test_an_unquoted_title_with_a_short_parenthesis_inside(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path, "3月2日上午,县委常委会召开会议。会议审议了全县重点项目(事项)清单、县政府工作报告(讨论稿)。\n"
    )
    assert [r.title for r in facts.reviewed] == ["全县重点项目(事项)清单", "县政府工作报告"]


def test_the_post_of_a_letters_addressee_opens_after_gei(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, HEAD + "会议传达学习习近平总书记致某某论坛的贺信和给某某大学教授李明远回信精神。\n")
    (addressee,) = [p for p in facts.persons if p.name == "李明远"]
    assert [post.title for post in addressee.posts] == ["某某大学教授"]


def test_what_a_session_the_meeting_convened_is_to_do_is_not_what_the_meeting_did(tmp_path: Path) -> None:
    document, facts = _facts(
        tmp_path,
        "11月2日，省委常委会召开会议，审议《中共某省委常委会工作报告》。会议决定11月9日召开省委十二届五次全会。"
        "全会的主要议程是，全面贯彻落实党的二十届三中全会精神，审议《中共某省委关于进一步深化改革的决定》。"
        "会议强调，要深入学习贯彻党的二十届三中全会精神。\n",
    )
    assert [r.title for r in facts.reviewed] == ["中共某省委常委会工作报告"]
    # The plenum relayed by the meeting's own requirement, after the agenda, is still the meeting's.
    assert [d.evidence.quote for d in facts.directives if d.kind == "session"] == ["党的二十届三中全会"]
    assert all(d.evidence.start > document.text.index("会议强调") for d in facts.directives)


def test_the_agenda_of_a_session_decided_in_the_same_sentence_is_the_sessions(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "11月2日，县委常委会召开会议，决定于11月9日召开县委十五届七次全会，会议的主要任务是审议《县委工作规则》。\n",
    )
    assert facts.reviewed == ()


def test_the_place_whose_development_a_committee_works_for_is_its_own(tmp_path: Path) -> None:
    _, facts = _facts(tmp_path, "10月9日，市委常委会召开会议。会议强调，要抓调度、稳增长，为永城高质量发展筑牢根基。\n")
    committee = facts.meeting.committee
    assert (committee.region, committee.region_source, committee.level) == ("Yongcheng", "body", "county")


def test_a_post_ends_the_name_before_it_where_a_page_lost_the_commas(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "10月9日，市委书记张秀明主持召开市委常委会会议。市委副书记、市长田海林市人大常委会主任曹迎秋市政协主席"
        "张言平出席会议。\n",
    )
    assert {"田海林", "曹迎秋", "张言平"} <= {p.name for p in facts.persons}


def test_a_local_congress_and_cppcc_named_one_by_one_are_the_local_two_sessions(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议研究讨论了关于召开两会有关请示。会议要求，确保筹备好、召开好区十七届人大五次会议和区政协十三届五次会议。",
        head="3月15日，区委常委会召开会议。",
    )
    assert "区两会筹备" in found and "two-sessions" not in found


def test_honours_awarded_and_the_ground_of_the_work_are_no_topics(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议通报了“干部之星”“单位之星”评选结果。会议强调，要筑牢坚实根基。要筑牢理想信念根基。"
        "要弘扬优良作风，持续整治形式主义为基层减负。",
    )
    assert not any("之星" in label or "根基" in label or label == "坚实" for label in found)
    assert {"理想信念", "work-style", "grassroots-burden-reduction"} <= found


def test_a_party_congress_the_meeting_conveys_is_relayed_and_one_named_in_a_requirement_is_not(tmp_path: Path) -> None:
    _, facts = _facts(
        tmp_path,
        "11月1日上午，市委常委会召开会议，传达学习党的二十大精神、二十届二中全会精神。会议强调，要全面贯彻党的二十大精神，"
        "把学习贯彻省委全会精神与学习贯彻党的十九大精神结合起来。\n",
    )
    assert [d.occasion for d in facts.directives] == ["党的二十大", "二十届二中全会"]
    _, facts = _facts(tmp_path, "11月1日，县委常委会召开会议，学习贯彻中国共产党第二十次全国代表大会精神。\n")
    assert [d.occasion for d in facts.directives] == ["中国共产党第二十次全国代表大会"]


def test_sessions_to_be_convened_named_body_by_body_are_the_local_two_sessions_prepared(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议研究了召开县十七届人大二次会议、政协某某县十二届二次会议有关事宜。会议指出，县人大、政协“两会”的召开"
        "是全县人民政治生活中的一件大事。要把加强党的领导贯穿于会议筹备和召开的全过程。",
        head="2月20日，县委书记王东主持召开县委常委会议。",
    )
    assert "县两会筹备" in found and "two-sessions" not in found
    assert not any("贯穿" in label for label in found)


def test_a_quoted_campaign_and_the_centres_named_policies_are_topics(tmp_path: Path) -> None:
    # “三个年”活动: a quoted name with the head of a campaign; 六稳, 三大攻坚战 and 春耕 are scheme topics.
    _, _, found = _topics(
        tmp_path, "会议听取深化“某个年”活动情况汇报，强调要着力打好三大攻坚战，全面落实“六稳”举措，抓实春耕生产。"
    )
    assert {"某个年活动", "three-critical-battles", "six-stabilities", "spring-farming"} <= found


def test_an_agenda_list_and_a_requirements_object_stop_at_a_clause(tmp_path: Path) -> None:
    # What 研究部署 governs ends at the comma: "统一思想和行动" after it is no agenda item (行动工作);
    # "工作推进中仍然面临一些困难" is a clause of circumstance, not what is to be advanced.
    _, _, found = _topics(
        tmp_path,
        "会议研究部署今年工作重点，目的就是要进一步统一思想和行动，按照既定的工作思路推动各项工作。"
        "会议指出，工作推进中仍然面临一些困难与挑战。",
    )
    assert not any("行动" in label or "困难" in label for label in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A central leader's speech named with no occasion; a leading group's meeting with no place before it.
        (
            "会议传达学习全国某某部长会议精神、推动某某发展领导小组全体会议精神。会议指出，要坚决贯彻习近平总书记"
            "重要讲话和指示批示精神，按照韩正同志讲话要求，抓好各项任务。",
            [
                (None, "session", "全国某某部长会议"),
                (None, "session", "推动某某发展领导小组全体会议"),
                ("韩正", "speech", "韩正同志讲话"),
            ],
        ),
        # A province's leading group is its own; 国家 heads a central session; an article 署名 by Xi.
        (
            "会议学习了国家科学技术奖励大会精神、习近平总书记署名文章《坚定理想信念 补足精神之钙》，"
            "传达学习了省双拥共建工作领导小组会议精神。",
            [
                (None, "session", "国家科学技术奖励大会"),
                ("Xi Jinping", "other", "坚定理想信念 补足精神之钙"),
            ],
        ),
    ],
)
def test_central_speeches_sessions_and_articles_beyond_xis_own_frames(
    tmp_path: Path, body: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert _directives(tmp_path, body) == expected


def test_members_of_the_committee_are_named_after_their_post_and_a_verb_after_a_post_is_no_name(
    tmp_path: Path,
) -> None:
    _, facts = _facts(
        tmp_path,
        " date 2021-11-06\n11月5日，市委书记王明主持召开市委常委会会议。市委常委会会议组成人员李刚、赵平等参加会议。"
        "会议指出，在某某会议上，习近平总书记强调，要加强某某工作。\n",
    )
    assert {p.name for p in facts.persons} == {"王明", "李刚", "赵平", "Xi Jinping"}


def test_the_part_of_day_before_a_glossed_date_and_the_places_own_chapter(tmp_path: Path) -> None:
    # "今天下午(1月7日)": the part of the day the date glosses; "走好宁国高质量发展之路", "芜湖实践": the committee's place.
    _, facts = _facts(
        tmp_path, " date 2022-01-07\n市委常委会今天下午(1月7日)举行会议。会议要求，奋力走好宁国高质量发展之路。\n"
    )
    committee = facts.meeting.committee
    assert facts.meeting.part_of_day == "afternoon"
    assert (committee.region, committee.level) == ("Ningguo", "county")
    _, facts = _facts(tmp_path, "3月14日，市委常委会召开会议。要丰富和完善全过程人民民主芜湖实践。\n")
    assert facts.meeting.committee.region == "Wuhu"


def test_quoted_programmes_single_matters_and_a_second_thing_to_build_are_topics(tmp_path: Path) -> None:
    _, _, found = _topics(
        tmp_path,
        "会议研究我市某某农场发展等事项。会议强调，要深入开展“一争三促”专项行动，加强“四个中心”功能建设，"
        "持续推进一体化示范区和某某世界级生态岛建设。",
    )
    assert {"某某农场发展", "一争三促专项行动", "四个中心功能建设", "某某世界级生态岛建设"} <= found
    assert "一争三促" not in found  # the programme once, not its quoted name as a second topic


def test_a_banners_committee_is_placed_in_a_banner_not_in_a_county_name_inside_a_word(tmp_path: Path) -> None:
    # 范县 is a county's full name, and the middle of 示范县; a 旗委 leads a 旗, whose strength it contributes.
    _, facts = _facts(
        tmp_path,
        "刊发日期:2023-09-21 作者:李晓\n9月20日，旗委十六届61次常委会会议召开。旗委书记王明主持会议。"
        "会议强调，要做好国家乡村振兴示范县创建工作，在打造向北开放重要桥头堡上贡献巴林左力量。\n",
    )
    committee = facts.meeting.committee
    assert (committee.level, committee.region) == ("county", "Balinzuo")
    assert "李晓" in {p.name for p in facts.persons if p.is_reporter}


def test_a_regulation_to_promote_a_task_is_about_the_task(tmp_path: Path) -> None:
    _, facts, found = _topics(tmp_path, "会议传达学习了某某自治区《建设国家重要某某基地促进条例》。")
    assert [r.title for r in facts.reviewed] == ["建设国家重要某某基地促进条例"]
    assert "建设国家重要某某基地" in found and not any(label.endswith("促进") for label in found)


def test_a_plenums_report_and_speech_is_one_speech_and_no_reviewed_document(
    tmp_path: Path,
) -> None:
    _, facts = _facts(
        tmp_path,
        HEAD + "会议传达学习党的二十届二中全会精神特别是习近平总书记在全会上所作的工作报告和重要讲话精神。"
        "要健全工作机制。\n",
    )
    found = [(d.issuer, d.kind, d.occasion) for d in facts.directives][:2]
    assert found == [(None, "session", "党的二十届二中全会"), ("Xi Jinping", "speech", "在党的二十届二中全会上")]
    assert not facts.reviewed  # the report he delivered is no document the meeting reviewed
    assert "工作机制" not in {t.label for t in facts.topics}


def test_the_northeast_revitalization_and_the_belt_and_road_are_scheme_topics_in_chinese(tmp_path: Path) -> None:
    _, _, found = _topics(tmp_path, "会议强调，要推动东北全面振兴取得新突破，积极参与共建“一带一路”。")
    assert {"northeast-revitalization", "belt-and-road"} <= found


def test_a_speech_named_again_without_the_partys_name_is_one_and_an_activity_about_it_is_none(tmp_path: Path) -> None:
    text = (
        "3月2日下午，区委常委会举行会议，学习贯彻习近平总书记在中共中央政治局专题民主生活会上的重要讲话精神，"
        "对学习贯彻习近平总书记重要讲话精神开展交流研讨。会上，区委常委会集中学习了习近平总书记在中央政治局"
        "专题民主生活会上的重要讲话精神。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert [(d.kind, d.occasion) for d in facts.directives] == [("speech", "在中共中央政治局专题民主生活会上")]


def test_everyone_a_sentence_lists_by_post_before_they_spoke_is_a_speaker(tmp_path: Path) -> None:
    text = (
        "3月2日下午，区委常委会召开会议，区委书记王明主持会议并讲话。区委副书记、区长李华，区委常委赵刚，"
        "区委常委、宣传部部长陈丽围绕学习贯彻会议精神作交流发言。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert facts.speakers == ("王明", "李华", "赵刚", "陈丽")
    assert "陈丽" in {p.name for p in facts.persons}


def test_a_central_groups_meetings_and_a_national_conference_listed_with_local_ones_are_relayed(
    tmp_path: Path,
) -> None:
    text = (
        "3月2日下午，县委常委会召开会议，传达学习了中央全面依法治国委员会办公室有关会议精神。"
        "会议传达学习了中央农村工作领导小组有关会议精神。"
        "会议传达学习了全国、全省、全州统战工作会议精神。\n"
    )
    _, facts = _facts(tmp_path, text)
    sessions = [d.occasion for d in facts.directives if d.kind == "session"]
    assert sessions == ["中央农村工作领导小组有关会议", "全国统战工作会议"]


def test_the_day_a_run_on_headline_hides_still_dates_the_meeting(tmp_path: Path) -> None:
    text = (
        " date 2022-10-25\n1、省委常委会召开扩大会议传达学习党的全会精神迅速兴起学习宣传贯彻全会精神热潮"
        "以实际行动坚定拥护“两个确立”坚决做到“两个维护”"
        "10月24日上午，省委常委会召开扩大会议，传达学习全会精神。省委书记王明主持会议并讲话。"
        "会议指出，3月5日省委常委会会议精神要抓好落实。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert (facts.meeting.date, facts.meeting.part_of_day) == (dt.date(2022, 10, 24), "morning")


def test_what_a_relayed_central_document_is_about_is_a_topic(tmp_path: Path) -> None:
    body = "会议传达学习了《中共中央 国务院关于支持浦东新区高水平改革开放打造社会主义现代化建设引领区的意见》精神。"
    _, facts, found = _topics(tmp_path, body)
    assert [d.kind for d in facts.directives] == ["document"] and not facts.reviewed
    assert any("引领区" in topic for topic in found)


def test_a_central_meeting_the_readout_tells_of_and_xis_speech_there_are_relayed(tmp_path: Path) -> None:
    text = (
        "5月9日上午，省委常委会召开会议，传达学习习近平总书记重要讲话精神。省委书记王明主持会议。"
        "会议指出，4月30日中共中央政治局召开会议，决定召开全会。习近平总书记主持会议并发表重要讲话。"
        "省委书记王明主持会议并讲话。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert [(d.kind, d.occasion) for d in facts.directives] == [
        ("session", "4月30日中共中央政治局会议"),
        ("speech", "在4月30日中共中央政治局会议上"),
    ]


def test_an_earlier_general_secretarys_speeches_are_his_and_a_congress_and_plenum_named_together_are_two(
    tmp_path: Path,
) -> None:
    text = (
        "10月23日下午，省委召开常委扩大会议，传达学习党的十七大和十七届一中全会精神。省委书记王明主持会议并讲话，"
        "省委副书记李华出席会议。"
        "会上，李华传达了胡锦涛同志在十七届一中全会上的重要讲话精神。会议传达学习了胡锦涛总书记在全国政协联组会上的"
        "重要讲话精神和全国“两会”精神，要认真学习胡锦涛总书记等中央领导同志的重要讲话精神。\n"
    )
    _, facts = _facts(tmp_path, text)
    found = [(d.issuer, d.kind, d.occasion) for d in facts.directives]
    assert (None, "session", "党的十七大") in found and (None, "session", "十七届一中全会") in found
    assert ("胡锦涛", "speech", "胡锦涛同志在十七届一中全会上的讲话") in found
    assert ("胡锦涛", "speech", "胡锦涛总书记在全国政协联组会上的重要讲话") in found
    assert (None, "session", "全国“两会”") in found
    assert not any(issuer == "Xi Jinping" or "等中央" in occasion for issuer, _, occasion in found)
    assert "李华" in facts.speakers


def test_two_meetings_held_in_turn_what_a_plenum_reviewed_and_who_conveyed_at_the_meeting(tmp_path: Path) -> None:
    text = (
        "20日至21日，省委分别召开常委扩大会议和领导干部会议，传达贯彻全会精神。省委书记王明主持会议并讲话。"
        "会上陈华、叶梅生分别传达省人大会议精神，市政协主席李刚全程列席会议。"
        "会议强调，这次中央全会审议通过的《中共中央关于深化文化体制改革若干重大问题的决定》意义重大。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert facts.meeting.enlarged
    assert not facts.reviewed
    assert {"陈华", "叶梅生"} <= set(facts.speakers)
    assert "李刚" in {p.name for p in facts.persons}


def test_a_county_level_citys_own_place_beats_its_prefecture_named_more_often(tmp_path: Path) -> None:
    text = (
        " date 2014-01-23\n22日下午，市委书记王明主持召开市委常委(扩大)会议，传达宁德市三届人大四次会议、宁德市政协三届"
        "三次会议精神。会议指出，要认真按照中央、省委、宁德市委的部署要求，全力推动福鼎更好更快发展。"
        "要认真落实宁德市委市政府的部署要求。\n"
    )
    _, facts = _facts(tmp_path, text)
    committee = facts.meeting.committee
    assert (committee.level, committee.region) == ("county", "Fuding")


def test_a_municipality_is_placed_by_its_secretary_of_an_earlier_decade(tmp_path: Path) -> None:
    text = (
        " date 2010-03-17\n本报讯 昨天下午，市委举行常委扩大会议，传达学习全国“两会”精神。"
        "中共中央政治局委员、市委书记俞正声主持会议。会议强调，要办好世博会。\n"
    )
    _, facts = _facts(tmp_path, text)
    assert (facts.meeting.committee.level, facts.meeting.committee.region) == ("municipal", "Shanghai")


def test_the_guiding_concepts_of_the_2000s_and_culture_are_scheme_topics(tmp_path: Path) -> None:
    body = "会议强调，要深入贯彻落实科学发展观，加快转变经济发展方式，推动文化大发展大繁荣，构建社会主义和谐社会。"
    _, _, found = _topics(tmp_path, body)
    assert {
        "scientific-outlook-on-development",
        "development-mode-transformation",
        "cultural-development",
        "harmonious-society",
    } <= found

"""Topics of English readouts, from invented sentences."""

from __future__ import annotations

from pathlib import Path

from kg.document import read_document
from kg.extract import extract_readout
from kg.reference import load_topic_scheme

HEAD = " date 2024-03-02\nOn March 1, the Standing Committee of the Yichang Municipal Party Committee held a meeting. "


def _topics(tmp_path: Path, text: str) -> dict[str, str | None]:
    path = tmp_path / "r.txt"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    document = read_document(path)
    topics = extract_readout(document).topics
    assert all(document.text[t.evidence.start : t.evidence.end] == t.evidence.quote for t in topics)
    return {t.key: t.label for t in topics}


def _topic_keys(tmp_path: Path, text: str) -> set[str]:
    return set(_topics(tmp_path, text))


def test_a_topic_named_only_in_a_persons_title_is_not_a_topic(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "Wang Ming, Secretary of the Municipal Party Committee, presided. Zhao Hong, Chairman of the Municipal "
        "Political Consultative Conference, attended the meeting. The meeting stressed that it is necessary "
        "to promote rural revitalization.",
    )
    assert "rural-revitalization" in found
    assert "cppcc-work" not in found


def test_the_same_words_as_what_the_meeting_dealt_with_are_a_topic(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "Wang Ming, Secretary of the Municipal Party Committee, presided. The meeting stressed that it is "
        "necessary to support the political consultative work of the CPPCC.",
    )
    assert "cppcc-work" in found


def test_a_topic_word_in_a_bodys_name_is_not_a_topic(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "The meeting required that the Party group of the CPPCC Hubei Provincial Committee take the lead, "
        "and conveyed the spirit of the Second Session of the 13th CPPCC Municipal Committee. The meeting "
        "also held a meeting of the Foreign Affairs Working Committee.",
    )
    assert "cppcc-work" not in found
    assert "foreign-affairs" in found  # a working committee's meeting is about its work


def test_what_a_reviewed_document_is_about_is_a_topic(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        'The meeting reviewed the "Implementation Plan for Building a Smart Port Cluster (Draft)" and the '
        '"Yichang Municipal Wetland Management Regulations".',
    )
    assert found.get("en-building-a-smart-port-cluster") == "building a smart port cluster"
    assert "en-wetland-management" in found


def test_a_reviewed_document_whose_subject_the_scheme_names_gives_the_scheme_topic_only(tmp_path: Path) -> None:
    found = _topics(tmp_path, 'The meeting reviewed the "Opinions on Promoting Rural Revitalization".')
    assert "rural-revitalization" in found
    assert not any(key.startswith("en-") for key in found)


def test_the_party_campaign_of_theme_education_is_not_schooling(tmp_path: Path) -> None:
    found = _topics(tmp_path, "The meeting stressed the need to carry out the theme education in depth.")
    assert "theme-education" in found and "education" not in found


def test_a_requirement_translated_as_the_importance_of_or_urged_to_names_a_topic(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting stressed the importance of improving river chief patrols. The committee urged "
        "party members and cadres to strengthen grassroots mediation capacity.",
    )
    assert "en-river-chief-patrol" in found
    assert "en-grassroots-mediation-capacity" in found


def test_the_subject_of_a_passive_requirement_is_a_topic(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "During the meeting, it was emphasized that tea garden mechanization and bamboo processing capacity must be "
        "prioritized.",
    )
    assert "en-tea-garden-mechanization" in found


def test_a_quoted_programme_name_is_an_open_topic(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting stressed that we must do a solid job in the “nine harbours” work, carry forward the "
        "“Green Valley Experience”, and win the “Two Clean Rivers Battles”.",
    )
    labels = set(found.values())
    assert {"nine harbour", "green valley experience", "two clean rivers battle"} <= labels


def test_a_quoted_name_after_a_battle_of_or_a_good_job_in_is_a_programme(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "It is necessary to fight the tough battle of “five lakes cleaning”, and do a good job in “early warning "
        "and quick response” to ensure safety. We must keep a practical style of work.",
    )
    assert {"five lakes cleaning", "early warning and quick response"} <= set(found.values())
    assert "work-style" in found  # "style of work" is work style in other words


def test_a_quoted_slogan_without_a_programme_head_is_no_topic(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting stressed that we must firmly support the “two establishments”, strengthen the "
        "“four consciousnesses”, keep in mind the “big picture” and “walk in front”.",
    )
    assert not [label for label in found.values() if label is not None]


def test_a_quoted_title_of_a_reviewed_document_is_not_a_programme(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting reviewed the “Implementation Plan for the Nine Harbours Project” and the “Opinions on "
        "River Chiefs Work”.",
    )
    assert not any(label and ("plan" in label or "opinion" in label) for label in found.values())


def test_every_object_of_a_requirement_without_scheme_topics_is_an_open_topic(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting stressed that it is necessary to build a new harbour logistics hub, accelerate "
        "orchard renewal, and improve glacier monitoring.",
    )
    labels = set(found.values())
    assert {"harbour logistics hub", "orchard renewal", "glacier monitoring"} <= labels


def test_a_requirement_made_a_noun_names_its_topic(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "It was stressed that orchard renewal is a driving force, along with the promotion of lantern craft and the "
        "protection of glacier springs.",
    )
    assert {"lantern craft", "glacier spring"} <= set(found.values())


def test_an_agenda_items_opening_names_its_subject(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting focused on the recent glacier lake outburst at Yongju. It is necessary to strengthen orchard "
        "renewal.",
    )
    labels = set(found.values())
    assert "glacier lake outburst" in labels and "orchard renewal" in labels  # "recent" says when, not what
    assert not any(label and label.startswith("at ") for label in labels)


def test_translations_of_one_topic_name_one_concept(tmp_path: Path) -> None:
    for wording in (
        "propaganda and ideology work",
        "publicity and ideological work",
        "propaganda and ideological work",
    ):
        assert "publicity-work" in _topic_keys(tmp_path, f"The meeting stressed that we must strengthen {wording}.")


def test_social_security_is_one_scheme_topic_in_both_languages(tmp_path: Path) -> None:
    assert "social-security" in _topic_keys(
        tmp_path, "It is necessary to improve the multi-level social security system and expand social insurance."
    )
    path = tmp_path / "zh.txt"
    path.write_text(
        "3月9日上午，市委常委会召开会议。会议强调，要健全社会保障体系，扩大养老保险覆盖面。\n", encoding="utf-8"
    )
    assert "social-security" in {t.key for t in extract_readout(read_document(path)).topics}


def test_flood_control_food_safety_and_flood_damage_name_their_own_concepts(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "It is necessary to do a good job in flood control and food safety, and respond to climate change. "
        "The meeting stressed repairing flood damage and improving water conservancy infrastructure.",
    )
    # Damage done is the aftermath of a disaster; the works that hold water back are waterworks.
    assert {
        "flood-control",
        "food-safety",
        "ecological-civilization",
        "disaster-prevention",
        "water-conservancy",
    } <= found


def test_a_reviewed_titles_subject_leaves_out_the_comma_its_quote_closed_after(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting studied the “Regulations on the Appraisal of Rural Water Conservancy Projects,” emphasizing "
        "strict implementation.",
    )
    assert not any(label and label.endswith(",") for label in found.values())
    assert any(label and label.startswith("appraisal of rural water conservancy project") for label in found.values())


def test_beside_a_scheme_topic_an_object_whose_head_names_a_policy_area_is_a_topic_too(tmp_path: Path) -> None:
    found = _topics(
        tmp_path,
        "The meeting stressed the need to ensure people's livelihood, accelerate the improvement of rural road "
        "infrastructure, ensure winter heating, and strengthen the construction of the village doctor team.",
    )
    assert "peoples-livelihood" in found
    labels = set(found.values())
    assert {"rural road infrastructure", "village doctor team"} <= labels
    assert "winter heating" not in labels  # an object in general, beside a scheme topic: not an area of its own


def test_loyalty_formulas_name_no_scheme_topic_though_their_concept_stays_in_the_scheme(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "The meeting stressed that we must deeply understand the decisive significance of the two establishments, "
        "resolutely achieve the two safeguards and do a good job in flood control.",
    )
    assert "flood-control" in found and "two-establishments" not in found
    assert "two-establishments" in {key for key, _ in load_topic_scheme().concepts}


def test_every_item_of_a_list_of_subjects_a_relayed_speech_is_on_is_a_topic(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "The meeting studied the spirit of General Secretary Xi Jinping's important speeches, including those "
        "focusing on strengthening and improving ethnic work, and promoting international exchanges and cooperation.",
    )
    assert {"ethnic-work", "foreign-affairs"} <= found


def test_a_zone_park_or_port_named_in_title_case_is_a_topic(tmp_path: Path) -> None:
    # Each name of a list is a topic, though the scheme knows a part of the first (ecological civilization);
    # a name the scheme holds whole is its topic only, and a bare "Development Zone" is no name.
    found = _topics(
        tmp_path,
        "It is necessary to promote the construction of the National Ecological Civilization Pilot Zone and the "
        "Green Hills National Park, build the Yangtze River Economic Belt, and support each Development Zone.",
    )
    labels = {label for label in found.values() if label}
    assert {"national ecological civilization pilot zone", "green hills national park"} <= labels
    assert "yangtze-economic-belt" in found and not any("belt" in label for label in labels)
    assert not any(label.endswith("development zone") for label in labels)


def test_the_northeast_revitalization_and_the_belt_and_road_are_scheme_topics(tmp_path: Path) -> None:
    found = _topic_keys(
        tmp_path,
        "It is necessary to seize new breakthroughs in the revitalization of Liaoning, support the revitalization "
        "of the Northeast, and take part in the Belt and Road.",
    )
    assert {"northeast-revitalization", "belt-and-road"} <= found

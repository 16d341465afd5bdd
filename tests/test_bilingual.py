"""One bilingual graph: a person, a committee and a central event named in Chinese and in English are one node each."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespace import KG
from kg.pipeline import build_graph

ZH = (
    "2023年3月10日 来源：重庆日报\n\n"
    "3月9日下午，重庆市委常委会召开会议，传达学习党的二十大精神。市委书记周建平主持会议并讲话。\n\n"
    "会议强调，要抓好安全生产工作。\n"
)
EN = (
    "date 2023-03-20\n\n"
    "On the afternoon of March 19, the Standing Committee of the Chongqing Municipal Party Committee held a meeting to "
    "study the spirit of the 20th National Congress of the Communist Party of China. Zhou Jianping, Secretary of the "
    "Municipal Party Committee, presided over the meeting.\n\nEnd.\n"
)


def test_a_person_committee_and_event_named_in_both_languages_are_one_node_each(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    graph, report = build_graph(tmp_path)
    assert report.documents == 2
    committees = set(graph.subjects(RDF.type, KG.Committee))
    assert len(committees) == 1
    assert Literal("重庆市委常委会", lang="zh") in set(graph.objects(next(iter(committees)), SKOS.altLabel))
    presiders = {p for m in graph.subjects(RDF.type, KG.Meeting) for p in graph.objects(m, KG.presidedBy)}
    assert len(presiders) == 1
    (person,) = presiders
    assert graph.value(person, RDFS.label) == Literal("Zhou Jianping")
    assert Literal("周建平", lang="zh") in set(graph.objects(person, SKOS.altLabel))
    congress = {
        d
        for m in graph.subjects(RDF.type, KG.Meeting)
        for d in graph.objects(m, KG.studies)
        if graph.value(d, KG.event) is not None
    }
    assert len(congress) == 1
    assert isinstance(graph.value(next(iter(congress)), KG.event), URIRef)


def test_a_different_person_with_the_same_pinyin_elsewhere_stays_apart(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN.replace("Chongqing", "Tianjin"), encoding="utf-8")
    graph, _ = build_graph(tmp_path)
    presiders = {p for m in graph.subjects(RDF.type, KG.Meeting) for p in graph.objects(m, KG.presidedBy)}
    assert len(presiders) == 2


def test_a_scheme_topic_named_in_both_languages_is_one_node(tmp_path: Path) -> None:
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")  # 要抓好安全生产工作
    english = EN.replace(
        "\n\nEnd.", "\n\nThe meeting emphasized that it is necessary to do a good job in safety production.\n\nEnd."
    )
    (tmp_path / "en.txt").write_text(english, encoding="utf-8")
    graph, _ = build_graph(tmp_path)
    topic = URIRef("https://w3id.org/readout-kg/id/topic/safety-production")
    assert len(set(graph.subjects(KG.topic, topic)) & set(graph.subjects(RDF.type, KG.Meeting))) == 2
    assert Literal("安全生产", lang="zh") in set(graph.objects(topic, SKOS.altLabel))
    assert graph.value(topic, SKOS.prefLabel) == Literal("safety production", lang="en")


def test_a_party_congress_conveyed_in_either_language_is_one_directive_linked_to_the_congress(
    tmp_path: Path,
) -> None:
    (tmp_path / "zh.txt").write_text(
        " date 2022-11-02\n11月1日上午，市委常委会召开会议，传达学习党的二十大精神。市委书记王强主持会议。\n",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text(
        " date 2022-11-03\nOn the morning of November 2, the Standing Committee of the Municipal Party Committee held "
        "a meeting to convey and study the spirit of the 20th National Congress of the Communist Party of China. "
        "Li Ming, secretary of the Municipal Party Committee, presided over the meeting.\n",
        encoding="utf-8",
    )
    graph, _ = build_graph(tmp_path)
    directives = set(graph.subjects(KG.event, URIRef("https://w3id.org/readout-kg/id/event/cpc-20-congress")))
    assert len(directives) == 1
    relays = graph.subjects(KG.source, next(iter(directives)))
    assert sorted(int(days) for relay in relays for days in graph.objects(relay, KG.daysAfterEvent)) == [16, 17]

"""The network views open small and readable, rank by meetings, and show evidence on click.

Checked on the seeds build (read from the pages' data) and on invented graphs handed to
the renderer, so each rule (top N, anchors and followers, label fitting, layout) is
tested on its own.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from rdflib import Graph

from kg.namespace import KG
from kg.pipeline import BuildReport
from kg.views.evidence import sentence_around
from kg.views.layout import layout
from kg.views.render import EdgeSpec, NodeSpec, Page, _fitting_labels, render_network


def _data(html: str, name: str) -> list[dict[str, object]]:
    found = json.loads(html.split(f"var {name} = new vis.DataSet(", 1)[1].split(");", 1)[0])
    assert isinstance(found, list)
    return found


def _expected(html: str) -> int:
    return int(re.search(r'data-nodes-expected="(\d+)"', html)[1])  # type: ignore[index]


# -- sentences ---------------------------------------------------------------------------


def test_the_sentence_around_a_quote_stops_at_sentence_ends_in_both_languages() -> None:
    text = "The meeting opened. Wang Qiang presided over the meeting and spoke. It is necessary to act."
    start = text.index("Wang Qiang")
    left, right = sentence_around(text, start, start + len("Wang Qiang"))
    assert text[left:right] == "Wang Qiang presided over the meeting and spoke."
    chinese = "会议指出，要抓好安全生产。会议强调，要推进乡村振兴。"
    start = chinese.index("乡村振兴")
    left, right = sentence_around(chinese, start, start + 4)
    assert chinese[left:right] == "会议强调，要推进乡村振兴。"


def test_a_sentence_without_ends_is_cut_at_a_bounded_reach() -> None:
    text = "word " * 400
    left, right = sentence_around(text, 1000, 1004)
    assert left >= 1000 - 240 and right <= 1004 + 240 and left < 1000 < 1004 < right


# -- the built seeds ---------------------------------------------------------------------


def test_a_click_shows_the_sentence_its_readout_and_date(built: tuple[Path, BuildReport]) -> None:
    nodes = _data((built[0] / "people.html").read_text(encoding="utf-8"), "nodes")
    yuan = next(n for n in nodes if n["label"] == "Yuan Jiajun")
    evidence = yuan["kgEvidence"]
    assert isinstance(evidence, list) and evidence
    for found in evidence:
        assert found["quote"] == "Yuan Jiajun" or "Yuan" in found["quote"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d|undated", found["date"])
        assert (built[0] / found["page"]).is_file()
        assert len(found["before"] + found["after"]) > 20  # a sentence, not the bare name
        readout = (Path(__file__).parent.parent / "seeds" / f"{found['readout']}.txt").read_text(encoding="utf-8")
        assert found["before"] + found["quote"] + found["after"] in readout


def test_people_show_officials_first_and_reporters_apart(built: tuple[Path, BuildReport], built_graph: Graph) -> None:
    html = (built[0] / "people.html").read_text(encoding="utf-8")
    nodes = _data(html, "nodes")
    reporters = {str(p) for p in built_graph.subjects(None, KG.Reporter)}
    assert reporters and all(str(p) in {str(x) for x in built_graph.objects(None, KG.reporter)} for p in reporters)
    drawn_as_reporter = {n["id"] for n in nodes if n["kgClass"] == "Reporter"}
    assert drawn_as_reporter and drawn_as_reporter <= reporters
    assert re.search(r'value="Reporter">', html) and not re.search(r'value="Reporter" checked', html)
    assert re.search(r'value="Person" checked', html)
    persons = sorted((n for n in nodes if n["kgOrder"] >= 0), key=lambda n: n["kgOrder"])  # type: ignore[operator]
    meetings = [n["kgMeetings"] for n in persons if n["kgClass"] == "Person"]
    assert meetings == sorted(meetings, reverse=True)


def test_topic_communities_are_named_by_their_largest_topic(built: tuple[Path, BuildReport]) -> None:
    html = (built[0] / "topics.html").read_text(encoding="utf-8")
    nodes = _data(html, "nodes")
    for group in {n["kgClass"] for n in nodes} - {"smaller communities"}:
        members = [n for n in nodes if n["kgClass"] == group]
        largest = max(members, key=lambda n: (n["kgMeetings"], -n["kgOrder"]))  # type: ignore[operator]
        # The name is the topic's label, cut to the legend's width (a Chinese character counts twice).
        name = str(group).removeprefix("with “").removesuffix("”").removesuffix("…")
        assert str(largest["title"]).split("\n")[0].startswith(name)


def test_links_carry_their_weight_and_the_meetings_behind_them(built: tuple[Path, BuildReport]) -> None:
    edges = _data((built[0] / "topics.html").read_text(encoding="utf-8"), "edges")
    assert edges and all(int(e["kgWeight"]) >= 1 for e in edges)  # type: ignore[call-overload]
    for edge in edges:
        meetings = edge["kgMeetings"]
        assert isinstance(meetings, list) and 1 <= len(meetings) <= min(3, int(edge["kgWeight"]))  # type: ignore[call-overload]
        assert all((built[0] / m["page"]).is_file() for m in meetings)


# -- the renderer on invented graphs -----------------------------------------------------


def _star(spokes: int, hub: str = "hub") -> tuple[list[NodeSpec], list[EdgeSpec]]:
    nodes = [NodeSpec(hub, hub, hub, "Committee", "#000", 1)]
    nodes += [NodeSpec(f"p{i}", f"person {i}", f"p{i}", "Person", "#111", spokes - i) for i in range(spokes)]
    return nodes, [EdgeSpec(f"p{i}", hub, "led", 1) for i in range(spokes)]


def test_the_page_opens_on_the_top_anchors_and_the_nodes_they_link_to() -> None:
    nodes, edges = _star(10)
    nodes.append(NodeSpec("alone", "alone", "alone", "Person", "#111", 99))
    page = Page("t", "s", top=3, anchors=("Person",))
    html = render_network(page, nodes, edges)
    data = {n["id"]: n for n in _data(html, "nodes")}
    # The top three people are alone, p0 and p1; alone has no link, so p0, p1 and their committee show.
    assert _expected(html) == 3
    assert data["alone"]["kgOrder"] == 0 and data["hub"]["kgOrder"] == -1
    assert [data[f"p{i}"]["kgOrder"] for i in range(3)] == [1, 2, 3]


def test_hidden_groups_are_not_shown_at_start_but_are_in_the_page() -> None:
    nodes, edges = _star(4)
    html = render_network(Page("t", "s", top=10, hidden=("Committee",)), nodes, edges)
    assert _expected(html) == 0 and len(_data(html, "nodes")) == 5


def test_rendering_is_deterministic_and_places_every_node() -> None:
    nodes, edges = _star(30)
    first = render_network(Page("t", "s", top=8), nodes, edges)
    assert first == render_network(Page("t", "s", top=8), list(reversed(nodes)), list(reversed(edges)))
    placed = {(n["x"], n["y"]) for n in _data(first, "nodes")}
    assert len(placed) == 31


def test_layout_puts_a_pair_upright_and_keeps_groups_apart() -> None:
    pos = layout(["a", "b", "c", "d"], [("a", "b", 1.0), ("c", "d", 1.0)], ["a", "b", "c", "d"], {})
    assert pos["a"][0] == pos["b"][0] and pos["a"][1] < pos["b"][1]
    assert pos["c"][0] - pos["a"][0] > 0 or pos["c"][1] - pos["a"][1] > 0
    assert pos == layout(["a", "b", "c", "d"], [("a", "b", 1.0), ("c", "d", 1.0)], ["a", "b", "c", "d"], {})


def test_nodes_shown_later_hang_near_what_they_link_to() -> None:
    pos = layout(["hub", "x", "far"], [("hub", "x", 1.0)], ["hub"], {})
    near = abs(pos["x"][0] - pos["hub"][0]) + abs(pos["x"][1] - pos["hub"][1])
    assert 0 < near < 400 and set(pos) == {"hub", "x", "far"}


def test_labels_are_drawn_at_start_only_where_they_fit() -> None:
    nodes = [NodeSpec(name, "a rather long label for a node", "t", "G", "#000", 5 - i) for i, name in enumerate("abc")]
    pos = {"a": (0.0, 0.0), "b": (30.0, 1.0), "c": (0.0, 400.0)}  # b's label would cover a's
    sizes = dict.fromkeys("abc", 10.0)
    fits = _fitting_labels(nodes, ["a", "b", "c"], pos, sizes, 14.0)
    assert fits["a"] == 0 and fits["b"] < 0 and fits["c"] == 0  # b's label moves over its node
    pos["c"] = (0.0, 25.0)  # node c now sits where the labels of a and b would be drawn under them
    fits = _fitting_labels(nodes, ["a", "b", "c"], pos, sizes, 14.0)
    assert fits["a"] < 0 and "b" not in fits and fits["c"] == 0  # over a, b's label has no room left


_LAYOUT_RUN = """
from kg.views.layout import layout
nodes = [f"n{i}" for i in range(60)]
edges = [(f"n{i}", f"n{(i * 7 + 3) % 20}", 1.0) for i in range(20)] + [("n30", "n31", 1.0), ("n40", "n41", 1.0)]
print(sorted(layout(nodes, edges, nodes[:20], {}).items()))
"""


def test_layout_is_the_same_whatever_the_hash_seed() -> None:
    """A subgraph view iterates a set, whose order follows PYTHONHASHSEED; the layout must not."""
    runs = {
        subprocess.run(
            [sys.executable, "-c", _LAYOUT_RUN],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


def test_nodes_with_the_same_links_are_not_stacked() -> None:
    """Twenty committees relaying the same two directives: the spring layout puts them on one spot."""
    committees = [f"c{i}" for i in range(20)]
    edges = [(c, d, 1.0) for c in committees for d in ("d1", "d2")]
    pos = layout(["d1", "d2", *committees], edges, ["d1", "d2", *committees], {})
    points = list(pos.values())
    closest = min(
        ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 for i, (ax, ay) in enumerate(points) for bx, by in points[i + 1 :]
    )
    assert closest >= 30


def test_labels_are_cut_by_columns_a_chinese_character_taking_two() -> None:
    from kg.views.common import short

    assert short("abcdefghij", 5) == "abcd…" and short("abcde", 5) == "abcde"
    assert short("新时代中国特色社会主义思想", 10) == "新时代中…"

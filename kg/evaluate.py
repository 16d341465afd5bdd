"""Scoring a built graph against hand-made gold annotations (see tests/gold/README.md).

Per field: accuracy for the meeting header (and how often a value is given where the
gold has none); precision, recall and F1 for people, directives, reviewed documents
and topics, with the matching rules of the gold's README; and the share of evidence
spans whose offsets reproduce their quote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.document import has_chinese, read_document, to_simplified
from kg.errors import EvalError
from kg.namespace import ID_IRI, KG
from kg.rdfnodes import iris

__all__ = ["Evaluation", "FieldScore", "content_words", "evaluate", "format_evaluation"]

_STOP = frozenset(
    """a an the of on in at to for and or with by from as its his their our this that these those
into about during over under new""".split()
)
_HEADER = ("date", "part_of_day", "level", "region", "enlarged")
Gold = dict[str, Any]
"""One gold annotation file: untyped JSON, read as the gold README describes it."""
_SETS = ("presiders", "speakers", "persons", "central_directives", "reviewed", "topics")


def content_words(text: str) -> set[str]:
    """Lowercase content words of a phrase ("the Lei Feng spirit" -> {"lei", "feng", "spirit"})."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))
    return {w for w in words if w not in _STOP}


def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"[^\u3400-\u9fff0-9a-z]", "", to_simplified(text).lower())
    return {chars[i : i + 2] for i in range(len(chars) - 1)} or ({chars} if chars else set())


def _covers(candidate: str, gold: str) -> bool:
    """At least half of the gold phrase's content words (Chinese: character bigrams) appear in the candidate."""
    if has_chinese(gold):
        wanted = _bigrams(gold)
        return bool(wanted) and len(wanted & _bigrams(candidate)) * 2 >= len(wanted)
    wanted = content_words(gold)
    return bool(wanted) and len(wanted & content_words(candidate)) * 2 >= len(wanted)


def _name(text: str) -> str:
    """Names compare without case, spaces or the traditional/simplified difference; 习近平 is Xi Jinping."""
    plain = re.sub(r"\s+", "", to_simplified(text).lower())
    return "xijinping" if plain == "习近平" else plain


@dataclass
class FieldScore:
    """Counts for one field, summed over documents."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0
    given_where_none: int = 0
    kind_correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Scores per field, per-document differences, and the evidence-span check."""

    documents: int = 0
    scores: dict[str, FieldScore] = field(default_factory=dict)
    differences: dict[str, list[str]] = field(default_factory=dict)
    spans_checked: int = 0
    spans_exact: int = 0


@dataclass(frozen=True)
class _Predicted:
    header: dict[str, object]
    names: dict[str, list[list[str]]]
    directives: list[tuple[str | None, str, str, str | None]]
    """(issuer, kind, occasion words, calendar event key)"""
    reviewed: list[str]
    topics: list[list[str]]


def _labels(graph: Graph, node: URIRef) -> list[str]:
    return [str(v) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for v in graph.objects(node, p)]


def _local(node: object) -> str | None:
    return None if node is None else str(node).rsplit("#", 1)[-1]


def _region_labels(graph: Graph, region: URIRef) -> list[str]:
    """The region's labels and those of the places it lies inside."""
    labels = _labels(graph, region)
    seen = {region}
    outer = graph.value(region, KG.within)
    while isinstance(outer, URIRef) and outer not in seen:
        seen.add(outer)
        labels += _labels(graph, outer)
        outer = graph.value(outer, KG.within)
    return labels


def _same_region(predicted: object, gold: object) -> bool:
    """A predicted place label contains the gold name, or lies inside the gold place."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    wanted = _name(str(gold))
    labels = [_name(label) for label in predicted] if isinstance(predicted, list) else []
    return any(wanted in label or (label and label in wanted) for label in labels)


def _true(value: object) -> bool:
    return isinstance(value, Literal) and value.toPython() is True


def _predicted(graph: Graph, meeting: URIRef) -> _Predicted:
    level = _local(graph.value(graph.value(meeting, KG.heldBy), KG.level))
    date = graph.value(meeting, KG.date)
    part = _local(graph.value(meeting, KG.partOfDay))
    region = graph.value(graph.value(meeting, KG.heldBy), KG.region)
    header: dict[str, object] = {
        "region": _region_labels(graph, region) if isinstance(region, URIRef) else None,
        "date": str(date) if date is not None else None,
        "part_of_day": part.lower() if part else None,
        "level": level.removesuffix("Level").lower() if level else None,
        "enlarged": _true(graph.value(meeting, KG.enlarged)),
    }
    names = {
        key: [_labels(graph, p) for p in iris(graph.objects(meeting, prop))]
        for key, prop in (("presiders", KG.presidedBy), ("speakers", KG.speaker), ("persons", KG.mentions))
    }
    directives = []
    for d in iris(graph.objects(meeting, KG.studies)):
        issuer = graph.value(d, KG.issuedBy)
        kind = _local(graph.value(d, KG.directiveKind)) or "OtherKind"
        kind = {"DocumentKind": "document", "OtherKind": "other"}.get(kind, kind.lower())
        occasions = [str(o) for o in graph.objects(d, KG.occasion)] + [str(a) for a in graph.objects(d, SKOS.altLabel)]
        event = graph.value(d, KG.event)
        event_key = str(event).rsplit("/", 1)[-1] if event is not None else None
        directives.append(
            (str(graph.value(issuer, RDFS.label)) if issuer else None, kind, " ".join(occasions), event_key)
        )
    reviewed = [str(graph.value(r, RDFS.label)) for r in iris(graph.objects(meeting, KG.reviewed))]
    topics = [_labels(graph, t) for t in iris(graph.objects(meeting, KG.topic))]
    return _Predicted(header, names, directives, reviewed, topics)


def _match(
    golds: list[str], preds: list[list[str]], same: Callable[[list[str], str], bool]
) -> tuple[int, list[str], list[int]]:
    """One-to-one matching of the most pairs; returns (matched, missed gold, unmatched prediction indices)."""
    pairs = _best_pairs(len(golds), len(preds), lambda g, p: 1.0 if same(preds[p], golds[g]) else 0.0)
    used = set(pairs.values())
    missed = [g for i, g in enumerate(golds) if i not in pairs]
    return len(pairs), missed, [i for i in range(len(preds)) if i not in used]


def _best_pairs(golds: int, preds: int, score: Callable[[int, int], float]) -> dict[int, int]:
    """A maximum one-to-one matching (gold index -> prediction index) over pairs that score above 0.

    Greedy matching in list order lets a loose match take a prediction that a closer
    gold needed; a maximum-weight matching counts what a careful reader would.
    """
    network = nx.Graph()
    for g in range(golds):
        for p in range(preds):
            weight = score(g, p)
            if weight > 0:
                network.add_edge(("g", g), ("p", p), weight=1.0 + weight)
    matching = nx.max_weight_matching(network, maxcardinality=True)
    pairs = {}
    for a, b in matching:
        gold, pred = (a, b) if a[0] == "g" else (b, a)
        pairs[gold[1]] = pred[1]
    return pairs


def _score_sets(gold: Gold, pred: _Predicted, ev: Evaluation, doc: str) -> None:
    diffs = ev.differences.setdefault(doc, [])
    for key in ("presiders", "speakers", "persons"):
        raw = gold.get(key) or []
        golds = [g["name"] if isinstance(g, dict) else str(g) for g in raw]
        same = lambda labels, g: any(_name(x) == _name(g) for x in labels)  # noqa: E731
        _add(ev, key, golds, pred.names[key], same, lambda p: p[0], diffs)
    golds_d = gold.get("central_directives") or []
    score = ev.scores.setdefault("central_directives", FieldScore())
    pairs = _best_pairs(
        len(golds_d), len(pred.directives), lambda g, p: _directive_score(golds_d[g], pred.directives[p])
    )
    used = set(pairs.values())
    links = ev.scores.setdefault("event_links", FieldScore())
    links.gold += sum(1 for g in golds_d if g.get("event"))
    links.predicted += sum(1 for p in pred.directives if p[3] is not None)
    for index, g in enumerate(golds_d):
        if index not in pairs:
            diffs.append(f"missed directive: {g['issuer']} | {g['kind']} | {g['occasion']}")
            continue
        predicted = pred.directives[pairs[index]]
        score.kind_correct += predicted[1] == g["kind"]
        if g.get("event") and predicted[3] == g["event"]:
            links.correct += 1
        elif g.get("event") or predicted[3]:
            diffs.append(f"event link: got {predicted[3]}, gold {g.get('event')} for {g['occasion']}")
    score.correct += len(used)
    score.gold += len(golds_d)
    score.predicted += len(pred.directives)
    for i, (issuer, kind, occ, _) in enumerate(pred.directives):
        if i not in used:
            diffs.append(f"extra directive: {issuer} | {kind} | {occ}")
    _add(
        ev,
        "reviewed",
        [str(x) for x in gold.get("reviewed") or []],
        [[r] for r in pred.reviewed],
        lambda p, g: _covers(p[0], g),
        lambda p: p[0],
        diffs,
    )
    _topics(ev, [str(x) for x in gold.get("topics") or []], pred.topics, diffs)


def _directive_score(gold: Gold, pred: tuple[str | None, str, str, str | None]) -> float:
    """How well a predicted directive covers a gold one (0 when it does not match at all)."""
    issuer, _, occasion, _ = pred
    if gold["issuer"] == "Xi Jinping" and issuer != "Xi Jinping":
        return 0.0
    if not _covers(occasion, gold["occasion"]):
        return 0.0
    if has_chinese(gold["occasion"]):
        grams = _bigrams(gold["occasion"])
        return len(grams & _bigrams(occasion)) / len(grams)
    wanted = content_words(gold["occasion"])
    return len(wanted & content_words(occasion)) / len(wanted)


def _add(
    ev: Evaluation,
    key: str,
    golds: list[str],
    preds: list[list[str]],
    same: Callable[[list[str], str], bool],
    show: Callable[[list[str]], str],
    diffs: list[str],
) -> None:
    score = ev.scores.setdefault(key, FieldScore())
    matched, missed, extra = _match(golds, preds, same)
    score.correct += matched
    score.gold += len(golds)
    score.predicted += len(preds)
    diffs += [f"missed {key}: {m}" for m in missed] + [f"extra {key}: {show(preds[i])}" for i in extra]


def _topics(ev: Evaluation, golds: list[str], preds: list[list[str]], diffs: list[str]) -> None:
    """Recall over gold phrases found by any topic; precision over topics that find some gold phrase."""
    score = ev.scores.setdefault("topics", FieldScore())
    found = [g for g in golds if any(_covers(label, g) for labels in preds for label in labels)]
    useful = [labels for labels in preds if any(_covers(label, g) for label in labels for g in golds)]
    score.gold += len(golds)
    score.predicted += len(preds)
    score.correct += len(found)
    score.kind_correct += len(useful)
    diffs += [f"missed topic: {g}" for g in golds if g not in found]
    diffs += [f"extra topic: {labels[0]}" for labels in preds if labels not in useful]


def _score_header(gold: Gold, pred: _Predicted, ev: Evaluation, doc: str) -> None:
    meeting = gold.get("meeting") or {}
    for key in _HEADER:
        expected = meeting.get(key)
        actual = pred.header[key]
        score = ev.scores.setdefault(key, FieldScore())
        right = _same_region(actual, expected) if key == "region" else actual == expected
        score.gold += 1
        score.correct += right
        if expected is None and actual is not None:
            score.given_where_none += 1
        if not right:
            shown = actual[0] if key == "region" and isinstance(actual, list) else actual
            ev.differences.setdefault(doc, []).append(f"{key}: got {shown!r}, gold {expected!r}")


def _check_spans(graph: Graph, corpus: Path, ev: Evaluation) -> None:
    texts: dict[str, str] = {}
    for span in graph.subjects(KG.quote, None):
        doc = str(graph.value(graph.value(span, KG.inDocument), RDFS.label))
        if doc not in texts:
            path = corpus / f"{doc}.txt"
            texts[doc] = read_document(path).text if path.is_file() else ""
        start, end = int(str(graph.value(span, KG.start))), int(str(graph.value(span, KG.end)))
        ev.spans_checked += 1
        ev.spans_exact += texts[doc][start:end] == str(graph.value(span, KG.quote))


def _gold_files(gold_dir: Path) -> Iterable[tuple[str, Gold]]:
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: not a directory of gold *.json files")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvalError(f"{gold_dir}: holds no gold *.json files")
    for path in files:
        try:
            yield path.stem, json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise EvalError(f"{path}: not readable gold JSON ({err})") from err


def evaluate(
    graph: Graph,
    gold_dir: Path,
    corpus: Path,
    base_iri: str = ID_IRI,
    only: Callable[[str], bool] | None = None,
    language: str | None = None,
) -> Evaluation:
    """Score the meetings of ``graph`` against every gold file in ``gold_dir`` (of one language, if given)."""
    ev = Evaluation()
    for doc, gold in _gold_files(gold_dir):
        if only is not None and not only(doc):
            continue
        if language is not None and gold.get("language", "en") != language:
            continue
        document = URIRef(f"{base_iri}document/{doc}")
        meeting = next(iter(iris(graph.subjects(KG.reportedIn, document))), None)
        if meeting is None:
            ev.differences[doc] = ["no meeting in the graph for this document"]
            continue
        ev.documents += 1
        pred = _predicted(graph, meeting)
        _score_header(gold, pred, ev, doc)
        _score_sets(gold, pred, ev, doc)
    _check_spans(graph, corpus, ev)
    return ev


def format_evaluation(ev: Evaluation, details: bool = True) -> str:
    """A plain-text report: one line per field, then what each document missed or added."""
    lines = [f"documents scored: {ev.documents}", "", "field               accuracy  given-where-none"]
    for key in _HEADER:
        s = ev.scores.get(key, FieldScore())
        lines.append(f"{key:<19} {s.correct / s.gold if s.gold else 0:8.3f}  {s.given_where_none:>3} of {s.gold}")
    lines += ["", "field               precision  recall      f1"]
    for key in _SETS:
        s = ev.scores.get(key, FieldScore())
        if key == "topics":
            precision = s.kind_correct / s.predicted if s.predicted else 1.0
            f1 = 2 * precision * s.recall / (precision + s.recall) if precision + s.recall else 0.0
            lines.append(f"{key:<19} {precision:9.3f}  {s.recall:6.3f}  {f1:6.3f}")
        else:
            lines.append(f"{key:<19} {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:6.3f}")
    d = ev.scores.get("central_directives", FieldScore())
    lines.append(f"directive kind accuracy on matched: {d.kind_correct / d.correct if d.correct else 0:.3f}")
    e = ev.scores.get("event_links", FieldScore())
    lines.append(
        f"directive-to-event links: precision {e.precision:.3f}  recall {e.recall:.3f}  "
        f"({e.correct} right of {e.predicted} linked, {e.gold} in gold)"
    )
    share = ev.spans_exact / ev.spans_checked if ev.spans_checked else 1.0
    lines.append(f"evidence spans reproducing their quote: {ev.spans_exact}/{ev.spans_checked} ({share:.1%})")
    if details:
        for doc in sorted(ev.differences):
            if ev.differences[doc]:
                lines += ["", f"[{doc}]"] + [f"  {d}" for d in ev.differences[doc]]
    return "\n".join(lines) + "\n"

"""The built graph always conforms: every dev-gold readout plus fuzzed variants of them.

Variants are what real corpora hold: a second version of one readout (edited, cut
short, re-dated, with or without "enlarged"), texts cut mid-sentence, and noise. The
fuzz is seeded, so the same variants are built every run.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from kg.pipeline import build_graph
from kg.validate import validate_graph

GOLD_READOUTS = Path(__file__).resolve().parent.parent / "seeds"
VARIANTS = 300


def _variant(text: str, rng: random.Random) -> str:
    """One plausible corruption or re-edit of a readout."""
    choice = rng.randrange(7)
    if choice == 0:  # cut short
        return text[: rng.randrange(max(1, len(text) // 5), len(text))]
    if choice == 1:  # an enlarged meeting in one version only
        return text.replace("held a meeting", "held an enlarged meeting", 1)
    if choice == 2:  # another part of day
        return text.replace("morning", "afternoon", 1) if "morning" in text else text.replace("上午", "下午", 1)
    if choice == 3:  # sentences dropped
        sentences = text.split(". ")
        return ". ".join(s for s in sentences if rng.random() > 0.3)
    if choice == 4:  # noise inserted
        at = rng.randrange(len(text))
        return text[:at] + rng.choice(["<p>", "\u00a0", "###", "\n\n", "（）", "..."]) + text[at:]
    if choice == 5:  # the date header changed
        return text.replace("2023", "2022", 1)
    return text + "\n\n" + text[: len(text) // 3]  # a page that repeats its head


@pytest.fixture(scope="module")
def fuzzed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzzed")
    originals = sorted(GOLD_READOUTS.glob("*.txt"))
    for path in originals:
        shutil.copy(path, folder / path.name)
    rng = random.Random(20261123)
    for n in range(VARIANTS):
        source = originals[n % len(originals)]
        text = source.read_text(encoding="utf-8")
        (folder / f"{source.stem}-v{n:03d}.txt").write_text(_variant(text, rng), encoding="utf-8")
    return folder


def test_every_gold_readout_and_its_fuzzed_variants_build_a_conforming_graph(fuzzed_corpus: Path) -> None:
    graph, report = build_graph(fuzzed_corpus, jobs=2)
    assert report.documents + len(report.skipped) == len(list(fuzzed_corpus.glob("*.txt")))
    result = validate_graph(graph)
    assert result.conforms, result.text()[:4000]

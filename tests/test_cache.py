"""Cached facts: a rebuild extracts only what changed and gives the same graph, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.cache
from kg.pipeline import build, cache_folder

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _corpus(folder: Path, count: int = 6) -> Path:
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:count]:
        shutil.copy(path, folder / path.name)
    return folder


def test_a_rebuild_reuses_cached_facts_and_writes_the_same_bytes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in")
    first = build(corpus, tmp_path / "out")
    turtle = (tmp_path / "out" / "kg.ttl").read_bytes()
    assert first.from_cache == 0 and cache_folder(tmp_path / "out").is_dir()
    second = build(corpus, tmp_path / "out")
    assert second.from_cache == first.documents
    assert (tmp_path / "out" / "kg.ttl").read_bytes() == turtle
    uncached = build(corpus, tmp_path / "plain", cache=False)
    assert uncached.from_cache == 0 and (tmp_path / "plain" / "kg.ttl").read_bytes() == turtle


def test_only_a_changed_readout_is_extracted_again_and_a_removed_one_is_dropped(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "in")
    build(corpus, tmp_path / "out")
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nThe meeting also studied flood control.", "utf-8")
    sorted(corpus.glob("*.txt"))[-1].unlink()
    report = build(corpus, tmp_path / "out")
    assert report.documents == 5 and report.from_cache == 4
    assert "flood" in (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8").lower()


def test_the_entries_of_an_old_extractor_give_their_space_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path / "in", count=12)
    build(corpus, tmp_path / "out")
    database = cache_folder(tmp_path / "out") / "facts.sqlite"
    one_version = database.stat().st_size
    monkeypatch.setattr(kg.cache, "extractor_version", lambda: "another-version")
    rebuilt = build(corpus, tmp_path / "out")
    assert rebuilt.from_cache == 0
    assert database.stat().st_size <= one_version * 1.2

"""Nothing lost, nothing leaked: bad input is reported and skipped, outputs are published whole."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kg.document import list_readouts
from kg.errors import KgError
from kg.namespace import KG
from kg.outputs import output_lock
from kg.pipeline import build, build_graph
from kg.validate import validate_graph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
READOUT = (SEEDS / "chongqing-2023-02-24.txt").read_text(encoding="utf-8")


def _skipped(report_skipped: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(report_skipped)


def test_links_folders_and_oversized_files_are_skipped_with_a_message(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(READOUT, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("On May 3 the Standing Committee held a meeting. TOPSECRETVALUE Li Mingyuan presided.")
    (corpus / "bad.txt").symlink_to(secret)
    (corpus / "folder.txt").mkdir()
    (corpus / "huge.txt").write_text(READOUT * 10, encoding="utf-8")
    out = tmp_path / "out"
    report = build(corpus, out, max_bytes=len(READOUT.encode("utf-8")) + 100)
    skipped = _skipped(report.skipped)
    assert "symbolic link" in skipped["bad.txt"]
    assert "folder" in skipped["folder.txt"]
    assert "over the limit" in skipped["huge.txt"] and "--max-bytes" in skipped["huge.txt"]
    assert report.documents == 1
    for path in out.rglob("*"):
        if path.is_file():
            assert b"TOPSECRETVALUE" not in path.read_bytes(), path


def test_the_same_bytes_twice_build_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(READOUT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(READOUT, encoding="utf-8")
    graph, report = build_graph(tmp_path)
    assert report.documents == 1 and "same bytes as a.txt" in _skipped(report.skipped)["b.txt"]
    assert len(set(graph.subjects(RDF.type, KG.Meeting))) == 1


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_a_saved_web_page_is_read_for_its_article(tmp_path: Path, name: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in READOUT.split("\n\n")[1:] if p.strip())
    (tmp_path / name).write_text(
        "<!DOCTYPE html><html><head><title>News</title><script>var x = '<p>';</script></head><body>"
        f"<nav>Home | Politics</nav><article>{paragraphs}</article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    graph, report = build_graph(tmp_path)
    assert report.documents == 1
    assert list(graph.subjects(KG.presidedBy, None))
    labels = " ".join(str(o) for o in graph.objects(None, None) if isinstance(o, object))
    assert "<p>" not in labels and "<script>" not in labels


def test_a_date_after_the_build_is_reported_and_not_kept(tmp_path: Path) -> None:
    (tmp_path / "future.txt").write_text(
        "date 2099-05-04\n\nOn May 3, the Standing Committee of the Yiyang Municipal Party Committee held a meeting. "
        "Li Mingyuan presided over the meeting.\n\nEnd.",
        encoding="utf-8",
    )
    graph, report = build_graph(tmp_path)
    assert "after today" in dict(report.warnings)["future.txt"]
    assert not list(graph.objects(None, KG.date))


def test_file_names_that_slug_alike_stay_apart(tmp_path: Path) -> None:
    long_head = "readout-of-the-standing-committee-meeting-" * 3
    names = ["Report 1", "report-1", "REPORT_1", f"{long_head}{'x' * 70}a", f"{long_head}{'x' * 70}b"]
    for index, name in enumerate(names):
        text = READOUT.replace("February 24", f"February {index + 1}")
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    graph, report = build_graph(tmp_path)
    assert report.documents == len(names)
    assert len(set(graph.subjects(RDF.type, KG.Document))) == len(names)
    assert validate_graph(graph).conforms


def test_follow_links_reads_links_inside_the_folder_and_never_outside(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "kept.md").write_text(READOUT, encoding="utf-8")
    (corpus / "inside.txt").symlink_to(corpus / "sub" / "kept.md")
    secret = tmp_path / "secret.txt"
    secret.write_text(READOUT.replace("Yuan Jiajun", "Outside Person"), encoding="utf-8")
    (corpus / "outside.txt").symlink_to(secret)
    (corpus / "relative.txt").symlink_to(Path("..") / "secret.txt")
    (corpus / "dangling.txt").symlink_to(corpus / "missing.txt")
    (corpus / "folder.txt").symlink_to(corpus / "sub")
    graph, report = build_graph(corpus, follow_links=True)
    skipped = _skipped(report.skipped)
    assert report.documents == 1 and "inside.txt" not in skipped
    assert "outside the input folder" in skipped["outside.txt"]
    assert "outside the input folder" in skipped["relative.txt"]
    assert "leads to no file" in skipped["dangling.txt"]
    assert "not a regular file" in skipped["folder.txt"]
    assert "Outside Person" not in graph.serialize(format="nt")
    readouts, passed = list_readouts(corpus)
    assert readouts == [] and "--follow-links" in _skipped(tuple(passed))["inside.txt"]


def test_a_two_megabyte_readout_on_one_line_builds(tmp_path: Path) -> None:
    line = READOUT.replace("\n", " ")
    text = (line * (2_000_000 // len(line) + 1))[:1_990_000]
    (tmp_path / "one-line.txt").write_text(text, encoding="ascii", errors="ignore")
    graph, report = build_graph(tmp_path)
    assert report.documents == 1 and len(graph) > 100


def test_a_second_build_into_the_same_folder_fails_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(READOUT, encoding="utf-8")
    with output_lock(tmp_path / "out"), pytest.raises(KgError, match="another kg build is writing"):
        build(tmp_path / "in", tmp_path / "out")


def test_files_a_user_put_in_the_output_folder_survive_a_build(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(READOUT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "NOTES.md").write_text("mine", encoding="utf-8")
    build(tmp_path / "in", out)
    assert (out / "NOTES.md").read_text(encoding="utf-8") == "mine"
    assert (out / "kg.ttl").is_file()
    Graph().parse(out / "kg.ttl")


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


KILLS = 50


def test_a_build_killed_at_any_moment_leaves_the_old_build_or_the_new_one(tmp_path: Path) -> None:
    old_in, new_in = tmp_path / "old", tmp_path / "new"
    old_in.mkdir()
    new_in.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for path in seeds[:2]:
        shutil.copy(path, old_in / path.name)
    for path in seeds[2:5]:
        shutil.copy(path, new_in / path.name)
    reference = tmp_path / "reference"
    subprocess.run(_kg("build", str(new_in), "--out", str(reference)), check=True, capture_output=True)
    new = _snapshot(reference)
    out = tmp_path / "out"
    started = time.monotonic()
    subprocess.run(_kg("build", str(old_in), "--out", str(out)), check=True, capture_output=True)
    old = _snapshot(out)
    duration = time.monotonic() - started
    rng = random.Random(1123)
    states = {"old": old, "new": new}
    inputs = {"old": old_in, "new": new_in}
    current, swaps = "old", 0
    for _ in range(KILLS):
        wanted = "new" if current == "old" else "old"
        command = _kg("build", str(inputs[wanted]), "--out", str(out))
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            process.wait(timeout=rng.uniform(0.0, duration * 1.3))
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        now = _snapshot(out)
        assert now in (states["old"], states["new"]), "the output folder is a mix of two builds"
        if now == states[wanted]:
            current, swaps = wanted, swaps + 1
    assert 0 < swaps < KILLS, "the kills should land both before and after the swap"


def test_an_unwritable_output_folder_is_reported_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(READOUT, encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)  # what a read-only folder answers
    listed: list[Path] = []

    def spy(folder: Path, *_args: object) -> tuple[list[Path], list[tuple[str, str]]]:
        listed.append(folder)
        return [], []

    monkeypatch.setattr("kg.pipeline.list_readouts", spy)
    with pytest.raises(KgError, match="cannot write to"):
        build(tmp_path / "in", tmp_path / "out")
    assert listed == [], "the folder was checked only after reading the readouts"


def test_a_full_disk_while_writing_leaves_the_previous_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(READOUT, encoding="utf-8")
    out = tmp_path / "out"
    build(tmp_path / "in", out)
    before = _snapshot(out)
    (tmp_path / "in" / "b.txt").write_text(READOUT.replace("February 24", "March 3"), encoding="utf-8")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(out) + ".staging/kg.ttl")

    monkeypatch.setattr("kg.outputs.os.fsync", full)
    with pytest.raises(KgError, match="No space left on device"):
        build(tmp_path / "in", out)
    assert _snapshot(out) == before

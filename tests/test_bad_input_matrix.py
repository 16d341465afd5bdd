"""The bad-input matrix: every kind of bad file is reported by name, the good ones build and validate."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from kg.pipeline import build_graph
from kg.validate import validate_graph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
READOUT = (SEEDS / "chongqing-2023-02-24.txt").read_text(encoding="utf-8")
ZH_READOUT = next(p for p in sorted(SEEDS.glob("1*.txt")) if "市委" in p.read_text(encoding="utf-8"))


def _png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def _matrix(folder: Path) -> tuple[set[str], set[str]]:
    """Write the matrix into ``folder``; return (names that must build, names that must be reported)."""
    good = {
        "utf8.txt": READOUT.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + READOUT.replace("February 24", "February 25").encode("utf-8"),
        "crlf.txt": READOUT.replace("February 24", "February 26").replace("\n", "\r\n").encode("utf-8"),
        "utf16.txt": READOUT.replace("February 24", "February 27").encode("utf-16"),
        "latin1.txt": READOUT.replace("February 24", "February 28").replace("’", "'").encode("latin-1", "ignore"),
        "gbk.txt": ZH_READOUT.read_text(encoding="utf-8").encode("gbk", "ignore"),
        "no-header.txt": READOUT.split("\n", 2)[-1].replace("February 24", "March 1").encode("utf-8"),
        "future.txt": ("date 2099-01-02\n\n" + READOUT.replace("February 24", "January 1")).encode("utf-8"),
        "page.html": (
            "<html><body><article><p>" + READOUT.replace("February 24", "March 2").replace("\n\n", "</p><p>") + "</p>"
            "</article></body></html>"
        ).encode("utf-8"),
        "a name with spaces & <html> 'quotes'.txt": READOUT.replace("February 24", "March 3").encode("utf-8"),
        "一份读物.txt": READOUT.replace("February 24", "March 4").encode("utf-8"),
    }
    bad = {
        "empty.txt": b"",
        "whitespace.txt": b"   \n\t\n  ",
        "binary.txt": bytes(range(256)) * 8,
        "image.txt": _png(),
        "nul.txt": READOUT.encode("utf-8")[:400] + b"\x00\x00" + READOUT.encode("utf-8")[400:],
        "impossible-date.txt": ("date 2023-02-30\n\n" + READOUT).encode("utf-8"),
        "huge.txt": b"x" * 50_000_001,
        "zz-copy-of-utf8.txt": READOUT.encode("utf-8"),
    }
    for name, data in {**good, **bad}.items():
        (folder / name).write_bytes(data)
    (folder / "link.txt").symlink_to(SEEDS / "chongqing-2023-02-24.txt")
    (folder / "folder.txt").mkdir()
    unreadable = folder / "unreadable.txt"
    unreadable.write_text(READOUT.replace("February 24", "March 5"), encoding="utf-8")
    unreadable.chmod(0)
    bad_names = set(bad) | {"link.txt", "folder.txt"}
    if os.geteuid() != 0:  # root reads any file
        bad_names.add("unreadable.txt")
    else:
        good["unreadable.txt"] = b""
    return set(good), bad_names


def test_every_bad_file_is_reported_and_the_good_ones_build_a_valid_graph(tmp_path: Path) -> None:
    good, bad = _matrix(tmp_path)
    graph, report = build_graph(tmp_path)
    reported = dict(report.skipped)
    assert bad <= set(reported), bad - set(reported)
    for name in bad:
        assert name in reported[name] or "same bytes" in reported[name], reported[name]
    assert report.documents == len(good)
    assert "future.txt" in dict(report.warnings)
    assert validate_graph(graph).conforms


@pytest.mark.parametrize("count", [10_000])
def test_ten_thousand_tiny_files_each_get_an_answer(tmp_path: Path, count: int) -> None:
    for index in range(count):
        (tmp_path / f"tiny-{index:05d}.txt").write_text("" if index % 2 else " \n", encoding="utf-8")
    (tmp_path / "real.txt").write_text(READOUT, encoding="utf-8")
    _, report = build_graph(tmp_path, jobs=2)
    assert report.documents == 1
    assert len(report.skipped) == count

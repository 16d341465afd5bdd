"""Reading readout files: header, BOM, and clear errors for unusable files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.document import iter_readout_paths, read_document
from kg.errors import ReadoutError


def test_reads_date_header_and_keeps_full_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-02-24 On the morning of February 24, the meeting was held.", encoding="utf-8")
    doc = read_document(path)
    assert doc.id == "a"
    assert doc.published == dt.date(2023, 2, 24)
    assert doc.body.startswith(" On the morning")
    assert doc.text.startswith(" date 2023-02-24")


def test_tolerates_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff date 2020-01-02 Text.".encode())
    doc = read_document(path)
    assert doc.published == dt.date(2020, 1, 2)
    assert not doc.text.startswith("\ufeff")


def test_no_header_means_no_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("On July 11, the committee met.", encoding="utf-8")
    assert read_document(path).published is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b" date 2023-02-30 Text", "not a real date"),
        (b" date 2023-02-01   ", "no readout text"),
    ],
)
def test_unusable_file_names_file_and_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadoutError) as err:
        read_document(path)
    assert "bad.txt" in str(err.value) and reason in str(err.value)


def test_lists_only_txt_files_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in iter_readout_paths(tmp_path)] == ["a.txt", "b.txt"]


def test_missing_folder_is_a_readout_error(tmp_path: Path) -> None:
    with pytest.raises(ReadoutError, match="not a directory"):
        list(iter_readout_paths(tmp_path / "nope"))


def test_a_text_cut_off_mid_word_is_truncated_though_a_line_break_follows(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("They stressed the need to implement the decisions of the 20th National Congress of the C\n\n")
    document = read_document(path)
    assert document.truncated
    assert document.cut_at(len(document.text.rstrip()))
    assert not document.cut_at(10)
    whole = tmp_path / "w.txt"
    whole.write_text("The meeting ended.\n")
    assert not read_document(whole).truncated

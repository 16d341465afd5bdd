"""Reading readout files into immutable ``Document`` values.

A readout file is UTF-8 text (a byte-order mark is tolerated) that may start with a
`` date YYYY-MM-DD`` line giving the publication date. The ``Document`` keeps the
whole decoded text, so evidence offsets index the text exactly as a user sees it
when opening the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ReadoutError

__all__ = ["Document", "iter_readout_paths", "read_document"]

_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")


@dataclass(frozen=True, slots=True)
class Document:
    """One source readout: made once by the reader and never changed."""

    id: str
    """The file stem, which names the document in IRIs and reports."""
    path: Path
    text: str
    """The decoded file text (BOM removed); evidence offsets index this string."""
    sha256: str
    published: dt.date | None
    body_start: int
    """Offset where the readout body starts (after the date header, if any)."""

    @property
    def body(self) -> str:
        """The text after the date header."""
        return self.text[self.body_start :]

    @property
    def truncated(self) -> bool:
        """Whether the text stops mid-word, as readouts cut off by their source do."""
        return self.text[-1:].isalnum()

    def cut_at(self, end: int) -> bool:
        """Whether a phrase ending at ``end`` runs into the cut-off end of a truncated text."""
        return self.truncated and end >= len(self.text)


def read_document(path: Path) -> Document:
    """Read one readout file; raise ``ReadoutError`` naming the file when it is unusable."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ReadoutError(f"{path}: cannot read the file ({err.strerror or err})") from err
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReadoutError(f"{path}: not UTF-8 text (bad byte at offset {err.start}); save it as UTF-8") from err
    if "\x00" in text:
        raise ReadoutError(f"{path}: contains NUL bytes; it looks like a binary file")
    if not text.strip():
        raise ReadoutError(f"{path}: the file is empty")
    published, body_start = _parse_header(path, text)
    if not text[body_start:].strip():
        raise ReadoutError(f"{path}: has a date header but no readout text")
    return Document(
        id=path.stem,
        path=path,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        published=published,
        body_start=body_start,
    )


def _parse_header(path: Path, text: str) -> tuple[dt.date | None, int]:
    match = _DATE_HEADER.match(text)
    if match is None:
        return None, 0
    year, month, day = (int(g) for g in match.groups())
    try:
        published = dt.date(year, month, day)
    except ValueError as err:
        raise ReadoutError(f"{path}: the date header {match.group(0).strip()!r} is not a real date") from err
    return published, match.end()


def iter_readout_paths(input_dir: Path) -> Iterator[Path]:
    """Yield the ``*.txt`` readouts of a directory in a stable (sorted) order."""
    if not input_dir.is_dir():
        raise ReadoutError(f"{input_dir}: not a directory of readouts (*.txt files)")
    yield from sorted(p for p in input_dir.iterdir() if p.suffix == ".txt" and p.is_file())

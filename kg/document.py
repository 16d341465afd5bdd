"""Reading readout files into immutable ``Document`` values.

A readout file is UTF-8 text (a byte-order mark is tolerated) that may start with a
`` date YYYY-MM-DD`` line giving the publication date. The ``Document`` keeps the
whole decoded text, so evidence offsets index the text exactly as a user sees it
when opening the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import charset_normalizer
import opencc

from kg.errors import ReadoutError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READOUT_SUFFIXES",
    "Document",
    "has_chinese",
    "iter_readout_paths",
    "list_readouts",
    "matching_form",
    "read_document",
    "without_pinyin_aids",
]

DEFAULT_MAX_BYTES = 2_000_000
"""Readouts larger than this are reported and skipped (a readout is a few kilobytes)."""
READOUT_SUFFIXES = (".txt", ".html", ".htm")

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
    language: str = "en"
    """``zh`` when the text is Chinese (recognised by its characters), else ``en``."""
    simplified: str = ""
    """For Chinese, the text the extractors match: simplified characters and full-width clause
    punctuation (``matching_form``), of the same length as ``text`` so that offsets found in it
    index the original characters too; empty for English."""

    @property
    def body(self) -> str:
        """The text after the date header."""
        return self.text[self.body_start :]

    @property
    def truncated(self) -> bool:
        """Whether the text stops mid-word, as readouts cut off by their source do (a line break after
        the last word does not make it whole)."""
        end = self._content_end()
        return end > 0 and self.text[end - 1].isalnum()

    def cut_at(self, end: int) -> bool:
        """Whether a phrase ending at ``end`` runs into the cut-off end of a truncated text."""
        return self.truncated and end >= self._content_end()

    def _content_end(self) -> int:
        """The offset after the last character that is not white space."""
        end = len(self.text)
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        return end


def read_document(path: Path) -> Document:
    """Read one readout file; raise ``ReadoutError`` naming the file when it is unusable."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ReadoutError(f"{path}: cannot read the file ({err.strerror or err})") from err
    text = _decode(path, raw)
    if path.suffix.lower() in (".html", ".htm") or _HTML_PAGE.match(text):
        text = _main_text(path, text)
    if "\x00" in text:
        raise ReadoutError(f"{path}: contains NUL bytes; it looks like a binary file")
    if not text.strip():
        raise ReadoutError(f"{path}: the file is empty")
    language = language_of(text)
    if language == "zh":
        text = without_pinyin_aids(text)
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
        language=language,
        simplified=matching_form(text) if language == "zh" else "",
    )


_HTML_PAGE = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)


def _main_text(path: Path, page: str) -> str:
    """The article text of a saved web page; offsets then refer to this text, which the graph keeps."""
    import trafilatura  # a second of import time, paid only when a web page is read

    text = trafilatura.extract(page, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise ReadoutError(f"{path}: a web page with no article text that could be extracted")
    return str(text)


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without BOM) as is; GB18030/GBK, Big5, UTF-16/32 and cp1252 as charset-normalizer detects them.

    Detection is limited to the encodings readouts are published in (on short texts an
    open search picks Korean or UTF-16 for GBK), and a decoding must look like prose:
    Chinese punctuation or Latin words, not a run of rare characters.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        best = charset_normalizer.from_bytes(raw, cp_isolation=list(_ENCODINGS)).best()
        text = str(best) if best is not None else ""
        if not _PROSE.search(text):
            raise ReadoutError(
                f"{path}: not UTF-8 nor any encoding readouts come in (GB18030, Big5, UTF-16, cp1252; "
                f"bad byte at offset {err.start}); save it as UTF-8"
            ) from err
        return text


_ENCODINGS = ("gb18030", "big5", "utf_16", "utf_32", "cp1252")
_PROSE = re.compile(r"[，。、；：]|[A-Za-z]{3,}\s+[A-Za-z]{2,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


_HAN = re.compile(r"[\u3400-\u9fff]")


def has_chinese(text: str) -> bool:
    """Whether ``text`` holds any Chinese character (a name, label or occasion written in Chinese).

    >>> has_chinese("袁家军"), has_chinese("Yuan Jiajun")
    (True, False)
    """
    return _HAN.search(text) is not None


def language_of(text: str) -> str:
    """``zh`` when Chinese characters make up a fifth of the non-space text, else ``en``.

    >>> language_of("市委常委会召开会议"), language_of("The Standing Committee met.")
    ('zh', 'en')
    """
    sample = re.sub(r"\s+", "", text[:4000])
    return "zh" if sample and len(_CJK.findall(sample)) * 5 >= len(sample) else "en"


# Some mirror sites print the pinyin of characters they think hard after them ("會(huì)議", "傳達(dá)"):
# a syllable of lower-case letters with a tone mark, in brackets, right after a Chinese character.
_PINYIN_AID = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]")


def without_pinyin_aids(text: str) -> str:
    """The Chinese text without the pinyin readings a mirror site inserted after some characters.

    They split names and words ("劉強(qiáng)主持"), so no pattern would match them; offsets then
    refer to the text without them, which the graph keeps (as for a web page's article text).

    >>> without_pinyin_aids("市委常委會(huì)召開會(huì)議(扩大)")
    '市委常委會召開會議(扩大)'
    """
    return _PINYIN_AID.sub("", text) if "(" in text or "（" in text else text


def to_simplified(text: str) -> str:
    """Traditional characters made simplified, one character for one, so offsets still hold.

    >>> to_simplified("會議強調")
    '会议强调'
    """
    converted = str(_converter().convert(text))
    if len(converted) == len(text):
        return converted
    convert = _converter().convert
    return "".join(c if len(s := convert(c)) != 1 else s for c in text)


# Many sites publish Chinese with ASCII commas and semicolons ("12月25日,市委常委会召开会议,传达学习…").
# The Chinese patterns stop a name or an occasion at a clause mark, so both forms must read as one.
_CLAUSE_MARKS = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！"})


def matching_form(text: str) -> str:
    """The form Chinese patterns match: simplified characters, full-width clause marks, one for one.

    >>> matching_form("會議強調,要加強")
    '会议强调，要加强'
    """
    return to_simplified(text).translate(_CLAUSE_MARKS)


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


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
    """Yield the readouts of a directory in a stable (sorted) order; see ``list_readouts``."""
    yield from list_readouts(input_dir)[0]


def list_readouts(
    input_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES, *, follow_links: bool = False
) -> tuple[list[Path], list[tuple[str, str]]]:
    """The readout files of a folder, sorted, and (name, reason) for every entry passed over.

    Only regular files inside the folder are read: a symbolic link could point anywhere
    (``/etc/passwd``), a device or pipe never ends, and a file over ``max_bytes`` is not a
    readout. With ``follow_links``, a link is read when the file it resolves to is a regular
    file inside the folder (a corpus that links one readout under two names), never outside it.
    Names ending in .txt, .html or .htm are readouts; other files are ignored.
    """
    inside = input_dir.resolve() if follow_links else None
    if not input_dir.is_dir():
        raise ReadoutError(f"{input_dir}: not a directory of readouts (*.txt or *.html files)")
    readouts: list[Path] = []
    passed: list[tuple[str, str]] = []
    with os.scandir(input_dir) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if not entry.name.lower().endswith(READOUT_SUFFIXES):
                continue
            reason = _not_a_readout(entry, max_bytes, inside)
            if reason is None:
                readouts.append(Path(entry.path))
            else:
                passed.append((entry.name, f"{Path(entry.path)}: {reason}"))
    return readouts, passed


def _not_a_readout(entry: os.DirEntry[str], max_bytes: int, inside: Path | None) -> str | None:
    if entry.is_symlink():
        if inside is None:
            return "a symbolic link; skipped (copy the readout into the folder, or pass --follow-links)"
        return _not_a_linked_readout(Path(entry.path), max_bytes, inside)
    if entry.is_dir(follow_symlinks=False):
        return "a folder, not a readout file; skipped"
    if not entry.is_file(follow_symlinks=False):
        return "not a regular file (a device, pipe or socket); skipped"
    size = entry.stat(follow_symlinks=False).st_size
    if size > max_bytes:
        return _too_big(size, max_bytes)
    return None


def _not_a_linked_readout(link: Path, max_bytes: int, inside: Path) -> str | None:
    """Why a symbolic link is not read even with --follow-links, or None when it is."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # a dangling link or a loop of links
        return "a symbolic link that leads to no file; skipped"
    if not target.is_relative_to(inside):
        return f"a symbolic link to {target}, outside the input folder; skipped"
    if not target.is_file():
        return f"a symbolic link to {target}, not a regular file; skipped"
    return _too_big(target.stat().st_size, max_bytes)


def _too_big(size: int, max_bytes: int) -> str | None:
    if size > max_bytes:
        return f"{size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes); skipped"
    return None

"""Extracted facts cached per readout, so a rebuild extracts only what changed.

Each readout's document and facts are stored in SQLite under (file name, sha256 of its
bytes, extractor version). The version is a hash of the extractor code and the lexicons
it reads, so any change to either makes every entry stale by itself; nobody has to
remember to bump a number. The corpus-wide steps (identity, links, analytics, views)
always run again from the cached facts. The cache is a convenience: delete its folder,
or pass ``kg build --no-cache``, and the build is the same, only slower.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from kg.document import Document
from kg.facts import ReadoutFacts
from kg.reference import ontology_dir

__all__ = ["FactsCache", "extractor_version"]

_PACKAGE = Path(__file__).resolve().parent
_SOURCES = ("document.py", "facts.py", "gazetteer.py", "reference.py", "occasions.py", "extract")
_LEXICONS = (
    "reference.ttl",
    "topics.ttl",
    "places.tsv",
    "topic-stoplist-en.txt",
    "topic-stoplist-zh.txt",
    "leaders.tsv",
)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of every file that decides what extraction yields (code and lexicons)."""
    digest = hashlib.sha256()
    files: list[Path] = []
    for name in _SOURCES:
        path = _PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    files += [ontology_dir() / name for name in _LEXICONS]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class FactsCache:
    """(name, sha256) -> (document, facts) for the current extractor version."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "facts.sqlite"
        self._db = sqlite3.connect(self.path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS facts (name TEXT, sha256 TEXT, version TEXT, data BLOB, "
            "PRIMARY KEY (name, sha256, version))"
        )
        self.version = extractor_version()
        self.hits = 0
        self._dropped = 0

    def get(self, name: str, sha256: str) -> tuple[Document, ReadoutFacts] | None:
        row = self._db.execute(
            "SELECT data FROM facts WHERE name = ? AND sha256 = ? AND version = ?", (name, sha256, self.version)
        ).fetchone()
        if row is None:
            return None
        self.hits += 1
        document, facts = pickle.loads(row[0])
        return document, facts

    def put(self, name: str, document: Document, facts: ReadoutFacts) -> None:
        data = pickle.dumps((document, facts), protocol=pickle.HIGHEST_PROTOCOL)
        self._db.execute(
            "INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?)", (name, document.sha256, self.version, data)
        )

    def keep_only(self, keys: Iterable[tuple[str, str]]) -> None:
        """Drop entries of removed or changed readouts and of other extractor versions."""
        # Keyed, so the check below is one look-up per entry: unkeyed, it scanned every live readout for each
        # entry, which at 100,000 readouts did not finish in minutes.
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS live (name TEXT, sha256 TEXT, PRIMARY KEY (name, sha256))")
        self._db.execute("DELETE FROM live")
        self._db.executemany("INSERT OR IGNORE INTO live VALUES (?, ?)", list(keys))
        dropped = self._db.execute(
            "DELETE FROM facts WHERE version != ? OR NOT EXISTS "
            "(SELECT 1 FROM live WHERE live.name = facts.name AND live.sha256 = facts.sha256)",
            (self.version,),
        )
        self._dropped += dropped.rowcount

    def close(self) -> None:
        """Commit; and where as many entries were dropped as are left (a new extractor version), give
        their space back, as SQLite keeps a file's freed pages: else the cache doubles with every version."""
        self._db.commit()
        (kept,) = self._db.execute("SELECT COUNT(*) FROM facts").fetchone()
        if self._dropped and self._dropped >= kept:
            self._db.execute("VACUUM")
        self._db.close()

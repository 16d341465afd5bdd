"""An on-disk Oxigraph store of a built ``kg.ttl``, so a query does not parse Turtle again.

Parsing the Turtle of 10,000 readouts takes seconds on every cold ``kg query``; opening a
store that already holds it takes milliseconds. The store is a cache, kept in the hidden
cache folder beside the output (never in ``graphs/``: its files are not byte-stable) and
named by the sha256 of the ``kg.ttl`` whose triples it holds, so an edited or rebuilt
``kg.ttl`` is never answered from a stale store. Without a store, queries load the Turtle
as before.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

__all__ = ["StoreLoading", "cache_folder", "drop_stores_but", "open_store", "store_loaded_alongside"]

_PREFIX = "store-"


def cache_folder(out_dir: Path) -> Path:
    """Where the caches of builds into ``out_dir`` live: beside it, hidden, gitignored."""
    return out_dir.parent / f".{out_dir.name}.cache"


def _store_name(digest: str) -> str:
    return f"{_PREFIX}{digest[:16]}"


def _store_path(graph: Path) -> Path:
    digest = hashlib.sha256()
    with graph.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    out_dir = graph.resolve().parent
    return cache_folder(out_dir) / _store_name(digest.hexdigest())


def open_store(graph: Path) -> ox.Store | None:
    """The read-only store holding exactly ``graph``'s triples, or None when there is none."""
    folder = _store_path(graph)
    if not folder.is_dir():
        return None
    try:
        return ox.Store.read_only(str(folder))
    except OSError:
        return None  # a damaged or foreign store: the caller loads the Turtle instead


def drop_stores_but(folder: Path) -> None:
    """Remove every store beside ``folder`` (those of earlier builds, half-loaded ones) but it."""
    for old in folder.parent.glob(f"{_PREFIX}*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)


class StoreLoading:
    """A query store being loaded in a process of its own, named once its Turtle is known."""

    def __init__(self, cache: Path) -> None:
        self._cache = cache
        self.folder: Path | None = None
        """Where the store goes once loaded: named by ``belongs_to``."""

    def belongs_to(self, turtle: bytes) -> None:
        """Name the store after the ``kg.ttl`` whose triples it holds, so queries find it by that file."""
        self.folder = self._cache / _store_name(hashlib.sha256(turtle).hexdigest())


@contextlib.contextmanager
def store_loaded_alongside(ntriples: Sequence[Path], out_dir: Path) -> Iterator[StoreLoading]:
    """Load the triples of the sorted N-Triples parts (the next ``kg.ttl`` of ``out_dir``) into a query
    store while the build goes on.

    The load runs in a process of its own, so it uses the machine's other core and its memory never
    adds to what the build's process holds; it loads one part at a time, so its memory is bounded by
    a part, not by the corpus. The block must say which Turtle the store belongs to
    (``StoreLoading.belongs_to``). Leaving the block waits for the load; an error in the block stops
    it. Older stores are dropped only once the new one is complete and named, after the block, which
    publishes the Turtle it belongs to.
    """
    cache = cache_folder(out_dir)
    cache.mkdir(parents=True, exist_ok=True)
    staging = cache / f"{_PREFIX}loading-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    loading = StoreLoading(cache)
    loader = multiprocessing.get_context("spawn").Process(
        target=_load_or_exit, args=(list(ntriples), staging), name="kg-store"
    )
    loader.start()
    try:
        yield loading
    except BaseException:
        loader.terminate()
        loader.join()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    loader.join()
    folder = loading.folder
    if loader.exitcode != 0 or folder is None:
        shutil.rmtree(staging, ignore_errors=True)
        return
    if folder.is_dir():
        shutil.rmtree(staging, ignore_errors=True)  # the same triples are loaded already
    else:
        staging.rename(folder)
    drop_stores_but(folder)


def _load_or_exit(parts: list[Path], folder: Path) -> None:
    """Bulk-load each N-Triples part into a new on-disk store at ``folder``, one part at a time."""
    try:
        store = ox.Store(str(folder))
        for part in parts:
            store.bulk_load(path=str(part), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store
        gc.collect()  # the store's files are closed when the object goes
    except OSError:
        sys.exit(1)  # a full or read-only cache folder: queries parse the Turtle instead

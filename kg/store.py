"""An on-disk Oxigraph store of a built ``kg.ttl``, so a query does not parse Turtle again.

Parsing the Turtle of 10,000 readouts takes seconds on every cold ``kg query``; opening a
store that already holds it takes milliseconds. The store is a cache, kept in the hidden
cache folder beside the output (never in ``graphs/``: its files are not byte-stable) and
named by the sha256 of the ``kg.ttl`` it was loaded from, so an edited or rebuilt
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
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

__all__ = ["cache_folder", "drop_stores_but", "open_store", "store_loaded_alongside", "write_store"]

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


def write_store(graph: Path, folder: Path | None = None) -> Path:
    """Load ``graph`` into an on-disk store (by default the one ``open_store`` looks for), once per content."""
    folder = folder or _store_path(graph)
    if not folder.is_dir():
        staging = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        staging.parent.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(staging))
        store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
        store.flush()
        del store
        gc.collect()  # the store's files are closed when the object goes
        staging.rename(folder)
    return folder


def drop_stores_but(folder: Path) -> None:
    """Remove every store beside ``folder`` (those of earlier builds, half-loaded ones) but it."""
    for old in folder.parent.glob(f"{_PREFIX}*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def store_loaded_alongside(turtle: bytes, out_dir: Path) -> Iterator[None]:
    """Load the store of ``turtle`` (the next ``kg.ttl`` of ``out_dir``) while the build goes on.

    Oxigraph's bulk load wants over a gigabyte at 10,000 readouts and takes as long as the
    views. It runs in a process of its own, so it uses the machine's other core and its memory
    never adds to what the build's process holds. Leaving the block waits for it; an error in
    the block stops it. Older stores are dropped only once the new one is complete, and only
    after the block, which publishes the Turtle it belongs to.
    """
    cache = cache_folder(out_dir)
    cache.mkdir(parents=True, exist_ok=True)
    source = cache / f"kg.ttl.loading-{os.getpid()}"
    source.write_bytes(turtle)
    folder = cache / _store_name(hashlib.sha256(turtle).hexdigest())
    loader = multiprocessing.get_context("spawn").Process(
        target=_write_store_or_exit, args=(source, folder), name="kg-store"
    )
    loader.start()
    try:
        yield
    except BaseException:
        loader.terminate()
        raise
    finally:
        loader.join()
        source.unlink(missing_ok=True)
    if loader.exitcode == 0:
        drop_stores_but(folder)


def _write_store_or_exit(graph: Path, folder: Path) -> None:
    try:
        write_store(graph, folder)
    except OSError:
        sys.exit(1)  # a full or read-only cache folder: queries parse the Turtle instead

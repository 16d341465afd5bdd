"""An on-disk Oxigraph store of a built ``kg.ttl``, so a query does not parse Turtle again.

Parsing the Turtle of 10,000 readouts takes seconds on every cold ``kg query``; opening a
store that already holds it takes milliseconds. The store is a cache, kept in the hidden
cache folder beside the output (never in ``graphs/``: its files are not byte-stable) and
named by the sha256 of the ``kg.ttl`` it was loaded from, so an edited or rebuilt
``kg.ttl`` is never answered from a stale store. Without a store, queries load the Turtle
as before.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import shutil
import sys
from pathlib import Path

import pyoxigraph as ox

__all__ = ["cache_folder", "open_store", "write_store", "write_store_apart"]

_PREFIX = "store-"


def cache_folder(out_dir: Path) -> Path:
    """Where the caches of builds into ``out_dir`` live: beside it, hidden, gitignored."""
    return out_dir.parent / f".{out_dir.name}.cache"


def _store_path(graph: Path) -> Path:
    digest = hashlib.sha256()
    with graph.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    out_dir = graph.resolve().parent
    return cache_folder(out_dir) / f"{_PREFIX}{digest.hexdigest()[:16]}"


def open_store(graph: Path) -> ox.Store | None:
    """The read-only store holding exactly ``graph``'s triples, or None when there is none."""
    folder = _store_path(graph)
    if not folder.is_dir():
        return None
    try:
        return ox.Store.read_only(str(folder))
    except OSError:
        return None  # a damaged or foreign store: the caller loads the Turtle instead


def write_store(graph: Path) -> Path:
    """Load ``graph`` into an on-disk store beside its folder (once per content) and drop older ones."""
    folder = _store_path(graph)
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
    for old in folder.parent.glob(f"{_PREFIX}*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    return folder


def write_store_apart(graph: Path) -> bool:
    """``write_store`` in a process of its own; whether it finished.

    Oxigraph's bulk load wants over a gigabyte at 10,000 readouts. The build's process
    keeps much of the memory its graph freed, so loading there would add the two; a fresh
    process holds only the loader's.
    """
    context = multiprocessing.get_context("spawn")
    loader = context.Process(target=_write_store_or_exit, args=(graph,), name="kg-store")
    loader.start()
    loader.join()
    return loader.exitcode == 0


def _write_store_or_exit(graph: Path) -> None:
    try:
        write_store(graph)
    except OSError:
        sys.exit(1)  # a full or read-only cache folder: queries parse the Turtle instead

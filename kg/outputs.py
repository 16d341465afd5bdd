"""All-or-nothing output folders: a build is published whole or not at all.

A build writes its complete output set to a staging folder beside the target and then
swaps the two. On Linux the swap is one ``renameat2(RENAME_EXCHANGE)`` call, so at every
instant the target is wholly the old build or wholly the new one, whatever kills the
process. Elsewhere it is two renames, and a half-done swap is put right by the next run
(``recover``). A lock file beside the target keeps two builds from writing into one
folder, and the target's writability and free space are checked before any extraction.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from filelock import FileLock, Timeout

from kg.errors import KgError

GRAPH_FILE = "kg.ttl"
"""The graph's file name in an output folder, beside the views."""

DEFAULT_MEETING_PAGES = 2_000
"""How many meetings (the latest) get a page of their own unless asked otherwise: one page is
~10 KB, so a corpus of 100,000 readouts would otherwise write a folder of over a gigabyte."""

__all__ = ["DEFAULT_MEETING_PAGES", "GRAPH_FILE", "check_writable", "output_lock", "publish", "recover"]

_SPARE_BYTES = 50_000_000
"""Free space a build wants beside its output folder, on top of twice the folder's size."""


def _staging(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.staging"


def _previous(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.previous"


@contextlib.contextmanager
def output_lock(out_dir: Path, wait: float = 1.0) -> Iterator[None]:
    """Hold the lock of ``out_dir`` for the whole build; a second build fails with a message."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out_dir.parent / f".{out_dir.name}.lock"))
    try:
        lock.acquire(timeout=wait)
    except Timeout as err:
        raise KgError(
            f"another kg build is writing to {out_dir}; wait for it to finish or build into another --out"
        ) from err
    try:
        yield
    finally:
        lock.release()


def check_writable(out_dir: Path) -> None:
    """Fail early, before extraction, when the output folder cannot take a build."""
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KgError(f"cannot create {parent}: {err.strerror or err}; choose another --out") from err
    for folder in (parent, out_dir):
        if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
            raise KgError(f"cannot write to {folder}: permission denied or read-only; choose another --out")
    current = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file()) if out_dir.is_dir() else 0
    needed = 2 * current + _SPARE_BYTES
    free = shutil.disk_usage(parent).free
    if free < needed:
        raise KgError(
            f"only {free // 1_000_000:,} MB free beside {out_dir}; a build needs about {needed // 1_000_000:,} MB. "
            "Free some space or choose another --out"
        )


def recover(out_dir: Path) -> None:
    """Put right what an interrupted build left: a missing target, a stale staging or previous folder."""
    staging, previous = _staging(out_dir), _previous(out_dir)
    if not out_dir.exists() and previous.exists():
        previous.rename(out_dir)  # the old build goes back: a staging folder may be incomplete
    for leftover in (staging, previous):
        if leftover.exists():
            shutil.rmtree(leftover)


def publish(out_dir: Path, outputs: Mapping[str, bytes]) -> None:
    """Write ``outputs`` (relative path -> bytes) as the new content of ``out_dir``, all at once.

    Files in ``out_dir`` that this build does not make (a README, a .gitignore) are carried
    over to the new folder: the folder is replaced, what a user put there is not lost.
    """
    staging = _staging(out_dir)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    try:
        for name, data in sorted(outputs.items()):
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if out_dir.is_dir():
            _carry_over(out_dir, staging, set(outputs))
        _fsync_dir(staging)
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        where = err.filename or staging
        raise KgError(
            f"could not write the build beside {out_dir} ({where}: {err.strerror or err}); "
            "the previous build is untouched. Free space or choose another --out"
        ) from err
    if out_dir.exists() and _exchange(staging, out_dir):
        shutil.rmtree(staging)  # it now holds the previous build
    else:
        previous = _previous(out_dir)
        if out_dir.exists():
            out_dir.rename(previous)
        staging.rename(out_dir)
        if previous.exists():
            shutil.rmtree(previous)
    _fsync_dir(out_dir.parent)


def _carry_over(out_dir: Path, staging: Path, ours: set[str]) -> None:
    """Copy into the staging folder the files of ``out_dir`` that are not build outputs."""
    for path in sorted(out_dir.rglob("*")):
        relative = path.relative_to(out_dir).as_posix()
        if path.is_file() and relative not in ours and not _is_build_output(relative):
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, staging / relative)


def _is_build_output(relative: str) -> bool:
    """Files an earlier build made and this one may not (meeting pages of removed readouts)."""
    return relative.startswith("meetings/") and relative.endswith(".html")


def _exchange(one: Path, other: Path) -> bool:
    """Swap two paths in one system call (Linux renameat2 RENAME_EXCHANGE); False where unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(one), at_fdcwd, os.fsencode(other), rename_exchange)
    return bool(result == 0)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

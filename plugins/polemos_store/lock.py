"""One writer per store: an OS-level lock (``flock``), held for the whole run, dying with it.

A second run writing to the same store would store every document twice, and its start-up
clean-up would delete the first run's files in flight; it is refused instead, with a message
naming the run that holds the store. The lock is the operating system's (through the
``filelock`` package): a killed run releases it with its process, so no stale lock file ever
needs deleting by hand.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from polemos.runs import RunRefused

__all__ = ["LOCK_FILE", "StoreLocked", "store_lock"]

LOCK_FILE = ".lock"
OWNER_FILE = ".lock-owner.json"


class StoreLocked(RunRefused):
    """Another run is writing to this store."""


def _owner(root: Path) -> str:
    """Who holds the lock, as written by its holder (or 'another run' if unknown)."""
    try:
        data = json.loads((root / OWNER_FILE).read_text("utf-8"))
        return f"run of process {data['pid']} on {data['host']}, started {data['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another run"


@contextmanager
def store_lock(root: str | Path) -> Iterator[None]:
    """Hold the write lock of the store ``root`` (created if needed) for the ``with`` block.

    Raises :class:`StoreLocked` at once, naming the holder, if another run holds it.
    """
    from filelock import FileLock, Timeout

    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path / LOCK_FILE), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise StoreLocked(
            f"the store {path} is being written by the {_owner(path)}; "
            "wait for it to finish, or write to another folder"
        ) from None
    owner = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    try:
        (path / OWNER_FILE).write_text(json.dumps(owner), "utf-8")
        yield
    finally:
        with suppress(OSError):
            (path / OWNER_FILE).unlink()
        lock.release()

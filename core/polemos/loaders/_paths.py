"""Expanding a source (a file, a folder or a glob) into the files a loader reads."""

from __future__ import annotations

import glob
from pathlib import Path

__all__ = ["accepts_suffix", "expand"]


def expand(source: str, suffixes: tuple[str, ...]) -> list[Path]:
    """The files of ``source`` whose suffix is in ``suffixes``, sorted.

    A folder is searched recursively; a glob is expanded; a plain path is returned as is (even
    when it does not exist, so the loader reports it).
    """
    path = Path(source)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
    if glob.has_magic(source):
        found = (Path(p) for p in glob.glob(source, recursive=True))
        return sorted(p for p in found if p.is_file() and p.suffix.lower() in suffixes)
    return [path]


def accepts_suffix(source: str, suffixes: tuple[str, ...]) -> bool:
    """True for a file or glob ending in one of ``suffixes``, or a folder holding such files."""
    lowered = source.lower()
    if lowered.endswith(suffixes):
        return True
    path = Path(source)
    if path.is_dir():
        return any(p.suffix.lower() in suffixes for p in path.rglob("*"))
    return False

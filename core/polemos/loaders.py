"""What a loader author needs: expand a source (file, folder, glob) into files, read them safely.

Nothing in a folder is skipped without a word: an unreadable subfolder, a symbolic link loop, a
FIFO or a device with a loader's suffix becomes a :class:`~polemos.LoadError` naming it. A file
is read only if it is a regular file no larger than the loader's byte limit, checked before
anything is read, so a FIFO never hangs a run and ``/dev/zero`` never fills the memory.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from polemos.io_interfaces import LoadError

MAX_FILE_BYTES = 4_000_000
"""The default byte limit of a text file: 4 bytes per character at most in UTF-8, so a larger
file holds more than the pipeline's default ``max_chars`` (1,000,000) whatever it contains."""

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def _problem(path: Path) -> LoadError | None:
    """Why ``path`` (found in a folder or by a glob) cannot be read as a file, or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LoadError(str(path), "a symbolic link loop, not a file")
        if path.is_symlink():
            return LoadError(str(path), "a broken symbolic link, not a file")
        return LoadError(str(path), f"cannot read: {exc.strerror or exc}")
    if stat.S_ISREG(mode):
        return None
    return LoadError(str(path), f"{_kind(mode)}, not a regular file; not read")


def _matches(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.suffix.lower() in suffixes


def _sort_key(item: Path | LoadError) -> Path:
    return Path(item.source) if isinstance(item, LoadError) else item


def _walk(folder: Path, suffixes: tuple[str, ...]) -> list[Path | LoadError]:
    found: list[Path | LoadError] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else folder
        found.append(LoadError(str(where), f"cannot read folder: {exc.strerror or exc}"))

    for top, folders, files in os.walk(folder, onerror=unreadable):
        folders.sort()
        here = Path(top)
        for name in files:
            path = here / name
            if _matches(path, suffixes):
                found.append(_problem(path) or path)
        for name in folders:  # os.walk lists symlinked folders here without entering them
            path = here / name
            if path.is_symlink() and _matches(path, suffixes):
                found.append(_problem(path) or path)
    return sorted(
        found, key=lambda item: Path(item.source) if isinstance(item, LoadError) else item
    )


def expand(source: str, suffixes: tuple[str, ...]) -> list[Path | LoadError]:
    """The files of ``source`` whose suffix is in ``suffixes``, sorted; problems as LoadErrors.

    A folder is searched recursively (symbolic links to folders are not followed); a glob is
    expanded; a plain path is returned as is (even when it does not exist, so the loader reports
    it). In a folder or a glob, a matching name that is not a readable regular file (a FIFO, a
    device, a link loop) and an unreadable subfolder are each a :class:`LoadError`.
    """
    path = Path(source)
    if path.is_dir():
        return _walk(path, suffixes)
    if glob.has_magic(source):
        found = sorted(Path(p) for p in glob.glob(source, recursive=True))
        return [_problem(p) or p for p in found if _matches(p, suffixes) and not p.is_dir()]
    return [path]


def document_ids(paths: Iterable[Path]) -> dict[Path, str]:
    """The document id of each file: its stem, or its path when two files share a stem.

    Two files called ``x.txt`` in folders ``a`` and ``b`` get the ids ``a/x`` and ``b/x`` (the
    path from their common folder, without the suffix, with ``/`` separators), so one id never
    names two documents.
    """
    files = list(paths)
    counts = Counter(path.stem for path in files)
    clashing = [path for path in files if counts[path.stem] > 1]
    base = Path(os.path.commonpath([p.parent for p in clashing])) if clashing else Path()
    ids = {}
    for path in files:
        if counts[path.stem] == 1:
            ids[path] = path.stem
        else:
            ids[path] = path.relative_to(base).with_suffix("").as_posix()
    return ids


def files_with_ids(
    source: str, suffixes: tuple[str, ...], kind: str
) -> Iterator[tuple[Path, str] | LoadError]:
    """The files of ``source`` with their document ids (:func:`document_ids`), in order.

    A problem file comes as its :class:`~polemos.LoadError`; a source holding no file of
    ``suffixes`` yields one saying so (``kind`` names them: ``"no .txt file found"``).
    """
    found = expand(source, suffixes)
    if not found:
        yield LoadError(source, f"no {kind} file found")
    ids = document_ids(p for p in found if isinstance(p, Path))
    for path in found:
        yield path if isinstance(path, LoadError) else (path, ids[path])


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary; LoadError naming it if it is not a regular file.

    The file is opened without blocking (a FIFO does not hang) and checked with ``fstat``
    before anything is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LoadError(str(path), "a symbolic link loop, not a file") from exc
        raise LoadError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise LoadError(str(path), f"{_kind(mode)}, not a regular file; not read")
    return os.fdopen(fd, "rb")


def read_prefix(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of the regular file ``path`` (see :func:`open_regular`)."""
    with open_regular(path) as handle:
        try:
            return handle.read(limit + 1)
        except OSError as exc:
            raise LoadError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def read_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``path``; LoadError naming it if larger than ``max_bytes``."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_prefix names the problem
    raw = read_prefix(path, max_bytes)
    if len(raw) > max_bytes:
        raise LoadError(
            str(path),
            f"{max(size, len(raw)):,} bytes, more than the {max_bytes:,}-byte limit of one "
            "document; not read (split it, or raise the loader's max_bytes)",
        )
    return raw


def accepts_suffix(source: str, suffixes: tuple[str, ...]) -> bool:
    """True for a file or glob ending in one of ``suffixes``, or a folder holding such files."""
    lowered = source.lower()
    if lowered.endswith(suffixes):
        return True
    path = Path(source)
    if path.is_dir():
        return any(p.suffix.lower() in suffixes for p in path.rglob("*"))
    return False

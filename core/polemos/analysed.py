"""Read documents already analysed: polemos JSON and JSONL files, folders of them, results stores.

``polemos export`` reads what ``polemos analyze`` wrote (``--out FILE.json``, ``--out
FILE.jsonl``, ``--out DIR`` for a Parquet results store) and hands the documents, with all
their annotations, to an exporter. A file that cannot be read yields a :class:`LoadError`
naming it; the other sources are still read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from polemos.io_interfaces import LoadError
from polemos.model import Document
from polemos.plugins import PluginManager
from polemos.serialization import FormatError, loads, read_jsonl

__all__ = ["read_analysed"]


def _json_file(path: Path) -> Iterator[Document | LoadError]:
    try:
        yield loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, FormatError) as exc:
        yield LoadError(str(path), f"not a polemos.document/1 JSON file: {exc}")


def _jsonl_file(path: Path) -> Iterator[Document | LoadError]:
    try:
        yield from read_jsonl(path)
    except (OSError, UnicodeDecodeError, FormatError) as exc:
        yield LoadError(str(path), f"not polemos.document/1 JSONL: {exc}")


def _one(path: Path, manager: PluginManager) -> Iterator[Document | LoadError]:
    if path.is_dir():
        opened = manager.open_results(path)  # a results store, read by the plugin that wrote it
        if opened is not None:
            yield from opened.iter_documents()
            return
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl"))
        if not files:
            yield LoadError(str(path), "neither a results store nor a folder of .json/.jsonl")
        for file in files:
            yield from _one(file, manager)
    elif path.suffix == ".jsonl":
        yield from _jsonl_file(path)
    elif path.suffix == ".json":
        yield from _json_file(path)
    elif path.exists():
        yield LoadError(str(path), "not analysed results (.json, .jsonl or a results store)")
    else:
        yield LoadError(str(path), "no such file or folder")


def read_analysed(
    paths: Iterable[str | Path], manager: PluginManager | None = None
) -> Iterator[Document | LoadError]:
    """The analysed documents of ``paths`` (files, folders, results stores), in order.

    Example:
        >>> read = list(read_analysed(["results/"]))  # doctest: +SKIP
        >>> documents = [d for d in read if isinstance(d, Document)]  # doctest: +SKIP

    """
    manager = manager if manager is not None else PluginManager()
    for path in paths:
        yield from _one(Path(path), manager)

"""The built-in plugin: loaders for text files and JSONL, exporters to JSON and JSONL.

It registers through the same hooks as any third-party plugin.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from polemos.io_interfaces import Exporter, Loader, LoadError
from polemos.loaders import (
    MAX_FILE_BYTES,
    expand,
    files_with_ids,
    open_regular,
    read_file,
)
from polemos.markers import hookimpl
from polemos.model import Document
from polemos.serialization import FORMAT, FormatError, document_from_dict, dumps

_META_KEYS = ("date", "source", "url", "title", "lang")
_UNSAFE_FILE = re.compile("[/\\\\\x00\ud800-\udfff]")


def decode_text(raw: bytes, source: str) -> str:
    """Decode file bytes as UTF-8 (a BOM is dropped), or raise :class:`LoadError` naming ``source``.

    Text with NUL bytes is taken for binary and refused. UTF-16 files with a BOM are decoded.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(source, f"bad UTF-16: {exc.reason} at byte {exc.start}") from exc
    if b"\x00" in raw:
        raise LoadError(source, "binary content (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            source,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at position {exc.start}); "
            "convert it to UTF-8 first",
        ) from exc


class TextLoader(Loader):
    """Plain ``.txt`` files: a file, a folder (recursively) or a glob; the id is the file stem."""

    name = "text"
    description = "UTF-8 .txt files, folders of them, or a glob"

    def accepts(self, source: str) -> bool:
        """Accept ``.txt`` files, folders and globs."""
        path = Path(source)
        return (
            path.suffix == ".txt" or path.is_dir() or (glob.has_magic(source) and ".txt" in source)
        )

    def __init__(self, max_bytes: int = MAX_FILE_BYTES) -> None:
        self.max_bytes = max_bytes

    def load(self, source: str) -> Iterator[Document | LoadError]:
        """Yield one document per file; unreadable or empty files yield a :class:`LoadError`.

        Two files with the same stem get their paths as ids (see :func:`document_ids`).
        """
        for item in files_with_ids(source, (".txt",), ".txt"):
            if isinstance(item, LoadError):
                yield item
                continue
            path, doc_id = item
            try:
                text = decode_text(read_file(path, self.max_bytes), str(path))
            except LoadError as exc:
                yield exc
                continue
            if not text.strip():
                yield LoadError(str(path), "empty document")
                continue
            yield Document(doc_id, text, {"source": str(path)})


def _record_id(record: dict[str, Any], where: str) -> str:
    """The id of a plain record: its ``id`` string, or ``where`` when it has none."""
    doc_id = record.get("id")
    if doc_id is None:
        return where
    if not isinstance(doc_id, str) or not doc_id:
        shown = repr(doc_id) if len(repr(doc_id)) <= 40 else repr(doc_id)[:40] + "..."
        raise LoadError(
            where,
            f"'id' must be a non-empty string, got {shown} ({type(doc_id).__name__}); "
            'quote it ("id": "0") or leave it out',
        )
    return doc_id


def _record_to_document(record: Any, where: str) -> Document:
    if not isinstance(record, dict):
        raise LoadError(where, "a JSONL line must be a JSON object")
    if record.get("format") == FORMAT:
        try:
            return document_from_dict(record)
        except FormatError as exc:
            raise LoadError(where, str(exc)) from exc
    text = record.get("text")
    if not isinstance(text, str):
        raise LoadError(where, "no 'text' string")
    if not text.strip():
        raise LoadError(where, "empty document")
    doc_id = _record_id(record, where)
    meta = {key: record[key] for key in _META_KEYS if record.get(key) is not None}
    try:
        return Document(doc_id, text, meta)
    except (TypeError, ValueError) as exc:
        raise LoadError(where, str(exc)) from exc


def _lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of ``handle``; None in place of a line longer than ``limit`` bytes (skipped)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # skip the rest, never holding it whole
            line = handle.readline(1 << 20)
        yield None


class JsonlLoader(Loader):
    """JSONL: one document a line.

    Lines are polemos documents or records with ``text`` and optional ``id``, ``date``,
    ``source``, ``url``, ``title``. A line longer than ``max_line_bytes`` is refused unread.
    """

    name = "jsonl"
    description = "JSONL files, one document a line (polemos documents or plain records)"

    def __init__(self, max_line_bytes: int = 8 * MAX_FILE_BYTES) -> None:
        self.max_line_bytes = max_line_bytes

    def accepts(self, source: str) -> bool:
        """Accept ``.jsonl`` files."""
        return source.endswith(".jsonl")

    def load(self, source: str) -> Iterator[Document | LoadError]:
        """Yield one document per non-empty line; a bad line yields a :class:`LoadError`."""
        for path in expand(source, (".jsonl",)):
            if isinstance(path, LoadError):
                yield path
                continue
            try:
                handle = open_regular(path)
            except LoadError as exc:
                yield exc
                continue
            with handle:
                yield from self._load_lines(path, handle)

    def _load_lines(self, path: Path, handle: BinaryIO) -> Iterator[Document | LoadError]:
        for number, raw in enumerate(_lines(handle, self.max_line_bytes), start=1):
            where = f"{path.stem}:{number}"
            if raw is None:
                yield LoadError(
                    f"{path}:{number}", f"line longer than {self.max_line_bytes:,} bytes; not read"
                )
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(decode_text(raw, f"{path}:{number}"))
                yield _record_to_document(record, where)
            except RecursionError:
                yield LoadError(f"{path}:{number}", "JSON nested too deeply")
            except ValueError as exc:  # JSONDecodeError, or an integer of over 4,300 digits
                reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                yield LoadError(f"{path}:{number}", f"not JSON: {reason[:200]}")
            except LoadError as exc:
                yield exc


def write_atomically(target: Path, content: str | Callable[[TextIO], object]) -> None:
    """Write ``content`` (a string, or a function of the handle) to ``target`` atomically.

    The text goes to a temporary file renamed onto ``target`` at the end.

    A failure (a full disk, an interrupted run) leaves the previous file, or none: never a
    truncated file that looks complete.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    # a name of its own: two exports to one file never write into each other's temporary file
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            if isinstance(content, str):
                handle.write(content)
            else:
                content(handle)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def file_stem(doc_id: str) -> str:
    """A file name for a document id: slashes, NUL and lone surrogates replaced, bounded.

    An id that had to change gets a digest of itself appended, so two ids never share a file.
    """
    stem = _UNSAFE_FILE.sub("_", doc_id)[:50].lstrip(".") or "_"
    if stem != doc_id:
        stem += "-" + hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return stem


class JsonExporter(Exporter):
    """One ``polemos.document/1`` JSON file per document.

    ``out`` is a ``.json`` file for one document, a folder for several.
    """

    name = "json"
    description = "polemos.document/1 JSON, one file per document"

    def export(self, documents: Iterable[Document], out: Path) -> int:
        """Write the documents; return how many were written."""
        items = list(documents)
        if len(items) == 1 and out.suffix == ".json":
            write_atomically(out, dumps(items[0], indent=1) + "\n")
            return 1
        out.mkdir(parents=True, exist_ok=True)
        for document in items:
            target = out / f"{file_stem(document.id)}.json"
            write_atomically(target, dumps(document, indent=1) + "\n")
        return len(items)


class JsonlExporter(Exporter):
    """All documents in one JSONL file, one ``polemos.document/1`` object a line."""

    name = "jsonl"
    description = "polemos.document/1 JSONL, one document a line"

    def export(self, documents: Iterable[Document], out: Path) -> int:
        """Write the documents; return how many were written."""
        count = 0

        def write(handle: TextIO) -> None:
            nonlocal count
            for document in documents:
                handle.write(dumps(document) + "\n")
                count += 1

        write_atomically(out, write)
        return count


@hookimpl
def polemos_loaders() -> list[Loader]:
    """Register the built-in loaders."""
    return [TextLoader(), JsonlLoader()]


@hookimpl
def polemos_exporters() -> list[Exporter]:
    """Register the built-in exporters."""
    return [JsonExporter(), JsonlExporter()]

"""CSV and Parquet loaders: one document per row, the text in a configurable column.

Optional columns ``id``, ``date``, ``source``, ``url``, ``title`` and ``lang`` become the
document's id and metadata when present. Rows are streamed (CSV line by line, Parquet by record
batch), so a large table never sits in memory. A bad row (no text, empty text, bytes that are not
UTF-8, NUL bytes) becomes a :class:`~polemos.LoadError` naming the file and row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from polemos.io_interfaces import Loader, LoadError
from polemos.loaders import MAX_FILE_BYTES, accepts_suffix, expand, open_regular
from polemos.model import Document

__all__ = ["CsvLoader", "ParquetLoader", "row_to_document"]

META_COLUMNS = ("date", "source", "url", "title", "lang")
"""Columns copied into ``Document.meta`` when present and not empty."""

_FIELD_LIMIT = 8 * MAX_FILE_BYTES
"""The longest CSV field read (a text cell of more is a bad row, never held whole)."""


def _scalar(value: Any) -> str | None:
    """A metadata cell as a string (dates in ISO form), or None when empty."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    text = str(value).strip()
    return text or None


def row_to_document(row: Mapping[str, Any], where: str, text_column: str) -> Document:
    """Build a document from one table row; raise :class:`LoadError` naming ``where``.

    >>> row_to_document({"id": 7, "text": "Kaboul, lundi."}, "t.csv:2", "text").id
    '7'
    """
    text = row.get(text_column)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LoadError(where, f"not valid UTF-8 (byte at position {exc.start})") from exc
    if not isinstance(text, str):
        raise LoadError(where, f"no text in column {text_column!r}")
    if "\x00" in text:
        raise LoadError(where, "binary content (NUL bytes), not text")
    if any("\udc80" <= char <= "\udcff" for char in text):
        raise LoadError(where, "not valid UTF-8 (undecodable bytes in the text)")
    if not text.strip():
        raise LoadError(where, "empty document")
    doc_id = _scalar(row.get("id")) or where
    meta = {key: value for key in META_COLUMNS if (value := _scalar(row.get(key))) is not None}
    return Document(doc_id, text, meta)


class CsvLoader(Loader):
    """CSV files with a header row, one document per row (``text_column``, default ``text``)."""

    name = "csv"
    description = "CSV files, one document per row (columns text, id, date, source, url, title)"

    def __init__(self, text_column: str = "text", delimiter: str = ",") -> None:
        self.text_column = text_column
        self.delimiter = delimiter

    def accepts(self, source: str) -> bool:
        """Accept ``.csv`` files, globs and folders of them."""
        return accepts_suffix(source, (".csv",))

    def load(self, source: str) -> Iterator[Document | LoadError]:
        """Yield one document per row; a bad row or file yields a :class:`LoadError`."""
        csv.field_size_limit(_FIELD_LIMIT)  # articles are longer than csv's 128 KB default
        for path in expand(source, (".csv",)):
            if isinstance(path, LoadError):
                yield path
            else:
                yield from self._load_file(path)

    def _load_file(self, path: Path) -> Iterator[Document | LoadError]:
        try:
            # surrogateescape keeps undecodable bytes visible so the row, not the file, fails
            handle = io.TextIOWrapper(
                open_regular(path), encoding="utf-8-sig", errors="surrogateescape", newline=""
            )
        except LoadError as exc:
            yield exc
            return
        with handle:
            reader = csv.DictReader(handle, delimiter=self.delimiter)
            try:
                columns = reader.fieldnames or []
            except csv.Error as exc:
                yield LoadError(str(path), f"not CSV: {exc}")
                return
            if self.text_column not in columns:
                yield LoadError(str(path), f"no column {self.text_column!r} (has {columns})")
                return
            line = 1
            while True:
                where = f"{path.stem}:{line + 1}"
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield LoadError(where, f"bad CSV row: {exc}")
                    return
                line = reader.line_num
                try:
                    yield row_to_document(row, where, self.text_column)
                except LoadError as exc:
                    yield exc


class ParquetLoader(Loader):
    """Parquet files, one document per row, read by record batch (``text_column``: ``text``)."""

    name = "parquet"
    description = "Parquet files, one document per row (columns text, id, date, source, url, title)"

    def __init__(self, text_column: str = "text", batch_rows: int = 512) -> None:
        self.text_column = text_column
        self.batch_rows = batch_rows

    def accepts(self, source: str) -> bool:
        """Accept ``.parquet`` files, globs and folders of them."""
        return accepts_suffix(source, (".parquet",))

    def load(self, source: str) -> Iterator[Document | LoadError]:
        """Yield one document per row; a bad row or file yields a :class:`LoadError`."""
        for path in expand(source, (".parquet",)):
            if isinstance(path, LoadError):
                yield path
            else:
                yield from self._load_file(path)

    def _load_file(self, path: Path) -> Iterator[Document | LoadError]:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            yield LoadError(str(path), "reading Parquet needs pyarrow: pip install polemos-store")
            return

        try:
            parquet = pq.ParquetFile(path)
        except (OSError, pa.ArrowException) as exc:
            yield LoadError(str(path), f"not a readable Parquet file: {exc}")
            return
        names = parquet.schema_arrow.names
        if self.text_column not in names:
            yield LoadError(str(path), f"no column {self.text_column!r} (has {names})")
            return
        wanted = [c for c in (self.text_column, "id", *META_COLUMNS) if c in names]
        row_number = 0
        try:
            for batch in parquet.iter_batches(batch_size=self.batch_rows, columns=wanted):
                for row in batch.to_pylist():
                    row_number += 1
                    try:
                        yield row_to_document(row, f"{path.stem}:{row_number}", self.text_column)
                    except LoadError as exc:
                        yield exc
        except (OSError, pa.ArrowException) as exc:
            yield LoadError(f"{path.stem}:{row_number + 1}", f"unreadable Parquet data: {exc}")

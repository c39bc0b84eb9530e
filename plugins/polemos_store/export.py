"""``polemos export``: write one layer of analysed results as a table, with a layer's exporter.

``polemos export`` reads what ``polemos analyze`` wrote (``--out FILE.json``, ``--out
FILE.jsonl``, ``--out DIR`` for a Parquet results store) and hands the documents, with all
their annotations, to an exporter that declares the layer (``Exporter.layer``). A file that
cannot be read yields a :class:`~polemos.LoadError` naming it; the other sources are still read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from polemos import Document, LoadError, PluginManager
from polemos.commands import Command, report_plugin_failures, shown
from polemos.serialization import FormatError, loads, read_jsonl

__all__ = ["Export", "read_analysed"]


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

    A folder is opened by the plugin that reads it (``polemos_open_results``), else read as a
    folder of ``.json``/``.jsonl`` files.

    Example:
        >>> read = list(read_analysed(["results/"]))  # doctest: +SKIP
        >>> documents = [d for d in read if isinstance(d, Document)]  # doctest: +SKIP

    """
    manager = manager if manager is not None else PluginManager()
    for path in paths:
        yield from _one(Path(path), manager)


class Export(Command):
    """``polemos export LAYER --format NAME RESULTS... --out FILE``: tables from results."""

    name = "export"
    help = "write a layer of analysed results as a table (events as ACLED, UCDP)"

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        """The layer, the results to read, the exporter and the file to write."""
        parser.add_argument("layer", help="the layer to table, e.g. events")
        parser.add_argument(
            "results",
            nargs="+",
            help="analysed results: .json/.jsonl files, folders, results stores",
        )
        parser.add_argument("--format", required=True, help="the exporter, e.g. acled or ucdp")
        parser.add_argument("--out", required=True, help="the file to write")
        parser.add_argument("--disable", help="comma-separated plugins not to load")

    def run(self, args: argparse.Namespace) -> int:
        """Read the results, hand them to the layer's exporter; 1 if a source failed."""
        manager = PluginManager(disable=args.disable)
        exporters = manager.exporters()
        known = ", ".join(sorted(e.name for e in exporters if e.layer == args.layer)) or "none"
        found = [e for e in exporters if e.name == args.format]
        if not found:
            raise SystemExit(
                f"polemos export: no exporter {args.format!r} (exporters of {args.layer}: {known})"
            )
        exporter = found[0]
        if exporter.layer and exporter.layer != args.layer:
            raise SystemExit(
                f"polemos export: exporter {args.format!r} tables the {exporter.layer} layer, "
                f"not {args.layer} (exporters of {args.layer}: {known})"
            )
        documents: list[Document] = []
        failed = 0
        for item in read_analysed(args.results, manager):
            if isinstance(item, Document):
                documents.append(item)
            else:
                failed += 1
                print(shown(f"polemos: cannot read {item}"), file=sys.stderr)
        lacking = [d.id for d in documents if not d.layer(args.layer)]
        if documents and len(lacking) == len(documents):
            print(
                f"polemos export: no document has the {args.layer} layer (analysed without the "
                f"plugin that writes it?); the table is empty",
                file=sys.stderr,
            )
        try:
            exporter.export(documents, Path(args.out))
        except OSError as exc:
            raise SystemExit(f"polemos export: cannot write {args.out}: {exc}") from exc
        print(
            f"polemos: {args.layer} of {len(documents)} document(s) -> {args.out} "
            f"({exporter.name}; {len(documents) - len(lacking)} with {args.layer})",
            file=sys.stderr,
        )
        report_plugin_failures(manager)
        return 1 if failed or manager.failures else 0

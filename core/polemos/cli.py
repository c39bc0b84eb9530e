"""The ``polemos`` command line: analyze, plugins, schema.

Packages add more commands through the ``polemos_register_commands`` hook (``polemos evaluate``
comes with ``polemos-evaluation``, ``polemos export`` with ``polemos-store``, ``polemos
new-plugin`` with ``polemos-scaffold``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from polemos.commands import (
    add_extractors_option,
    report_plugin_failures,
    selected_extractors,
    shown,
)
from polemos.corpus import example_document
from polemos.io_interfaces import LoadError
from polemos.limits import DEFAULT_TIME_LIMIT
from polemos.model import Document
from polemos.nlp import DEFAULT_MODEL
from polemos.plugins import PluginFailure, PluginLoadWarning, PluginManager, parse_selection
from polemos.runs import RunOptions, RunRefused, RunReport, as_items, run
from polemos.schema import document_schema
from polemos.serialization import dumps
from polemos.spec import PipelineSpec


def _read_config(path: str | None) -> dict[str, Any]:
    if path is None:
        return {}
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SystemExit(f"polemos: cannot read config {path}: {exc}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise SystemExit(f"polemos: config {path} must map extractor names to mappings")
    return data


def _sources(args: argparse.Namespace) -> list[Document | Path]:
    """The bundled example, stdin for ``-``, and paths (a missing file is a load error)."""
    sources: list[Document | Path] = [example_document()] if args.example else []
    for path in args.paths:
        sources.append(
            Document("stdin", sys.stdin.read(), {"source": "stdin"}) if path == "-" else Path(path)
        )
    return sources


def _documents(
    sources: Iterable[Document | Path], manager: PluginManager, load_errors: list[LoadError]
) -> Iterator[Document]:
    """The documents of ``sources``; each unreadable source or taken id is said and kept."""
    for item in as_items(sources, manager):
        if isinstance(item, Document):
            yield item
        else:
            load_errors.append(item)
            print(shown(f"polemos: cannot load {item}"), file=sys.stderr)


def _summarised(
    documents: Iterable[Document], stream: TextIO, counts: Counter[str]
) -> Iterator[Document]:
    """Pass ``documents`` on, printing a line for each; count documents and errors in ``counts``."""
    for document in documents:
        layers = Counter(a.layer for a in document.annotations)
        layers.update(r.layer for r in document.relations)
        found = ", ".join(f"{n} {layer}" for layer, n in layers.items()) or "nothing found"
        print(shown(f"{document.id}: {found}"), file=stream)
        for error in document.errors:
            print(shown(f"  error in {error.plugin}: {error.type}: {error.message}"), file=stream)
        counts["documents"] += 1
        counts["errors"] += len(document.errors)
        yield document


def _output_kind(args: argparse.Namespace) -> str:
    """``store`` (a Parquet results folder), ``stdout`` or an exporter's name."""
    if args.format in ("parquet", "store"):
        return "store"
    if args.out is None:  # stdout gets JSONL
        if args.format not in (None, "json", "jsonl"):
            raise SystemExit(f"polemos analyze: --format {args.format} needs --out")
        return "stdout"
    if args.format is not None:
        return str(args.format)
    suffix = Path(args.out).suffix
    return {".json": "json", ".jsonl": "jsonl"}.get(suffix, "store")


def _spec(args: argparse.Namespace) -> PipelineSpec:
    return PipelineSpec(
        extractors=None if (chosen := selected_extractors(args)) is None else tuple(chosen),
        model=args.model,
        config=_read_config(args.config),
        disable=tuple(parse_selection(args.disable) or ()),
        time_limit=args.time_limit,
    )


def _run(
    args: argparse.Namespace,
    spec: PipelineSpec,
    sources: Iterable[Document | Path],
    manager: PluginManager,
    **more: Any,
) -> RunReport:
    """Stream ``sources`` through the engine of ``args`` with its options."""
    options = RunOptions(
        workers=args.workers,
        address=args.scheduler,
        batch_size=args.batch_size,
        progress=not args.no_progress,
        manager=manager,
        **more,
    )
    try:
        return run(sources, spec, args.engine, options)
    except (KeyError, ValueError, RunRefused) as exc:
        raise SystemExit(f"polemos analyze: {exc}") from exc


def _cmd_analyze_store(args: argparse.Namespace, spec: PipelineSpec, manager: PluginManager) -> int:
    """``--out DIR``: stream the corpus to a results store on the chosen engine."""
    more = {"out": args.out, "resume": not args.fresh, "describe": args.paths}
    report = _run(args, spec, _sources(args), manager, **more)
    print(report.summary(), file=sys.stderr)
    for line in report.notes:
        print(shown(f"  {line}"), file=sys.stderr)
    report_plugin_failures(manager)
    failed = report.errors + report.load_errors + len(manager.failures)
    return 1 if failed else 0


def _cmd_analyze(args: argparse.Namespace) -> int:
    manager = PluginManager(disable=args.disable)
    if not args.paths and not args.example:
        raise SystemExit("polemos analyze: give PATH... (files, folders, '-') or --example")
    kind = _output_kind(args)
    if kind == "store" and args.out is None:
        raise SystemExit("polemos analyze: --format parquet needs --out DIR")
    spec = _spec(args)
    if kind == "store":
        return _cmd_analyze_store(args, spec, manager)
    try:
        pipeline = spec.build(manager)
    except (KeyError, ValueError) as exc:
        raise SystemExit(f"polemos analyze: {exc}") from exc
    load_errors: list[LoadError] = []
    inputs = _documents(_sources(args), manager, load_errors)
    if args.engine == "local" and args.workers <= 1:
        analysed: Iterable[Document] = pipeline.analyze(inputs)  # streamed: one at a time
    else:
        collected: list[Document] = []
        _run(args, spec, inputs, manager, sink=collected.extend)
        analysed = collected
    counts: Counter[str] = Counter()
    documents = _summarised(analysed, sys.stderr, counts)
    if kind == "stdout":
        for document in documents:
            sys.stdout.write(dumps(document) + "\n")
    else:
        try:
            manager.exporter(kind).export(documents, Path(args.out))
        except OSError as exc:  # a full disk, a read-only folder: say so, no traceback
            raise SystemExit(f"polemos analyze: cannot write {args.out}: {exc}") from exc
    print(
        f"polemos: {counts['documents']} document(s) analysed with "
        f"{', '.join(e.name for e in pipeline.extractors) or 'no extractor'} "
        f"(spaCy {args.model}: {', '.join(pipeline.components) or 'tokenizer only'})"
        + (f" -> {args.out}" if args.out else ""),
        file=sys.stderr,
    )
    report_plugin_failures(manager)
    failed = counts["errors"] + len(load_errors) + len(manager.failures)
    if failed:
        print(f"polemos: {failed} error(s)", file=sys.stderr)
    return 1 if failed else 0


def _cmd_plugins(args: argparse.Namespace) -> int:
    manager = PluginManager()
    infos = manager.info()
    clashes = manager.extractor_clashes()
    if args.json:
        rows = [info.__dict__ for info in infos]
        failures = [f.__dict__ for f in manager.failures]
        found = {"plugins": rows, "failures": failures, "clashes": clashes}
        print(json.dumps(found, indent=1, default=list))
        return 1 if manager.failures or clashes else 0
    for info in infos:
        print(shown(f"{info.name} {info.version}  ({info.origin})"))
        print(f"  hooks: {', '.join(info.hooks) or '-'}")
        if info.extractors:
            print(f"  extractors: {', '.join(info.extractors)}")
            writes = ", ".join(info.writes) or "-"
            print(f"  writes: {writes}   requires: {', '.join(info.requires) or '-'}")
    for failure in manager.failures:
        print(shown(f"{failure.name}  FAILED ({failure.origin}): {failure.error}"))
    for name, owners in clashes.items():
        print(shown(f"extractor {name!r} CLASH: provided by {' and by '.join(owners)}"))
    return 1 if manager.failures or clashes else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(document_schema(), indent=2, ensure_ascii=False))
    return 0


PROVIDERS = {
    "evaluate": "polemos-evaluation",
    "export": "polemos-store",
    "new-plugin": "polemos-scaffold",
}
"""Commands of first-party packages: the distribution that adds each (named when missing)."""


def build_parser(manager: PluginManager | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``polemos`` command, with the commands of ``manager``'s plugins.

    Plugins add subcommands through the ``polemos_register_commands`` hook (the installed
    plugins' when ``manager`` is None).
    """
    parser = argparse.ArgumentParser(
        prog="polemos", description="Turn French conflict news into structured, checkable data."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    analyze = sub.add_parser("analyze", help="analyse documents and write polemos JSON")
    analyze.add_argument("paths", nargs="*", help=".txt/.jsonl files, folders, globs, or -")
    analyze.add_argument("--example", action="store_true", help="analyse the bundled article")
    add_extractors_option(analyze)
    analyze.add_argument("--disable", help="comma-separated plugins not to load")
    analyze.add_argument(
        "--model", default=DEFAULT_MODEL, help="spaCy pipeline (default %(default)s)"
    )
    analyze.add_argument("--config", help="YAML/JSON file: extractor name -> configuration")
    analyze.add_argument(
        "--format",
        help="parquet (a results store; the default for --out DIR), json (the default for "
        "--out FILE.json), jsonl (for --out FILE.jsonl), or another exporter",
    )
    analyze.add_argument(
        "--out",
        help="a folder: the Parquet results store (runs append, interrupted runs resume); "
        "a .json/.jsonl file; default: JSONL on stdout",
    )
    analyze.add_argument(
        "--engine",
        default="local",
        help="local (default: this process, or --workers processes) or dask, from polemos-store",
    )
    analyze.add_argument(
        "--workers", type=int, default=1, help="worker processes (local) or Dask workers"
    )
    analyze.add_argument("--scheduler", help="address of an existing Dask scheduler")
    analyze.add_argument(
        "--batch-size", type=int, default=64, help="documents per batch (default %(default)s)"
    )
    analyze.add_argument(
        "--fresh", action="store_true", help="re-analyse documents already in the store"
    )
    analyze.add_argument("--no-progress", action="store_true", help="no progress bar")
    analyze.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help="stop the parse or an extractor still working on one document after SECONDS "
        "(error recorded; default %(default)g, 0: no limit)",
    )
    analyze.set_defaults(func=_cmd_analyze)

    plugins = sub.add_parser("plugins", help="list plugins, their hooks and layers")
    plugins.add_argument("--json", action="store_true")
    plugins.set_defaults(func=_cmd_plugins)

    schema = sub.add_parser("schema", help="print the JSON Schema of polemos.document/1")
    schema.set_defaults(func=_cmd_schema)

    _add_plugin_commands(sub, manager if manager is not None else PluginManager())
    return parser


def _add_plugin_commands(sub: Any, manager: PluginManager) -> None:
    """Add the subcommands of the plugins (``sub`` is the parser's subparsers action)."""
    for command in manager.commands(taken=sub.choices):
        try:  # on a parser of its own first: a plugin that raises must not take the CLI down
            command.add_arguments(argparse.ArgumentParser(prog=f"polemos {command.name}"))
        except (Exception, SystemExit) as exc:
            error = f"{type(exc).__name__}: {exc}"
            manager.failures.append(PluginFailure(command.name, "command arguments", error))
            continue
        parser = sub.add_parser(command.name, help=command.help, description=command.help)
        command.add_arguments(parser)
        parser.set_defaults(func=command.run)


def _missing_command(argv: Sequence[str], parser: argparse.ArgumentParser) -> str | None:
    """Why the command of ``argv`` is unavailable, when a package that is not installed adds it."""
    name = next((arg for arg in argv if not arg.startswith("-")), None)
    if name not in PROVIDERS or name in _subcommands(parser):
        return None
    return (
        f"polemos: the {name!r} command comes with the {PROVIDERS[name]} distribution, which is "
        f"not installed or failed to load (see `polemos plugins`): pip install {PROVIDERS[name]}"
    )


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommand parsers of ``parser``, by name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def main(argv: Sequence[str] | None = None, manager: PluginManager | None = None) -> int:
    """Run the ``polemos`` command; return its exit code.

    The plugin commands are those of ``manager`` (the installed plugins' by default).
    """
    with warnings.catch_warnings():
        # plugin load failures are reported by the commands themselves, once, at the end
        warnings.simplefilter("ignore", PluginLoadWarning)
        parser = build_parser(manager)
        missing = _missing_command(sys.argv[1:] if argv is None else argv, parser)
        if missing is not None:
            print(missing, file=sys.stderr)
            return 2
        args = parser.parse_args(argv)
        try:
            code: int = args.func(args)
        except BrokenPipeError:
            # the reader closed the pipe (``polemos evaluate ... | head``): stop quietly, as
            # the Python documentation's SIGPIPE note recommends, without a traceback at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    return code


if __name__ == "__main__":
    sys.exit(main())

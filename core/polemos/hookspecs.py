"""The hook specifications of polemos: the public, versioned API that plugins implement.

Every hook here is documented in ``docs/reference/hooks.md`` with a tested example; a test fails
when a hook is added without its documentation or when a documented signature differs.
A plugin may implement a hook with fewer arguments than the spec, so new arguments can be added
without breaking it. Hook API version: :data:`polemos.HOOK_API_VERSION`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from polemos.commands import Command
from polemos.contracts import LayerContract
from polemos.extractor import Extractor
from polemos.io_interfaces import Exporter, Loader
from polemos.markers import hookspec

if TYPE_CHECKING:
    from polemos.runs import Engine

__all__ = [
    "polemos_engines",
    "polemos_exporters",
    "polemos_extractors",
    "polemos_layer_contracts",
    "polemos_loaders",
    "polemos_open_results",
    "polemos_register_commands",
    "polemos_resources",
]


@hookspec
def polemos_extractors() -> list[Extractor]:  # type: ignore[empty-body]
    """Return the extractors this plugin contributes.

    Each extractor declares its ``name``, the layers it ``writes``, the layers it ``requires``
    and the spaCy components it needs; the host orders extractors by their requirements.

    Example::

        from polemos import ExtractContext, Extractor, hookimpl

        class Drones(Extractor):
            name = "drones"
            writes = ("weapons",)

            def extract(self, ctx: ExtractContext) -> None:
                for token in ctx.doc:
                    if token.lower_ in {"drone", "drones"}:
                        ctx.annotate("weapons", "drone", token.idx, token.idx + len(token.text))

        @hookimpl
        def polemos_extractors():
            return [Drones()]

    .. versionadded:: 1.0
    """


@hookspec
def polemos_resources(kind: str) -> list[Path]:  # type: ignore[empty-body]
    """Return resource files of ``kind`` that this plugin contributes (or an empty list).

    Extractors read resources through ``ExtractContext.resources(kind)``; the actors plugin
    reads ``"actors.lexicon"`` (YAML lexicon files), the alliances plugin ``"alliances.cues"``.
    Files from later plugins extend or override those of earlier ones.

    Example::

        from pathlib import Path
        from polemos import hookimpl

        @hookimpl
        def polemos_resources(kind):
            if kind == "actors.lexicon":
                return [Path(__file__).parent / "my_actors.yaml"]
            return []

    .. versionadded:: 1.0
    """


@hookspec
def polemos_loaders() -> list[Loader]:  # type: ignore[empty-body]
    r"""Return the document loaders this plugin contributes.

    A loader says whether it ``accepts`` a source (a path, a glob, an URL) and ``load``s its
    documents, yielding a :class:`~polemos.LoadError` for each one it cannot read.

    Example::

        from polemos import Document, Loader, hookimpl

        class Lines(Loader):
            name = "lines"
            description = "one document per line of a .lines file"

            def accepts(self, source):
                return source.endswith(".lines")

            def load(self, source):
                with open(source, encoding="utf-8") as handle:
                    for number, line in enumerate(handle, 1):
                        yield Document(f"{source}:{number}", line.rstrip("\n"))

        @hookimpl
        def polemos_loaders():
            return [Lines()]

    .. versionadded:: 1.0
    """


@hookspec
def polemos_exporters() -> list[Exporter]:  # type: ignore[empty-body]
    """Return the result exporters this plugin contributes (selected by their ``name``).

    Example::

        import csv
        from polemos import Exporter, hookimpl

        class Csv(Exporter):
            name = "csv"
            description = "one row per annotation"

            def export(self, documents, out):
                count = 0
                with open(out, "w", newline="", encoding="utf-8") as handle:
                    writer = csv.writer(handle)
                    for document in documents:
                        for a in document.annotations:
                            writer.writerow([document.id, a.layer, a.label, a.start, a.end])
                        count += 1
                return count

        @hookimpl
        def polemos_exporters():
            return [Csv()]

    .. versionadded:: 1.0
    """


@hookspec
def polemos_layer_contracts() -> list[LayerContract]:  # type: ignore[empty-body]
    """Return the contracts of the layers this plugin writes (see :mod:`polemos.contracts`).

    A contract declares a layer's labels (with colours; relation labels that are symmetric),
    the JSON Schema of its attributes, the columns its tables show first and how
    ``polemos evaluate`` scores it against gold files. The Explorer, the tables, the network
    and the scorer read contracts only, so a layer declared here is highlighted, tabled and
    scored like the first-party ones. Two plugins declaring one layer differently is an error
    of the second one.

    Example::

        from polemos import Label, LayerContract, Scoring, hookimpl

        @hookimpl
        def polemos_layer_contracts():
            return [
                LayerContract(
                    layer="weapons",
                    labels=(Label("rifle", colour="#e5d8bd"), Label("drone", colour="#a3b8cc")),
                    attributes={"name": {"type": "string"}},
                    columns=("name",),
                    scoring=Scoring(gold_key="weapons", form="spans", label_figure="type"),
                )
            ]

    .. versionadded:: 1.1
    """


@hookspec
def polemos_register_commands() -> list[Command]:  # type: ignore[empty-body]
    """Return the ``polemos`` subcommands this plugin contributes (:class:`~polemos.Command`).

    ``polemos NAME`` runs the command called ``NAME``. A command named like a command of the
    core, or like one an earlier plugin registered, is an error of this plugin (reported by
    ``polemos plugins``); the others are kept.

    Example::

        from polemos import Command, PluginManager, hookimpl

        class Layers(Command):
            name = "layers"
            help = "list the layers the installed extractors write"

            def add_arguments(self, parser):
                parser.add_argument("--sep", default=", ", help="between two layers")

            def run(self, args):
                writes = {layer for e in PluginManager().extractors() for layer in e.writes}
                print(args.sep.join(sorted(writes)))
                return 0

        @hookimpl
        def polemos_register_commands():
            return [Layers()]

    .. versionadded:: 1.2
    """


@hookspec
def polemos_engines() -> list[Engine]:  # type: ignore[empty-body]
    """Return the engines this plugin contributes (:class:`~polemos.runs.Engine`).

    ``polemos analyze --engine NAME`` and ``polemos.analyze(engine=NAME)`` hand the run to the
    engine called ``NAME``: its sources, its :class:`~polemos.spec.PipelineSpec` (build the
    pipeline with ``spec.build()``, in each worker) and its :class:`~polemos.runs.RunOptions`
    (workers, results store, sink). A run in one process without a store needs no engine.

    Example::

        from concurrent.futures import ThreadPoolExecutor
        from polemos import Document, hookimpl
        from polemos.runs import Engine, RunReport, as_items

        class Threads(Engine):
            name = "threads"
            description = "one pipeline per thread"

            def run(self, sources, spec, options):
                pipeline = spec.build(options.manager)
                report = RunReport.start(self.name, options.workers, spec, pipeline, None)
                items = as_items(sources, pipeline.manager)
                documents = [d for d in items if isinstance(d, Document)]
                with ThreadPoolExecutor(options.workers) as pool:
                    analysed = list(pool.map(pipeline.analyze_one, documents))
                report.documents = len(analysed)
                if options.sink:
                    options.sink(analysed)
                return report

        @hookimpl
        def polemos_engines():
            return [Threads()]

    .. versionadded:: 1.3
    """


@hookspec(firstresult=True)
def polemos_open_results(path: Path) -> Any | None:
    """Open the analysed results stored at ``path``, or return None if they are not yours.

    :func:`polemos.open` returns what the first plugin (the last registered) opens; ``polemos
    export`` and ``polemos evaluate`` read documents from a folder this hook opens through the
    returned object's ``iter_documents()``. polemos-store opens its Parquet results stores.

    Example::

        from polemos import hookimpl, read_jsonl

        class Folder:
            def __init__(self, path):
                self.path = path

            def iter_documents(self):
                for file in sorted(self.path.glob("*.jsonl")):
                    yield from read_jsonl(file)

        @hookimpl
        def polemos_open_results(path):
            if (path / "MANIFEST.polemos").exists():
                return Folder(path)
            return None

    .. versionadded:: 1.3
    """

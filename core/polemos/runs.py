"""Corpus runs: the report of a run, the engines that run one, and the one-process run.

:func:`run` is the one executor the CLI, :func:`polemos.analyze` and the notebooks call with a
:class:`~polemos.spec.PipelineSpec`. A run in this process without a results store is done here
(:func:`run_inline`); worker processes, clusters and results stores are engines that plugins
register through the ``polemos_engines`` hook (polemos-store provides ``local`` with workers
and stores, and ``dask``).
"""

from __future__ import annotations

import copy
import glob
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from polemos.corpus import is_existing_path, iter_sources
from polemos.io_interfaces import LoadError
from polemos.model import Document, DocumentError
from polemos.pipeline import HOST, Pipeline
from polemos.plugins import PluginManager
from polemos.spec import PipelineSpec
from polemos.unique_ids import UniqueIds

Source = Document | str | Path


class RunRefused(Exception):
    """A run that cannot start: an unknown engine, a results store another run holds..."""


@dataclass
class RunReport:
    """What a run did: counts, speed, the extractors and spaCy components it ran, where.

    ``batch_seconds`` and ``batch_cpu_seconds`` add up the wall and CPU time the workers spent
    in their batches: beside ``seconds`` (the run's wall time) they show where time goes.
    """

    engine: str
    workers: int
    model: str
    extractors: list[str]
    components: list[str]
    disabled: list[str]
    out: str | None = None
    session: str | None = None
    documents: int = 0
    load_errors: int = 0
    skipped: int = 0
    annotations: int = 0
    relations: int = 0
    errors: int = 0
    words: int = 0
    seconds: float = 0.0
    batch_seconds: float = 0.0
    batch_cpu_seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    """Lines for the user beside the summary (the first stored errors of the run, say)."""

    @classmethod
    def start(
        cls, engine: str, workers: int, spec: PipelineSpec, pipeline: Pipeline, out: str | None
    ) -> RunReport:
        """An empty report of a run of ``pipeline`` (built from ``spec``) on ``engine``."""
        components = pipeline.components
        return cls(
            engine=engine,
            workers=workers,
            model=(pipeline.runs and next(iter(pipeline.runs.values())).model) or spec.model,
            extractors=[e.name for e in pipeline.extractors],
            components=components,
            disabled=[name for name in pipeline.nlp.pipe_names if name not in components],
            out=out,
            timings=dict.fromkeys(pipeline.timings, 0.0),
        )

    @property
    def docs_per_second(self) -> float:
        """Documents analysed per second of the run."""
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        """Words (whitespace-separated) analysed per second of the run."""
        return self.words / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        """A few lines for the terminal: what ran, on what, how fast, where it went."""
        where = f" -> {self.out} (run {self.session})" if self.out else ""
        return (
            f"polemos: {self.documents} document(s) analysed with "
            f"{', '.join(self.extractors) or 'no extractor'}{where}\n"
            f"  spaCy {self.model}: ran {', '.join(self.components) or 'the tokenizer only'}"
            f"; disabled (not needed) {', '.join(self.disabled) or 'none'}\n"
            f"  engine {self.engine}, {self.workers} worker(s): {self.seconds:.1f} s, "
            f"{self.docs_per_second:.1f} docs/s, {self.words_per_second:.0f} words/s\n"
            f"  {self.annotations} annotations, {self.relations} relations, "
            f"{self.errors} document error(s), {self.load_errors} load error(s)"
            + (f", {self.skipped} already stored (skipped)" if self.skipped else "")
        )


def working_copy(document: Document, rerun: Collection[str] = ()) -> Document:
    """A copy of ``document`` to analyse, so that analysing never changes the caller's document.

    The copy keeps the output of earlier runs, except that of the extractors named in ``rerun``
    (they are about to run again: their annotations, the relations touching them, their errors
    and the host's parse errors are left out), so analysing an analysed document again gives
    no duplicate ids.
    """
    dropped = {run_id for run_id, run in document.runs.items() if run.plugin in rerun}
    kept = [a for a in document.annotations if a.run not in dropped]
    ends = {a.id for a in kept}
    relations = [
        r
        for r in document.relations
        if r.run not in dropped and r.source in ends and r.target in ends
    ]
    fresh = Document(document.id, document.text, copy.deepcopy(document.meta))
    for run_id, run in document.runs.items():
        if run_id not in dropped:
            fresh.add_run_output(
                run, [a for a in kept if a.run == run_id], [r for r in relations if r.run == run_id]
            )
    redone = {*rerun, HOST, f"{HOST}.parse"} if rerun else set()
    for error in document.errors:
        if error.plugin not in redone:  # load errors and other extractors' errors stay
            fresh.add_error(error)
    return fresh


def as_items(
    sources: Iterable[Source], manager: PluginManager, rerun: Collection[str] = ()
) -> Iterator[Document | LoadError]:
    """Documents from ``sources``, read lazily, each id once.

    Documents come as :func:`working_copy` copies (``rerun`` names the extractors about to
    run), paths and globs go through the loaders, other strings are texts (ids ``text-0``,
    ``text-1``...); an unreadable source, or a document whose id an earlier one has (see
    :class:`~polemos.unique_ids.UniqueIds`), becomes a :class:`~polemos.LoadError`.
    """
    ids = UniqueIds()
    for item in _items(sources, manager, rerun):
        yield (ids.refusal(item) or item) if isinstance(item, Document) else item


def _items(
    sources: Iterable[Source], manager: PluginManager, rerun: Collection[str]
) -> Iterator[Document | LoadError]:
    for index, source in enumerate(sources):
        if isinstance(source, Document):
            yield working_copy(source, rerun)
            continue
        name = str(source)
        is_path = isinstance(source, Path) or is_existing_path(name)
        if is_path or (glob.has_magic(name) and glob.glob(name)):
            yield from iter_sources([name], manager)
        else:
            yield Document(f"text-{index}", name)


@dataclass(frozen=True)
class RunOptions:
    """How a corpus run goes: where (``workers``, ``address``), into what (``out``, ``sink``).

    ``out`` is a results store folder (documents already stored there by the same pipeline are
    skipped when ``resume``); ``sink`` receives each batch of analysed documents when there is
    no store; ``describe`` names the sources in the stored run metadata.
    """

    workers: int = 1
    address: str | None = None
    out: str | Path | None = None
    batch_size: int = 64
    resume: bool = True
    progress: bool = True
    sink: Callable[[list[Document]], None] | None = None
    manager: PluginManager | None = None
    describe: Sequence[str] = ()


class Engine(ABC):
    """Where a corpus run is analysed: worker processes, a cluster... (``polemos_engines``)."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    @abstractmethod
    def run(self, sources: Iterable[Source], spec: PipelineSpec, options: RunOptions) -> RunReport:
        """Analyse ``sources`` with the pipeline of ``spec`` as ``options`` say; report it."""


def failed_document(source: str, reason: str) -> Document:
    """An empty document carrying the load error of a source that could not be read."""
    document = Document(source, "")
    document.add_error(DocumentError("polemos.load", "LoadError", reason))
    return document


def run_inline(
    sources: Iterable[Source], spec: PipelineSpec, options: RunOptions = RunOptions()
) -> RunReport:
    """Analyse ``sources`` in this process, batch by batch, handing each batch to the sink.

    A source that cannot be read, or a document whose id an earlier one has, comes back as an
    empty document carrying the load error; memory holds one batch at a time.
    """
    from tqdm.auto import tqdm

    pipeline = spec.build(options.manager)
    report = RunReport.start("local", 1, spec, pipeline, None)

    def documents() -> Iterator[Document]:
        for item in as_items(sources, pipeline.manager, report.extractors):
            yield failed_document(item.source, item.reason) if isinstance(item, LoadError) else item

    started = time.perf_counter()
    bar = tqdm(unit="doc", desc="polemos", disable=not options.progress, delay=1.0)
    batch: list[Document] = []
    try:
        for document in pipeline.analyze(documents()):
            batch.append(document)
            report.documents += 1
            report.annotations += len(document.annotations)
            report.relations += len(document.relations)
            report.errors += len(document.errors)
            report.words += len(document.text.split())
            bar.update()
            if len(batch) >= options.batch_size:
                _hand_over(batch, options)
                batch = []
        _hand_over(batch, options)
    finally:
        bar.close()
        report.seconds = report.batch_seconds = time.perf_counter() - started
        report.timings = dict(pipeline.timings)
    return report


def _hand_over(batch: list[Document], options: RunOptions) -> None:
    if batch and options.sink is not None:
        options.sink(batch)


def run(
    sources: Iterable[Source],
    spec: PipelineSpec,
    engine: str = "local",
    options: RunOptions = RunOptions(),
) -> RunReport:
    """Analyse ``sources`` on ``engine``: in this process, or on an engine a plugin registers.

    One process without a results store is :func:`run_inline`; anything else goes to the
    installed engine called ``engine``. :class:`RunRefused` names the installed engines when
    none is called so.
    """
    if engine == "local" and options.workers <= 1 and options.out is None:
        return run_inline(sources, spec, options)
    manager = options.manager or PluginManager(disable=spec.disable or None)
    engines = {e.name: e for e in manager.engines()}
    if engine not in engines:
        why = "a results store or worker processes need" if engine == "local" else "needs"
        raise RunRefused(
            f"engine {engine!r}: {why} an engine plugin (polemos-store provides 'local' and "
            f"'dask'); installed engines: {', '.join(sorted(engines)) or 'none'}"
        )
    return engines[engine].run(sources, spec, options)

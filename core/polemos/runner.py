"""The driver of a corpus run: stream the corpus in batches to an engine, store or collect.

Documents are read lazily from their sources, cut into batches, analysed by the engine (this
process, worker processes or a Dask cluster) and written batch by batch to a results store, or
handed to a ``sink`` callback; memory does not grow with the corpus. With a store, documents
already stored by the same pipeline are skipped, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import copy
import glob
import platform
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from polemos._ids import digest
from polemos.corpus import is_existing_path, iter_sources
from polemos.engines import Batch, BatchOutcome, PipelineSpec, run_engine
from polemos.engines.isolation import forget_inflight, read_inflight
from polemos.io_interfaces import LoadError
from polemos.markers import HOOK_API_VERSION
from polemos.model import Document, DocumentError
from polemos.pipeline import HOST, Pipeline
from polemos.plugins import PluginManager
from polemos.store.lock import store_lock
from polemos.store.tables import LoadFailure
from polemos.store.writer import (
    StoreTarget,
    completed_ids,
    new_session_id,
    start_session,
    stored_failures,
)
from polemos.unique_ids import UniqueIds

__all__ = ["RunReport", "as_items", "run_corpus", "working_copy"]

Item = Document | LoadFailure
Source = Document | str | Path


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
) -> Iterator[Item]:
    """Documents from ``sources``, read lazily.

    Documents come as :func:`working_copy` copies (``rerun`` names the extractors about to
    run), paths and globs go through the loaders, other strings are texts (ids ``text-0``,
    ``text-1``...); an unreadable source becomes a :class:`LoadFailure`.
    """
    for index, source in enumerate(sources):
        if isinstance(source, Document):
            yield working_copy(source, rerun)
            continue
        name = str(source)
        is_path = isinstance(source, Path) or is_existing_path(name)
        if is_path or (glob.has_magic(name) and glob.glob(name)):
            for loaded in iter_sources([name], manager):
                if isinstance(loaded, LoadError):
                    yield LoadFailure(loaded.source, loaded.reason)
                else:
                    yield loaded
        else:
            yield Document(f"text-{index}", name)


def _batches(
    items: Iterable[Item],
    size: int,
    session: str,
    skip: set[str],
    report: RunReport,
    failed_before: Collection[tuple[str, str]] = (),
    suspects: Collection[str] = (),
) -> Iterator[Batch]:
    """Cut ``items`` into batches, leaving out what is already stored.

    A document whose id an earlier document of the run has is turned into a load failure
    naming both (see :class:`UniqueIds`); a source that failed before for the same reason
    (``failed_before``) is not recorded again; each of the ``suspects`` (documents a killed
    run was analysing) gets a batch of its own, analysed apart.
    """
    documents: list[Document] = []
    failures: list[LoadFailure] = []
    ids = UniqueIds()
    number = 0
    for item in items:
        if isinstance(item, Document):
            refusal = ids.refusal(item)
            if refusal is not None:
                item = LoadFailure(refusal.source, refusal.reason)
            elif item.id in skip:
                report.skipped += 1
                continue
            elif item.id in suspects:
                yield Batch(f"{session}-{number:06d}", (item,), apart=True)
                number += 1
                continue
        if isinstance(item, LoadFailure) and (item.source, item.reason) in failed_before:
            report.skipped += 1
            continue
        (documents if isinstance(item, Document) else failures).append(item)  # type: ignore[arg-type]
        if len(documents) + len(failures) >= size:
            yield Batch(f"{session}-{number:06d}", tuple(documents), tuple(failures))
            number += 1
            documents, failures = [], []
    if documents or failures:
        yield Batch(f"{session}-{number:06d}", tuple(documents), tuple(failures))


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _run_metadata(
    pipeline: Pipeline, report: RunReport, spec: PipelineSpec, extra: dict[str, Any]
) -> dict[str, Any]:
    distributions = ["polemos", "spacy", pipeline.model_name, "pyarrow", "pluggy"]
    if report.engine == "dask":
        distributions += ["dask", "distributed"]
    distributions += [run.distribution for run in pipeline.runs.values() if run.distribution]
    versions = {name: _version(name) for name in dict.fromkeys(distributions)}
    versions["python"] = platform.python_version()
    return {
        "engine": report.engine,
        "workers": report.workers,
        "model": report.model,
        "model_name": spec.model,
        "spacy_components": report.components,
        "disabled_components": report.disabled,
        "extractors": [run.to_dict() | {"run_id": run.id} for run in pipeline.runs.values()],
        "config": {k: dict(v) for k, v in spec.config.items()},
        "versions": versions,
        "hook_api": HOOK_API_VERSION,
    } | extra


def fingerprint(pipeline: Pipeline) -> str:
    """A digest of the runs (plugins, versions, configs, model): equal pipelines, equal print."""
    return digest(*sorted(run.id for run in pipeline.runs.values()), pipeline.model_name)


def _failed_document(failure: LoadFailure) -> Document:
    document = Document(failure.source, "")
    document.add_error(DocumentError("polemos.load", "LoadError", failure.reason))
    return document


def run_corpus(
    sources: Iterable[Source],
    spec: PipelineSpec,
    *,
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    out: str | Path | None = None,
    batch_size: int = 64,
    resume: bool = True,
    progress: bool = True,
    sink: Callable[[list[Document]], None] | None = None,
    manager: PluginManager | None = None,
    describe: Sequence[str] = (),
) -> RunReport:
    """Analyse ``sources`` on ``engine``; write to the store ``out`` or pass batches to ``sink``.

    ``describe`` names the sources in the stored run metadata. With ``resume`` (the default),
    documents already stored in ``out`` by the same pipeline are skipped.
    """
    pipeline = spec.build(manager)
    manager = pipeline.manager
    components = pipeline.components
    report = RunReport(
        engine=engine,
        workers=workers,
        model=(pipeline.runs and next(iter(pipeline.runs.values())).model) or spec.model,
        extractors=[e.name for e in pipeline.extractors],
        components=components,
        disabled=[name for name in pipeline.nlp.pipe_names if name not in components],
        out=str(out) if out is not None else None,
        timings=dict.fromkeys(pipeline.timings, 0.0),
    )
    with ExitStack() as held:
        target: StoreTarget | None = None
        skip: set[str] = set()
        failed_before: set[tuple[str, str]] = set()
        suspects: set[str] = set()
        session = new_session_id()
        if out is not None:
            held.enter_context(store_lock(out))  # one writer at a time; dies with the process
            print_ = fingerprint(pipeline)
            skip = completed_ids(out, print_) if resume else set()
            failed_before = stored_failures(out, print_) if resume else set()
            suspects = read_inflight(out) - skip
            forget_inflight(out)
            metadata_ = _run_metadata(pipeline, report, spec, {"sources": list(describe)})
            target = start_session(out, print_, metadata_ | {"batch_size": batch_size})
            session = report.session = target.session
        items: Iterable[Item] = as_items(sources, manager, report.extractors)
        if out is None:  # without a store, a failed source comes back as a document with its error
            items = (_failed_document(i) if isinstance(i, LoadFailure) else i for i in items)
        batches = _batches(items, batch_size, session, skip, report, failed_before, suspects)
        _drive(
            report,
            run_engine(
                engine, batches, spec, target, workers=workers, address=address, pipeline=pipeline
            ),
            sink,
            progress,
        )
    return report


def _drive(
    report: RunReport,
    outcomes: Iterable[BatchOutcome],
    sink: Callable[[list[Document]], None] | None,
    progress: bool,
) -> None:
    """Consume the engine's outcomes: add them up in ``report``, pass documents to ``sink``."""
    from tqdm.auto import tqdm

    started = time.perf_counter()
    bar = tqdm(unit="doc", desc="polemos", disable=not progress, delay=1.0, smoothing=0.05)
    try:
        for outcome in outcomes:
            for name in ("documents", "load_errors", "annotations", "relations", "errors", "words"):
                setattr(report, name, getattr(report, name) + getattr(outcome, name))
            report.batch_seconds += outcome.seconds
            report.batch_cpu_seconds += outcome.cpu_seconds
            for name, seconds in outcome.timings.items():
                report.timings[name] = report.timings.get(name, 0.0) + seconds
            if sink is not None and outcome.analysed is not None:
                sink(outcome.analysed)
            bar.update(outcome.documents + outcome.load_errors)
            elapsed = time.perf_counter() - started
            bar.set_postfix_str(f"{report.words / elapsed:.0f} words/s", refresh=False)
    finally:
        bar.close()
        report.seconds = time.perf_counter() - started

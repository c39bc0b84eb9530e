"""The driver of a corpus run: stream the corpus in batches to an engine, store or collect.

Documents are read lazily from their sources, cut into batches, analysed by the engine (this
process, worker processes or a Dask cluster) and written batch by batch to a results store, or
handed to a ``sink`` callback; memory does not grow with the corpus. With a store, documents
already stored by the same pipeline are skipped, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack
from importlib import metadata
from pathlib import Path
from typing import Any

from polemos.ids import digest
from polemos.io_interfaces import LoadError
from polemos.markers import HOOK_API_VERSION
from polemos.model import Document
from polemos.pipeline import Pipeline
from polemos.plugins import PluginManager
from polemos.runs import Engine, RunOptions, RunReport, Source, failed_document
from polemos.runs import as_items as core_items
from polemos.spec import PipelineSpec
from polemos.unique_ids import UniqueIds

from polemos_store.engines import Batch, BatchOutcome, run_engine
from polemos_store.engines.isolation import forget_inflight, read_inflight
from polemos_store.lock import store_lock
from polemos_store.reader import open_results
from polemos_store.tables import LoadFailure
from polemos_store.writer import (
    StoreTarget,
    completed_ids,
    new_session_id,
    start_session,
    stored_failures,
)

__all__ = ["DaskEngine", "LocalEngine", "as_items", "fingerprint", "run_corpus"]

Item = Document | LoadFailure


def as_items(
    sources: Iterable[Source], manager: PluginManager, rerun: Collection[str] = ()
) -> Iterator[Item]:
    """:func:`polemos.runs.as_items`, with an unreadable source as a :class:`LoadFailure`."""
    for item in core_items(sources, manager, rerun):
        yield LoadFailure(item.source, item.reason) if isinstance(item, LoadError) else item


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


def _as_document(item: Item) -> Document:
    """A document, or the empty document carrying the error of a source that failed to load."""
    return failed_document(item.source, item.reason) if isinstance(item, LoadFailure) else item


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
    report = RunReport.start(engine, workers, spec, pipeline, str(out) if out is not None else None)
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
            items = (
                failed_document(i.source, i.reason) if isinstance(i, LoadFailure) else i
                for i in items
            )
        batches = _batches(items, batch_size, session, skip, report, failed_before, suspects)
        _drive(
            report,
            run_engine(
                engine, batches, spec, target, workers=workers, address=address, pipeline=pipeline
            ),
            sink,
            progress,
        )
    if out is not None:
        report.notes = _stored_errors(out, report.session)
    return report


def _stored_errors(out: str | Path, session: str | None, limit: int = 20) -> list[str]:
    """The first ``limit`` errors the run ``session`` stored, one line each."""
    errors = open_results(out).sql(
        "SELECT doc_id, stage, plugin, message FROM errors WHERE session = ? LIMIT ?",
        [session, limit],
    )
    return [f"{r.doc_id}: {r.stage} error in {r.plugin}: {r.message}" for r in errors.itertuples()]


class _StoreEngine(Engine):
    """An engine of this package: :func:`run_corpus` with the options of a run."""

    def run(self, sources: Iterable[Source], spec: PipelineSpec, options: RunOptions) -> RunReport:
        """Analyse ``sources`` on this engine (see :func:`run_corpus`)."""
        return run_corpus(
            sources,
            spec,
            engine=self.name,
            workers=options.workers,
            address=options.address,
            out=options.out,
            batch_size=options.batch_size,
            resume=options.resume,
            progress=options.progress,
            sink=options.sink,
            manager=options.manager,
            describe=options.describe,
        )


class LocalEngine(_StoreEngine):
    """Worker processes on this machine (the model loaded once in each), or this process."""

    name = "local"
    description = "this process, or worker processes on this machine; a results store"


class DaskEngine(_StoreEngine):
    """A ``dask.distributed`` cluster: a ``LocalCluster`` of workers, or a scheduler's address."""

    name = "dask"
    description = "a dask.distributed cluster (local, or the scheduler at --scheduler)"


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

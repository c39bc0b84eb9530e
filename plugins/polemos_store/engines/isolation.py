"""Quarantine: find the document whose analysis kills the process, record it, go on.

A plugin calling ``os._exit``, a crash inside a C extension or the kernel's memory killer ends a
worker process without a Python exception: nothing can be caught. When that happens the batch
is analysed again one document at a time, each in a fresh process of its own; a document whose
process dies again is *quarantined*: stored (or returned) with a ``WorkerDied`` error of the
host and without analysis, so the run goes on and a resumed run skips it instead of dying on
the same batch again.

A one-process run cannot survive its own death: it writes the ids of the batch it is analysing
to the store (:data:`INFLIGHT`), and the next run analyses those documents apart.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from polemos.model import Document, DocumentError
from polemos.pipeline import HOST

from polemos_store.engines.work import (
    Batch,
    BatchOutcome,
    PipelineSpec,
    finish_batch,
    process_batch,
)
from polemos_store.writer import StoreTarget

__all__ = [
    "INFLIGHT",
    "analyse_apart",
    "done",
    "forget_inflight",
    "quarantined",
    "read_inflight",
    "write_inflight",
]

INFLIGHT = "_inflight.json"
"""The ids of the batch a one-process run is analysing, in the store folder."""


def quarantined(document: Document) -> Document:
    """A copy of ``document``, not analysed, carrying the host's ``WorkerDied`` error."""
    copy = Document(document.id, document.text, document.meta)
    copy.add_error(
        DocumentError(
            HOST,
            "WorkerDied",
            f"document {document.id!r}: the process analysing it died without a Python "
            "exception (os._exit, a crash in a C extension, out of memory); quarantined: not "
            "analysed, recorded so that later runs skip it",
        )
    )
    return copy


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _alone(spec: PipelineSpec, part: Batch, target: StoreTarget | None) -> BatchOutcome:
    """Analyse the one document of ``part`` in a fresh process; quarantine it if that dies."""
    with ProcessPoolExecutor(max_workers=1, mp_context=_context()) as pool:
        future = pool.submit(process_batch, spec, part, target)
        try:
            return future.result()
        except BrokenProcessPool:
            pass
    started, cpu = time.perf_counter(), time.process_time()
    documents = [quarantined(document) for document in part.documents]
    return finish_batch(part.key, documents, part.failures, target, started, cpu)


def _merged(key: str, outcomes: Sequence[BatchOutcome]) -> BatchOutcome:
    timings: dict[str, float] = {}
    for outcome in outcomes:
        for name, seconds in outcome.timings.items():
            timings[name] = timings.get(name, 0.0) + seconds
    analysed = [d for o in outcomes if o.analysed is not None for d in o.analysed]
    return BatchOutcome(
        key=key,
        documents=sum(o.documents for o in outcomes),
        load_errors=sum(o.load_errors for o in outcomes),
        annotations=sum(o.annotations for o in outcomes),
        relations=sum(o.relations for o in outcomes),
        errors=sum(o.errors for o in outcomes),
        words=sum(o.words for o in outcomes),
        seconds=sum(o.seconds for o in outcomes),
        cpu_seconds=sum(o.cpu_seconds for o in outcomes),
        timings=timings,
        analysed=analysed if any(o.analysed is not None for o in outcomes) else None,
    )


def analyse_apart(spec: PipelineSpec, batch: Batch, target: StoreTarget | None) -> BatchOutcome:
    """Analyse each document of ``batch`` in a process of its own, quarantining the killers.

    Each document is stored as a batch of its own (``<batch>-<n>``), so what is done stays done.
    """
    if not batch.documents:
        started, cpu = time.perf_counter(), time.process_time()
        return finish_batch(batch.key, [], batch.failures, target, started, cpu)
    outcomes = [
        _alone(
            spec, Batch(f"{batch.key}-{n:03d}", (doc,), batch.failures if n == 0 else ()), target
        )
        for n, doc in enumerate(batch.documents)
    ]
    return _merged(batch.key, outcomes)


def done(outcome: BatchOutcome) -> Future[BatchOutcome]:
    """A future already holding ``outcome`` (a batch analysed apart, in the driver)."""
    future: Future[BatchOutcome] = Future()
    future.set_result(outcome)
    return future


def write_inflight(target: StoreTarget, batch: Batch) -> None:
    """Record in the store that ``batch`` is being analysed in this process."""
    path = Path(target.root) / INFLIGHT
    path.write_text(json.dumps([d.id for d in batch.documents]), "utf-8")


def read_inflight(root: str | Path) -> set[str]:
    """The ids a one-process run was analysing when it stopped (empty if it ended well)."""
    try:
        ids = json.loads((Path(root) / INFLIGHT).read_text("utf-8"))
    except (OSError, ValueError):
        return set()
    return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else set()


def forget_inflight(root: str | Path) -> None:
    """Remove the in-flight record (the run ended, or its suspects were taken over)."""
    (Path(root) / INFLIGHT).unlink(missing_ok=True)

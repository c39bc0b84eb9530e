"""The ``local`` engine: in this process, or in ``workers`` processes (model loaded once each)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from polemos.pipeline import Pipeline

from polemos_store.engines.isolation import analyse_apart, done, forget_inflight, write_inflight
from polemos_store.engines.window import windowed
from polemos_store.engines.work import (
    Batch,
    BatchOutcome,
    PipelineSpec,
    adopt,
    process_batch,
    warm_up,
)
from polemos_store.writer import StoreTarget

__all__ = ["run_local"]

_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _init_worker(spec: PipelineSpec) -> None:
    """Worker initializer: one BLAS thread per process (the processes fill the cores), model."""
    for variable in _THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    warm_up(spec)


def run_local(
    batches: Iterable[Batch],
    spec: PipelineSpec,
    target: StoreTarget | None,
    workers: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[BatchOutcome]:
    """Analyse ``batches`` here (``workers`` <= 1) or in ``workers`` processes.

    Where ``fork`` exists (Linux) the workers are forked from this process and inherit its
    loaded pipeline (``pipeline``, or the one built for ``spec``): no model loads again.
    Elsewhere they are spawned and each loads the model once, in its initializer.

    With a store ``target`` the workers write their batches themselves and send back counts;
    without one they send back the analysed documents. Results come in input order. A
    one-process run uses ``pipeline`` when given (the caller's, already loaded).
    """
    if pipeline is not None:
        adopt(spec, pipeline)  # processes forked to analyse documents apart inherit it
    if workers <= 1:
        yield from _in_process(batches, spec, target, pipeline)
        return
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
    if fork:
        warm_up(spec)  # the forked workers inherit the warm pipeline
    context = multiprocessing.get_context("fork" if fork else "spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(spec,)
        )

    pools = [new_pool()]
    owner: dict[str, int] = {}  # batch key -> the pool it was submitted to
    work = partial(process_batch, spec, target=target)

    def replace_pool() -> None:
        pools[-1].shutdown(wait=False)
        pools.append(new_pool())

    def submit(batch: Batch) -> Future[BatchOutcome]:
        if batch.apart:
            return done(analyse_apart(spec, batch, target))
        try:
            future = pools[-1].submit(work, batch)
        except BrokenProcessPool:  # a worker died since the last submission
            replace_pool()
            future = pools[-1].submit(work, batch)
        owner[batch.key] = len(pools) - 1
        while len(owner) > 4 * workers:  # only the batches in flight matter
            del owner[next(iter(owner))]
        return future

    def recover(batch: Batch, exc: BaseException) -> BatchOutcome:
        """A worker died during ``batch``: replace its pool, analyse its documents apart."""
        if owner.pop(batch.key, -1) == len(pools) - 1:
            replace_pool()
        return analyse_apart(spec, batch, target)

    try:
        yield from windowed(submit, batches, 2 * workers, recover, (BrokenProcessPool,))
    finally:
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)


def _in_process(
    batches: Iterable[Batch],
    spec: PipelineSpec,
    target: StoreTarget | None,
    pipeline: Pipeline | None,
) -> Iterator[BatchOutcome]:
    """Analyse ``batches`` in this process, the ids in flight recorded in the store.

    If a plugin ends this process, the next run finds them and analyses them apart.
    """
    for batch in batches:
        if batch.apart:
            yield analyse_apart(spec, batch, target)
            continue
        if target is not None and batch.documents:
            write_inflight(target, batch)
        yield process_batch(spec, batch, target, pipeline)
    if target is not None:
        forget_inflight(target.root)

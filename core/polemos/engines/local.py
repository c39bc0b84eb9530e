"""The ``local`` engine: in this process, or in ``workers`` processes (model loaded once each)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from polemos.engines.window import windowed
from polemos.engines.work import (
    Batch,
    BatchOutcome,
    PipelineSpec,
    adopt,
    process_batch,
    warm_up,
)
from polemos.pipeline import Pipeline
from polemos.store.writer import StoreTarget

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
    if workers <= 1:
        for batch in batches:
            yield process_batch(spec, batch, target, pipeline)
        return
    if pipeline is not None:
        adopt(spec, pipeline)
    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
    if fork:
        warm_up(spec)  # the forked workers inherit the warm pipeline
    context = multiprocessing.get_context("fork" if fork else "spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(spec,)
    ) as pool:
        work = partial(process_batch, spec, target=target)
        yield from windowed(lambda batch: pool.submit(work, batch), batches, 2 * workers)

"""Engines: where batches are analysed (``local`` processes or a ``dask`` cluster)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from polemos.pipeline import Pipeline

from polemos_store.engines.work import (
    Batch,
    BatchOutcome,
    PipelineSpec,
    pipeline_for,
    process_batch,
)
from polemos_store.writer import StoreTarget

__all__ = [
    "ENGINES",
    "Batch",
    "BatchOutcome",
    "PipelineSpec",
    "pipeline_for",
    "process_batch",
    "run_engine",
]

ENGINES = ("local", "dask")


def run_engine(
    engine: str,
    batches: Iterable[Batch],
    spec: PipelineSpec,
    target: StoreTarget | None,
    *,
    workers: int = 1,
    address: str | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[BatchOutcome]:
    """Run ``batches`` on ``engine`` (``local`` or ``dask``); yield outcomes in input order.

    ``pipeline`` (already built by the caller) is used by a one-process local run.
    """
    if engine == "local":
        from polemos_store.engines.local import run_local

        return run_local(batches, spec, target, workers, pipeline)
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise ValueError(
                "engine 'dask' needs dask.distributed: pip install 'polemos-store[dask]'"
            ) from exc
        from polemos_store.engines.dask_engine import run_dask

        return run_dask(batches, spec, target, max(1, workers), address)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")

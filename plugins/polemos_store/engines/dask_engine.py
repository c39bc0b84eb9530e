"""The ``dask`` engine: batches analysed on a ``dask.distributed`` cluster.

A :class:`~distributed.LocalCluster` of ``workers`` single-threaded processes is started by
default, or the scheduler at ``address`` is used. Each worker process builds the pipeline once
(it is kept in the process between tasks) and writes its batches to the store itself, so only
counts travel back to the client.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any

from polemos_store.engines.isolation import analyse_apart, done
from polemos_store.engines.window import windowed
from polemos_store.engines.work import Batch, BatchOutcome, PipelineSpec, process_batch, warm_up
from polemos_store.writer import StoreTarget

__all__ = ["run_dask"]


def _client(stack: ExitStack, workers: int, address: str | None) -> Any:
    from distributed import Client, LocalCluster

    if address is not None:
        return stack.enter_context(Client(address))  # type: ignore[no-untyped-call]
    cluster = stack.enter_context(
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        )
    )
    return stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]


def run_dask(
    batches: Iterable[Batch],
    spec: PipelineSpec,
    target: StoreTarget | None,
    workers: int = 2,
    address: str | None = None,
) -> Iterator[BatchOutcome]:
    """Analyse ``batches`` on a Dask cluster; results come back in input order."""
    from distributed import KilledWorker

    with ExitStack() as stack:
        client = _client(stack, workers, address)
        client.run(warm_up, spec)  # load the model on every worker before timing batches
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(batch: Batch) -> Any:
            if batch.apart:
                return done(analyse_apart(spec, batch, target))
            return client.submit(process_batch, spec, batch, target, pure=False)

        def recover(batch: Batch, exc: BaseException) -> BatchOutcome:
            """The batch killed its workers: analyse its documents apart, here."""
            return analyse_apart(spec, batch, target)

        yield from windowed(submit, batches, 2 * n_workers, recover, (KilledWorker,))

"""Bounded, in-order submission of batches to a pool (the corpus is never read ahead)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

__all__ = ["Future", "windowed"]

T = TypeVar("T")
R = TypeVar("R", covariant=True)


class Future(Protocol[R]):
    """What ``windowed`` needs of a future (concurrent.futures and Dask futures both fit)."""

    def result(self) -> R:
        """Wait for and return the result."""
        ...


def windowed(
    submit: Callable[[T], Future[R]],
    items: Iterable[T],
    window: int,
    recover: Callable[[T, BaseException], R] | None = None,
    crashes: tuple[type[BaseException], ...] = (),
) -> Iterator[R]:
    """Submit ``items`` keeping at most ``window`` in flight; yield results in input order.

    At most ``window`` items are held at once, however large the input, so memory stays flat.
    When waiting for an item raises one of ``crashes`` (a worker process died), the result is
    ``recover(item, exception)`` instead.
    """
    pending: deque[tuple[T, Future[R]]] = deque()

    def resolve(item: T, future: Future[R]) -> R:
        try:
            return future.result()
        except crashes as exc:
            if recover is None:
                raise
            return recover(item, exc)

    for item in items:
        pending.append((item, submit(item)))
        if len(pending) >= window:
            yield resolve(*pending.popleft())
    while pending:
        yield resolve(*pending.popleft())

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


def windowed(submit: Callable[[T], Future[R]], items: Iterable[T], window: int) -> Iterator[R]:
    """Submit ``items`` keeping at most ``window`` in flight; yield results in input order.

    At most ``window`` items are held at once, however large the input, so memory stays flat.
    """
    pending: deque[Future[R]] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()

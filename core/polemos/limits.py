"""A per-call time limit for extractors: SIGALRM in the main thread, a check afterwards elsewhere.

In the main thread of a process on a platform with ``signal.setitimer`` (Linux, macOS), the
limit interrupts the extractor: :class:`TimeLimitExceeded` is raised inside it when the time is
up. Elsewhere (a worker thread, Windows) a running extractor cannot be interrupted: the limit is
checked when it returns, and its output is discarded as if it had been interrupted, so results do
not depend on where the pipeline runs; an extractor that never returns hangs that thread.

Python runs signal handlers between bytecodes: code stuck inside one C call (a regular expression
with catastrophic backtracking, a C extension loop) is interrupted only when that call returns.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_TIME_LIMIT = 300.0
"""The default per-document time limit, in seconds, of the parse and of each extractor.

Generous (a 1,000,000-character document, the longest analysed by default, parses in about a
minute on a laptop) but finite: a plugin that hangs costs five minutes, not the run."""


class TimeLimitExceeded(Exception):
    """An extractor ran longer than the pipeline's per-document time limit."""


def can_interrupt() -> bool:
    """True when :func:`time_limit` can interrupt running code here (SIGALRM, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class _Clock:
    """What :func:`time_limit` tells its caller: whether the limit was exceeded."""

    def __init__(self, seconds: float, what: str) -> None:
        self.seconds = seconds
        self.what = what
        self.exceeded = False

    def error(self) -> TimeLimitExceeded:
        """The exception describing the exceeded limit."""
        return TimeLimitExceeded(f"{self.what}: still running after the {self.seconds:g} s limit")


@contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[_Clock]:
    """Run the ``with`` block under a time limit of ``seconds`` (no limit when None).

    Raises :class:`TimeLimitExceeded` (naming ``what``) when the block is interrupted, or when it
    returns late where it cannot be interrupted. ``clock.exceeded`` is True in both cases, even if
    the block swallowed the exception.

    >>> with time_limit(5, "a quick sum") as clock:
    ...     total = sum(range(10))
    >>> clock.exceeded
    False
    """
    clock = _Clock(seconds or 0.0, what)
    if not seconds:
        yield clock
        return
    if not can_interrupt():
        started = time.monotonic()
        yield clock
        if time.monotonic() - started > seconds:
            clock.exceeded = True
            raise clock.error()
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        clock.exceeded = True
        raise clock.error()

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield clock
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:  # someone else's timer was running: give it back what is left
            left = previous_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3))
    if clock.exceeded:  # the block caught the exception itself: still a failure
        raise clock.error()

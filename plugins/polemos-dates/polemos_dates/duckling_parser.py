"""Duckling's French time parser (``pyduckling-native-phihos``), built once per process.

Duckling finds the time expressions of a text with their character offsets and resolves each
against a reference time: a value with its grain (``day``, ``week``, ``month``...) or an
interval, and the next occurrences of a recurring one (``samedi``: every Saturday to come).
It reads only the windows of the text around French time words (:mod:`polemos_dates.prefilter`),
which find the same expressions at about half the cost of reading it all.
The time zone database is the ``tzdata`` package's, so no system files are needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time
from importlib import resources
from threading import Lock
from typing import Any

from polemos_dates.chains import break_chains
from polemos_dates.prefilter import time_windows

__all__ = ["CHUNK", "DucklingParser", "RawTime", "chunks", "readable"]

CHUNK = 600
"""About how many characters Duckling reads at once (see :func:`chunks`)."""

RawTime = dict[str, Any]
"""One Duckling entity: ``start``, ``end`` (character offsets), ``value`` (its resolution)."""


class DucklingParser:
    """Parse French time expressions with Duckling; the native context is built on first use.

    Instances pickle without their native state (for process pools and Dask) and rebuild it.
    """

    def __init__(self) -> None:
        self._lock = Lock()
        self._state: tuple[Any, Any, Any] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the native Duckling objects."""
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore an unpickled parser; the native objects are rebuilt on first use."""
        self._lock = Lock()
        self._state = None

    def _native(self) -> tuple[Any, Any, Any]:
        with self._lock:
            if self._state is None:
                import duckling

                zones = duckling.load_time_zones(str(resources.files("tzdata") / "zoneinfo"))
                locale = duckling.parse_locale(
                    "FR_FR", duckling.default_locale_lang(duckling.parse_lang("FR"))
                )
                self._state = (duckling, zones, locale)
                self._dimensions = duckling.parse_dimensions(["time"])
            return self._state

    def parse(
        self,
        text: str,
        day: date,
        *,
        windows: Sequence[tuple[int, int]] | None = None,
        whole: bool = False,
    ) -> list[RawTime]:
        """The time expressions of ``text`` resolved against noon (UTC) of ``day``, in order.

        Duckling reads the windows of :func:`~polemos_dates.prefilter.time_windows`, or the
        ``(start, end)`` ``windows`` given (in order, none overlapping); ``whole`` reads all the
        text instead (the same expressions, at about twice the cost: for checks).
        """
        duckling, zones, locale = self._native()
        moment = datetime.combine(day, time(12), tzinfo=UTC)
        context = duckling.Context(
            duckling.parse_ref_time(zones, "UTC", int(moment.timestamp())), locale
        )
        read = break_chains(text)
        if whole:
            windows = [(0, len(read))]
        elif windows is None:
            windows = time_windows(read)
        found: list[RawTime] = []
        for first, last in windows:
            window = read[first:last]
            for start, chunk in chunks(window):
                for raw in duckling.parse(readable(chunk), context, self._dimensions, False):
                    raw["start"] += first + start
                    raw["end"] += first + start
                    found.append(raw)
        return found


_UNREADABLE = re.compile("[\x00\ud800-\udfff]")


def readable(text: str) -> str:
    """``text`` with what Duckling's native side cannot take blanked, one space for one character.

    A NUL makes it panic; a lone UTF-16 surrogate (which a :class:`polemos.Document` may hold)
    cannot be encoded to the UTF-8 it reads. Each becomes a space, so offsets do not move.
    """
    return _UNREADABLE.sub(" ", text)


_BREAK = re.compile(r"(?<=[.!?;»])\s+|\n+")


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """``text`` cut at sentence ends and line breaks into pieces of about ``size`` characters.

    Duckling's time grows faster than the length of what it reads; no expression spans a
    sentence end, so sentences are read in groups, each with its offset in ``text``.
    """
    start = 0
    for found in _BREAK.finditer(text):
        if found.end() - start >= size:
            yield start, text[start : found.end()]
            start = found.end()
    while len(text) - start > 4 * size:  # no sentence end for long: cut at a space
        cut = text.rfind(" ", start + size, start + 2 * size)
        cut = cut + 1 if cut > start else start + 2 * size
        yield start, text[start:cut]
        start = cut
    if start < len(text):
        yield start, text[start:]

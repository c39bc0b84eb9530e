"""The reference date of a document: what its relative time expressions are resolved against.

``meta["date"]`` wins (ISO: ``2017``, ``2017-02``, ``2017-02-14`` or a full timestamp);
otherwise the first dated time expression of the text's head (a dateline such as
``22 mai 2012. -``), found by the same parser as every other expression.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = ["HEAD", "Reference", "reference_from_head", "reference_from_meta"]

HEAD = 300
"""How many characters at the top of a text may hold its dateline."""

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Reference:
    """The span of time a document was written in: one day, one month or one year.

    ``first`` and ``last`` are the span's first and last days; ``source`` says where it
    came from (``meta`` or ``dateline``).
    """

    first: date
    last: date
    precision: str
    source: str

    @classmethod
    def of(cls, year: int, month: int | None, day: int | None, source: str) -> Reference:
        """The reference of a year, a month or a day."""
        if month is None:
            return cls(date(year, 1, 1), date(year, 12, 31), "year", source)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return cls(date(year, month, 1), date(year, month, last), "month", source)
        return cls(date(year, month, day), date(year, month, day), "day", source)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this reference."""
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "precision": self.precision,
            "source": self.source,
        }


def reference_from_meta(meta: object) -> Reference | None:
    """The reference named by a ``meta["date"]`` value (ISO prefix), or None."""
    if not isinstance(meta, str):
        return None
    found = _ISO.match(meta.strip())
    if found is None:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None
    try:
        return Reference.of(year, month, day, "meta")
    except ValueError:  # "2017-13", "2017-02-30": not a date
        return None


def reference_from_head(
    head: str, parse: Callable[[str], Iterable[tuple[int, int, str, str]]]
) -> Reference | None:
    """The first expression of ``head`` naming a day with its year (a dateline), or None.

    ``parse`` yields ``(start, end, iso_value, grain)`` of the absolute expressions of a
    text (those that do not depend on a reference date).
    """
    for start, end, value, grain in parse(head):
        if grain == "day" and re.search(r"\b\d{4}\b", head[start:end]):
            found = _ISO.match(value)
            if found:
                year, month, day = (int(g) for g in found.groups())
                return Reference.of(year, month, day, "dateline")
    return None

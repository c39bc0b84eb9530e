"""Find and resolve the time expressions of a French text against its reference date.

Each expression is resolved with the reference's last day as "now", and, when the reference is
coarser than a day (a month, a year), with its first day too: an expression that reads the same
both ways (``le 6 février`` in February 2017) keeps its own precision; one that does not
(``mardi dernier`` in February 2017) is only known to lie between the two readings, and gets
the precision of that span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from polemos_dates.duckling_parser import DucklingParser
from polemos_dates.french import Expression, is_overread, merge_nights, widen
from polemos_dates.prefilter import add_window
from polemos_dates.reference import HEAD, Reference, reference_from_head
from polemos_dates.resolution import FUTURE_WORDS, MONTH, Span, resolve

__all__ = ["DATELINE_REACH", "TimeExpression", "document_reference", "find_dates", "year_windows"]

_EXPLICIT_YEAR = re.compile(r"\b\d{4}\b")
_WHITESPACE = re.compile(r"\s")

DATELINE_REACH = 40
"""How many characters before a year a dateline's day may start (``mercredi 22 septembre``)."""


def year_windows(head: str) -> list[tuple[int, int]]:
    r"""Where a dateline may stand in ``head``: each four-digit number with what leads up to it.

    A window runs from :data:`DATELINE_REACH` characters before the year (widened to a whole
    word) to the end of the year's word (``22/05/2012``, ``2012-05-22``); windows that touch
    merge.

    >>> head = "France : disparition de Thierry Roland\n\n16 juin 2012. - Il est mort samedi."
    >>> [head[a:b] for a, b in year_windows(head)]
    [': disparition de Thierry Roland\n\n16 juin 2012.']
    """
    windows: list[tuple[int, int]] = []
    for year in _EXPLICIT_YEAR.finditer(head):
        before = [
            m.end() for m in _WHITESPACE.finditer(head, 0, max(0, year.start() - DATELINE_REACH))
        ]
        start = before[-1] if before else 0
        after = _WHITESPACE.search(head, year.end())
        end = after.start() if after else len(head)
        add_window(windows, start, end)
    return windows


_ORDER = ("day", "week", "month", "year")


@dataclass(frozen=True)
class TimeExpression:
    """A resolved time expression: ``text[start:end]`` and the days it names.

    ``relative`` is true when the words name no year, so that the document's date decides;
    ``since`` when the expression opens a period that runs up to the reference
    (``depuis samedi``); ``year_from`` the ``(start, end)`` of the earlier expression whose year
    a calendar date took in a text with no date of its own (``en 2023 ... le 20 avril``).
    """

    start: int
    end: int
    date_start: date | None
    date_end: date | None
    precision: str | None
    relative: bool
    since: bool
    year_from: tuple[int, int] | None = None

    def attributes(self, reference: Reference | None) -> dict[str, Any]:
        """The attributes of the ``dates`` layer."""
        return {
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "precision": self.precision,
            "relative": self.relative,
            "since": self.since,
            "reference": _iso(reference),
            "year_from": list(self.year_from) if self.year_from else None,
        }


def _iso(reference: Reference | None) -> str | None:
    if reference is None:
        return None
    text = reference.first.isoformat()
    return {"day": text, "month": text[:7], "year": text[:4]}[reference.precision]


def _absolute(parser: DucklingParser, head: str) -> list[tuple[int, int, str, str]]:
    out = []
    # a dateline names its year: only the words leading up to a four-digit number are read
    for raw in parser.parse(head, date(2000, 1, 1), windows=year_windows(head)):
        value = raw["value"]
        if value.get("type") == "value" and "value" in value:
            out.append((raw["start"], raw["end"], str(value["value"]), str(value.get("grain"))))
    return out


def document_reference(
    text: str, meta_reference: Reference | None, parser: DucklingParser
) -> Reference | None:
    """``meta_reference`` when given, else the dateline at the top of ``text``, else None."""
    if meta_reference is not None:
        return meta_reference
    return reference_from_head(text[:HEAD], lambda head: _absolute(parser, head))


def _union(a: Span, b: Span) -> Span:
    first = min(a.first, b.first)
    last = max(a.last or a.first, b.last or b.first)
    days = (last - first).days
    precision = "day" if days == 0 else "week" if days <= 6 else "month" if days <= 62 else "year"
    coarser = max(_ORDER.index(a.precision), _ORDER.index(precision))
    return Span(first, last, _ORDER[coarser])


def _resolve(expression: Expression, words: str, latest: date) -> Span | None:
    if expression.night_of is None:
        return resolve(expression.value, words, latest)
    # the night of X to Y ends on Y, the day after X: resolve Y, then step back one day
    second = resolve(expression.night_of[1], words, latest)
    if second is None:
        return resolve(expression.night_of[0], words, latest)
    return Span(second.first - timedelta(days=1), second.first, "day")


def _coarsen(span: Span, words: str, reference: Reference, parser: DucklingParser) -> Span:
    """``span`` widened to what ``words`` also mean on the reference's first day."""
    readings = _expressions(words, parser.parse(words, reference.first))
    other = _resolve(readings[0], words, reference.last) if readings else None
    if other is None:
        return Span(reference.first, reference.last, reference.precision)
    return span if other == span else _union(span, other)


def _expressions(text: str, raws: list[dict[str, Any]]) -> list[Expression]:
    expressions = [Expression(raw["start"], raw["end"], raw["value"]) for raw in raws]
    kept = [widen(text, e) for e in expressions if not is_overread(text, e)]
    return merge_nights(text, kept)


def _in_year(expression: Expression, words: str, year: int, parser: DucklingParser) -> Span | None:
    """A calendar date without a year (``le 20 avril``) read in ``year``, or None."""
    if not MONTH.search(words) or FUTURE_WORDS.search(words):
        return None
    middle = date(year, 7, 1)  # the occurrence nearest mid-year lies in the year
    readings = _expressions(words, parser.parse(words, middle))
    return _resolve(readings[0], words, middle) if readings else None


def find_dates(
    text: str, reference: Reference | None, parser: DucklingParser
) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against ``reference`` (None: no date known).

    With no reference, a calendar date without a year takes the year of the last expression
    before it that names one (an encyclopedia's ``en septembre 2023 ... le 20 septembre``).
    """
    day = reference.last if reference is not None else date(2000, 6, 15)  # any day will do
    latest = reference.last if reference is not None else date.max
    coarse = reference is not None and reference.first != reference.last
    found: list[TimeExpression] = []
    named_year: tuple[int, int, int] | None = None  # year, start, end of the last one named
    for expression in _expressions(text, parser.parse(text, day)):
        words = text[expression.start : expression.end]
        relative = not _EXPLICIT_YEAR.search(words)
        span = None if reference is None and relative else _resolve(expression, words, latest)
        year_from = None
        if span is None and reference is None and relative and named_year is not None:
            span = _in_year(expression, words, named_year[0], parser)
            year_from = named_year[1:] if span is not None else None
        if span is not None and relative and coarse and reference is not None:
            span = _coarsen(span, words, reference, parser)
        if span is not None and not relative and span.first.year == (span.last or span.first).year:
            named_year = (span.first.year, expression.start, expression.end)
        if span is not None and span.last is None:  # "à partir du 7 février": open-ended
            expression.since = True
        if span is None:
            found.append(
                TimeExpression(
                    expression.start, expression.end, None, None, None, relative, expression.since
                )
            )
            continue
        last = span.last
        if expression.since and reference is not None:
            last = max(reference.last, span.first)
        found.append(
            TimeExpression(
                expression.start,
                expression.end,
                span.first,
                last,
                span.precision,
                relative,
                expression.since,
                year_from,
            )
        )
    return found

"""From Duckling's resolution of an expression to a span of days with a precision.

A value of grain ``day`` (or finer) is that day; a ``week`` its seven days; a ``month`` or a
``year`` all its days. An interval (``hier soir``, ``mi-janvier``) runs from its start to the
day before its exclusive end, and its precision follows its length.

Duckling reads a recurring expression as its next occurrence; news mostly reports what
happened. A weekday (``samedi``, ``ce vendredi``) is moved back by its period until it is no
longer after the reference: bare weekdays in news mean the past. A calendar date without a year
(``le 30 juin``, ``en mars``) takes the occurrence nearest the reference, before or after it
(an article of 22 June announces ``le 30 juin``; one of 14 February reports ``le 6 février``).
The period is the gap between the next two occurrences, which Duckling gives. Words that point
to the future (``prochain``, ``demain``, ``dans trois jours``) take the first occurrence after
the reference (Duckling reads ``le 16 juillet prochain`` on 5 July as the next year's).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

__all__ = ["FUTURE_WORDS", "MONTH", "WEEKDAYS", "Span", "resolve"]

FUTURE_WORDS = re.compile(
    r"\b(prochaine?s?|demain|après-demain|suivante?s?|à venir|dans (?:les? |l'|\d|un|une|deux|"
    r"trois|quatre|cinq|six|sept|huit|neuf|dix|quelques))\b",
    re.IGNORECASE,
)
"""Words that make an expression point to the future: it is then kept as resolved."""

WEEKDAYS = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b", re.IGNORECASE)
"""Weekday names: an expression holding one (and no month) recurs every week."""

MONTH = re.compile(
    r"\b(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre)\b",
    re.IGNORECASE,
)
"""Month names: an expression holding one is a calendar date (``le 20 avril``, ``en mars``)."""

_PRECISION = {
    "second": "day",
    "minute": "day",
    "hour": "day",
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "month",
    "year": "year",
}


@dataclass(frozen=True)
class Span:
    """A resolved expression: its first and last days and its precision."""

    first: date
    last: date | None
    precision: str


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _last_of(first: date, grain: str) -> date:
    if grain == "week":
        return first + timedelta(days=6)
    if grain in ("month", "quarter"):
        month = first.month + (2 if grain == "quarter" else 0)
        year = first.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if grain == "year":
        return date(first.year, 12, 31)
    return first


def _precision_of_length(first: date, last: date) -> str:
    days = (last - first).days
    if days <= 1:  # "la nuit de samedi à dimanche": one night over two dates
        return "day"
    if days <= 10:
        return "week"
    if days <= 31:
        return "month"
    return "year"


def _start_of(point: dict[str, Any]) -> datetime | None:
    """The start moment of a value or of an interval (its ``from``)."""
    if point.get("type") == "interval" or "from" in point or "to" in point:
        start = point.get("from")
        return _moment(start["value"]) if start else None
    return _moment(point["value"]) if "value" in point else None


def _period(value: dict[str, Any]) -> timedelta | None:
    """The gap between the next two occurrences Duckling lists, if it lists two."""
    starts = [_start_of(v) for v in value.get("values", [])[:2]]
    if len(starts) == 2 and starts[0] is not None and starts[1] is not None:
        gap = starts[1] - starts[0]
        return gap if gap > timedelta(0) else None
    return None


def _span(value: dict[str, Any]) -> Span | None:
    if value.get("type") == "value" and "value" in value:
        grain = str(value.get("grain", "day"))
        first = _moment(value["value"]).date()
        return Span(first, _last_of(first, grain), _PRECISION.get(grain, "day"))
    start, end = value.get("from"), value.get("to")
    if start is None:
        return None  # "avant le 6 février": no start to date an event with
    first = _moment(start["value"]).date()
    if end is None:
        return Span(first, None, _PRECISION.get(str(start.get("grain", "day")), "day"))
    last = (_moment(end["value"]) - timedelta(microseconds=1)).date()
    last = max(last, first)
    return Span(first, last, _precision_of_length(first, last))


def _back(day: date, by: timedelta) -> date:
    """``day`` moved back by one period: a calendar year or month when the period is one."""
    if 360 <= by.days <= 366 or 28 <= by.days <= 31:
        months = 12 if by.days >= 360 else 1
        index = day.year * 12 + day.month - 1 - months
        year, month = divmod(index, 12)
        return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    return day - by


def _shift(span: Span, by: timedelta) -> Span:
    first = _back(span.first, by)
    if span.last is None:
        return Span(first, None, span.precision)
    if span.precision in ("month", "year") and span.last == _last_of(span.first, span.precision):
        return Span(first, _last_of(first, span.precision), span.precision)
    return Span(first, span.last - (span.first - first), span.precision)


def resolve(value: dict[str, Any], words: str, latest: date) -> Span | None:
    """The days ``value`` (Duckling's resolution of ``words``) covers, in the past of ``latest``.

    Returns None for an expression with no start (``avant le 6 février``).
    """
    span = _span(value)
    if span is None or span.first <= latest:
        return span
    future = bool(FUTURE_WORDS.search(words))
    weekly = bool(WEEKDAYS.search(words)) and not MONTH.search(words)
    period = timedelta(days=7) if weekly and not future else _period(value)
    if period is None and MONTH.search(words):
        period = timedelta(days=365)  # a month named without its year recurs every year
    if period is None:
        return span
    later = span
    for _ in range(400):  # a bound, never reached: periods are days to years long
        if span.first <= latest:
            break
        later, span = span, _shift(span, period)
    if future:
        return later  # "le 16 juillet prochain": its first occurrence after the reference
    if weekly or (latest - (span.last or span.first)) <= (later.first - latest):
        return span
    return later

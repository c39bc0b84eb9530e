"""Score the ``dates`` layer: spans found, then each matched date resolved at the gold precision.

``dates.resolved`` is right when the predicted first and last days fall in the same day, ISO
week, month or year (the gold precision) as the gold ones; an open period (gold ``date_end``
null, ``depuis le 2 mars 2007``) is judged on its first day. ``dates.precision`` compares the
precisions themselves. Optional gold dates are neither rewarded nor punished.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from polemos_evaluation.extras import GoldDate
from polemos_evaluation.figures import Detection, Figure, count
from polemos_evaluation.prediction import Prediction, attributes_of, span_of
from polemos_evaluation.scoring import detect

__all__ = ["DATES", "DateMatching", "is_resolved", "match_dates", "same_period", "score_dates"]

DATES = "dates"
"""The layer of time expressions (the polemos-dates plugin)."""


def _day(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 4:
        return None
    text = value[:10]
    text += "-01" * ((10 - len(text)) // 3)  # "2017-02" -> "2017-02-01", "2017" -> "2017-01-01"
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _unit(day: date, precision: str) -> Any:
    if precision == "day":
        return day
    if precision == "week":
        return day.isocalendar()[:2]
    if precision == "month":
        return (day.year, day.month)
    return day.year


def same_period(predicted: object, expected: str | None, precision: str) -> bool:
    """Tell whether two ISO dates fall in the same day, ISO week, month or year.

    >>> same_period("2023-04-17", "2023-04-20", "week")
    True
    >>> same_period("2023-04-17", "2023-04-20", "day")
    False
    """
    if expected is None:
        return True
    left, right = _day(predicted), _day(expected)
    if left is None or right is None:
        return False
    return bool(_unit(left, precision) == _unit(right, precision))


@dataclass(frozen=True)
class DateMatching:
    """How the predicted dates of a document meet its required gold dates.

    ``pairs`` maps a required gold date's index (in ``required``) to the index of its predicted
    date (in ``predicted``); ``spans`` counts them (unmatched predictions on optional gold
    dates are not spurious).
    """

    required: list[GoldDate]
    predicted: list[Mapping[str, Any]]
    pairs: dict[int, int]
    spans: Detection


def match_dates(golds: Sequence[GoldDate], prediction: Prediction) -> DateMatching:
    """Match the predicted ``dates`` annotations to the required gold dates, one to one."""
    required = [g for g in golds if not g.optional]
    predicted = prediction.layer(DATES)
    optional = [g.span for g in golds if g.optional]
    pairs, spans = detect([g.span for g in required], [span_of(p) for p in predicted], optional)
    return DateMatching(required, predicted, pairs, spans)


def is_resolved(expected: GoldDate, attributes: Mapping[str, Any]) -> bool:
    """Tell whether a predicted date's first and last days fall in the gold periods."""
    return same_period(
        attributes.get("date_start"), expected.date_start, expected.precision
    ) and same_period(attributes.get("date_end"), expected.date_end, expected.precision)


def score_dates(golds: Sequence[GoldDate], prediction: Prediction) -> dict[str, Figure]:
    """``dates.spans`` (P/R/F1), ``dates.resolved`` and ``dates.precision`` on matched dates."""
    matching = match_dates(golds, prediction)
    resolved, precision = [], []
    for g, p in matching.pairs.items():
        expected, attributes = matching.required[g], attributes_of(matching.predicted[p])
        resolved.append(is_resolved(expected, attributes))
        precision.append(attributes.get("precision") == expected.precision)
    return {
        "dates.spans": matching.spans,
        "dates.resolved": count(resolved),
        "dates.precision": count(precision),
    }

"""The wrong time expressions of the ``dates`` layer, one item per wrong ``dates.*`` count.

``polemos evaluate --errors`` lists them under the layer ``dates``, for gold files that hold a
``dates`` list. The matching and the judgement are :mod:`polemos_evaluation.dates`'s own, so
the list agrees with the figures: ``missed`` and ``spurious`` items are the ``dates.spans``
counts, a matched date counted wrong in ``dates.resolved`` is one ``resolved`` item, in
``dates.precision`` one ``precision`` item. The detail says what the gold and the prediction
resolve the words to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from polemos_evaluation.dates import DATES, is_resolved, match_dates
from polemos_evaluation.errors import ErrorItem, gold_item
from polemos_evaluation.extras import GoldDate
from polemos_evaluation.gold import GoldDocument
from polemos_evaluation.matching import Span, overlaps_any
from polemos_evaluation.prediction import Prediction, attributes_of, span_of

__all__ = ["date_errors"]


def _period(start: object, end: object, precision: object) -> str:
    """``2023-04-15`` or ``2023-04-10..2023-04-16``, with the precision: ``... (week)``."""
    days = f"{start}" if end in (None, start) else f"{start}..{end}"
    return f"{days} ({precision})"


def _gold(expected: GoldDate) -> str:
    return _period(expected.date_start, expected.date_end, expected.precision)


def _predicted(attributes: Mapping[str, Any]) -> str:
    return _period(
        attributes.get("date_start"), attributes.get("date_end"), attributes.get("precision")
    )


def date_errors(
    gold: GoldDocument, golds: tuple[GoldDate, ...], prediction: Prediction
) -> list[ErrorItem]:
    """Missed, spurious, wrongly resolved and wrongly precise dates, in text order."""
    matching = match_dates(golds, prediction)
    items: list[ErrorItem] = []

    def add(kind: str, error_class: str, span: Span, detail: str) -> None:
        items.append(gold_item(gold, DATES, kind, error_class, span, detail))

    for index, expected in enumerate(matching.required):
        if index not in matching.pairs:
            add("missed", expected.precision, expected.span, f"gold {_gold(expected)}")
    matched = set(matching.pairs.values())
    optional = [g.span for g in golds if g.optional]
    for index, annotation in enumerate(matching.predicted):
        span = span_of(annotation)
        if index not in matched and not overlaps_any(span, optional):
            attributes = attributes_of(annotation)
            detail = f"predicted {_predicted(attributes)}"
            add("spurious", str(attributes.get("precision")), span, detail)
    for g, p in sorted(matching.pairs.items()):
        expected, attributes = matching.required[g], attributes_of(matching.predicted[p])
        versus = f"gold {_gold(expected)}, predicted {_predicted(attributes)}"
        if not is_resolved(expected, attributes):
            add("resolved", expected.precision, expected.span, versus)
        if attributes.get("precision") != expected.precision:
            change = f"{expected.precision} -> {attributes.get('precision')}"
            add("precision", change, expected.span, versus)
    items.sort(key=lambda item: (item.start or 0, item.kind))
    return items

"""The wrong events of the ``events`` layer, one item per wrong ``events.*`` count.

``polemos evaluate --errors`` lists them under the layer ``events``, for gold files that hold
an ``events`` list. The matching and the judgement are :func:`polemos_evaluation.events`'s
own, so the list agrees with the figures: ``missed`` and ``spurious`` items are the
``events.spans`` counts, and a judged event counted wrong in ``events.type``,
``events.actor1``, ``events.actor2`` or ``events.fatalities`` is one item of that kind (class:
the gold event type). ``events.actors`` (both sides in either order) gets no items of its own:
its errors are among the ``actor1`` and ``actor2`` items. A missed event is shown at its first
gold mention; the detail names the gold and the predicted type, actors and fatalities.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from polemos_evaluation.errors import ErrorItem, gold_item
from polemos_evaluation.events import EVENTS, match_events
from polemos_evaluation.extras import GoldEvent
from polemos_evaluation.gold import GoldDocument
from polemos_evaluation.matching import Span
from polemos_evaluation.prediction import Prediction, attributes_of, span_of

__all__ = ["event_errors"]

_JUDGED = ("type", "actor1", "actor2", "fatalities")


def _entity(gold: GoldDocument, entity_id: str | None) -> str:
    return "none" if entity_id is None else gold.entity(entity_id).name


def _actor(prediction: Prediction, annotation_id: object) -> str:
    annotation = prediction.annotation(annotation_id) if annotation_id is not None else None
    return "none" if annotation is None else repr(annotation.get("text"))


def _gold_says(gold: GoldDocument, expected: GoldEvent) -> str:
    return (
        f"gold {expected.event_type}: {_entity(gold, expected.actor1)} / "
        f"{_entity(gold, expected.actor2)}, {expected.fatalities or 0} killed"
    )


def _predicted_says(prediction: Prediction, attributes: Mapping[str, Any]) -> str:
    fatalities = attributes.get("fatalities")
    killed = fatalities.get("acled", 0) if isinstance(fatalities, Mapping) else 0
    return (
        f"predicted {attributes.get('event_type')}: {_actor(prediction, attributes.get('actor1'))}"
        f" / {_actor(prediction, attributes.get('actor2'))}, {killed} killed"
    )


def event_errors(
    gold: GoldDocument, golds: tuple[GoldEvent, ...], prediction: Prediction
) -> list[ErrorItem]:
    """Missed and spurious events, and the wrong attributes of judged ones, in text order."""
    matching = match_events(gold, golds, prediction)
    items: list[ErrorItem] = []

    def add(kind: str, error_class: str, span: Span, detail: str) -> None:
        items.append(gold_item(gold, EVENTS, kind, error_class, span, detail))

    for index, expected in enumerate(golds):
        if expected.optional:
            continue
        if index not in matching.judged:
            add("missed", expected.event_type, expected.mentions[0], _gold_says(gold, expected))
            continue
        annotation, verdict = matching.judged[index]
        predicted = _predicted_says(prediction, attributes_of(annotation))
        detail = f"{_gold_says(gold, expected)}; {predicted}"
        for name in _JUDGED:
            if not verdict[name]:
                add(name, expected.event_type, span_of(annotation), detail)
    for annotation in matching.spurious:
        attributes = attributes_of(annotation)
        detail = _predicted_says(prediction, attributes)
        add("spurious", str(attributes.get("event_type")), span_of(annotation), detail)
    items.sort(key=lambda item: (item.start or 0, item.kind))
    return items

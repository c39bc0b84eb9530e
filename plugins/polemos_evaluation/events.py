"""Score the ``events`` layer: events found, then their type, actors and fatalities.

A gold event may be stated by several clauses (its ``mentions``). A predicted event matches the
gold event one of whose mentions it overlaps most; the first predicted event matched to a gold
event is judged, later ones are repeats of it (neither rewarded nor punished), and so are
predictions on optional gold events.

On judged events: ``events.type`` (ACLED's event type), ``events.actor1`` and
``events.actor2`` (the predicted actor annotation, or any mention folded with it by
``actor_id``, overlaps a mention of the gold entity; null agrees with null), ``events.actors``
(both sides right in either order: ACLED's actor1 is not always the initiator) and
``events.fatalities`` (ACLED's count: the predicted ``fatalities.acled``, 0 when none).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from polemos_evaluation.extras import GoldEvent
from polemos_evaluation.figures import Detection, Figure, count
from polemos_evaluation.gold import GoldDocument
from polemos_evaluation.matching import Span, overlap
from polemos_evaluation.prediction import Prediction, attributes_of, span_of

__all__ = ["EVENTS", "EventMatching", "match_events", "score_events"]

EVENTS = "events"
"""The layer of reported events (the polemos-events plugin)."""


def _best(span: Span, golds: Sequence[GoldEvent]) -> int | None:
    scored = [(max(overlap(span, m) for m in g.mentions), i) for i, g in enumerate(golds)]
    best = max(scored, default=(0, -1))
    return best[1] if best[0] > 0 else None


def _actor_spans(prediction: Prediction, annotation_id: object) -> list[Span]:
    annotation = prediction.annotation(annotation_id)
    if annotation is None:
        return []
    actor_id = attributes_of(annotation).get("actor_id")
    if actor_id is None:
        return [span_of(annotation)]
    actors = prediction.layer("actors")
    return [span_of(a) for a in actors if attributes_of(a).get("actor_id") == actor_id]


def _same_actor(gold: GoldDocument, entity_id: str | None, spans: list[Span]) -> bool:
    if entity_id is None:
        return not spans
    mentions = gold.entity(entity_id).all_mentions
    return any(overlap(s, m) > 0 for s in spans for m in mentions)


def _judge(
    gold: GoldDocument, expected: GoldEvent, attributes: Mapping[str, Any], prediction: Prediction
) -> dict[str, bool]:
    one = _actor_spans(prediction, attributes.get("actor1"))
    two = _actor_spans(prediction, attributes.get("actor2"))
    fatalities = attributes.get("fatalities")
    acled = fatalities.get("acled", 0) if isinstance(fatalities, Mapping) else 0
    straight = _same_actor(gold, expected.actor1, one) and _same_actor(gold, expected.actor2, two)
    crossed = _same_actor(gold, expected.actor1, two) and _same_actor(gold, expected.actor2, one)
    return {
        "type": attributes.get("event_type") == expected.event_type,
        "actor1": _same_actor(gold, expected.actor1, one),
        "actor2": _same_actor(gold, expected.actor2, two),
        "actors": straight or crossed,
        "fatalities": acled == (expected.fatalities or 0),
    }


@dataclass(frozen=True)
class EventMatching:
    """How the predicted events of a document meet its gold events.

    ``judged`` maps the index of a judged gold event to the predicted event judged against it
    and the verdict of each attribute (``type``, ``actor1``, ``actor2``, ``actors``,
    ``fatalities``); ``spurious`` are the predicted events that meet no gold event.
    """

    judged: dict[int, tuple[Mapping[str, Any], dict[str, bool]]]
    spurious: list[Mapping[str, Any]]


def match_events(
    gold: GoldDocument, golds: Sequence[GoldEvent], prediction: Prediction
) -> EventMatching:
    """Match the predicted events to ``golds`` and judge each first match (module docstring)."""
    judged: dict[int, tuple[Mapping[str, Any], dict[str, bool]]] = {}
    spurious: list[Mapping[str, Any]] = []
    for annotation in prediction.layer(EVENTS):
        index = _best(span_of(annotation), golds)
        if index is None:
            spurious.append(annotation)
        elif index not in judged and not golds[index].optional:
            verdict = _judge(gold, golds[index], attributes_of(annotation), prediction)
            judged[index] = (annotation, verdict)
    return EventMatching(judged, spurious)


def score_events(
    gold: GoldDocument, golds: Sequence[GoldEvent], prediction: Prediction
) -> dict[str, Figure]:
    """``events.spans`` (P/R/F1), then type, actor and fatalities agreement on judged events."""
    matching = match_events(gold, golds, prediction)
    judged = matching.judged
    required = sum(1 for g in golds if not g.optional)
    figures: dict[str, Figure] = {
        "events.spans": Detection(len(judged), required - len(judged), len(matching.spurious))
    }
    for name in ("type", "actor1", "actor2", "actors", "fatalities"):
        figures[f"events.{name}"] = count([j[name] for _, j in judged.values()])
    return figures

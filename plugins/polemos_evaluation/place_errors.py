"""The wrong places of the ``locations`` layer, one item per wrong ``places.*`` count.

``polemos evaluate --errors`` lists them under the layer ``places``, for gold files that hold
a ``places`` list. The matching and the judgement are :func:`polemos_evaluation.places`'s
own, so the list agrees with the figures: a mention counted wrong in ``places.country`` is
one ``country`` item, in ``places.within_25km`` one ``distance`` item, in ``places.area``
one ``area`` item. The detail says what was expected and what was predicted (the place name
the gazetteer chose, its country, its distance from the true point).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from polemos_evaluation.errors import ErrorItem, gold_item
from polemos_evaluation.extras import GoldPlace
from polemos_evaluation.gold import GoldDocument
from polemos_evaluation.places import RADIUS_KM, distance_km, gold_point, predicted_point
from polemos_evaluation.prediction import Prediction, attributes_of, span_of
from polemos_evaluation.scoring import detect

__all__ = ["place_errors"]

LAYER = "places"
"""The layer name of these items."""


def _chosen(attributes: Mapping[str, Any]) -> str:
    """What the prediction says the place is: ``Mariupol (UA, city)``, or ``no place``."""
    if attributes.get("place") is None and attributes.get("country") is None:
        return "no place"
    return f"{attributes.get('place')} ({attributes.get('country')}, {attributes.get('feature')})"


def place_errors(
    gold: GoldDocument, golds: Sequence[GoldPlace], prediction: Prediction
) -> list[ErrorItem]:
    """One item per matched place mention counted wrong by ``places.*``, in text order."""
    predicted = prediction.layer("locations")
    pairs, _ = detect([g.span for g in golds], [span_of(p) for p in predicted])
    items: list[ErrorItem] = []

    def add(kind: str, expected: GoldPlace, detail: str) -> None:
        items.append(gold_item(gold, LAYER, kind, expected.feature, expected.span, detail))

    for g, p in sorted(pairs.items()):
        expected, attributes = golds[g], attributes_of(predicted[p])
        chosen = _chosen(attributes)
        if expected.country and attributes.get("country") != expected.country:
            add("country", expected, f"gold country {expected.country}, predicted {chosen}")
        true_point = gold_point(expected)
        if true_point is not None:
            point = predicted_point(attributes)
            if point is None:
                add("distance", expected, f"no coordinates, predicted {chosen}")
            elif (km := distance_km(point, true_point)) > RADIUS_KM:
                add("distance", expected, f"{km:.0f} km from the true place, predicted {chosen}")
        elif (
            expected.feature in ("region", "country")
            and expected.geonames_id is not None
            and attributes.get("geonames_id") != expected.geonames_id
        ):
            got = attributes.get("geonames_id")
            add("area", expected, f"gold geonames_id {expected.geonames_id}, {got}: {chosen}")
    return items

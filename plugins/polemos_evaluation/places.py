"""Score the places of the ``locations`` layer: the right country, the right point or area.

On location mentions matched by overlap:

- ``places.country``: the predicted ISO alpha-2 ``country`` is the gold one (mentions of a
  gold place with a country);
- ``places.within_25km``: for a gold ``place`` (a town, a village, a site) with coordinates,
  the predicted point lies within 25 km of it (great-circle distance);
- ``places.area``: for a gold ``region`` or ``country`` with a GeoNames id, the predicted
  ``geonames_id`` is that id (an area has no single point to measure from).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from polemos_evaluation.extras import GoldPlace
from polemos_evaluation.figures import Figure, count
from polemos_evaluation.prediction import Prediction, attributes_of, span_of
from polemos_evaluation.scoring import detect

__all__ = ["RADIUS_KM", "distance_km", "gold_point", "predicted_point", "score_places"]

RADIUS_KM = 25.0
"""How far a predicted point may be from the true place."""

_EARTH_KM = 6371.0088


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (latitude, longitude) points (haversine).

    >>> round(distance_km((15.55177, 32.53241), (15.64453, 32.47773)))  # Khartoum, Omdurman
    12
    """
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


def predicted_point(attributes: Mapping[str, Any]) -> tuple[float, float] | None:
    """The (latitude, longitude) of a predicted location, or None when it has none."""
    lat, lon = attributes.get("latitude"), attributes.get("longitude")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return (float(lat), float(lon))
    return None


def gold_point(expected: GoldPlace) -> tuple[float, float] | None:
    """The true point of a gold ``place`` with coordinates (None for areas and unknowns)."""
    if expected.feature == "place" and expected.latitude is not None:
        return (float(expected.latitude), float(expected.longitude or 0.0))
    return None


def score_places(golds: Sequence[GoldPlace], prediction: Prediction) -> dict[str, Figure]:
    """``places.country``, ``places.within_25km`` and ``places.area`` on matched mentions."""
    predicted = prediction.layer("locations")
    pairs, _ = detect([g.span for g in golds], [span_of(p) for p in predicted])
    country, near, area = [], [], []
    for g, p in pairs.items():
        expected, attributes = golds[g], attributes_of(predicted[p])
        if expected.country:
            country.append(attributes.get("country") == expected.country)
        true_point = gold_point(expected)
        if true_point is not None:
            point = predicted_point(attributes)
            near.append(point is not None and distance_km(point, true_point) <= RADIUS_KM)
        elif expected.feature in ("region", "country") and expected.geonames_id is not None:
            area.append(attributes.get("geonames_id") == expected.geonames_id)
    return {
        "places.country": count(country),
        "places.within_25km": count(near),
        "places.area": count(area),
    }

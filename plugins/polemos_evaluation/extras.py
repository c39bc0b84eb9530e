"""The gold of dates, places and events: optional lists of a gold file beside the FORMAT.md ones.

A gold file may hold, besides ``entities``, ``locations``, ``quantities`` and ``relations``:

- ``dates``: ``{"start", "end", "text", "date_start", "date_end", "precision", "optional"?}``,
  ISO days (``date_end`` null for an open period, ``depuis le 2 mars 2007``), precision
  ``day``, ``week``, ``month`` or ``year``;
- ``places``: ``{"start", "end", "text", "feature", "geonames_id", "country", "latitude",
  "longitude"}`` for location mentions, ``feature`` being ``place`` (a town, a village, a
  site: it has coordinates), ``region``, ``country`` or ``area`` (a river, a historical region:
  no single GeoNames entry);
- ``events``: ``{"mentions": [[start, end], ...], "event_type", "sub_event_type", "actor1",
  "actor2", "fatalities", "optional"?}``, the clauses that state one event, ACLED's types,
  actors as entity ids (or null), ``fatalities`` ACLED's conservative count (0 when none).

:func:`read_extras` reads them from the gold file a :class:`GoldDocument` came from; files
without them score as before. The scoring is in :mod:`polemos_evaluation.dates`,
:mod:`polemos_evaluation.places` and :mod:`polemos_evaluation.events`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from polemos_evaluation.gold import GoldDocument, GoldFormatError, Span

__all__ = ["GoldDate", "GoldEvent", "GoldExtras", "GoldPlace", "parse_extras", "read_extras"]

PRECISIONS = ("day", "week", "month", "year")
FEATURES = ("place", "region", "country", "area")


@dataclass(frozen=True)
class GoldDate:
    """A time expression and the days it covers."""

    span: Span
    date_start: str
    date_end: str | None
    precision: str
    optional: bool = False


@dataclass(frozen=True)
class GoldPlace:
    """The GeoNames reading of one location mention."""

    span: Span
    feature: str
    geonames_id: int | None
    country: str | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class GoldEvent:
    """One reported event: the clauses that state it, its ACLED type, actors and fatalities."""

    mentions: tuple[Span, ...]
    event_type: str
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    optional: bool = False


@dataclass(frozen=True)
class GoldExtras:
    """The ``dates``, ``places`` and ``events`` of a gold file (None: the file has no such list)."""

    dates: tuple[GoldDate, ...] | None
    places: tuple[GoldPlace, ...] | None
    events: tuple[GoldEvent, ...] | None


def _span(gold: GoldDocument, item: Mapping[str, Any], where: str) -> Span:
    start, end = item.get("start"), item.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
        raise GoldFormatError(f"{where}: a span is start < end, got {item!r}")
    if end > len(gold.text) or ("text" in item and gold.text[start:end] != item["text"]):
        raise GoldFormatError(f"{where}: {item.get('text')!r} is not the text at {start}-{end}")
    return (start, end)


def _choice(value: object, allowed: tuple[str, ...], where: str, name: str) -> str:
    if value not in allowed:
        raise GoldFormatError(f"{where}: {name} {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def parse_extras(gold: GoldDocument, raw: Mapping[str, Any]) -> GoldExtras:
    """The extra lists of the parsed JSON ``raw`` of ``gold``'s file, checked against its text."""
    where = str(gold.path or gold.id)
    entity_ids = {entity.id for entity in gold.entities}
    dates = places = events = None
    if "dates" in raw:
        dates = tuple(
            GoldDate(
                _span(gold, item, f"{where} dates"),
                str(item["date_start"]),
                item.get("date_end"),
                _choice(item.get("precision"), PRECISIONS, f"{where} dates", "precision"),
                bool(item.get("optional", False)),
            )
            for item in raw["dates"]
        )
    if "places" in raw:
        places = tuple(
            GoldPlace(
                _span(gold, item, f"{where} places"),
                _choice(item.get("feature"), FEATURES, f"{where} places", "feature"),
                item.get("geonames_id"),
                item.get("country"),
                item.get("latitude"),
                item.get("longitude"),
            )
            for item in raw["places"]
        )
    if "events" in raw:
        parsed = []
        for item in raw["events"]:
            for side in ("actor1", "actor2"):
                if item.get(side) is not None and item[side] not in entity_ids:
                    raise GoldFormatError(f"{where} events: {side} {item[side]!r} is no entity")
            mentions = tuple(
                _span(gold, {"start": s, "end": e}, f"{where} events") for s, e in item["mentions"]
            )
            parsed.append(
                GoldEvent(
                    mentions,
                    str(item["event_type"]),
                    item.get("sub_event_type"),
                    item.get("actor1"),
                    item.get("actor2"),
                    item.get("fatalities"),
                    bool(item.get("optional", False)),
                )
            )
        events = tuple(parsed)
    return GoldExtras(dates, places, events)


def read_extras(gold: GoldDocument) -> GoldExtras:
    """The extra lists of the file ``gold`` was read from (all None for a gold without a file)."""
    if gold.path is None:
        return GoldExtras(None, None, None)
    raw = json.loads(gold.path.read_text(encoding="utf-8"))
    return parse_extras(gold, raw)

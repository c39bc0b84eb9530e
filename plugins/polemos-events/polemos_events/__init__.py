"""polemos-events: the ``events`` layer of polemos and its ACLED and UCDP tables.

One event per sentence that reports one, in ACLED's six event types and their sub-types,
linked to the annotations it is made of: actors (``actor1``, ``actor2``, ``assoc_actors``),
place (``location``), date (``date``) and figures (``fatalities`` with UCDP's best/low/high).
``polemos export events --format acled|ucdp`` writes the tables researchers join to ACLED
and UCDP GED; :func:`acled_table` and :func:`ucdp_table` give them as pandas DataFrames
(from documents or ``polemos.open(...)`` results), :func:`event_views` as DuckDB views
``acled`` and ``ucdp``.
"""

from __future__ import annotations

from pathlib import Path

from polemos import Exporter, Extractor, LayerContract, hookimpl

from polemos_events.extractor import HOSTILITIES, LAYER, EventsExtractor
from polemos_events.tables import (
    ACLED_COLUMNS,
    UCDP_COLUMNS,
    acled_table,
    event_rows,
    event_views,
    ucdp_table,
)
from polemos_events.triggers import DEFAULT_TRIGGERS, EVENT_TYPES, RESOURCE_KIND, load_triggers

__all__ = [
    "ACLED_COLUMNS",
    "EVENT_TYPES",
    "HOSTILITIES",
    "LAYER",
    "RESOURCE_KIND",
    "UCDP_COLUMNS",
    "EventsExtractor",
    "acled_table",
    "event_rows",
    "event_views",
    "load_triggers",
    "polemos_extractors",
    "polemos_layer_contracts",
    "polemos_resources",
    "ucdp_table",
]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute the ``events`` extractor."""
    return [EventsExtractor()]


@hookimpl
def polemos_resources(kind: str) -> list[Path]:
    """Contribute the shipped triggers under the ``events.triggers`` resource kind."""
    return [DEFAULT_TRIGGERS] if kind == RESOURCE_KIND else []


@hookimpl
def polemos_exporters() -> list[Exporter]:
    """Contribute the ``acled`` and ``ucdp`` exporters (``polemos analyze --format acled``)."""
    from polemos_events.export import AcledExporter, UcdpExporter

    return [AcledExporter(), UcdpExporter()]


@hookimpl
def polemos_layer_contracts() -> list[LayerContract]:
    """Declare the ``events`` layer and its ``event_hostilities`` relations."""
    from polemos_events.contract import EVENT_HOSTILITIES, EVENTS

    return [EVENTS, EVENT_HOSTILITIES]

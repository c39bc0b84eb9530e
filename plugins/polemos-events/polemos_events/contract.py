"""The contracts of the ``events`` layer and its ``event_hostilities`` relations.

Gold events are scored by :mod:`polemos_evaluation.events` (the ``events`` list of a gold
file), not through a contract's ``Scoring``.
"""

from __future__ import annotations

from polemos import Label, LayerContract

from polemos_events.extractor import HOSTILITIES, LAYER
from polemos_events.triggers import EVENT_TYPES

__all__ = ["EVENTS", "EVENT_HOSTILITIES"]

_OPTIONAL_STRING = {"type": ["string", "null"]}

EVENTS = LayerContract(
    layer=LAYER,
    labels=tuple(Label(event_type) for event_type in EVENT_TYPES),
    attributes={
        "event_type": {"enum": list(EVENT_TYPES)},
        "sub_event_type": {"type": "string"},
        "actor1": _OPTIONAL_STRING,
        "actor2": _OPTIONAL_STRING,
        "location": _OPTIONAL_STRING,
        "date": _OPTIONAL_STRING,
        "event_date": _OPTIONAL_STRING,
        "fatalities": {"type": "object"},
        "certainty": {"enum": ["asserted", "alleged"]},
    },
    columns=("event_type", "sub_event_type", "actor1", "actor2", "location", "event_date"),
    highlighted=False,  # a whole sentence each: in the text only when its box is ticked
)
"""One event per sentence that reports one, labelled with its ACLED event type."""

EVENT_HOSTILITIES = LayerContract(
    layer=HOSTILITIES,
    kind="relations",
    labels=(Label("hostile_to", colour="#dc2626", symmetric=True),),
    attributes={"event": {"type": "string"}},
    columns=("event",),
    endpoints="actors",
)
"""Actor 1 of a violent event is hostile to its actor 2."""

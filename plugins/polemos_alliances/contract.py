"""The contract of the ``alliances`` relation layer (hook ``polemos_layer_contracts``).

Edge colours are darker than the highlight colours: they are lines, not backgrounds.
"""

from __future__ import annotations

from polemos import Label, LayerContract, Scoring

from polemos_alliances.cues import RELATION_TYPES, SYMMETRIC_TYPES

__all__ = ["ALLIANCES"]

_COLOURS = ("#2a9d8f", "#1d4ed8", "#6b7280", "#dc2626")
"""The line colour of each of :data:`RELATION_TYPES`, in order."""

ALLIANCES = LayerContract(
    layer="alliances",
    kind="relations",
    labels=tuple(
        Label(name, colour=colour, symmetric=name in SYMMETRIC_TYPES)
        for name, colour in zip(RELATION_TYPES, _COLOURS, strict=True)
    ),
    attributes={
        "status": {"enum": ["current", "former"]},
        "evidence": {"type": ["array", "null"], "items": {"type": "integer"}},
        "cue": {"type": "string"},
        "cue_text": {"type": "string"},
    },
    columns=("status", "cue", "cue_text"),
    endpoints="actors",
    scoring=Scoring(
        gold_key="relations", form="relations", prefix="relations", compare=("status",)
    ),
)
"""Who backs, joins, belongs to and fights whom, between mentions of the ``actors`` layer."""

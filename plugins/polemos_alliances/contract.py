"""The contract of the ``alliances`` relation layer (hook ``polemos_layer_contracts``).

Edge colours are darker than the highlight colours: they are lines, not backgrounds.
"""

from __future__ import annotations

from polemos import Label, LayerContract, Scoring

__all__ = ["ALLIANCES"]

ALLIANCES = LayerContract(
    layer="alliances",
    kind="relations",
    labels=(
        Label("supports", colour="#2a9d8f", description="source backs target"),
        Label("allied_with", colour="#1d4ed8", symmetric=True, description="allies"),
        Label(
            "affiliated_with",
            colour="#6b7280",
            description="source is a branch, member or commander of target",
        ),
        Label("hostile_to", colour="#dc2626", symmetric=True, description="fights"),
    ),
    attributes={
        "status": {"enum": ["current", "former"]},
        "evidence": {"type": ["array", "null"], "items": {"type": "integer"}},
        "cue": {"type": "string"},
        "cue_text": {"type": "string"},
    },
    columns=("status", "cue", "cue_text"),
    scoring=Scoring(
        gold_key="relations",
        form="relations",
        prefix="relations",
        compare=("status",),
        endpoints="actors",
    ),
)
"""Who backs, joins, belongs to and fights whom, between mentions of the ``actors`` layer."""

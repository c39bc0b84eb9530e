"""The contract of the ``quantities`` layer (hook ``polemos_layer_contracts``).

Colours: >= 12 CIEDE2000 between categories, >= 9 from every actor and location colour
(``tests/widgets/test_palette.py``).
"""

from __future__ import annotations

from polemos import Label, LayerContract, Scoring

__all__ = ["QUANTITIES"]

_COLOURS = {
    "casualties": "#f4acb7",
    "captured": "#cab2d6",
    "personnel": "#fdcdac",
    "territory": "#ffffcc",
    "equipment": "#e9c46a",
    "facilities": "#caffbf",
    "sorties": "#67e8f9",
    "displaced": "#8dd3c7",
    "money": "#bef264",
    "duration": "#a5b4fc",
    "other": "#c7c7c7",
}
_OPTIONAL_STRING = {"type": ["string", "null"]}
_NUMBER = {"type": ["number", "null"]}

QUANTITIES = LayerContract(
    layer="quantities",
    labels=tuple(Label(name, colour=colour) for name, colour in _COLOURS.items()),
    attributes={
        "value": _NUMBER,
        "value_max": _NUMBER,
        "bound": {"enum": ["exact", "lower", "upper", "approx"]},
        "unit": _OPTIONAL_STRING,
        "item": _OPTIONAL_STRING,
        "category": {"enum": list(_COLOURS)},
        "casualty_type": _OPTIONAL_STRING,
        "certainty": {"enum": ["asserted", "estimated", "alleged"]},
        "part_of": _OPTIONAL_STRING,
        "source": _OPTIONAL_STRING,
        "of_actor": _OPTIONAL_STRING,
    },
    columns=("value", "bound", "unit", "item", "category", "certainty", "part_of"),
    label_attribute="category",
    references=("part_of",),
    scoring=Scoring(
        gold_key="quantities",
        form="spans",
        compare=("value", "bound", "unit", "category", "certainty", "part_of"),
        all_figure=True,
    ),
)
"""Figures: label = category (repeated as the ``category`` attribute); ``part_of`` its whole."""

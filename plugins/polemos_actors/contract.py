"""The contracts of the ``actors`` and ``locations`` layers (hook ``polemos_layer_contracts``).

Colours: pairwise CIEDE2000 distance >= 15 between the actor types and the location colour
(``tests/widgets/test_palette.py`` checks every declared colour).
"""

from __future__ import annotations

from polemos import Label, LayerContract, Scoring

__all__ = ["ACTORS", "LOCATIONS", "contracts"]

_COLOURS = {
    "state_force": "#8ecae6",
    "armed_group": "#d4a373",
    "government": "#f0abfc",
    "international": "#90d5a8",
    "media": "#f2f2f2",
    "person": "#fddaec",
    "civilians": "#ff8a8a",
}
_STRING = {"type": "string"}
_OPTIONAL_STRING = {"type": ["string", "null"]}

ACTORS = LayerContract(
    layer="actors",
    labels=tuple(Label(name, colour=colour) for name, colour in _COLOURS.items()),
    attributes={
        "actor_id": _STRING,
        "name": _STRING,
        "country": _OPTIONAL_STRING,
        "acled": {"type": "integer", "minimum": 1, "maximum": 8},
        "source": _STRING,
        "generic": {"type": "boolean"},
        "parent": _OPTIONAL_STRING,
    },
    columns=("name", "actor_id", "country"),
    identity="actor_id",
    scoring=Scoring(gold_key="entities", form="entities", label_figure="type"),
)
"""Actor mentions: label = actor type, folded to one canonical ``actor_id``."""

LOCATIONS = LayerContract(
    layer="locations",
    labels=(Label("location", colour="#ffed6f"),),
    attributes={"name": _STRING},
    columns=("name",),
    scoring=Scoring(gold_key="locations", form="mentions"),
)
"""Places named in the text."""


def contracts() -> list[LayerContract]:
    """The contracts of the layers the ``actors`` extractor writes."""
    return [ACTORS, LOCATIONS]

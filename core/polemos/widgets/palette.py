"""Colours for layers and labels, stable across documents and sessions.

First-party labels (actor types, quantity categories, alliance relations) have fixed colours so
a researcher learns them once; any other ``(layer, label)`` pair gets the next free colour of a
qualitative palette, in the order the pairs are first asked for.
"""

from __future__ import annotations

__all__ = ["FIXED_COLOURS", "RELATION_COLOURS", "SPARE_COLOURS", "Palette"]

_FIXED: dict[tuple[str, str], str] = {
    # actors and locations: pairwise CIEDE2000 distance >= 15 (tests/widgets/test_palette.py)
    ("actors", "state_force"): "#8ecae6",
    ("actors", "armed_group"): "#d4a373",
    ("actors", "government"): "#f0abfc",
    ("actors", "international"): "#90d5a8",
    ("actors", "media"): "#f2f2f2",
    ("actors", "person"): "#fddaec",
    ("actors", "civilians"): "#ff8a8a",
    ("locations", "location"): "#ffed6f",
    # quantities: >= 12 between categories, >= 9 from every actor and location colour
    ("quantities", "casualties"): "#f4acb7",
    ("quantities", "captured"): "#cab2d6",
    ("quantities", "personnel"): "#fdcdac",
    ("quantities", "territory"): "#ffffcc",
    ("quantities", "equipment"): "#e9c46a",
    ("quantities", "facilities"): "#caffbf",
    ("quantities", "sorties"): "#67e8f9",
    ("quantities", "displaced"): "#8dd3c7",
    ("quantities", "money"): "#bef264",
    ("quantities", "duration"): "#a5b4fc",
    ("quantities", "other"): "#c7c7c7",
}

_SPARE = (  # for other plugins' labels: >= 8 from each other and from every fixed colour
    "#e5d8bd",
    "#c8b6a6",
    "#dbdb8d",
    "#f9a8d4",
    "#a3b8cc",
    "#fdb462",
    "#cbd5e8",
    "#98df8a",
)

FIXED_COLOURS = dict(_FIXED)
"""The colour of each first-party ``(layer, label)``."""
SPARE_COLOURS = _SPARE
"""The colours handed out, in turn, to other labels."""

RELATION_COLOURS: dict[str, str] = {
    "supports": "#2a9d8f",
    "allied_with": "#1d4ed8",
    "affiliated_with": "#6b7280",
    "hostile_to": "#dc2626",
}
"""Edge colours of the alliance relation labels (a darker set: lines, not backgrounds)."""


class Palette:
    """Hands out one background colour per ``(layer, label)``.

    >>> palette = Palette()
    >>> palette.colour("actors", "armed_group")
    '#d4a373'
    >>> palette.colour("weapons", "rifle") == palette.colour("weapons", "rifle")
    True
    """

    def __init__(self) -> None:
        self._assigned: dict[tuple[str, str], str] = {}

    def colour(self, layer: str, label: str) -> str:
        """The colour of ``label`` in ``layer`` (a CSS hex colour)."""
        key = (layer, label)
        if key in _FIXED:
            return _FIXED[key]
        if key not in self._assigned:
            used = set(self._assigned.values())
            free = [c for c in _SPARE if c not in used]
            self._assigned[key] = free[0] if free else _SPARE[len(self._assigned) % len(_SPARE)]
        return self._assigned[key]

    def edge_colour(self, label: str) -> str:
        """The line colour of a relation label (grey for labels without one)."""
        return RELATION_COLOURS.get(label, "#555555")

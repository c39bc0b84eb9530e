"""Colours for layers and labels, stable across documents and sessions.

First-party labels (actor types, quantity categories, alliance relations) have fixed colours so
a researcher learns them once; any other ``(layer, label)`` pair gets the next free colour of a
qualitative palette, in the order the pairs are first asked for.
"""

from __future__ import annotations

__all__ = ["RELATION_COLOURS", "Palette"]

_FIXED: dict[tuple[str, str], str] = {
    ("actors", "state_force"): "#8ecae6",
    ("actors", "armed_group"): "#f4a261",
    ("actors", "government"): "#b5a8e6",
    ("actors", "international"): "#90d5a8",
    ("actors", "media"): "#d9d9d9",
    ("actors", "person"): "#f7c8e0",
    ("actors", "civilians"): "#ffe08a",
    ("locations", "location"): "#b7e4c7",
    ("quantities", "casualties"): "#ff8a8a",
    ("quantities", "captured"): "#f4acb7",
    ("quantities", "personnel"): "#ffd6a5",
    ("quantities", "territory"): "#fdf5a6",
    ("quantities", "equipment"): "#e9c46a",
    ("quantities", "facilities"): "#d4a373",
    ("quantities", "sorties"): "#caffbf",
    ("quantities", "displaced"): "#9bf6ff",
    ("quantities", "money"): "#ffc6ff",
    ("quantities", "duration"): "#bdb2ff",
    ("quantities", "other"): "#e0e0e0",
}

_SPARE = (  # hues the fixed colours above do not use, so other plugins' layers stand apart
    "#5eead4",
    "#bef264",
    "#a3b8cc",
    "#d8b4fe",
    "#f0abfc",
    "#c8b6a6",
    "#99f6e4",
    "#d9d98c",
    "#cbd5e1",
    "#fde68a",
)

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
    '#f4a261'
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

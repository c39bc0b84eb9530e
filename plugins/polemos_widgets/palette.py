"""Colours for layers and labels, stable across documents and sessions.

The labels whose layer contract declares a colour (:mod:`polemos.contracts`) keep it, so a
researcher learns them once; any other ``(layer, label)`` pair gets the next free colour of a
qualitative palette, in the order the pairs are first asked for.
"""

from __future__ import annotations

from polemos.contracts import Contracts, installed_contracts

__all__ = ["SPARE_COLOURS", "Palette"]

_SPARE = (  # labels without a declared colour: >= 8 from each other and every declared one
    "#e5d8bd",
    "#c8b6a6",
    "#dbdb8d",
    "#f9a8d4",
    "#a3b8cc",
    "#fdb462",
    "#cbd5e8",
    "#98df8a",
)

SPARE_COLOURS = _SPARE
"""The colours handed out, in turn, to labels without a declared colour."""

NO_EDGE_COLOUR = "#555555"
"""The line colour of a relation label that declares none."""


class Palette:
    """Hands out one background colour per ``(layer, label)``.

    ``contracts`` gives the declared colours (the installed plugins' when ``None``).

    >>> from polemos.contracts import Contracts, Label, LayerContract
    >>> rifle = LayerContract("weapons", labels=(Label("rifle", "#e5d8bd"),))
    >>> palette = Palette(Contracts([rifle]))
    >>> palette.colour("weapons", "rifle")
    '#e5d8bd'
    >>> palette.colour("weapons", "drone") == palette.colour("weapons", "drone")
    True
    """

    def __init__(self, contracts: Contracts | None = None) -> None:
        self.contracts = contracts if contracts is not None else installed_contracts()
        self._fixed = self.contracts.colours("annotations")
        self._assigned: dict[tuple[str, str], str] = {}

    def colour(self, layer: str, label: str) -> str:
        """The colour of ``label`` in ``layer`` (a CSS hex colour)."""
        key = (layer, label)
        if key in self._fixed:
            return self._fixed[key]
        if key not in self._assigned:
            used = set(self._assigned.values())
            free = [c for c in _SPARE if c not in used]
            self._assigned[key] = free[0] if free else _SPARE[len(self._assigned) % len(_SPARE)]
        return self._assigned[key]

    def edge_colour(self, label: str) -> str:
        """The line colour of a relation label (grey for labels without one)."""
        return self.contracts.relation_colour(label) or NO_EDGE_COLOUR

"""Unit families: which quantities share an axis, in which unit, and whether they add up.

A chart never puts metres beside square kilometres, nor deaths beside euros: each family has
its own axis, its values converted to one unit (``m`` to ``km``, ``ha`` to ``km²``...). Sums are
only drawn for families whose values add up across mentions (counts, areas, money, masses);
distances, durations, percentages and speeds are counted, never summed.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COUNT", "UnitFamily", "unit_family"]

COUNT = "count"
"""The family (and unit) of plain counts: people, vehicles, strikes... (``unit`` is null)."""


@dataclass(frozen=True)
class UnitFamily:
    """A family of units: its name, the unit its values are shown in, and if they add up."""

    name: str
    unit: str
    additive: bool

    @property
    def title(self) -> str:
        """``name (unit)``, or just the name when both are the same (counts)."""
        return self.name if self.name == self.unit else f"{self.name} ({self.unit})"


_FAMILIES: dict[str, tuple[str, str, float, bool]] = {
    # unit: (family, shown unit, factor to the shown unit, additive)
    "km2": ("area", "km²", 1.0, True),
    "ha": ("area", "km²", 0.01, True),
    "m2": ("area", "km²", 1e-6, True),
    "km": ("distance", "km", 1.0, False),
    "m": ("distance", "km", 1e-3, False),
    "cm": ("distance", "km", 1e-5, False),
    "mm": ("distance", "km", 1e-6, False),
    "mi": ("distance", "km", 1.609344, False),
    "nmi": ("distance", "km", 1.852, False),
    "t": ("mass", "t", 1.0, True),
    "kg": ("mass", "t", 1e-3, True),
    "min": ("time", "days", 1 / 1440, False),
    "h": ("time", "days", 1 / 24, False),
    "day": ("time", "days", 1.0, False),
    "week": ("time", "days", 7.0, False),
    "month": ("time", "days", 30.44, False),
    "year": ("time", "days", 365.25, False),
    "%": ("percentage", "%", 1.0, False),
    "km/h": ("speed", "km/h", 1.0, False),
}


def unit_family(unit: str | None) -> tuple[UnitFamily, float]:
    """The family of ``unit`` and the factor converting a value into the family's unit.

    A null unit is a count; a three-letter upper-case code is a currency (one family per
    currency: euros are never added to dollars); any other unit is a family of its own, not
    summed.

    >>> unit_family("m")
    (UnitFamily(name='distance', unit='km', additive=False), 0.001)
    >>> unit_family("EUR")[0].title
    'currency (EUR)'
    """
    if unit is None or unit == COUNT:
        return UnitFamily(COUNT, COUNT, True), 1.0
    if unit in _FAMILIES:
        name, shown, factor, additive = _FAMILIES[unit]
        return UnitFamily(name, shown, additive), factor
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return UnitFamily("currency", unit, True), 1.0
    return UnitFamily(unit, unit, False), 1.0

"""The result of the quantities finder: one quantity mention with its attributes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["ActorSpan", "Quantity"]

Number = int | float


@dataclass(frozen=True)
class ActorSpan:
    """An actor mention from the ``actors`` layer: its offsets and annotation id."""

    start: int
    end: int
    id: str


@dataclass
class Quantity:
    """A quantity mention: ``text[start:end]`` with its value and attributes.

    ``part_of`` is the index (in the finder's output list) of the whole this quantity is part
    of; ``source`` and ``of_actor`` are actor annotation ids.
    """

    start: int
    end: int
    value: Number
    value_max: Number | None = None
    bound: str = "exact"
    unit: str | None = None
    item: str | None = None
    category: str = "other"
    casualty_type: str | None = None
    certainty: str = "asserted"
    part_of: int | None = None
    source: str | None = None
    of_actor: str | None = None

    def attributes(self, part_of_id: str | None = None) -> dict[str, Any]:
        """Return the layer attributes, ``part_of`` given as the whole's annotation id."""
        return {
            "value": self.value,
            "value_max": self.value_max,
            "bound": self.bound,
            "unit": self.unit,
            "item": self.item,
            "category": self.category,
            "casualty_type": self.casualty_type,
            "certainty": self.certainty,
            "part_of": part_of_id,
            "source": self.source,
            "of_actor": self.of_actor,
        }

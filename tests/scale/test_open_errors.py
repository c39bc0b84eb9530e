"""``polemos.open`` says clearly when a path is not a results store."""

from __future__ import annotations

from pathlib import Path

import polemos
import pytest
from polemos_store.reader import is_results_store


def test_missing_path_raises(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-results"
    with pytest.raises(FileNotFoundError, match=r"no results store at .*no-such-results"):
        polemos.open(missing)
    assert not missing.exists()  # nothing created on the way


def test_a_file_or_another_folder_raises(tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    text.write_text("Bonjour.", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match="is a file"):
        polemos.open(text)
    with pytest.raises(ValueError, match="is not a polemos results store"):
        polemos.open(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert polemos.open(empty).documents.empty  # an empty folder is an empty store


def test_a_written_store_opens(tmp_path: Path) -> None:
    store = tmp_path / "out"
    polemos.analyze(polemos.Document("d", "Bonjour."), extractors=[], out=store, progress=False)
    assert is_results_store(store) and len(polemos.open(store).documents) == 1

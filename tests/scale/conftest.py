"""Fixtures of the scale tests: a small real corpus (Wikinews 2012 articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews-fr-2012"


@pytest.fixture(scope="session")
def wikinews() -> Path:
    """The folder of the 89 Wikinews articles."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/wikinews-fr-2012 is not beside the project root")
    return CORPUS


@pytest.fixture
def small_corpus(wikinews: Path, tmp_path: Path) -> Path:
    """A folder with 24 of the articles (copied, so tests can add bad files)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(wikinews.glob("*.txt"))[:24]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder

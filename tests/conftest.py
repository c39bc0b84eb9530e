"""Shared fixtures: paths to the shared data beside the project root and to the gold sample."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD_SAMPLE = ROOT / "tests" / "data" / "gold"
"""The in-repository copy of the shared gold file (tests/data/gold/README.md)."""


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only shared data folder (corpus, gold)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project root")
    return SHARED


@pytest.fixture(scope="session")
def gold_sample() -> Path:
    """The gold sample folder inside the repository: no test needs ``../shared`` for it."""
    return GOLD_SAMPLE

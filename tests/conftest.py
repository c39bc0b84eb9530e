"""Shared fixtures: paths to the shared data beside the project root."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only shared data folder (corpus, gold)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project root")
    return SHARED

"""The frames on real sentences of the dev texts, one group of cases per frame (a case file).

The cases are in ``tests/data/cases/alliances_frames_dev.yaml``: each gives a sentence, its actor
mentions and the relations the frames alone must find in it (:func:`.test_frames.frames`).
:func:`assert_groups_name_shipped_frames` checks any such case file (``cases.py`` reads them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .cases import CASES_DIR, case_params
from .test_frames import frames

CASES_FILE = CASES_DIR / "alliances_frames_dev.yaml"
"""Frame id -> cases: ``text``, ``source`` (dev text or "written"), ``actors``, ``relations``."""

CASES = case_params(CASES_FILE)


def assert_groups_name_shipped_frames(path: Path) -> None:
    """Each group of a case file names a shipped frame, and only once."""
    from polemos_alliances import load_cues
    from polemos_alliances.cues import SHIPPED

    shipped = {frame.id for frame in load_cues(SHIPPED).frames}
    text = path.read_text(encoding="utf-8")
    groups = yaml.safe_load(text)
    assert set(groups) <= shipped
    headers = [line for line in text.splitlines() if line.startswith("frame.")]
    assert len(headers) == len(groups), "a frame group is written twice: YAML keeps the last"


@pytest.mark.parametrize(("text", "lexicon", "expected"), CASES)
def test_frame_case(
    text: str, lexicon: dict[str, tuple[str, str]], expected: set[tuple[str, str, str, str]]
) -> None:
    assert frames(text, lexicon) == expected


def test_every_frame_group_names_a_shipped_frame() -> None:
    assert_groups_name_shipped_frames(CASES_FILE)

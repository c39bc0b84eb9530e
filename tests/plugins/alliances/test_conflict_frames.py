"""The conflict frames on real sentences of the dev texts: sides of a war, support against an
enemy, joint operations (a case file, ``tests/data/cases/alliances_conflict_frames_dev.yaml``).

Each case gives a sentence, its actor mentions and the relations the frames alone must find in
it (:func:`.test_frames.frames`).
"""

from __future__ import annotations

import pytest

from .cases import CASES_DIR, case_params
from .test_frame_cases import assert_groups_name_shipped_frames
from .test_frames import frames

CASES_FILE = CASES_DIR / "alliances_conflict_frames_dev.yaml"
"""Frame id -> cases: ``text``, ``source`` (dev text or "written"), ``actors``, ``relations``."""


@pytest.mark.parametrize(("text", "lexicon", "expected"), case_params(CASES_FILE))
def test_conflict_frame_case(
    text: str, lexicon: dict[str, tuple[str, str]], expected: set[tuple[str, str, str, str]]
) -> None:
    assert frames(text, lexicon) == expected


def test_every_group_names_a_shipped_frame_once() -> None:
    assert_groups_name_shipped_frames(CASES_FILE)

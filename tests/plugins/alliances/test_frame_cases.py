"""The frames on real sentences of the dev texts, one group of cases per frame (a case file).

The cases are in ``tests/data/cases/alliances_frames_dev.yaml``: each gives a sentence, its actor
mentions and the relations the frames alone must find in it (:func:`.test_frames.frames`).
"""

from __future__ import annotations

import pytest
import yaml

from .cases import CASES_DIR, case_params
from .test_frames import frames

CASES_FILE = CASES_DIR / "alliances_frames_dev.yaml"
"""Frame id -> cases: ``text``, ``source`` (dev text or "written"), ``actors``, ``relations``."""

CASES = case_params(CASES_FILE)


@pytest.mark.parametrize(("text", "lexicon", "expected"), CASES)
def test_frame_case(
    text: str, lexicon: dict[str, tuple[str, str]], expected: set[tuple[str, str, str, str]]
) -> None:
    assert frames(text, lexicon) == expected


def test_every_frame_group_names_a_shipped_frame() -> None:
    from polemos_alliances import load_cues
    from polemos_alliances.cues import SHIPPED

    shipped = {frame.id for frame in load_cues(SHIPPED).frames}
    text = CASES_FILE.read_text(encoding="utf-8")
    groups = yaml.safe_load(text)
    assert set(groups) <= shipped
    headers = [line for line in text.splitlines() if line.startswith("frame.")]
    assert len(headers) == len(groups), "a frame group is written twice: YAML keeps the last"

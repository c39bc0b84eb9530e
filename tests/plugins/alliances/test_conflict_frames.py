"""The conflict frames on real sentences of the dev texts: sides of a war, support against an
enemy, joint operations (a case file, ``tests/data/cases/alliances_conflict_frames_dev.yaml``).

Each case gives a sentence, its actor mentions and the relations the frames alone must find in
it (:func:`.test_frames.frames`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .test_frames import frames

CASES_FILE = (
    Path(__file__).resolve().parents[2] / "data" / "cases" / "alliances_conflict_frames_dev.yaml"
)
"""Frame id -> cases: ``text``, ``source`` (dev text or "written"), ``actors``, ``relations``."""

CASES = [
    pytest.param(
        case["text"],
        {form: (str(actor[0]), str(actor[1])) for form, actor in case["actors"].items()},
        {tuple(r) for r in case["relations"]},
        id=f"{frame}:{case['text'][:40]}",
    )
    for frame, cases in yaml.safe_load(CASES_FILE.read_text(encoding="utf-8")).items()
    for case in cases
]


@pytest.mark.parametrize(("text", "lexicon", "expected"), CASES)
def test_conflict_frame_case(
    text: str, lexicon: dict[str, tuple[str, str]], expected: set[tuple[str, str, str, str]]
) -> None:
    assert frames(text, lexicon) == expected


def test_every_group_names_a_shipped_frame_once() -> None:
    from polemos_alliances import load_cues
    from polemos_alliances.cues import SHIPPED

    shipped = {frame.id for frame in load_cues(SHIPPED).frames}
    text = CASES_FILE.read_text(encoding="utf-8")
    groups = yaml.safe_load(text)
    assert set(groups) <= shipped
    headers = [line for line in text.splitlines() if line.startswith("frame.")]
    assert len(headers) == len(groups), "a frame group is written twice: YAML keeps the last"

"""A table of real French sentences with the actor mentions each must yield.

The cases are data: ``tests/data/cases/actors_mentions.yaml``, one rule family per block. Every
case checks the exact text and type of each mention it lists, the mentions that share one
``actor_id`` (``same``) or not (``apart``) and the stretches of text no mention may be or hold
(``absent``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import Analyze

CASES_FILE = Path(__file__).resolve().parents[2] / "data" / "cases" / "actors_mentions.yaml"
_CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))

ALL = [
    pytest.param(case, id=f"{family}:{i}")
    for family, cases in _CASES.items()
    for i, case in enumerate(cases)
]


@pytest.mark.parametrize("case", ALL)
def test_mentions(actors: Analyze, case: dict[str, Any]) -> None:
    found = actors(case["text"])
    typed = {a.text: a.label for a in found}
    ids = {a.text: a.attributes["actor_id"] for a in found}
    for text, label in case.get("mentions", {}).items():
        assert typed.get(text) == label, f"{text!r} as {label}: found {typed}"
    for group in case.get("same", []):
        assert len({ids[t] for t in group}) == 1, f"{group} not one actor: {ids}"
    for left, right in case.get("apart", []):
        assert ids[left] != ids[right], f"{left!r} and {right!r} folded: {ids}"
    for text in case.get("absent", []):
        assert not any(text in a.text for a in found), f"{text!r} in {sorted(typed)}"

"""Classes of spurious relations, on the real dev sentences that showed them.

The cases are in ``tests/data/cases/alliances_spurious_dev.yaml``: each group is a class of
error (a reported source read as an argument, an actor inside a noun subject, the conjunct of
a list of places), each case a sentence with exactly the relations the cues and frames
together must find in it. ``tests/data/cases/alliances_subjects_dev.yaml`` has the same form:
relations through the subject of the sentence before ("X ... . *Il* combat Y"), by class of
subject anaphor (a pronoun, a designation), with the readings it must not make.
"""

from __future__ import annotations

import pytest

from .cases import CASES_DIR, case_params
from .conftest import Analyse, triples

CASES = [
    *case_params(CASES_DIR / "alliances_spurious_dev.yaml"),
    *case_params(CASES_DIR / "alliances_subjects_dev.yaml"),
]


@pytest.mark.parametrize(("text", "lexicon", "expected"), CASES)
def test_spurious_class_case(
    analyse: Analyse,
    text: str,
    lexicon: dict[str, tuple[str, str]],
    expected: set[tuple[str, str, str, str]],
) -> None:
    assert triples(analyse(text, lexicon)) == expected

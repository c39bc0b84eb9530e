"""A table of French phrases with the quantity each must yield, one rule family per block.

The cases are data: ``tests/data/cases/quantities_phrases.yaml``. Every case checks the exact
span and value, bound, unit, category and certainty (defaults: ``exact``, no unit,
``asserted``); ``item``, ``casualty_type`` and ``value_max`` when given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.plugins.quantities.conftest import Find

CASES_FILE = Path(__file__).resolve().parents[2] / "data" / "cases" / "quantities_phrases.yaml"
_CASES: dict[str, Any] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
NOT_QUANTITIES: list[str] = _CASES.pop("not_quantities")
FAMILIES = list(_CASES)
"""The rule families, in the file's order (``digits``, ``ranges``, ``certainty``...)."""

ALL = [
    pytest.param(
        case["text"],
        case["span"],
        {k: v for k, v in case.items() if k not in {"text", "span"}},
        id=f"{family}:{case['span']}",
    )
    for family, cases in _CASES.items()
    for case in cases
]


@pytest.mark.parametrize(("text", "span", "expected"), ALL)
def test_phrase(find: Find, text: str, span: str, expected: dict[str, Any]) -> None:
    found = find(text)
    spans = [text[x.start : x.end] for x in found]
    assert span in spans, f"{span!r} not among {spans}"
    quantity = found[spans.index(span)]
    wanted = {"bound": "exact", "unit": None, "certainty": "asserted", "value_max": None}
    wanted.update(expected)
    got = {key: getattr(quantity, key) for key in wanted}
    assert got == wanted


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(find: Find, text: str) -> None:
    assert [text[x.start : x.end] for x in find(text)] == []


def test_several_quantities_and_a_date_in_one_sentence(find: Find) -> None:
    text = "Les combats ont fait 25 morts et 40 blessés le 3 mars 2013."
    found = find(text)
    assert [(text[x.start : x.end], x.category, x.casualty_type) for x in found] == [
        ("25 morts", "casualties", "killed"),
        ("40 blessés", "casualties", "wounded"),
    ]


def test_the_case_file_is_well_formed_and_large_enough() -> None:
    allowed = {"text", "span", "value", "category", "casualty_type", "item", "bound", "unit"}
    allowed |= {"certainty", "value_max"}
    for family, cases in _CASES.items():
        for case in cases:
            assert {"text", "span", "value", "category"} <= set(case), (family, case)
            assert set(case) <= allowed, (family, set(case) - allowed)
            assert case["span"] in case["text"], (family, case)
    assert len(FAMILIES) == 13
    assert len(ALL) + len(NOT_QUANTITIES) >= 150

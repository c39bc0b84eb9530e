"""docs/explanation/accuracy.md shows what ``polemos evaluate ../shared/gold`` prints now."""

from __future__ import annotations

import pytest

from .accuracy_figures import documented, evaluate, render


@pytest.mark.slow
def test_documented_figures_are_the_current_ones() -> None:
    assert documented() == render(evaluate()), (
        "docs/explanation/accuracy.md is stale: run `python -m tests.docs.accuracy_figures`"
    )


def test_the_table_renders_counts_beside_each_ratio() -> None:
    report = {
        "documents_scored": 2,
        "corpus": {
            "actors.mentions": {
                "kind": "detection",
                "precision": 0.75,
                "recall": 0.6,
                "f1": 2 / 3,
                "correct": 3,
                "missed": 2,
                "spurious": 1,
            },
            "actors.type": {
                "kind": "accuracy",
                "accuracy": 1.0,
                "correct": 3,
                "wrong": 0,
                "total": 3,
            },
        },
    }
    table = render(report)
    assert "| `actors.mentions` | 0.750 | 0.600 | 0.667 | 3 | 2 | 1 |" in table
    assert "| `actors.type` | 1.000 | 3 | 0 | 3 |" in table
    assert table.startswith("Gold documents scored: 2.")

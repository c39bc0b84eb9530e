"""Integration: the real actors plugin, then alliances, on the gold article, scored."""

from __future__ import annotations

from pathlib import Path

import pytest
from polemos import Document, Pipeline, document_to_dict
from polemos_evaluation import load_gold, score_document

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold" / "homs-deraa-idleb.gold.json"

pytest.importorskip("polemos_actors", reason="the actors plugin is not installed")


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    gold = load_gold(GOLD)
    document = Pipeline(["actors", "alliances"]).analyze_one(Document(gold.id, gold.text))
    assert not document.errors, document.errors
    return dict(score_document(gold, document_to_dict(document)).figures)


def test_every_required_relation_is_found_without_spurious(scores: dict[str, object]) -> None:
    overall = scores["relations.overall"]
    assert (overall.correct, overall.missed, overall.spurious) == (10, 0, 0)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("relation_type", "count"),
    [("supports", 1), ("allied_with", 2), ("affiliated_with", 3), ("hostile_to", 4)],
)
def test_each_type(scores: dict[str, object], relation_type: str, count: int) -> None:
    figure = scores[f"relations.{relation_type}"]
    assert (figure.correct, figure.missed, figure.spurious) == (count, 0, 0)  # type: ignore[attr-defined]


def test_every_status_is_right(scores: dict[str, object]) -> None:
    status = scores["relations.status"]
    assert (status.correct, status.total) == (10, 10)  # type: ignore[attr-defined]

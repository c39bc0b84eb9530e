"""The real gold, converted to a prediction, scores 1.0 on every figure."""

import json
from pathlib import Path

import pytest
from polemos_evaluation import (
    Accuracy,
    Detection,
    evaluate_gold,
    gold_to_document,
    load_gold,
    load_gold_paths,
    score_document,
)

from .builders import GOLD_DIR, REAL_GOLD


def test_gold_scored_against_itself_gives_one_everywhere() -> None:
    gold = load_gold(REAL_GOLD)
    scores = score_document(gold, gold_to_document(gold))
    for name, figure in scores.figures.items():
        if isinstance(figure, Detection):
            assert (figure.precision, figure.recall, figure.f1) == (1.0, 1.0, 1.0), name
            assert figure.missed == figure.spurious == 0, name
        else:
            assert isinstance(figure, Accuracy)
            assert figure.value == 1.0 and figure.total > 0, name
    # counts taken from the gold file: optional mentions and relations excluded
    assert scores.figures["actors.mentions"] == Detection(correct=29)
    assert scores.figures["locations.mentions"] == Detection(correct=13)
    assert scores.figures["quantities.spans"] == Detection(correct=12)
    assert scores.figures["relations.overall"] == Detection(correct=10)
    assert scores.figures["quantities.part_of"] == Accuracy(correct=12, total=12)
    assert scores.empty_layers == ()


def test_the_conversion_is_a_valid_polemos_document() -> None:
    gold = load_gold(REAL_GOLD)
    document = json.loads(json.dumps(gold_to_document(gold)))
    assert document["format"] == "polemos.document/1"
    assert document["text"] == gold.text
    ids = [annotation["id"] for annotation in document["annotations"]]
    assert len(ids) == len(set(ids))
    for annotation in document["annotations"]:
        assert document["text"][annotation["start"] : annotation["end"]] == annotation["text"]
        assert annotation["run"] in document["runs"]
    for relation in document["relations"]:
        assert {relation["source"], relation["target"]} <= set(ids)
    parts = [a for a in document["annotations"] if a["attributes"].get("part_of")]
    assert {a["text"] for a in parts} == {
        "60 postes de résistance",
        "15 entrepôts",
        "43 véhicules blindés",
    }
    assert all(a["attributes"]["part_of"] == "quantities:275-300" for a in parts)


def test_evaluate_gold_runs_the_callback_on_the_gold_texts() -> None:
    golds = {gold.id: gold for gold in load_gold_paths([GOLD_DIR])}
    seen: list[tuple[str, str]] = []

    def analyze(pairs: list[tuple[str, str]]) -> list[dict[str, object]]:
        seen.extend(pairs)
        return [gold_to_document(golds[document_id]) for document_id, _ in pairs]

    report = evaluate_gold([GOLD_DIR], analyze)
    assert seen == [(gold.id, gold.text) for gold in golds.values()]
    assert report.corpus["relations.overall"] == Detection(correct=10 * len(golds))


def test_evaluate_gold_with_a_pipeline_that_finds_nothing_scores_zero() -> None:
    def analyze(pairs: list[tuple[str, str]]) -> list[dict[str, object]]:
        return [{"id": i, "text": text, "annotations": [], "relations": []} for i, text in pairs]

    report = evaluate_gold([REAL_GOLD], analyze)
    assert report.corpus["actors.mentions"] == Detection(missed=29)
    assert report.corpus["relations.status"] == Accuracy()
    assert "actors.mentions" in report.to_table()


def test_evaluate_gold_refuses_a_wrong_number_of_documents(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="returned 0 documents for 1"):
        evaluate_gold([REAL_GOLD], lambda pairs: [])

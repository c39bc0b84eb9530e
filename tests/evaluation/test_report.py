import json

import pytest
from polemos_evaluation import (
    Detection,
    GoldDocument,
    gold_to_document,
    parse_gold,
    score_corpus,
)

from .builders import TEXT, PredictionBuilder, small_gold_dict


def two_documents() -> tuple[list[GoldDocument], list[dict[str, object]]]:
    first = parse_gold(small_gold_dict())
    second = parse_gold({**small_gold_dict(), "id": "other"})
    perfect = gold_to_document(first)
    partial = PredictionBuilder(TEXT, "other")
    partial.actor("armée syrienne", "state_force", "army")
    partial.actor("Palmyre", "armed_group", "palmyra")
    return [first, second], [partial.document(), perfect]


def test_corpus_figures_are_micro_averaged() -> None:
    golds, predictions = two_documents()
    report = score_corpus(golds, predictions)
    assert [document.id for document in report.documents] == ["small", "other"]
    mentions = report.corpus["actors.mentions"]
    assert mentions == Detection(correct=8, missed=6, spurious=1)
    assert isinstance(mentions, Detection)
    # from the summed counts, not the mean of the two documents' F1 (1.0 and 0.25)
    assert mentions.f1 == 16 / 23


def test_table_shows_every_figure_with_its_counts() -> None:
    golds, predictions = two_documents()
    table = score_corpus(golds, predictions).to_table()
    assert "corpus: 2 document(s), micro-averaged" in table
    row = next(line for line in table.splitlines() if line.startswith("actors.mentions"))
    assert row.split() == ["actors.mentions", "0.889", "0.571", "0.696", "8", "6", "1"]
    for figure in (
        "actors.type",
        "actors.alias_grouping",
        "quantities.part_of",
        "quantities.certainty",
        "relations.hostile_to",
        "relations.status",
    ):
        assert figure in table
    assert "document other" in table
    assert "layers with no prediction (scored zero): locations, quantities, alliances" in table


def test_json_report_is_serializable_and_complete() -> None:
    golds, predictions = two_documents()
    predictions[0]["errors"] = [{"plugin": "quantities", "type": "ValueError", "message": "x"}]
    data = json.loads(json.dumps(score_corpus(golds, predictions).to_dict()))
    assert data["format"] == "polemos_evaluation/1"
    assert data["corpus"]["actors.mentions"] == {
        "kind": "detection",
        "precision": 8 / 9,
        "recall": 8 / 14,
        "f1": 16 / 23,
        "correct": 8,
        "missed": 6,
        "spurious": 1,
    }
    assert data["corpus"]["relations.status"]["kind"] == "accuracy"
    assert [d["id"] for d in data["documents"]] == ["small", "other"]
    assert data["documents"][0]["errors"] == []
    assert data["documents"][0]["empty_layers"] == []
    assert data["documents"][1]["errors"][0]["plugin"] == "quantities"
    assert data["documents"][1]["empty_layers"] == ["locations", "quantities", "alliances"]


def test_predictions_and_gold_must_pair_up() -> None:
    golds, predictions = two_documents()
    with pytest.raises(ValueError, match="no prediction for gold \\['small'\\]"):
        score_corpus(golds, predictions[:1])
    with pytest.raises(ValueError, match="two predicted documents"):
        score_corpus(golds, [*predictions, predictions[0]])


def test_a_single_document_prints_one_table_with_its_notes() -> None:
    golds, predictions = two_documents()
    table = score_corpus(golds[1:], predictions[:1]).to_table()
    assert table.startswith("document other\n")
    assert "corpus" not in table
    assert table.count("actors.mentions") == 1
    assert table.endswith(
        "layers with no prediction (scored zero): locations, quantities, alliances"
    )

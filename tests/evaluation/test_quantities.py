from typing import Any

from polemos_evaluation import Accuracy, Detection, GoldDocument, score_document

from .builders import PredictionBuilder, small_gold_dict

GOLD_WHOLE = small_gold_dict()["quantities"][0]
WHOLE = {key: GOLD_WHOLE[key] for key in ("value", "bound", "unit", "item", "category")}
WHOLE |= {"certainty": GOLD_WHOLE["certainty"], "part_of": None}


def quantity(predicted: PredictionBuilder, phrase: str, **changes: Any) -> str:
    attributes = {**WHOLE, **changes}
    return predicted.annotate("quantities", str(attributes["category"]), phrase, **attributes)


def figures(gold: GoldDocument, predicted: PredictionBuilder) -> dict[str, object]:
    return dict(score_document(gold, predicted.document()).figures)


def test_spans_match_by_overlap_and_attributes_are_judged_on_matches(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    quantity(predicted, "100 combattants")  # inside "plus de 100 combattants", all right
    quantity(predicted, "30", value=30.0, bound="approx")  # value right (30.0 == 30), bound not
    quantity(predicted, "Palmyre", value=1)  # no quantity there
    scores = figures(gold, predicted)
    assert scores["quantities.spans"] == Detection(correct=2, missed=0, spurious=1)
    assert scores["quantities.value"] == Accuracy(correct=2, total=2)
    assert scores["quantities.bound"] == Accuracy(correct=1, total=2)
    assert scores["quantities.unit"] == Accuracy(correct=2, total=2)
    assert scores["quantities.category"] == Accuracy(correct=2, total=2)
    assert scores["quantities.certainty"] == Accuracy(correct=2, total=2)
    # "30" has no part_of, the gold says part of "plus de 100 combattants"
    assert scores["quantities.part_of"] == Accuracy(correct=1, total=2)
    assert scores["quantities.all"] == Accuracy(correct=1, total=2)


def test_part_of_is_right_when_the_predicted_whole_overlaps_the_gold_whole(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    whole = quantity(predicted, "100 combattants")  # narrower than the gold whole
    quantity(predicted, "30 chefs", value=30, bound="exact", part_of=whole)
    scores = figures(gold, predicted)
    assert scores["quantities.part_of"] == Accuracy(correct=2, total=2)
    assert scores["quantities.all"] == Accuracy(correct=2, total=2)


def test_part_of_pointing_elsewhere_or_set_on_a_whole_is_wrong(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    elsewhere = predicted.actor("Daesh", "armed_group", "is")
    part = quantity(predicted, "30 chefs", value=30, bound="exact", part_of=elsewhere)
    quantity(predicted, "plus de 100 combattants", part_of=part)  # the whole is part of nothing
    assert figures(gold, predicted)["quantities.part_of"] == Accuracy(correct=0, total=2)


def test_category_falls_back_on_the_label_and_wrong_values_count(
    gold: GoldDocument, predicted: PredictionBuilder
) -> None:
    attributes = {k: v for k, v in WHOLE.items() if k != "category"}
    predicted.annotate("quantities", "casualties", "plus de 100 combattants", **attributes)
    quantity(predicted, "30 chefs", value="trente", category="personnel")
    scores = figures(gold, predicted)
    assert scores["quantities.category"] == Accuracy(correct=1, total=2)
    assert scores["quantities.value"] == Accuracy(correct=1, total=2)

"""``polemos evaluate --errors`` lists wrong dates and events, agreeing with their figures."""

from __future__ import annotations

from collections import Counter

from polemos_evaluation import document_errors, load_gold
from polemos_evaluation.extended import extended_figures

from .test_extended import NYALA, perfect


def _kinds(layer: str, document: dict[str, object]) -> Counter[str]:
    gold = load_gold(NYALA)
    items = [i for i in document_errors(gold, document) if i.layer == layer]
    for item in items:
        assert item.start is not None and gold.text[item.start : item.end] == item.text
    return Counter(item.kind for item in items)


def test_the_perfect_prediction_lists_no_date_or_event_error() -> None:
    document = perfect(NYALA)
    assert _kinds("dates", document) == Counter()
    assert _kinds("events", document) == Counter()


def test_a_wrong_day_a_dropped_date_and_a_wrong_event_are_each_listed() -> None:
    gold = load_gold(NYALA)
    document = perfect(NYALA)
    annotations: list[dict[str, object]] = document["annotations"]
    dates = [a for a in annotations if a["layer"] == "dates"]
    first, second = dates[0], dates[1]
    first["attributes"] = {**first["attributes"], "date_start": "1999-01-01", "date_end": None}
    annotations.remove(second)
    event = next(a for a in annotations if a["layer"] == "events")
    event["attributes"] = {**event["attributes"], "event_type": "Protests", "actor1": None}
    figures = extended_figures(gold, document)
    dates_kinds = _kinds("dates", document)
    assert dates_kinds["resolved"] == figures["dates.resolved"].wrong == 1
    assert dates_kinds["missed"] == figures["dates.spans"].missed == 1
    events_kinds = _kinds("events", document)
    assert events_kinds["type"] == figures["events.type"].wrong == 1
    assert events_kinds["actor1"] == figures["events.actor1"].wrong == 1
    items = [i for i in document_errors(gold, document) if i.layer == "events"]
    (wrong_type,) = [i for i in items if i.kind == "type"]
    assert "predicted Protests: none /" in wrong_type.detail
    assert wrong_type.detail.startswith("gold Battles: ")

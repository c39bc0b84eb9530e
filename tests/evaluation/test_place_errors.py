"""``polemos evaluate --errors`` lists the wrong places, agreeing with the ``places.*`` figures."""

from __future__ import annotations

from polemos_evaluation import document_errors, load_gold
from polemos_evaluation.extended import extended_figures

from .test_extended import NYALA, perfect


def test_the_perfect_prediction_lists_no_place_error() -> None:
    gold = load_gold(NYALA)
    assert [i for i in document_errors(gold, perfect(NYALA)) if i.layer == "places"] == []


def test_a_far_point_a_wrong_country_and_another_area_are_each_listed() -> None:
    gold = load_gold(NYALA)
    document = perfect(NYALA)
    for a in document["annotations"]:
        if a["layer"] == "locations" and a["text"] == "Omdourman":
            a["attributes"].update(latitude=15.9, longitude=32.5, place="Wadi Seidna")  # 29 km
        if a["layer"] == "locations" and a["text"] == "Darfour du Sud":
            a["attributes"].update(geonames_id=408666, country="TD", place="North Darfur")
    items = [i for i in document_errors(gold, document) if i.layer == "places"]
    by_kind: dict[str, list[str]] = {}
    for item in items:
        assert gold.text[item.start : item.end] == item.text  # offsets of the gold mention
        by_kind.setdefault(item.kind, []).append(item.text)
    figures = extended_figures(gold, document)
    assert by_kind["distance"] == ["Omdourman", "Omdourman"]
    assert len(by_kind["distance"]) == figures["places.within_25km"].wrong
    assert len(by_kind["country"]) == figures["places.country"].wrong == 1
    assert by_kind["area"] == ["Darfour du Sud"] and figures["places.area"].wrong == 1
    (far,) = {i.detail for i in items if i.kind == "distance"}
    assert far.startswith("29 km from the true place") and "Wadi Seidna (SD" in far
    (country,) = [i for i in items if i.kind == "country"]
    assert country.detail == "gold country SD, predicted North Darfur (TD, None)"

"""Dates, places and events figures of ``polemos evaluate`` (gold files with those lists)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from polemos_evaluation import GoldFormatError, gold_to_document, load_gold, score_pairs
from polemos_evaluation.extended import extended_figures
from polemos_evaluation.extras import read_extras
from polemos_evaluation.places import distance_km

DEV = Path(__file__).resolve().parents[1] / "data" / "realgold" / "dev"
NYALA = DEV / "soudan-nyala-2023.gold.json"
DEVGOLD = Path(__file__).resolve().parents[1] / "data" / "devgold"


def perfect(path: Path) -> dict[str, Any]:
    """The gold as a prediction, with dates, places and events written as the plugins do."""
    gold = load_gold(path)
    extras = read_extras(gold)
    document = gold_to_document(gold)
    annotations = document["annotations"]
    by_span = {(a["start"], a["end"]): a for a in annotations if a["layer"] == "locations"}
    for place in extras.places or ():
        by_span[place.span]["attributes"].update(
            geonames_id=place.geonames_id,
            country=place.country,
            latitude=place.latitude,
            longitude=place.longitude,
        )
    for n, date in enumerate(extras.dates or ()):
        annotations.append(
            {
                "id": f"date{n}",
                "layer": "dates",
                "label": date.precision,
                "start": date.span[0],
                "end": date.span[1],
                "text": gold.text[date.span[0] : date.span[1]],
                "attributes": {
                    "date_start": date.date_start,
                    "date_end": date.date_end,
                    "precision": date.precision,
                },
                "run": "gold",
            }
        )
    first_mention = {
        a["attributes"]["actor_id"]: a["id"]
        for a in reversed(annotations)
        if a["layer"] == "actors"
    }
    for n, event in enumerate(extras.events or ()):
        start, end = event.mentions[0]
        annotations.append(
            {
                "id": f"event{n}",
                "layer": "events",
                "label": event.event_type,
                "start": start,
                "end": end,
                "text": gold.text[start:end],
                "attributes": {
                    "event_type": event.event_type,
                    "actor1": first_mention.get(event.actor1) if event.actor1 else None,
                    "actor2": first_mention.get(event.actor2) if event.actor2 else None,
                    "fatalities": {"acled": event.fatalities or 0},
                },
                "run": "gold",
            }
        )
    return document


def test_the_gold_as_a_prediction_scores_one_on_every_new_figure() -> None:
    gold = load_gold(NYALA)
    figures = extended_figures(gold, perfect(NYALA))
    assert {name.split(".")[0] for name in figures} == {"dates", "places", "events"}
    for name, figure in figures.items():
        value = getattr(figure, "f1", None) or getattr(figure, "value", None)
        assert value == 1.0, name
    assert figures["events.spans"].correct == 6  # the six events of the Nyala text
    assert figures["places.within_25km"].total == 10  # Nyala 2, Khartoum 4, Omdourman 2, Bahri 2


def test_wrong_day_far_point_other_area_and_swapped_actors_are_wrong() -> None:
    gold = load_gold(NYALA)
    document = perfect(NYALA)
    for a in document["annotations"]:
        if a["layer"] == "dates" and a["text"] == "15 avril 2023":
            a["attributes"].update(date_start="2023-04-16", date_end="2023-04-16")
        if a["layer"] == "locations" and a["text"] == "Omdourman":
            a["attributes"].update(latitude=15.9, longitude=32.5)  # 28 km north
        if a["layer"] == "locations" and a["text"] == "Darfour du Sud":
            a["attributes"].update(geonames_id=408666)  # North Darfur
        if a["layer"] == "events" and a["text"].startswith("La bataille de Nyala"):
            attributes = a["attributes"]
            attributes["actor1"], attributes["actor2"] = attributes["actor2"], attributes["actor1"]
    figures = extended_figures(gold, document)
    assert figures["dates.resolved"].wrong == 1  # "15 avril 2023" read as the 16th
    assert figures["places.within_25km"].wrong == 2  # both Omdourman mentions
    assert figures["places.area"].wrong == 1 and figures["places.country"].wrong == 0
    assert figures["events.actor1"].wrong == figures["events.actor2"].wrong == 1
    assert figures["events.actors"].wrong == 0  # either order: ACLED's actor1 is no aggressor


def test_a_week_precision_date_is_right_anywhere_in_its_week(tmp_path: Path) -> None:
    raw = json.loads(NYALA.read_text(encoding="utf-8"))
    raw["dates"] = [dict(raw["dates"][2], precision="week")]  # "15 avril 2023", a Saturday
    path = tmp_path / "week.gold.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    gold = load_gold(path)
    document = perfect(path)
    for a in document["annotations"]:
        if a["layer"] == "dates":
            a["attributes"].update(date_start="2023-04-10", date_end="2023-04-16")
    assert extended_figures(gold, document)["dates.resolved"].value == 1.0
    assert extended_figures(gold, document)["dates.precision"].value == 1.0
    assert round(distance_km((15.55177, 32.53241), (15.64453, 32.47773)), 1) == 11.9


def test_gold_without_the_new_lists_keeps_its_figures() -> None:
    gold = load_gold(DEVGOLD / "mali-menaka-eigs.gold.json")
    report = score_pairs([(gold, gold_to_document(gold))])
    assert not [n for n in report.corpus if n.split(".")[0] in ("dates", "places", "events")]


def test_a_malformed_list_names_the_file(tmp_path: Path) -> None:
    raw = json.loads(NYALA.read_text(encoding="utf-8"))
    raw["dates"][0]["precision"] = "season"
    path = tmp_path / "bad.gold.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad\.gold\.json dates: precision 'season'"):
        read_extras(load_gold(path))
    raw = json.loads(NYALA.read_text(encoding="utf-8"))
    raw["events"][0]["actor1"] = "nobody"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="actor1 'nobody' is no entity"):
        read_extras(load_gold(path))

"""The events layer on real text: types, actors, place, date and fatalities tied to annotations."""

from __future__ import annotations

from pathlib import Path

import pytest
from polemos import Annotation, Document, analyze, example_document
from polemos_events import ACLED_COLUMNS, UCDP_COLUMNS, acled_table, load_triggers, ucdp_table
from polemos_events.fatalities import fatalities
from polemos_events.triggers import TriggerError

ROOT = Path(__file__).resolve().parents[3]
MALI = ROOT / "tests" / "data" / "devgold" / "specs" / "mali-menaka-eigs.fr.txt"


@pytest.fixture(scope="module")
def article() -> Document:
    return analyze(example_document(), progress=False)[0]


@pytest.fixture(scope="module")
def mali() -> Document:
    text = MALI.read_text(encoding="utf-8")
    return analyze(Document("mali-menaka-eigs", text, {"date": "2022-03-10"}), progress=False)[0]


def actor_of(document: Document, annotation_id: str | None) -> str | None:
    found = document.get(annotation_id) if annotation_id else None
    return found.attributes["actor_id"] if isinstance(found, Annotation) else None


def test_every_link_of_an_event_is_an_existing_annotation(
    article: Document, mali: Document
) -> None:
    for document in (article, mali):
        assert not document.errors
        events = document.layer("events")
        assert events
        for event in events:
            a = event.attributes
            assert document.text[event.start : event.end] == event.text
            for key, layer in (
                ("actor1", "actors"),
                ("actor2", "actors"),
                ("location", "locations"),
                ("date", "dates"),
            ):
                if a[key] is not None:
                    linked = document.get(a[key])
                    assert isinstance(linked, Annotation) and linked.layer == layer
                    assert event.start <= linked.start < event.end or key == "location"
            for quantity in a["fatalities"]["quantities"]:
                assert document.get(quantity).layer == "quantities"
            trigger = a["evidence"]["trigger"]
            assert document.text[trigger[0] : trigger[1]] == a["evidence"]["text"]


def test_the_syrian_offensive_on_homs(article: Document) -> None:
    """'Les militaires syriens soutenus par les forces aériennes russes ... ont réussi de libérer
    805 kilomètres carrés de territoire des terroristes de Daesh dans la province de Homs.'"""
    first = article.layer("events")[0].attributes
    assert (first["event_type"], first["sub_event_type"]) == (
        "Battles",
        "Government regains territory",
    )
    assert actor_of(article, first["actor1"]) == "sy_army"
    assert actor_of(article, first["actor2"]) == "islamic_state"
    assert [actor_of(article, i) for i in first["assoc_actors"]] == ["ru_air_force"]
    place = article.get(first["location"])
    assert place.text == "Homs" and place.attributes["feature"] == "region"
    assert (first["event_date"], first["time_precision"]) == ("2017-02-06", 1)


def test_attack_events_imply_the_hostility(article: Document) -> None:
    hostilities = article.relation_layer("event_hostilities")
    assert hostilities
    for relation in hostilities:
        event = article.get(relation.attributes["event"])
        assert event.attributes["event_type"] in {
            "Battles",
            "Explosions/Remote violence",
            "Violence against civilians",
        }
        assert {relation.source, relation.target} == {
            event.attributes["actor1"],
            event.attributes["actor2"],
        }
    # the alliances plugin states sy_army hostile to islamic_state: the event points to it
    first = article.layer("events")[0]
    assert first.attributes["hostility"] in {r.id for r in article.relation_layer("alliances")}


def test_civilians_killed_in_an_attack_attributed_to_a_group(mali: Document) -> None:
    """'Au moins quarante civils ont été tués dimanche dans une attaque attribuée à l'EIGS.'"""
    events = [e for e in mali.layer("events") if "quarante civils" in e.text]
    (event,) = events
    a = event.attributes
    assert (a["event_type"], a["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert actor_of(mali, a["actor1"]) == "is_sahel" and a["actor2"] is None
    assert (
        a["fatalities"]["best"] == 40
        and a["fatalities"]["low"] == 40
        and a["fatalities"]["high"] is None
    )
    assert a["event_date"] == "2022-03-06"  # "dimanche" before Thursday 10 March
    assert mali.get(a["location"]).text == "Ménaka"
    assert a["certainty"] == "alleged"  # "attribuée à"


def test_an_accusation_is_an_alleged_event_and_allies_are_associated(mali: Document) -> None:
    moura = next(e for e in mali.layer("events") if "Moura" in e.text).attributes
    assert moura["certainty"] == "alleged" and moura["fatalities"]["best"] == 300
    assert actor_of(mali, moura["actor1"]) == "ml_army" and moura["actor2"] is None
    counter = next(e for e in mali.layer("events") if "contre-offensive" in e.text).attributes
    assert actor_of(mali, counter["actor1"]) == "ml_army"
    assert "msa" in {actor_of(mali, i) for i in counter["assoc_actors"]}  # "aux côtés du MSA"
    assert actor_of(mali, counter["actor2"]) != "msa"


def test_a_tally_since_a_year_is_no_event(mali: Document) -> None:
    assert not [e for e in mali.layer("events") if "170 Casques bleus" in e.text]


def quantity(text: str, **attributes: object) -> Annotation:
    return Annotation(
        "q" + str(abs(hash(text))), "quantities", "casualties", 0, len(text), text, attributes, "r"
    )


def test_fatalities_follow_ucdp_estimates_and_acleds_conservative_rule() -> None:
    assert fatalities([quantity("20 morts", value=20, bound="exact")]) | {"quantities": []} == {
        "best": 20,
        "low": 20,
        "high": 20,
        "acled": 20,
        "quantities": [],
        "alleged": False,
    }
    lower = fatalities([quantity("plus de 20 morts", value=20, bound="lower")])
    assert (lower["best"], lower["low"], lower["high"]) == (20, 20, None)
    ranged = fatalities([quantity("entre 10 et 20 morts", value=10, value_max=20, bound="lower")])
    assert (ranged["best"], ranged["low"], ranged["high"], ranged["acled"]) == (10, 10, 20, 10)
    # ACLED codes "tens" 10, "dozens" 12 (its fatalities FAQ): "dizaines" are tens
    tens = fatalities([quantity("des dizaines de morts", value=10, bound="approx")])
    assert tens["acled"] == 10 and tens["best"] == 10
    dozens = fatalities([quantity("des douzaines de morts", value=12, bound="approx")])
    assert dozens["acled"] == 12
    hundreds = fatalities([quantity("plusieurs centaines de morts", value=100, bound="approx")])
    assert hundreds["acled"] == 100 and hundreds["low"] == 100
    alleged = fatalities([quantity("20 morts", value=20, bound="exact", certainty="alleged")])
    assert alleged["alleged"] is True
    part = quantity("dont 5 civils", value=5, bound="exact", part_of="whole")
    assert fatalities([quantity("20 morts", value=20, bound="exact"), part])["best"] == 20
    assert fatalities([])["acled"] == 0


def test_acled_and_ucdp_tables(article: Document, mali: Document) -> None:
    acled = acled_table([article, mali])
    assert list(acled.columns[: len(ACLED_COLUMNS)]) == list(ACLED_COLUMNS)
    assert {"doc_id", "event_id", "start", "end"} <= set(acled.columns)
    row = acled.iloc[0]
    assert (row["country"], row["iso"], row["actor1"]) == ("Syria", "SY", "Syrian Arab Army")
    assert article.text[row["start"] : row["end"]] == row["notes"]
    ucdp = ucdp_table([article, mali])
    assert list(ucdp.columns[: len(UCDP_COLUMNS)]) == list(UCDP_COLUMNS)
    assert set(ucdp["type_of_violence"]) <= {1, 2, 3}
    assert 40 in set(ucdp["best"])


def test_a_malformed_trigger_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- {lemmas: [frapper], event_type: Battles, sub_event_type: Picnic}\n", encoding="utf-8"
    )
    with pytest.raises(TriggerError, match=r"bad\.yaml"):
        load_triggers([bad])
    bad.write_text("{not: a list}", encoding="utf-8")
    with pytest.raises(TriggerError, match="YAML list"):
        load_triggers([bad])


def test_a_text_without_events_or_actors() -> None:
    (document,) = analyze(
        Document("calme", "La journée a été calme. Il pleut sur la ville."), progress=False
    )
    assert not document.errors and document.layer("events") == ()
    (empty,) = analyze(Document("vide", ""), progress=False)
    assert not empty.errors

"""Event rules learnt from the real-text dev set (tests/data/realgold/dev), on those texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from polemos import Document, analyze

DEV = Path(__file__).resolve().parents[3] / "tests" / "data" / "realgold" / "dev" / "specs"
TEXTS = {
    "soro": "cote-divoire-attentat-soro-bouake-2007",
    "iran": "wikinews2012-45635-iran-manifestation-anti-americaine",
    "nyala": "soudan-nyala-2023",
    "corse": "wikinews2012-45467-corse-assassinat-sollacaro",
}


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    docs = [Document(i, (DEV / f"{i}.fr.txt").read_text(encoding="utf-8")) for i in TEXTS.values()]
    analysed = analyze(docs, progress=False)
    return {key: doc for key, doc in zip(TEXTS, analysed, strict=True)}


def test_a_toll_sentence_gives_the_toll_of_the_event_before_it(
    documents: dict[str, Document],
) -> None:
    """'L'avion a été la cible de tirs de roquettes ... Quatre personnes ont été tuées ...'"""
    events = documents["soro"].layer("events")
    assert not [e for e in events if e.text.startswith("Quatre personnes")]
    rockets = next(e for e in events if "roquettes" in e.text)
    assert rockets.attributes["fatalities"]["acled"] == 4
    quantity = documents["soro"].get(rockets.attributes["fatalities"]["quantities"][0])
    assert quantity.text.startswith("Quatre personnes")


def test_headline_and_habitual_statements_are_no_events(documents: dict[str, Document]) -> None:
    texts = [e.text for e in documents["iran"].layer("events")]
    assert not [t for t in texts if t.startswith("Iran : manifestation")]  # the headline
    assert not [t for t in texts if "chaque année" in t]
    assert [t for t in texts if "Plusieurs milliers de personnes se sont rassemblées" in t]


def test_freed_hostages_are_no_battle_and_an_ended_fight_is_the_ceasefire(
    documents: dict[str, Document],
) -> None:
    iran = documents["iran"].layer("events")
    assert not [e for e in iran if "libérés" in e.text]  # "Ces derniers n'ont été libérés"
    ceasefire = next(e for e in documents["nyala"].layer("events") if "cessez-le-feu" in e.text)
    assert ceasefire.attributes["event_type"] == "Strategic developments"
    assert ceasefire.attributes["sub_event_type"] == "Agreement"


def test_a_named_person_shot_dead_is_one_civilian_victim(documents: dict[str, Document]) -> None:
    """'Antoine Sollacaro a été abattu ce mardi par trois balles ...'; '... le préfet de Corse
    Claude Érignac, tué le 6 février 1998 à Ajaccio' (the participle set off by a comma)."""
    document = documents["corse"]
    by_victim = {}
    for event in document.layer("events"):
        victim = event.attributes["actor2"]
        if victim is not None:
            by_victim[document.get(victim).text] = event
    for name in ("Antoine Sollacaro", "Claude Érignac"):
        event = by_victim[name]
        assert event.attributes["event_type"] == "Violence against civilians"
        assert event.attributes["fatalities"]["acled"] == 1
        assert event.attributes["fatalities"]["victim"] == event.attributes["actor2"]
    assert by_victim["Claude Érignac"].attributes["actor1"] is None  # not the victim itself


def test_an_escaped_attack_kills_nobody(documents: dict[str, Document]) -> None:
    """'... une attaque à l'aéroport de Bouaké contre l'avion du Premier ministre ivoirien ...
    auquel ce dernier échappe miraculeusement': no fatality from the person."""
    for event in documents["soro"].layer("events"):
        assert event.attributes["fatalities"].get("victim") is None

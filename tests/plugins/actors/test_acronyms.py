"""Organisations the text defines by a bracketed acronym (``acronyms.py``)."""

from __future__ import annotations

from polemos_actors.acronyms import spells

from .conftest import Analyze


def test_acronym_letters_spell_the_words_of_the_name() -> None:
    assert spells("FNL", ["Forces", "nationales", "de", "libération"])
    assert spells(
        "Minusma",
        [
            "Mission",
            "multidimensionnelle",
            "intégrée",
            "des",
            "Nations",
            "unies",
            "pour",
            "la",
            "stabilisation",
            "au",
            "Mali",
        ],
    )
    assert spells("LTTE", ["Liberation", "Tigers", "of", "Tamil", "Eelam"])
    assert not spells("LTTE", ["Tigres", "de", "libération", "de", "l'", "Eelam", "tamoul"])
    assert not spells("PS", ["Union", "socialiste"])


def test_a_defined_armed_group_and_its_english_name_are_one_actor(actors: Analyze) -> None:
    text = (
        "Au Kivu, les combattants du Front de libération des Banyamulenge (FLB, Banyamulenge "
        "Liberation Front) ont pris Minembwe. Le FLB nie toute exaction."
    )
    found = {(a.text, a.label, a.attributes["actor_id"]) for a in actors(text)}
    ids = {actor_id for text_, label, actor_id in found if label == "armed_group"}
    texts = {text_ for text_, label, _ in found if label == "armed_group"}
    assert len(ids) == 1
    assert {"Front de libération des Banyamulenge", "FLB", "Banyamulenge Liberation Front"} <= texts


def test_a_defined_party_is_a_government_actor(actors: Analyze) -> None:
    text = (
        "Le Rassemblement national démocratique (RND) a remporté les législatives. Le RND a gagné."
    )
    found = [(a.text, a.label) for a in actors(text)]
    assert ("Rassemblement national démocratique", "government") in found
    assert found.count(("RND", "government")) == 2


def test_an_acronym_that_spells_nothing_defines_nothing(actors: Analyze) -> None:
    text = "La Coupe du monde des clubs (CMC) débute à Tokyo ; la Fête de la musique (FM) aussi."
    assert [a.text for a in actors(text) if a.label != "location"] == []


def test_a_lexicon_word_inside_a_defined_name_is_no_mention(actors: Analyze) -> None:
    # realgold dev sri-lanka-raid-aerien-katunayake-2007 (French Wikinews, CC BY 2.5)
    text = (
        "Des rebelles appartenant aux Tigres de libération de l'Eelam tamoul (LTTE, Liberation "
        "Tigers of Tamil Eelam) ont bombardé, lundi 26 mars 2007, une base de l'armée du Sri "
        "Lanka. « Les Tigres de Libération de l'Eelam tamoul au Nord et à l'Est »."
    )
    found = [(a.text, a.label) for a in actors(text)]
    assert ("Libération", "media") not in found and ("Liberation", "media") not in found
    groups = {a.attributes["actor_id"] for a in actors(text) if a.label == "armed_group"}
    assert len(groups) == 1
    assert [t for t, label in found if label == "armed_group"] == [
        "Tigres de libération de l'Eelam tamoul",
        "LTTE",
        "Liberation Tigers of Tamil Eelam",
        "Tigres de Libération de l'Eelam tamoul",
    ]


def test_real_text_a_party_defined_by_its_acronym(actors: Analyze) -> None:
    # realgold dev wikinews2012-44269-grece-gouvernement-coalition (French Wikinews, CC BY 2.5)
    text = (
        "Le nouveau gouvernement de coalition est principalement composé des ténors du parti "
        "de droite Nouvelle Démocratie (ND), qui récupère 10 des 17 ministères."
    )
    found = {a.text: (a.label, a.attributes["actor_id"]) for a in actors(text)}
    assert found["Nouvelle Démocratie"] == found["ND"]
    assert found["ND"][0] == "government"

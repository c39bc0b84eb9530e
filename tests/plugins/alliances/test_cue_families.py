"""One test per cue family, plus negation, former status, headlines and passives.

Every sentence is written for these tests, on other wars than the seed article (Mali, Libya,
Afghanistan, Ukraine, Syria 2012...), so the cues are checked for what they say in general.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .conftest import Analyse, triples

MALI = {
    "forces maliennes": ("ml_army", "state_force"),
    "armée malienne": ("ml_army", "state_force"),
    "armée française": ("fr_army", "state_force"),
    "Ansar Dine": ("ansar_dine", "armed_group"),
    "Aqmi": ("aqim", "armed_group"),
    "Al-Qaïda": ("al_qaeda", "armed_group"),
    "MNLA": ("mnla", "armed_group"),
    "HCUA": ("hcua", "armed_group"),
    "Mokhtar Belmokhtar": ("belmokhtar", "person"),
    "Qatar": ("qatar", "government"),
    "Tchad": ("chad", "government"),
}
MIDEAST = {
    "Iran": ("iran", "government"),
    "Hezbollah": ("hezbollah", "armed_group"),
    "Damas": ("sy_gov", "government"),
    "armée syrienne": ("sy_army", "state_force"),
    "Ahrar al-Sham": ("ahrar", "armed_group"),
    "Armée de la conquête": ("jaysh_al_fatah", "armed_group"),
    "Jund al-Aqsa": ("jund", "armed_group"),
    "Front al-Nosra": ("nusra", "armed_group"),
    "Turquie": ("turkey", "government"),
    "rebelles": ("rebels", "armed_group"),
    "Armée syrienne libre": ("fsa", "armed_group"),
}
OTHERS = {
    "aviation américaine": ("us_air", "state_force"),
    "forces afghanes": ("af_army", "state_force"),
    "armée afghane": ("af_army", "state_force"),
    "talibans": ("taliban", "armed_group"),
    "réseau Haqqani": ("haqqani", "armed_group"),
    "milices de Misrata": ("misrata", "armed_group"),
    "forces du GNA": ("gna", "state_force"),
    "Armée nationale libyenne": ("lna", "armed_group"),
    "armée ukrainienne": ("ua_army", "state_force"),
    "séparatistes prorusses": ("separatists", "armed_group"),
    "Boko Haram": ("boko_haram", "armed_group"),
    "Conseil national de transition": ("ntc", "government"),
    "CNT": ("ntc", "government"),
    "OTAN": ("nato", "international"),
    "États-Unis": ("us_gov", "government"),
    "opposition syrienne": ("sy_opposition", "armed_group"),
    "armée nigériane": ("ng_army", "state_force"),
    "État islamique": ("islamic_state", "armed_group"),
    "Abou Mohammed al-Joulani": ("joulani", "person"),
    "Iyad Ag Ghaly": ("ag_ghaly", "person"),
    "Mujao": ("mujao", "armed_group"),
    "Khalifa Haftar": ("haftar", "person"),
}
LEXICON = {**MALI, **MIDEAST, **OTHERS}

CASES_FILE = Path(__file__).resolve().parents[2] / "data" / "cases" / "alliances_cue_families.yaml"
"""The cue-family sentences and the relations each must give (source, type, target, status)."""
CASES = [
    pytest.param(
        case["text"], {tuple(r) for r in case["relations"]}, id=f"{family}:{case['text'][:40]}"
    )
    for family, cases in yaml.safe_load(CASES_FILE.read_text(encoding="utf-8")).items()
    for case in cases
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cue_family(analyse: Analyse, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert triples(analyse(text, LEXICON)) == expected


def test_relation_attributes_carry_evidence_and_cue(analyse: Analyse) -> None:
    text = "Rien à signaler. Le Qatar livre des armes à Ansar Dine. Fin."
    (found,) = analyse(text, LEXICON)
    start, end = found.attributes["evidence"]
    assert text[start:end] == "Le Qatar livre des armes à Ansar Dine."
    assert found.attributes["cue"] == "supports.supply"
    assert found.attributes["cue_text"] == "Le Qatar livre des armes à Ansar Dine"


def test_coordinated_actors_each_get_the_relation(analyse: Analyse) -> None:
    text = "Les talibans et le réseau Haqqani ont attaqué l'armée afghane."
    assert triples(analyse(text, LEXICON)) >= {
        ("af_army", "hostile_to", "taliban", "current"),
        ("af_army", "hostile_to", "haqqani", "current"),
    }


def test_a_source_before_a_comma_is_not_coordinated(analyse: Analyse) -> None:
    text = "Selon le Qatar, les talibans ont attaqué l'armée afghane."
    assert triples(analyse(text, LEXICON)) == {("af_army", "hostile_to", "taliban", "current")}


def test_no_relation_between_unrelated_actors_of_a_sentence(analyse: Analyse) -> None:
    text = "L'Iran et la Turquie ont tenu une conférence sur le climat à Ankara."
    assert analyse(text, LEXICON) == []


def test_no_relation_across_sentences(analyse: Analyse) -> None:
    text = "Les talibans ont tiré des roquettes.\nL'armée afghane a publié un bilan."
    assert analyse(text, LEXICON) == []


# --- negation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine n'est pas l'allié d'Aqmi.",
        "Les talibans n'ont jamais attaqué l'armée afghane.",
        "Le Qatar dément avoir livré des armes à Ansar Dine.",
        "Les forces afghanes ont lancé une offensive sans le soutien de l'aviation américaine.",
    ],
)
def test_negated_cues_yield_no_relation(analyse: Analyse, text: str) -> None:
    assert analyse(text, LEXICON) == []


# --- former status ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jund al-Aqsa était l'allié du Front al-Nosra.",
            ("jund", "allied_with", "nusra", "former"),
        ),
        (
            "Mokhtar Belmokhtar, ancien chef d'Aqmi, a fondé son propre groupe.",
            ("belmokhtar", "affiliated_with", "aqim", "former"),
        ),
        ("Le Qatar avait financé Ansar Dine.", ("qatar", "supports", "ansar_dine", "former")),
        ("Ansar Dine a quitté Aqmi en 2013.", ("ansar_dine", "affiliated_with", "aqim", "former")),
        (
            "Ansar Dine n'est plus l'allié d'Aqmi.",
            ("ansar_dine", "allied_with", "aqim", "former"),
        ),
        (
            "Anciens alliés contre Kadhafi, les milices de Misrata et l'Armée nationale libyenne"
            " négocient à Genève.",
            ("lna", "allied_with", "misrata", "former"),
        ),
        (
            "Le MNLA est né en 2011 d'une scission d'Ansar Dine.",
            ("mnla", "affiliated_with", "ansar_dine", "former"),
        ),
        (
            "Mokhtar Belmokhtar, ex-commandant d'Aqmi, a fondé son propre groupe.",
            ("belmokhtar", "affiliated_with", "aqim", "former"),
        ),
        (
            "Ansar Dine et Aqmi, maîtres de Tombouctou en 2012, se sont brouillés en 2013.",
            ("ansar_dine", "allied_with", "aqim", "former"),
        ),
        (
            "L'ancien allié de Damas, le Hezbollah, se tait.",
            ("hezbollah", "allied_with", "sy_gov", "former"),
        ),
    ],
)
def test_former_status(analyse: Analyse, text: str, expected: tuple[str, str, str, str]) -> None:
    assert triples(analyse(text, LEXICON)) == {expected}


def test_past_attack_is_still_a_current_hostility(analyse: Analyse) -> None:
    text = "Les talibans avaient attaqué l'armée afghane la veille."
    assert triples(analyse(text, LEXICON)) == {("af_army", "hostile_to", "taliban", "current")}


def test_former_wins_over_default_current_in_a_document(analyse: Analyse) -> None:
    text = "Ansar Dine est proche d'Aqmi. Ansar Dine n'est plus l'allié d'Aqmi."
    assert triples(analyse(text, LEXICON)) == {("ansar_dine", "allied_with", "aqim", "former")}


# --- headlines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kidal : offensive conjointe du MNLA et du HCUA\nLes combats durent.",
            ("hcua", "allied_with", "mnla", "current"),
        ),
        (
            "Boko Haram contre l'armée nigériane\nLa bataille de Baga continue.",
            ("boko_haram", "hostile_to", "ng_army", "current"),
        ),
    ],
)
def test_headlines_count(analyse: Analyse, text: str, expected: tuple[str, str, str, str]) -> None:
    assert triples(analyse(text, LEXICON)) == {expected}


# --- passives and appositions -------------------------------------------------------------------


def test_passive_agent_is_the_supporter(analyse: Analyse) -> None:
    text = "Les rebelles soutenus par la Turquie ont pris la ville."
    assert triples(analyse(text, LEXICON)) == {("turkey", "supports", "rebels", "current")}


def test_passive_attack_agent_is_the_attacker(analyse: Analyse) -> None:
    text = "Des soldats de l'armée nigériane ont été tués par Boko Haram."
    assert triples(analyse(text, LEXICON)) == {("boko_haram", "hostile_to", "ng_army", "current")}


def test_subject_across_an_apposition(analyse: Analyse) -> None:
    text = (
        "L'armée ukrainienne, appuyée par des volontaires, "
        "a repris aux séparatistes prorusses Kramatorsk."
    )
    assert triples(analyse(text, LEXICON)) == {("separatists", "hostile_to", "ua_army", "current")}


def test_coalition_named_by_apposition(analyse: Analyse) -> None:
    text = (
        "L'armée syrienne a repoussé une offensive lancée par la coalition d'Ahrar al-Sham, "
        "l'Armée de la conquête."
    )
    assert triples(analyse(text, LEXICON)) == {
        ("ahrar", "affiliated_with", "jaysh_al_fatah", "current"),
        ("jaysh_al_fatah", "hostile_to", "sy_army", "current"),
    }


def test_demonstrative_anaphor_reaches_the_previous_sentence(analyse: Analyse) -> None:
    text = (
        "Les combattants de la milice Jund al-Aqsa ont fui. "
        "Cette milice était l'alliée du Front al-Nosra."
    )
    assert triples(analyse(text, LEXICON)) == {("jund", "allied_with", "nusra", "former")}


def test_a_generic_head_stands_for_the_named_group_after_it(analyse: Analyse) -> None:
    text = (
        "De violents combats opposent l'armée syrienne et les rebelles de l'Armée syrienne libre."
    )
    assert triples(analyse(text, LEXICON)) == {("fsa", "hostile_to", "sy_army", "current")}


# --- precision: sentences with actors and cue words but no relation between them ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun "attaque" after a determiner is not the verb "attaque"
        (
            "L'Iran a condamné l'attaque des talibans contre l'armée afghane.",
            {("af_army", "hostile_to", "taliban", "current")},
        ),
        # the role noun belongs to the name after it, not to the subject of the sentence
        (
            "Mokhtar Belmokhtar a reçu le chef d'Aqmi Abdelmalek Droukdel.",
            {("droukdel", "affiliated_with", "aqim", "current")},
        ),
        # "la veuve de l'ancien chef de X, Y": Y is the widow, not the chief
        ("La veuve de l'ancien chef d'Aqmi, Fatma Zahra, a parlé.", set()),
        ("Le Qatar a salué le soutien de l'Iran.", set()),
        # "proche de" is not said of the complement just before it (Aqmi); reaching back to the
        # subject (Mujao) across "lié à Aqmi et" is not done, so no alliance at all
        (
            "Le Mujao, un groupe lié à Aqmi et proche d'Ansar Dine, recrute.",
            {("mujao", "affiliated_with", "aqim", "current")},
        ),
        # "se battre pour" between two governments is competition, not fighting
        ("L'Iran et la Turquie se battent pour attirer les investisseurs.", set()),
        # refusing allegiance is no affiliation
        ("Mokhtar Belmokhtar refuse de prêter allégeance à Aqmi.", set()),
        # "X, qui bénéficie du soutien de Y": Y backs X, not the other way round
        (
            "Ansar Dine, qui bénéficie du soutien d'Aqmi, tient Kidal.",
            {("aqim", "supports", "ansar_dine", "current")},
        ),
    ],
)
def test_precision_traps(
    analyse: Analyse, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    lexicon = {
        **LEXICON,
        "Abdelmalek Droukdel": ("droukdel", "person"),
        "Fatma Zahra": ("zahra", "person"),
    }
    assert triples(analyse(text, lexicon)) == expected


def test_dependency_cue_reaches_an_object_after_inserted_phrases(analyse: Analyse) -> None:
    text = "Les talibans ont attaqué samedi soir, dans la province du Helmand, l'armée afghane."
    (found,) = analyse(text, LEXICON)
    assert (found.source, found.type, found.target) == ("taliban", "hostile_to", "af_army")
    assert found.attributes["cue"] == "hostile.attack_verb_dependency"


def test_sans_negates_support_but_not_an_adverb(analyse: Analyse) -> None:
    text = "Boko Haram a attaqué vendredi, sans relâche, l'armée nigériane."
    assert triples(analyse(text, LEXICON)) == {("boko_haram", "hostile_to", "ng_army", "current")}


LIBYA = {
    "Armée nationale libyenne": ("lna", "armed_group"),
    "ANL": ("lna", "armed_group"),
    "Khalifa Haftar": ("haftar", "person"),
    "Égypte": ("egypt", "government"),
    "milices de Misrata": ("misrata", "armed_group"),
    "GNA": ("gna", "government"),
}


def test_words_of_a_skipped_apposition_do_not_set_the_status(analyse: Analyse) -> None:
    text = "Le MNLA, une faction dissidente d'Ansar Dine, a attaqué l'armée malienne."
    assert triples(analyse(text, LEXICON)) == {
        ("mnla", "affiliated_with", "ansar_dine", "former"),  # "dissident" is said of this one
        ("ml_army", "hostile_to", "mnla", "current"),
    }


def test_a_title_and_its_complement_are_not_a_subject(analyse: Analyse) -> None:
    text = "L'Armée nationale libyenne du maréchal Khalifa Haftar, soutenue par l'Égypte, avance."
    found = triples(analyse(text, LIBYA))
    assert ("egypt", "supports", "haftar", "current") not in found


def test_an_actor_inside_the_subject_is_not_the_object(analyse: Analyse) -> None:
    text = "Les milices de Misrata, alliées du GNA, ont attaqué l'ANL."
    assert triples(analyse(text, LIBYA)) == {
        ("gna", "allied_with", "misrata", "current"),
        ("lna", "hostile_to", "misrata", "current"),
    }


def test_relative_clause_and_facing(analyse: Analyse) -> None:
    text = "Le Hezbollah, qui soutient Damas, a perdu des hommes face aux rebelles."
    assert triples(analyse(text, LEXICON)) == {
        ("hezbollah", "supports", "sy_gov", "current"),
        ("hezbollah", "hostile_to", "rebels", "current"),
    }


def test_a_noun_sharing_a_verb_stem_is_not_the_verb(analyse: Analyse) -> None:
    text = "Ils ont salué Mokhtar Belmokhtar, mais l'entraîneur Abdelmalek Droukdel est parti."
    lexicon = {**LEXICON, "Abdelmalek Droukdel": ("droukdel", "person")}
    assert analyse(text, lexicon) == []


def test_the_case_file_covers_every_cue_family() -> None:
    families = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    assert set(families) == {"supports", "allied_with", "affiliated_with", "hostile_to"}
    for family, cases in families.items():
        assert cases, family
        for case in cases:
            assert case["relations"] and all(len(r) == 4 for r in case["relations"]), case
            assert any(r[1] == family for r in case["relations"]), case

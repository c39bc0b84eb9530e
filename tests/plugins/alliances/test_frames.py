"""The frames (data/frames.yaml) on real sentences of the realgold dev texts, and their negatives.

Each positive sentence is quoted from a text of ``tests/data/realgold/dev`` (French Wikipedia,
CC BY-SA 4.0, or French Wikinews, CC BY 2.5; the source of each is in its ``specs/ID.source.md``)
and named in a comment. The frames run alone here (no token or dependency cue), so each test
shows what a frame finds by itself; ``test_frames_and_cues_together`` runs the whole extractor.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import pytest
from polemos import Document, Pipeline, PluginManager
from polemos_alliances import AlliancesExtractor, load_cues
from polemos_alliances.extractor import Matchers

from .conftest import ActorLexicon, Analyse, TinyActors, relations_of, triples

if False:  # pragma: no cover - typing only
    from spacy.vocab import Vocab


class FramesOnly(AlliancesExtractor):
    """The alliances extractor with the frames of the cue files and none of their cues."""

    name: ClassVar[str] = "alliances"

    def matchers(self, files: tuple[Path, ...], vocab: Vocab) -> Matchers:
        return Matchers(replace(load_cues(files), cues=()), vocab)  # compiled once, in setup


def frames(text: str, lexicon: ActorLexicon) -> set[tuple[str, str, str, str]]:
    """(source, type, target, status) the frames alone find in ``text``."""
    pipeline = Pipeline(
        manager=PluginManager(entry_points=False),
        extractors=[TinyActors(lexicon), FramesOnly()],
    )
    found = relations_of(pipeline.analyze_one(Document("t", text)))
    assert all(str(f.attributes["cue"]).startswith("frame.") for f in found)
    return triples(found)


SUDAN = {
    "forces de soutien rapide (FSR)": ("rsf", "armed_group"),
    "FSR": ("rsf", "armed_group"),
    "forces armées soudanaises": ("saf", "state_force"),
    "armée de l'air soudanaise": ("sd_air", "state_force"),
    "Abdel Fattah al-Burhan": ("burhan", "person"),
    "Soudan": ("sd_gov", "government"),
}
MALI = {
    "armée malienne": ("fama", "state_force"),
    "Forces armées maliennes": ("fama", "state_force"),
    "Ansar Dine": ("ansar_dine", "armed_group"),
    "ANSIPRJ": ("ansiprj", "armed_group"),
    "CSP-DPA": ("csp", "armed_group"),
    "Groupe de soutien à l'islam et aux musulmans": ("jnim", "armed_group"),
    "Groupe Wagner": ("wagner", "armed_group"),
}
UKRAINE = {
    "forces ukrainiennes": ("ua", "state_force"),
    "forces russes": ("ru", "state_force"),
}
OTHERS = {
    "gouvernement somalien": ("so_gov", "government"),
    "Sharif Sheikh Ahmed": ("sharif", "person"),
    "Khalifa Belqasim Haftar Alferjani": ("haftar", "person"),
    "Armée nationale libyenne": ("lna", "armed_group"),
    "76e bataillon": ("crpf_76", "state_force"),
    "Central Reserve Police Force": ("crpf", "state_force"),
    "Nations unies": ("un", "international"),
    "Ban Ki-moon": ("ban", "person"),
    "Autorité palestinienne": ("pa", "government"),
    "Souha Arafat": ("souha", "person"),
}


# --- hostile_to ---------------------------------------------------------------------------------


def test_clash_between_two_actors() -> None:
    # soudan-nyala-2023
    text = (
        "La bataille de Nyala est une bataille pour le contrôle de Nyala, la capitale du Darfour "
        "du Sud au Soudan, entre les forces de soutien rapide (FSR) et les forces armées "
        "soudanaises pendant la campagne du Darfour."
    )
    assert frames(text, SUDAN) == {("rsf", "hostile_to", "saf", "current")}


def test_clash_between_needs_two_actors() -> None:
    # soudan-nyala-2023, with one side that is no actor of the text
    text = "La bataille est une bataille pour le contrôle de Nyala entre les FSR et la ville."
    assert frames(text, SUDAN) == set()


def test_opposing_x_to_y_through_a_proxy_noun() -> None:
    # mali-nampala-2016: "des rebelles peuls d'Ansar Dine et de l'ANSIPRJ" stand for both groups
    text = (
        "Il oppose l'armée malienne à des rebelles peuls d'Ansar Dine et de l'ANSIPRJ qui "
        "s'emparent de la petite ville de Nampala."
    )
    assert frames(text, MALI) == {
        ("ansar_dine", "hostile_to", "fama", "current"),
        ("ansiprj", "hostile_to", "fama", "current"),
    }


def test_attack_verb_takes_the_subject_of_the_verb_it_is_coordinated_with() -> None:
    # ukraine-offensive-kharkiv-2024: "repousser" is coordinated under "ont réussi à"
    text = (
        "À la suite d’une contre-offensive en septembre 2022, les forces ukrainiennes ont réussi "
        "à reprendre ces villes et à repousser les forces russes hors de presque tout l’oblast."
    )
    assert frames(text, UKRAINE) == {("ru", "hostile_to", "ua", "current")}


def test_attack_verb_negated() -> None:
    # ukraine-offensive-kharkiv-2024, made negative
    text = (
        "À la suite d’une contre-offensive en septembre 2022, les forces ukrainiennes n'ont pas "
        "réussi à reprendre ces villes ni à repousser les forces russes hors de l’oblast."
    )
    assert frames(text, UKRAINE) == set()


def test_attack_verb_without_an_actor_as_object() -> None:
    # soudan-wad-madani-2023: a town is attacked, not an actor
    text = "Ayant besoin d'un nouveau passage, les FSR attaquent la ville de Jebel Aulia."
    assert frames(text, SUDAN) == set()


# --- supports and allied_with -------------------------------------------------------------------


def test_accompanied_by_members_of_is_an_alliance() -> None:
    # mali-tinzawatene-2024
    text = (
        "Elle oppose les rebelles touaregs du CSP-DPA, aidés du Groupe de soutien à l'islam et "
        "aux musulmans au Groupe Wagner, accompagné de membres des Forces armées maliennes."
    )
    found = frames(text, MALI)
    assert ("fama", "allied_with", "wagner", "current") in found
    assert ("jnim", "supports", "csp", "current") in found
    assert ("csp", "supports", "jnim", "current") not in found  # direction: the helper backs


def test_support_noun_with_possessive() -> None:
    # rdc-mouvement-du-23-mars style: "réaffirmé son soutien au M23" (possessor = subject)
    lexicon = {"Rwanda": ("rw_gov", "government"), "M23": ("m23", "armed_group")}
    assert frames("Le Rwanda a réaffirmé son soutien au M23.", lexicon) == {
        ("rw_gov", "supports", "m23", "current")
    }
    assert frames("Le Rwanda n'a jamais réaffirmé son soutien au M23.", lexicon) == set()


def test_passive_support_keeps_the_direction() -> None:
    # somalie-chute-de-mogadiscio-2006
    lexicon = {
        "troupes gouvernementales somaliennes": ("so_army", "state_force"),
        "Éthiopie": ("et_gov", "government"),
    }
    text = (
        "L'envoyé somalien en Éthiopie a confirmé que les troupes gouvernementales somaliennes "
        "soutenues par l'Éthiopie assiégeraient Mogadiscio jusqu'à ce qu'elle se rende."
    )
    assert frames(text, lexicon) == {("et_gov", "supports", "so_army", "current")}


# --- affiliated_with ----------------------------------------------------------------------------


def test_title_after_the_organisation_and_before_the_name() -> None:
    # yemen-mosquees-sanaa-2015
    text = (
        "Le secrétaire général des Nations unies, Ban Ki-moon, a condamné les attaques et a "
        "appelé à la fin des hostilités."
    )
    assert frames(text, OTHERS) == {("ban", "affiliated_with", "un", "current")}


def test_title_of_a_name_with_a_copula_and_coordination() -> None:
    # libye-khalifa-haftar-carriere
    text = (
        "Khalifa Belqasim Haftar Alferjani, né le à Ajdabiya, est un militaire libyen, maréchal "
        "et commandant en chef de l'Armée nationale libyenne depuis 2015."
    )
    assert frames(text, OTHERS) == {("haftar", "affiliated_with", "lna", "current")}


def test_title_inside_an_organisation_name() -> None:
    # somalie-hizbul-islam
    text = (
        "Il a été formé par la fusion de quatre groupes islamistes pour combattre le nouveau "
        "gouvernement somalien du président Sharif Sheikh Ahmed."
    )
    assert frames(text, OTHERS) == {("sharif", "affiliated_with", "so_gov", "current")}


def test_title_with_a_country_as_organisation() -> None:
    # soudan-wad-madani-2023
    text = (
        "Avant la bataille, le dirigeant de facto du Soudan, Abdel Fattah al-Burhan, se rend "
        "régulièrement dans les villes du sud du pays."
    )
    assert frames(text, SUDAN) == {("burhan", "affiliated_with", "sd_gov", "current")}


TITLES = {
    "Rafael Correa": ("correa", "person"),
    "président de la république équatorienne": ("ec_gov", "government"),
    "Sergueï Choïgou": ("shoigu", "person"),
    "ministre russe de la Défense": ("ru_defence", "government"),
    "Farid Salem": ("salem", "person"),
    "Premier ministre du Tchad": ("td_gov", "government"),
}


def test_a_title_mention_in_apposition_after_the_name() -> None:
    # made up: the title and its organisation are one actor mention, set off by commas
    text = "Farid Salem, Premier ministre du Tchad, a rejeté l'ultimatum des rebelles."
    assert frames(text, TITLES) == {("salem", "affiliated_with", "td_gov", "current")}


def test_a_title_mention_in_apposition_in_real_text() -> None:
    # Wikinews 2012 (corpus article 44940), the title read as one mention of the government
    text = (
        "Rafael Correa, président de la république équatorienne, a décidé hier, jeudi 16 août "
        "2012, d'accorder l'asile politique, au fondateur de WikiLeaks Julian Assange."
    )
    assert frames(text, TITLES) == {("correa", "affiliated_with", "ec_gov", "current")}


def test_a_title_written_before_the_name_is_not_an_apposition() -> None:
    # tests/data/devgold ukraine-bakhmout-wagner: the title is the person's own mention
    text = (
        "Le chef de Wagner accuse depuis des semaines le ministre russe de la Défense Sergueï "
        "Choïgou de priver ses hommes de munitions."
    )
    assert frames(text, TITLES) == set()


def test_the_widow_of_a_president_is_not_the_president() -> None:
    # Wikinews 2012 (corpus article 44527): the name after the comma is the widow's
    text = (
        "le reportage a été suffisant pour convaincre la veuve de l'ancien président de "
        "l'Autorité palestinienne, Souha Arafat, de demander une enquête."
    )
    assert frames(text, OTHERS) == set()


def test_former_title() -> None:
    # yemen-mosquees-sanaa-2015, with "ancien"
    text = "L'ancien secrétaire général des Nations unies, Ban Ki-moon, a condamné les attaques."
    assert frames(text, OTHERS) == {("ban", "affiliated_with", "un", "former")}


def test_unit_of_a_force() -> None:
    # inde-attentat-pulwama-2019
    text = (
        "un convoi militaire de 78 véhicules transportant près de 2 500 membres du 76e bataillon "
        "du Central Reserve Police Force circulant sur une autoroute."
    )
    assert frames(text, OTHERS) == {("crpf_76", "affiliated_with", "crpf", "current")}


def test_frames_and_cues_together(analyse: Analyse) -> None:
    # soudan-nyala-2023: the cue and the frame find the same relation once
    text = (
        "La bataille de Nyala est une bataille pour le contrôle de Nyala, la capitale du Darfour "
        "du Sud au Soudan, entre les forces de soutien rapide (FSR) et les forces armées "
        "soudanaises pendant la campagne du Darfour."
    )
    found = analyse(text, SUDAN)
    assert triples(found) == {("rsf", "hostile_to", "saf", "current")}
    assert len(found) == 1


@pytest.mark.parametrize("kind", ["subject", "by", "holder", "self"])
def test_every_role_of_the_shipped_frames_is_known(kind: str) -> None:
    roles = {role.kind for frame in load_cues().frames for role in (*frame.sources, *frame.targets)}
    assert kind in roles


SOMALIA = {
    "GFT": ("tfg", "government"),
    "armée éthiopienne": ("et_army", "state_force"),
    "Union des tribunaux islamiques": ("uti", "armed_group"),
    "UTI": ("uti", "armed_group"),
}
CIV = {
    "Guillaume Soro": ("soro", "person"),
    "Ibrahim Coulibaly": ("coulibaly", "person"),
}


def test_victories_of_two_coordinated_actors_against_a_third() -> None:
    # somalie-chute-de-mogadiscio-2006: "du GFT et de l'armée" coordinated by word order
    text = (
        "Cela fait suite à une série de victoires rapides du GFT et de l'armée éthiopienne contre "
        "l'Union des tribunaux islamiques (UTI), qui avait son siège à Mogadiscio."
    )
    assert frames(text, SOMALIA) == {
        ("tfg", "hostile_to", "uti", "current"),
        ("et_army", "hostile_to", "uti", "current"),
    }


def test_a_rival_named_after_a_comma() -> None:
    # cote-divoire-attentat-soro-bouake-2007
    text = (
        "Il n'y a aucune certitude sur les commanditaires de cet attentat, qui est attribué en "
        "général à un chef de guerre rival de Guillaume Soro, Ibrahim Coulibaly."
    )
    assert frames(text, CIV) == {("coulibaly", "hostile_to", "soro", "current")}


def test_sanctions_against_a_state() -> None:
    # wikinews2012-45635-iran-manifestation-anti-americaine
    lexicon = {"Etats-Unis": ("us_gov", "government"), "Iran": ("ir_gov", "government")}
    text = (
        "Quelques jours après la prise de leur ambassade, les Etats-Unis ont décrété des "
        "sanctions unilatérales contre l'Iran."
    )
    assert frames(text, lexicon) == {("ir_gov", "hostile_to", "us_gov", "current")}
    lifted = "Les Etats-Unis n'ont pas décrété de sanctions contre l'Iran."
    assert frames(lifted, lexicon) == set()


def test_a_name_right_after_title_and_organisation() -> None:
    # wikinews2012-44527-arafat-polonium-reportage: no comma, so the name is the title's
    lexicon = {
        "Autorité palestinienne": ("pa", "government"),
        "Yasser Arafat": ("arafat", "person"),
    }
    text = (
        "La chaîne sème le doute sur la mort de l'ancien chef de l'Autorité palestinienne "
        "Yasser Arafat, décédé le 11 novembre 2004."
    )
    assert frames(text, lexicon) == {("arafat", "affiliated_with", "pa", "former")}


def test_the_second_of_two_coordinated_participles_keeps_the_subject() -> None:
    # soudan-nyala-2023
    text = (
        "Les utilisateurs ont documenté l'armée de l'air soudanaise volant au-dessus de la ville "
        "et frappant les cibles des FSR."
    )
    assert frames(text, SUDAN) == {("rsf", "hostile_to", "sd_air", "current")}


def test_under_the_backing_of_in_a_cleft_sentence() -> None:
    # yemen-mosquees-sanaa-2015
    lexicon = {
        "mouvement rebel Houthi": ("houthis", "armed_group"),
        "ancien président Ali Abdullah Saleh": ("saleh", "person"),
    }
    text = (
        "C'est le mouvement rebel Houthi qui a le contrôle de Sanaa sous l'appui de l'ancien "
        "président Ali Abdullah Saleh."
    )
    assert frames(text, lexicon) == {("saleh", "supports", "houthis", "current")}

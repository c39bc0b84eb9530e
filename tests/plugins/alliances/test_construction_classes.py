"""Relations by class of French construction: one sentence per class, with negative cases.

The sentences are written for these tests (none is a sentence of a gold text); each class is
a construction the frames and cues must read on any text: titles said through a copula or an
apposition, founders and leaders, mergers, hostility and support frames, status. Actor
mentions come from a small lexicon (``TinyActors``), so a failure here is a relation failure.
"""

from __future__ import annotations

from .conftest import Analyse, triples

LEXICON = {
    "Mahamat Idriss Déby": ("deby", "person"),
    "Conseil militaire de transition": ("cmt", "government"),
    "Ahmed Salem": ("salem", "person"),
    "Union africaine": ("au", "international"),
    "Abdelmalek Droukdel": ("droukdel", "person"),
    "Houthis": ("houthis", "armed_group"),
    "houthi": ("houthis", "armed_group"),
    "Yahya Saree": ("saree", "person"),
    "coalition arabe": ("arab_coalition", "international"),
    "Arabie saoudite": ("sa_gov", "government"),
    "Forces armées soudanaises": ("saf", "state_force"),
    "Mouvement national de libération de l'Azawad": ("mnla", "armed_group"),
    "MNLA": ("mnla", "armed_group"),
    "Bilal Ag Acherif": ("acherif", "person"),
    "MUJAO": ("mujao", "armed_group"),
    "Al-Mourabitoune": ("mourabitoune", "armed_group"),
    "Katiba Macina": ("macina", "armed_group"),
    "Amadou Koufa": ("koufa", "person"),
    "Ansarul Islam": ("ansarul", "armed_group"),
}


def found(analyse: Analyse, text: str) -> set[tuple[str, str, str, str]]:
    """(source, type, target, status) of the relations the extractor finds in ``text``."""
    return triples(analyse(text, LEXICON))


# --- person-organisation: titles ---------------------------------------------------------------


def test_title_in_a_copula_predicate_chain(analyse: Analyse) -> None:
    # "X, ..., est un officier <nationalité>, général et chef de Y"
    text = (
        "Mahamat Idriss Déby, né en 1984, est un officier tchadien, général et président du "
        "Conseil militaire de transition depuis 2021."
    )
    assert ("deby", "affiliated_with", "cmt", "current") in found(analyse, text)


def test_elected_title_said_of_a_named_subject_noun(analyse: Analyse) -> None:
    # "Le <nom commun> X a été élu président de Y": the name is the subject's apposition
    text = "Le diplomate Ahmed Salem a été élu président de l'Union africaine samedi."
    assert found(analyse, text) == {("salem", "affiliated_with", "au", "current")}


def test_organisation_written_after_a_role_noun_without_preposition(analyse: Analyse) -> None:
    # "X, un responsable houthi, ..."
    text = "Yahya Saree, un responsable houthi, a revendiqué le tir de missiles."
    assert ("saree", "affiliated_with", "houthis", "current") in found(analyse, text)


def test_a_person_after_a_title_is_not_its_organisation(analyse: Analyse) -> None:
    # negative: "le président X" is the person's title, no relation to another person
    text = "Le président Mahamat Idriss Déby a reçu le diplomate Ahmed Salem."
    assert found(analyse, text) == set()


def test_at_the_head_of(analyse: Analyse) -> None:
    # "X ... à la tête de (combattants de) Y"
    text = "Bilal Ag Acherif est entré dans Kidal à la tête des combattants du MNLA."
    assert found(analyse, text) == {("acherif", "affiliated_with", "mnla", "current")}


# --- founders, leaders, mergers ----------------------------------------------------------------


def test_predicate_noun_founded_by(analyse: Analyse) -> None:
    # "Y est un groupe armé fondé / établi par X"
    text = "La Katiba Macina est un groupe armé fondé par Amadou Koufa dans le centre du Mali."
    assert found(analyse, text) == {("koufa", "affiliated_with", "macina", "current")}


def test_participle_agreeing_with_the_de_actor(analyse: Analyse) -> None:
    # "le soutien de la coalition menée par X": "menée" agrees with "coalition"
    text = (
        "Les Forces armées soudanaises avancent avec le soutien de la coalition arabe menée "
        "par l'Arabie saoudite."
    )
    assert ("sa_gov", "affiliated_with", "arab_coalition", "current") in found(analyse, text)


def test_led_by_a_person_and_a_group_is_a_list(analyse: Analyse) -> None:
    # negative: "Y, dirigé par X et Z" with X a person and Z a group: Z is the next item
    text = (
        "Trois groupes sont présents : la Katiba Macina dirigée par Amadou Koufa et Ansarul "
        "Islam, actif au Burkina Faso."
    )
    relations = found(analyse, text)
    assert ("koufa", "affiliated_with", "macina", "current") in relations
    assert not any(r[0] == "ansarul" for r in relations)


def test_merged_with(analyse: Analyse) -> None:
    # "X fusionne avec Y"
    text = "En août 2013, le MUJAO a fusionné avec Al-Mourabitoune."
    assert found(analyse, text) == {("mujao", "affiliated_with", "mourabitoune", "current")}

"""Names defined in brackets, in either order, and military units named by an ordinal."""

from __future__ import annotations

from .conftest import Analyze, actor_ids


def test_an_acronym_defines_the_whole_name_the_model_cut(actors: Analyze) -> None:
    # realgold dev cote-divoire-attentat-soro (French Wikinews, CC BY 2.5)
    text = (
        "L'Opération des Nations unies en Côte d'Ivoire (ONUCI) a été pour sa part accusée "
        "de défaillance. L'ONUCI dément."
    )
    found = actors(text)
    ids = actor_ids(found)
    assert "Opération des Nations unies en Côte d'Ivoire" in ids
    assert {a.attributes["actor_id"] for a in found} == {ids["ONUCI"]}
    assert [a.label for a in found] == ["international"] * 3


def test_a_translation_in_brackets_is_the_same_actor(actors: Analyze) -> None:
    # the construction of realgold dev sri-lanka-raid-aerien-katunayake (French Wikinews),
    # with a body the model types (a commission)
    text = (
        "Au Nigeria, la Commission électorale nationale indépendante (Independent National "
        "Electoral Commission) a publié les résultats."
    )
    ids = actor_ids(actors(text))
    assert (
        ids["Independent National Electoral Commission"]
        == ids["Commission électorale nationale indépendante"]
    )


def test_a_bracket_of_lower_case_words_adds_nothing(actors: Analyze) -> None:
    text = "L'armée malienne (en difficulté depuis des mois) recule."
    assert [a.text for a in actors(text)] == ["armée malienne"]


def test_units_named_by_an_ordinal_are_state_forces_of_their_own(actors: Analyze) -> None:
    # the codebook's example; realgold dev inde-attentat-pulwama-2019 (French Wikinews)
    text = (
        "Le 65e bataillon de la 402e brigade a reculé. Près de 2 500 membres du 76e bataillon "
        "étaient en route."
    )
    found = actors(text)
    assert [(a.text, a.label) for a in found] == [
        ("65e bataillon", "state_force"),
        ("402e brigade", "state_force"),
        ("76e bataillon", "state_force"),
    ]
    assert len({a.attributes["actor_id"] for a in found}) == 3


def test_an_ordinal_before_another_noun_is_no_unit(actors: Analyze) -> None:
    assert actors("Il est arrivé 2e au marathon de la 5e édition.") == []

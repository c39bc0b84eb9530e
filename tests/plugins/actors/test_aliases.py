"""Alias folding inside a document: one actor_id for every name of one actor."""

from __future__ import annotations

from .conftest import Analyze


def ids(found: list, text: str) -> set[str]:  # type: ignore[type-arg]
    return {a.attributes["actor_id"] for a in found if a.text == text}


def test_acronym_in_brackets_takes_the_name_actor(actors: Analyze) -> None:
    found = actors(
        "La brigade Tahrir al-Janoub (BTJ) a pris le village. "
        "Dimanche, la BTJ a perdu deux positions."
    )
    full = ids(found, "brigade Tahrir al-Janoub")
    assert len(full) == 1
    assert ids(found, "BTJ") == full
    assert len([a for a in found if a.text == "BTJ"]) == 2


def test_bracket_definition_beats_the_lexicon(actors: Analyze) -> None:
    # FDS is the Syrian Democratic Forces in the lexicon; here the text defines it otherwise.
    found = actors(
        "Les forces de défense et de sécurité burkinabè (FDS) ont riposté. "
        "Les FDS ont perdu un blindé."
    )
    assert (
        ids(found, "FDS") == ids(found, "forces de défense et de sécurité burkinabè") == {"bf_army"}
    )
    assert len([a for a in found if a.text == "FDS"]) == 2


def test_known_acronym_and_full_name_share_the_id(actors: Analyze) -> None:
    found = actors(
        "Le Groupe de soutien à l'islam et aux musulmans (GSIM) a revendiqué. "
        "Le GSIM menace Bamako."
    )
    assert (
        ids(found, "GSIM") == ids(found, "Groupe de soutien à l'islam et aux musulmans") == {"jnim"}
    )


def test_short_form_after_the_full_name(actors: Analyze) -> None:
    found = actors("Jaych al-Islam contrôle la Ghouta orientale. Jaych a négocié avec les Russes.")
    assert ids(found, "Jaych") == ids(found, "Jaych al-Islam") == {"jaysh_al_islam"}


def test_the_front_after_the_front_name(actors: Analyze) -> None:
    found = actors("Le Front Polisario a rompu le cessez-le-feu. Le Front accuse le Maroc.")
    assert ids(found, "Front") == ids(found, "Front Polisario") == {"polisario"}


def test_short_forms_are_case_sensitive(actors: Analyze) -> None:
    found = actors("Jaych al-Islam tient Douma ; le jaych régulier n'y entre pas.")
    assert ids(found, "jaych") == set()


def test_surname_after_full_name(actors: Analyze) -> None:
    found = actors(
        "Le commandant rebelle Mahmoud Abdelkarim Saïdi a été tué à Deir ez-Zor. "
        "Saïdi dirigeait la brigade depuis 2013. Le chef jihadiste Iyad Ag Ghaly a réagi ; "
        "Ghaly est recherché."
    )
    assert ids(found, "Saïdi") == ids(found, "Mahmoud Abdelkarim Saïdi")
    assert ids(found, "Ghaly") == ids(found, "Iyad Ag Ghaly") == {"iyad_ag_ghali"}
    assert next(a for a in found if a.text == "Saïdi").label == "person"


def test_repeated_ner_forms_share_one_id(actors: Analyze) -> None:
    found = actors(
        "Ahmed Ould Abdallah a parlé mardi. Mercredi, Ahmed Ould Abdallah a précisé ses propos."
    )
    people = [a for a in found if a.label == "person"]
    assert len(people) == 2 and len({a.attributes["actor_id"] for a in people}) == 1


def test_a_name_defined_by_its_acronym_is_an_actor(actors: Analyze) -> None:
    found = actors(
        "L'Union des forces de la résistance (UFR) a pris Abéché. Vendredi, l'UFR a reculé."
    )
    full = ids(found, "Union des forces de la résistance")
    assert len(full) == 1 and ids(found, "UFR") == full
    assert next(a for a in found if a.text == "UFR").label == "armed_group"


def test_a_party_defined_by_its_acronym_is_not_an_armed_group(actors: Analyze) -> None:
    # a party is a government actor, as the codebook types parties (never an armed group)
    found = actors("Le Front national (FN) a tenu son congrès à Lyon.")
    assert {(a.text, a.label) for a in found} == {
        ("Front national", "government"),
        ("FN", "government"),
    }


def test_short_form_inside_another_name_is_not_an_alias(actors: Analyze) -> None:
    found = actors(
        "Le Front de libération nationale (FLN) a signé. Le Front national (FN) a protesté."
    )
    fronts = {a.text: a.attributes["actor_id"] for a in found if a.text.startswith("Front")}
    assert set(fronts) == {"Front de libération nationale", "Front national"}
    assert fronts["Front national"] != fronts["Front de libération nationale"]
    assert ids(found, "FN") == {fronts["Front national"]}


def test_a_qualified_descriptor_leaves_the_name_to_one_actor(actors: Analyze) -> None:
    text = "Des mercenaires du groupe russe Wagner sont arrivés. Le groupe Wagner dément."
    found = [(a.text, a.attributes["actor_id"]) for a in actors(text)]
    assert found == [("Wagner", "wagner"), ("Wagner", "wagner")]

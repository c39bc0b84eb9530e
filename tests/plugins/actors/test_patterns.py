"""Actors the lexicon does not name: state forces, governments, generic and named groups."""

from __future__ import annotations

from .conftest import Analyze, actor_ids, by_text


def test_state_forces_from_demonyms_and_countries(actors: Analyze) -> None:
    found = by_text(
        actors(
            "Les gendarmes sénégalais, la marine ghanéenne et les forces aériennes turques ont "
            "rejoint les soldats de la Côte d'Ivoire. L'aviation tchadienne a bombardé."
        )
    )
    expected = {
        "gendarmes sénégalais": ("sn_gendarmerie", "SN"),
        "marine ghanéenne": ("gh_navy", "GH"),
        "forces aériennes turques": ("tr_air_force", "TR"),
        "soldats de la Côte d'Ivoire": ("ci_army", "CI"),
        "aviation tchadienne": ("td_air_force", "TD"),
    }
    for text, (actor_id, country) in expected.items():
        annotation = found[text]
        assert annotation.label == "state_force", text
        assert (annotation.attributes["actor_id"], annotation.attributes["country"]) == (
            actor_id,
            country,
        )


def test_state_force_pattern_falls_back_to_the_lexicon_actor(actors: Analyze) -> None:
    found = by_text(actors("L'armée régulière syrienne a repris Palmyre."))
    assert found["armée régulière syrienne"].attributes["actor_id"] == "sy_army"


def test_governments_ministries_and_heads_of_state(actors: Analyze) -> None:
    found = by_text(
        actors(
            "Le gouvernement nigérien a rappelé son ambassadeur. Le ministère russe de la Défense "
            "et le président afghan ont réagi, comme le ministère des Affaires étrangères tchadien."
        )
    )
    assert actor_ids(list(found.values())) == {
        "gouvernement nigérien": "ne_government",
        "ministère russe de la Défense": "ru_mod",
        "président afghan": "af_president",
        "ministère des Affaires étrangères tchadien": "td_mofa",
    }
    assert {a.label for a in found.values()} == {"government"}


def test_ministry_word_orders_fold_to_one_actor(actors: Analyze) -> None:
    found = actors(
        "Le ministère de la Défense ukrainien dément ; "
        "le ministère ukrainien de la Défense précise."
    )
    assert {a.attributes["actor_id"] for a in found} == {"ua_mod"}
    assert len(found) == 2


def test_country_or_capital_subject_of_a_political_verb_is_its_government(actors: Analyze) -> None:
    found = by_text(actors("La Syrie a ratifié la convention. Washington a condamné l'attaque."))
    assert found["Syrie"].label == "government"
    assert found["Syrie"].attributes["actor_id"] == "sy_government"
    assert found["Washington"].attributes["actor_id"] == "us_government"


def test_generic_armed_groups(actors: Analyze) -> None:
    found = by_text(
        actors(
            "Les rebelles maliens et des jihadistes ont pris la ville aux insurgés.", generic=True
        )
    )
    rebels = found["rebelles maliens"]
    assert rebels.label == "armed_group"
    assert rebels.attributes["actor_id"] == "ml_rebels" and rebels.attributes["generic"] is True
    assert found["jihadistes"].attributes["generic"] is True
    assert "insurgés" in found


def test_adjective_use_is_not_a_group(actors: Analyze) -> None:
    found = [a.text for a in actors("Le chef jihadiste a été tué par un drone.")]
    assert "jihadiste" not in found


def test_bare_generic_groups_are_left_out_by_default(actors: Analyze) -> None:
    found = [
        a.text for a in actors("Les rebelles touaregs et des jihadistes ont fui les insurgés.")
    ]
    assert found == ["rebelles touaregs"]


def test_generic_adjective_after_a_noun_is_not_a_group(actors: Analyze) -> None:
    text = "Des sources rebelles citent des brigades islamistes et des rebelles kurdes."
    assert [a.text for a in actors(text, generic=True)] == ["rebelles kurdes"]


def test_generic_noun_before_a_named_group_leaves_the_mention_to_it(actors: Analyze) -> None:
    text = "Des mercenaires du groupe Wagner et des miliciens de la Séléka sont arrivés."
    found = [a.text for a in actors(text, generic=True)]
    assert "mercenaires" not in found and "miliciens" not in found
    assert "Séléka" in found


def test_generic_groups_can_be_switched_off(actors: Analyze) -> None:
    found = actors("Les rebelles ont attaqué l'armée malienne.", generic=False)
    assert [a.text for a in found] == ["armée malienne"]


def test_named_groups_after_militia_movement_front_brigade(actors: Analyze) -> None:
    found = by_text(
        actors(
            "La milice Liwa al-Haqq, la brigade Suqour al-Ghab et le front Jaych al-Sunna "
            "combattent près de Hama ; le groupe armé Ansar al-Tawhid les soutient."
        )
    )
    assert "Liwa al-Haqq" in found  # the descriptor "milice" is not part of the name
    assert "brigade Suqour al-Ghab" in found  # "brigade" and "front" are
    assert "front Jaych al-Sunna" in found
    assert "Ansar al-Tawhid" in found
    assert {found[t].label for t in found if t != "Hama"} == {"armed_group"}


def test_ner_persons_and_typed_organisations(actors: Analyze) -> None:
    found = by_text(
        actors("Selon Ahmed Ould Abdallah, le Ministère de la Santé a compté les victimes.")
    )
    person = found["Ahmed Ould Abdallah"]
    assert person.label == "person" and person.attributes["source"] == "ner"
    ministry = found["Ministère de la Santé"]
    assert ministry.label == "government"  # found by the institutions rule (its head noun)
    assert ministry.attributes["source"] == "pattern"


def test_untyped_organisations_are_left_out(actors: Analyze) -> None:
    found = [a.text for a in actors("Samsung et Apple ont signé un accord avec Air France.")]
    assert found == []


def test_coordinated_demonyms_are_separate_state_actors(actors: Analyze) -> None:
    found = {
        a.text: a.attributes["actor_id"]
        for a in actors(
            "Les armées malienne, burkinabè et nigérienne ont lancé une opération conjointe."
        )
    }
    assert found == {"armées malienne": "ml_army", "burkinabè": "bf_army", "nigérienne": "ne_army"}


def test_state_media(actors: Analyze) -> None:
    (tv,) = actors("Selon la télévision d'État syrienne, l'offensive a commencé.")
    assert (tv.text, tv.label) == ("télévision d'État syrienne", "media")
    assert (tv.attributes["actor_id"], tv.attributes["country"], tv.attributes["acled"]) == (
        "sy_state_media",
        "SY",
        8,
    )


def test_unattached_state_heads_take_the_documents_main_country(actors: Analyze) -> None:
    found = {
        a.text: a.attributes["actor_id"]
        for a in actors(
            "Les forces gouvernementales ont bombardé Deraa. "
            "L'armée syrienne dit viser des rebelles."
        )
    }
    assert found["forces gouvernementales"] == "sy_army"
    assert actors("Les forces gouvernementales ont bombardé la ville.") == []


def test_person_spans_fit_the_name(actors: Analyze) -> None:
    found = [
        a.text
        for a in actors(
            "Selon François Dubet, le président de l'Assemblée Claude Bartolone a tranché. "
            "Le conducteur était Abou Rayyan al-Mouhajer."
        )
        if a.label == "person"
    ]
    assert "François Dubet" in found and "Claude Bartolone" in found
    assert "Abou Rayyan al-Mouhajer" in found


def test_unattached_air_force_general_staff_and_transition_government(actors: Analyze) -> None:
    text = (
        "L'armée tchadienne a repris Faya. L'armée de l'air a frappé une colonne, "
        "a annoncé l'état-major, que le gouvernement de transition a félicité."
    )
    found = {a.text: a.attributes["actor_id"] for a in actors(text)}
    assert found["armée de l'air"] == "td_air_force"
    assert found["état-major"] == "td_general_staff"
    assert found["gouvernement de transition"] == "td_government"


def test_unattached_heads_with_a_complement_or_after_chef_are_left_out(actors: Analyze) -> None:
    text = (
        "L'armée tchadienne avance. Le chef d'état-major a démissionné. "
        "L'état-major de la rébellion est à Benghazi. Il accuse l'état-major de mentir."
    )
    found = [a.text for a in actors(text) if a.attributes["actor_id"] == "td_general_staff"]
    assert found == ["état-major"]
    assert [a.start for a in actors(text) if a.text == "état-major"] == [text.rindex("état-major")]


def test_title_taken_into_a_person_entity_is_left_out(actors: Analyze) -> None:
    text = (
        "Défections en série\n\nLe colonel Abdel Karim al-Hamidi, ancien officier de "
        "l’armée gouvernementale, a rejoint la rébellion."
    )
    people = [a.text for a in actors(text) if a.label == "person"]
    assert people == ["Abdel Karim al-Hamidi"]

"""Countries and capitals that act stand for their government; places that do not stay places."""

from __future__ import annotations

from polemos import Annotation

from .conftest import Analyze, by_text


def _governments(found: list[Annotation]) -> dict[str, str]:
    return {a.text: a.attributes["actor_id"] for a in found if a.label == "government"}


def test_subject_of_an_agentive_verb(actors: Analyze) -> None:
    text = "Ankara a envoyé des drones. Plus tard, Kiev revendique la victoire."
    found = _governments(actors(text))
    assert found == {"Ankara": "tr_government", "Kiev": "ua_government"}


def test_passive_agent_and_its_conjuncts(actors: Analyze) -> None:
    text = "Les milices sont armées par l'Egypte, l'Algérie et la Russie depuis deux ans."
    assert set(_governments(actors(text))) == {"Egypte", "Algérie", "Russie"}


def test_relative_clause_after_the_place(actors: Analyze) -> None:
    text = "La victoire doit beaucoup au Qatar, qui a livré des missiles aux insurgés."
    assert "Qatar" in _governments(actors(text))


def test_complement_of_an_agentive_noun(actors: Analyze) -> None:
    text = "Les rebelles comptent sur le soutien de Moscou et sur un allié de Téhéran."
    assert {"Moscou", "Téhéran"} <= set(_governments(actors(text)))


def test_coordinated_places_in_apposition_with_allies(actors: Analyze) -> None:
    text = "Dakar et Nouakchott, alliés depuis vingt ans, se sont brouillés."
    assert {"Dakar", "Nouakchott"} <= set(_governments(actors(text)))


def test_places_that_do_not_act_stay_locations(actors: Analyze, locations: Analyze) -> None:
    text = "Damas a été bombardée. Les combats ont repris à Alep. Londres accueille les Jeux."
    assert _governments(actors(text)) == {}
    assert {"Damas", "Alep", "Londres"} <= set(by_text(locations(text)))


def test_a_place_before_a_colon_is_a_topic_not_a_subject(actors: Analyze) -> None:
    text = "Tunisie : le syndicat exige des élections. La Tunisie a décrété l'état d'urgence."
    governments = [a.start for a in actors(text) if a.label == "government"]
    assert governments == [text.index("Tunisie a décrété")]


def test_object_of_a_verb_that_takes_an_actor(actors: Analyze, locations: Analyze) -> None:
    text = "Damas a accusé Ankara de soutenir les insurgés, qui ont attaqué Alep."
    assert _governments(actors(text)) == {"Damas": "sy_government", "Ankara": "tr_government"}
    assert [a.text for a in locations(text)] == ["Damas", "Ankara", "Alep"]  # acting: both


def test_subject_read_on_the_words_where_the_parse_fails(actors: Analyze) -> None:
    text = "Moscou nie toute implication et Kiev accuse le Kremlin. Téhéran dément armer Sanaa."
    assert {"Moscou", "Kiev", "Téhéran"} <= set(_governments(actors(text)))


def test_a_bare_participle_or_a_preposition_makes_no_subject(locations: Analyze) -> None:
    text = "Damas bombardée par l'aviation. Les combats à Kiev accusent un recul."
    assert [a.text for a in locations(text)] == ["Damas", "Kiev"]


def test_complement_read_on_the_words_with_a_curly_apostrophe(actors: Analyze) -> None:
    text = "Le soutien d’Ankara a été décisif. La bataille d’Alep a commencé."
    assert _governments(actors(text)) == {"Ankara": "tr_government"}


def test_parties_of_a_relation_between_two_states(actors: Analyze, locations: Analyze) -> None:
    # realgold dev azerbaidjan-haut-karabagh-2023 (French Wikipedia, CC BY-SA 4.0) and
    # Wikinews 2012 article 44545 (CC BY 2.5)
    text = (
        "Des affrontements sont survenus depuis quelques années entre l'Arménie et "
        "l'Azerbaïdjan. Depuis l'indépendance, les relations entre l'Algérie et la France "
        "ont toujours été tendues."
    )
    assert set(_governments(actors(text))) == {"Arménie", "Azerbaïdjan", "Algérie", "France"}
    assert len(locations(text)) == 4  # acting countries are places too


def test_a_route_or_a_border_between_two_places_makes_no_party(actors: Analyze) -> None:
    text = "La frontière entre le Mali et le Niger est fermée. La route entre Gao et Kidal aussi."
    assert _governments(actors(text)) == {}


def test_a_country_after_contre_and_a_hostility_word(actors: Analyze) -> None:
    # realgold dev somalie-hizbul-islam (French Wikipedia, CC BY-SA 4.0); Wikinews 2012 45635
    text = (
        "Ces groupes avaient pris part à la rébellion islamiste contre l’Éthiopie. Les "
        "États-Unis ont décrété des sanctions unilatérales contre l'Iran. L'équipe a gagné "
        "son match contre l'Espagne."
    )
    assert set(_governments(actors(text))) == {"Éthiopie", "États-Unis", "Iran"}


def test_agent_of_a_participle_read_on_the_words(actors: Analyze) -> None:
    # realgold dev syrie-kobane-2014 and somalie-chute-de-mogadiscio-2006 (French Wikipedia)
    text = (
        "Malgré l'intervention de la coalition menée par les États-Unis, la ville tombe. Les "
        "forces somaliennes soutenues par l'Éthiopie assiégeraient Mogadiscio."
    )
    assert {"États-Unis", "Éthiopie"} <= set(_governments(actors(text)))


def test_noun_complement_past_an_adjective_or_de_facto(actors: Analyze) -> None:
    # realgold dev soudan-wad-madani-2023 (French Wikipedia); Wikinews 2012 44355
    text = (
        "Pendant la bataille, le dirigeant de facto du Soudan, Abdel Fattah al-Burhan, se rend "
        "à Wad Madani. Mohamed Morsi est le premier dirigeant islamiste de l'Égypte."
    )
    assert {"Soudan", "Égypte"} <= set(_governments(actors(text)))


def test_a_place_inside_a_longer_name_does_not_act(actors: Analyze) -> None:
    # Wikinews 2012 article 45669 (CC BY 2.5)
    text = "Sans connexion internet, l'association Wikimedia France organise deux événements."
    assert _governments(actors(text)) == {}


def test_the_object_of_an_object_verb_the_model_misparses_acts(actors: Analyze) -> None:
    # the small model lemmatises "accuse" as "accus" and takes "soutient Kiev" for a name
    text = "Kiev accuse Moscou. Washington soutient Kiev. Les rebelles ont bombardé Kiev."
    found = [(a.text, a.start) for a in actors(text) if a.label == "government"]
    assert [t for t, _ in found] == ["Kiev", "Moscou", "Washington", "Kiev"]

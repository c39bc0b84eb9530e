"""Definite designations resolved at document level (``l'armée``, ``la police``, ``les Russes``)."""

from __future__ import annotations

import pytest

from .conftest import Analyze, actor_ids


def _ids(found: list) -> list[tuple[str, str]]:
    return [(a.text, a.attributes["actor_id"]) for a in found]


def test_the_army_of_the_country_named_before(actors: Analyze) -> None:
    # realgold dev nigeria-massacres-insurrection (French Wikipedia, CC BY-SA 4.0)
    text = (
        "Selon le témoignage d'un haut gradé de l'armée nigériane, plus de 950 prisonniers sont "
        "morts. Le cimetière de la ville est gardé par l'armée et chaque jour des camions "
        "amènent des corps d'hommes exécutés par les militaires."
    )
    found = _ids(actors(text))
    army = dict(found)["armée nigériane"]
    assert ("armée", army) in found and ("militaires", army) in found


def test_the_army_of_the_country_the_document_is_about(actors: Analyze) -> None:
    # Wikinews 2012 article 44355 (CC BY 2.5)
    text = (
        "En Égypte, le parti des Frères musulmans était majoritaire. Le Caire a dissous le "
        "parlement et l'armée s'est octroyée le pouvoir législatif."
    )
    army = [a for a in actors(text) if a.text == "armée"]
    assert [(a.label, a.attributes["country"]) for a in army] == [("state_force", "EG")]


def test_the_police_and_the_authorities_of_the_main_country(actors: Analyze) -> None:
    # Wikinews 2012 article 45625 (CC BY 2.5), Madrid
    text = (
        "La bousculade a eu lieu à Madrid, capitale de l'Espagne, a indiqué la police. Les "
        "autorités ont ouvert une enquête."
    )
    ids = actor_ids(actors(text))
    assert ids["police"] == "es_police" and ids["autorités"] == "es_government"


def test_designations_with_their_own_qualifier_or_article_are_left_out(actors: Analyze) -> None:
    text = (
        "L'armée malienne avance. Une armée de bénévoles aide les habitants ; l'armée rebelle "
        "recule et l'armée de libération se replie."
    )
    assert [a.text for a in actors(text) if a.text.startswith("armée")] == ["armée malienne"]


def test_no_country_in_the_document_no_designation(actors: Analyze) -> None:
    assert actors("La police a ouvert une enquête sur le vol du tableau.") == []


def test_common_force_nouns_need_a_named_force(actors: Analyze) -> None:
    text = "Les soldats du club de paintball ont gagné. Les militaires sont en vacances."
    assert actors(text) == []


def test_a_plural_demonym_is_the_named_force_of_that_country(actors: Analyze) -> None:
    # realgold dev ukraine-krynky-dniepr (French Wikipedia, CC BY-SA 4.0)
    text = (
        "Aucune opération n'est possible, hors de portée des Ukrainiens comme des Russes. "
        "Ainsi, l'armée ukrainienne utilise des bateaux, face aux troupes russes."
    )
    ids = actor_ids(actors(text))
    assert ids["Ukrainiens"] == ids["armée ukrainienne"]
    assert ids["Russes"] == ids["troupes russes"]


def test_a_plural_demonym_without_a_named_force_is_no_actor(actors: Analyze) -> None:
    # Wikinews 2012 style: the people, not a force
    assert actors("Les Français votent dimanche pour le second tour.") == []


def test_a_generic_noun_the_text_ties_to_a_group_is_that_group(actors: Analyze) -> None:
    # realgold dev syrie-kobane-2014 (French Wikipedia, CC BY-SA 4.0)
    text = (
        "Elle débute par une offensive des forces djihadistes de l'État islamique sur la ville "
        "de Kobané, défendue par les troupes kurdes des YPG. Malgré les bombardements, les "
        "djihadistes progressent et atteignent Kobané."
    )
    ids = [(a.text, a.attributes["actor_id"]) for a in actors(text)]
    assert ("djihadistes", "islamic_state") in ids


def test_an_untied_jihadist_noun_takes_the_named_group_of_its_family(actors: Analyze) -> None:
    # realgold dev mali-nampala-2016 (French Wikipedia, CC BY-SA 4.0): Ansar Dine became the
    # JNIM, a branch of al-Qaida (the lexicon's renamed_to and parent)
    text = (
        "Il oppose l'armée malienne à des rebelles peuls d'Ansar Dine. Au cours de l'assaut "
        "les djihadistes mettent le feu au camp militaire."
    )
    ids = dict((a.text, a.attributes["actor_id"]) for a in actors(text))
    assert ids["djihadistes"] == "ansar_dine"


def test_generic_nouns_with_no_group_named_stay_generic(actors: Analyze) -> None:
    text = "Au Mali, les djihadistes ont attaqué un camp. Les rebelles touaregs négocient."
    assert [a.text for a in actors(text) if not a.attributes["generic"]] == []


def test_ministries_commissions_and_peacekeepers_of_the_country_in_context(
    actors: Analyze,
) -> None:
    # Wikinews 2012 articles 44551 and 44355 (CC BY 2.5); realgold dev
    # azerbaidjan-blocus-haut-karabagh (French Wikipedia, CC BY-SA 4.0)
    text = (
        "À Lyon, en France, deux agresseurs ont été interpellés, d'après le ministère de "
        "l'Intérieur. Le corridor est sous contrôle des forces de maintien de la paix russes."
    )
    ids = actor_ids(actors(text))
    assert ids["ministère de l'Intérieur"] == "fr_interior"
    assert ids["forces de maintien de la paix russes"] == "ru_peacekeepers"


def test_a_common_force_noun_takes_up_a_resolved_designation(actors: Analyze) -> None:
    text = (
        "Au Burkina Faso, l'armée a repris le poste de Djibo. Les militaires ont ensuite "
        "fouillé le marché. Le conseil militaire de transition a salué l'opération."
    )
    ids = {a.text: (a.label, a.attributes["actor_id"]) for a in actors(text)}
    assert ids["militaires"] == ids["armée"] == ("state_force", "bf_army")
    assert ids["conseil militaire de transition"] == ("state_force", "bf_military_council")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Wikinews 2012 article 44337 (CC BY 2.5): its title, then two sentences of its text
            "Égypte : le parti des Frères musulmans exige les résultats de l’élection "
            "présidentielle\n\nEn effet, depuis le Printemps arabe et la chute du régime "
            "Moubarak, c’est l’armée qui contrôle le pays. « Les militaires ne doivent plus jouer "
            "de rôle politique, ils doivent renouer avec leur fonction de base qui est de "
            "protéger le pays », affirme un jeune manifestant. « Moi, dit-il, j’ai l’impression "
            "que le conseil militaire est en train de se servir de la constitution, afin "
            "d‘éviter de rendre le pouvoir ».",
            {
                "militaires": "eg_army",
                "armée": "eg_army",
                "conseil militaire": "eg_military_council",
            },
        ),
        (  # realgold dev wikinews2012-44543-france-discours-ayrault (CC BY 2.5): a parliament
            "4 juillet 2012. - Hier mardi, le chef du gouvernement français, M. Ayrault, sur le "
            "point d’investir son nouveau gouvernement (Ayrault 2), a prononcé un discours devant "
            "l’Assemblée nationale nouvellement constituée. L’assemblée nationale a donc voté la "
            "confiance au gouvernement Ayrault, qui devient ainsi le 36ème gouvernement de la Ve "
            "République française, a annoncé le président de l'Assemblée Claude Bartolone.",
            {"Assemblée nationale": "fr_parliament", "assemblée nationale": "fr_parliament"},
        ),
    ],
)
def test_real_text_designations_of_the_document_country(
    actors: Analyze, text: str, expected: dict[str, str]
) -> None:
    ids = {a.text: a.attributes["actor_id"] for a in actors(text)}
    assert {mention: ids.get(mention) for mention in expected} == expected


def test_a_designation_with_a_current_adjective_before_it(actors: Analyze) -> None:
    text = (
        "Au Liberia, le gouvernement libérien a démissionné. Le nouveau gouvernement a prêté "
        "serment lundi ; l'ancien gouvernement reste en exil."
    )
    ids = actor_ids(actors(text))
    assert ids["nouveau gouvernement"] == ids["gouvernement libérien"] == "lr_government"
    assert ids["ancien gouvernement"] == "lr_government_previous"  # another government


def test_the_new_government_of_a_real_article(actors: Analyze) -> None:
    # realgold dev wikinews2012-44269-grece-gouvernement-coalition (Wikinews, CC BY 2.5)
    text = (
        "Le gouvernement grec a été formé. Le nouveau gouvernement s'est donné pour objectif "
        "de réviser le memorandum que doit engager la Grèce."
    )
    found = [(a.text, a.attributes["country"]) for a in actors(text)]
    assert ("nouveau gouvernement", "GR") in found


def test_the_coalition_a_state_leads_is_taken_up_later(actors: Analyze) -> None:
    text = (
        "La coalition dirigée par la France a frappé un dépôt près de Gao. Les avions de la "
        "coalition ont ensuite visé une base."
    )
    coalitions = [a for a in actors(text) if a.text == "coalition"]
    assert [a.attributes["actor_id"] for a in coalitions] == ["fr_led_coalition"] * 2
    assert {a.label for a in coalitions} == {"international"}


def test_the_coalition_of_a_real_text(actors: Analyze) -> None:
    # realgold dev syrie-kobane-2014 (French Wikipedia, CC BY-SA 4.0)
    text = (
        "Malgré l'intervention de la coalition menée par les États-Unis qui effectue plusieurs "
        "bombardements, les djihadistes progressent. Progressivement, les Kurdes regagnent du "
        "terrain grâce au soutien des forces aériennes de la coalition."
    )
    ids = [a.attributes["actor_id"] for a in actors(text) if a.text == "coalition"]
    assert ids == ["us_led_coalition", "us_led_coalition"]


def test_a_bare_grouping_folds_into_the_named_one_that_holds_its_noun(actors: Analyze) -> None:
    text = (
        "La Coalition des patriotes pour le changement a attaqué Bambari. Selon l'ONU, la "
        "coalition a perdu dix hommes."
    )
    ids = actor_ids(actors(text))
    assert ids["coalition"] == ids["Coalition des patriotes pour le changement"]


def test_a_grouping_with_nothing_to_fold_into_is_left_out(actors: Analyze) -> None:
    assert [a.text for a in actors("La coalition au pouvoir a voté la loi.")] == []


def test_generic_class_nouns_and_anaphora_stay_out(actors: Analyze) -> None:
    # the codebook's optional mentions: class nouns and anaphora, even beside a named force
    text = (
        "L'armée nigériane a repoussé les assaillants. Des islamistes et des terroristes ont "
        "fui ; cette milice et le groupe ont perdu des hommes, les civils sont rentrés."
    )
    texts = [a.text for a in actors(text)]
    assert texts == ["armée nigériane"]


def test_force_nouns_with_a_compound_demonym_are_one_joint_force(actors: Analyze) -> None:
    text = "Les forces franco-tchadiennes ont repris la ville ; les troupes russes reculent."
    ids = actor_ids(actors(text))
    assert ids["forces franco-tchadiennes"] == "fr_td_army"
    assert ids["troupes russes"] != ids["forces franco-tchadiennes"]


def test_the_joint_force_of_a_real_text(actors: Analyze) -> None:
    # realgold dev mali-tinzawatene-2024 (French Wikipedia, CC BY-SA 4.0)
    text = (
        "Elle oppose les rebelles touaregs au Groupe Wagner, accompagné de membres des Forces "
        "armées maliennes. À l'issue de la bataille, les combattants russo-maliens subissent "
        "une défaite."
    )
    found = {a.text: a for a in actors(text)}
    joint = found["combattants russo-maliens"]
    assert (joint.label, joint.attributes["actor_id"]) == ("state_force", "ru_ml_army")


def test_more_force_nouns_with_a_nationality(actors: Analyze) -> None:
    text = (
        "Des patrouilles tchadiennes sillonnent la frontière ; le contingent burundais quitte "
        "Mogadiscio et des combattants ukrainiens tiennent la ligne."
    )
    ids = actor_ids(actors(text))
    assert ids["patrouilles tchadiennes"] == "td_army"
    assert ids["contingent burundais"] == "bi_army"
    assert ids["combattants ukrainiens"] == "ua_army"


def test_a_compound_of_one_country_or_of_no_force_is_no_joint_force(actors: Analyze) -> None:
    text = "Le conflit israélo-palestinien dure ; les relations franco-allemandes sont bonnes."
    assert not any(a.attributes["actor_id"].count("_") > 1 for a in actors(text))

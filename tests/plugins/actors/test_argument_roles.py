"""A country or a capital in an argument role of any verb is its government; a place stays a place.

Made-up sentences, one per construction class (``polemos_actors.roles``), and sentences of
Wikinews 2012 articles (CC BY 2.5) for the real-text checks.
"""

from __future__ import annotations

from polemos import Annotation
from polemos_actors.metonymy import agentive_words
from polemos_actors.roles import role_words

from .conftest import Analyze, by_text


def _governments(found: list[Annotation]) -> dict[str, str]:
    return {a.text: a.attributes["actor_id"] for a in found if a.label == "government"}


def test_subject_of_an_ordinary_verb_on_the_parse_and_on_the_words(actors: Analyze) -> None:
    text = (
        "Le Paraguay a discrètement rétabli le service militaire. Il y a dix ans, la Bolivie "
        "avait par ailleurs nationalisé ses mines. Que la Norvège ait saisi la cour surprend."
    )
    assert _governments(actors(text)) == {
        "Paraguay": "py_government",
        "Bolivie": "bo_government",
        "Norvège": "no_government",
    }


def test_subject_of_an_infinitive_after_a_modal(actors: Analyze) -> None:
    text = "Le Pérou doit réformer sa police. Lima veut rapatrier ses diplomates."
    assert set(_governments(actors(text))) == {"Pérou", "Lima"}


def test_inverted_subject_after_que_and_after_quoted_speech(actors: Analyze) -> None:
    text = (
        "Les concessions que devra consentir la Serbie restent floues. « Nous ne céderons "
        "pas », a rétorqué Belgrade."
    )
    assert set(_governments(actors(text))) == {"Serbie", "Belgrade"}


def test_qui_relative_and_copula_with_a_stance_word(actors: Analyze) -> None:
    text = (
        "L'enclave est entourée par la Géorgie qui lui reste hostile. Le Tchad, qui est prêt à "
        "intervenir, masse des troupes. La Russie est en guerre depuis deux ans."
    )
    assert {"Géorgie", "Tchad", "Russie"} <= set(_governments(actors(text)))


def test_source_of_a_statement(actors: Analyze) -> None:
    text = "Selon Ankara, le convoi transportait des armes. D'après le Qatar, la trêve tient."
    assert set(_governments(actors(text))) == {"Ankara", "Qatar"}


def test_places_stay_places(actors: Analyze, locations: Analyze) -> None:
    text = (
        "Des attentats à Paris et Londres ont fait dix morts. La Norvège compte cinq millions "
        "d'habitants. Le Mali est un pays enclavé. Le Portugal a connu une forte récession. "
        "Damas a été bombardée. Les combats continuent au nord du Mali."
    )
    assert _governments(actors(text)) == {}
    assert {"Paris", "Londres", "Norvège", "Portugal", "Damas"} <= set(by_text(locations(text)))


def test_a_country_in_a_sports_report_is_a_team(actors: Analyze) -> None:
    text = "L'Espagne a battu l'Italie en finale. La Croatie a remporté le match."
    assert _governments(actors(text)) == {}


def test_a_place_the_model_runs_into_a_name_at_a_sentence_start(actors: Analyze) -> None:
    # Wikinews 2012 article 44959 (CC BY 2.5)
    text = "Il a fait 38°C à Paris. Météo France prévoit que le record d’août sera battu."
    assert _governments(actors(text)) == {}


def test_wikinews_2012_countries_acting_with_ordinary_verbs(actors: Analyze) -> None:
    # Wikinews 2012 articles 44940 and 44550 (CC BY 2.5)
    text = (
        "WikiLeaks : l’Équateur accorde l'asile politique à Julian Assange. Que le Royaume-Uni "
        "ait porté l'affaire à ce niveau semble prouver sa détermination. Le ton le plus ferme "
        "retentit de l’espace pacifique. La République dominicaine reproche à la Francophonie "
        "l’excès de son volet géo-historique."
    )
    assert _governments(actors(text)) == {
        "Équateur": "ec_government",
        "Royaume-Uni": "gb_government",
        "République dominicaine": "do_government",
    }


def test_no_verb_is_both_agentive_and_stative_in_the_data() -> None:
    agentive = agentive_words()
    overlap = role_words().not_agentive & (agentive.verbs | agentive.country_verbs)
    assert overlap == set()


def test_a_country_as_the_target_of_an_attack_or_a_war(actors: Analyze) -> None:
    text = "En 2022, la Russie a envahi la Géorgie. Le Tchad a attaqué le Cameroun."
    assert set(_governments(actors(text))) == {"Russie", "Géorgie", "Tchad", "Cameroun"}


def test_a_bombarded_capital_is_a_place(actors: Analyze, locations: Analyze) -> None:
    text = "L'aviation a bombardé Kiev pendant la nuit."
    assert _governments(actors(text)) == {}
    assert "Kiev" in by_text(locations(text))


def test_parties_of_clashes_between_two_states(actors: Analyze) -> None:
    text = "De violents accrochages ont éclaté la semaine dernière entre le Tchad et le Soudan."
    assert {"Tchad", "Soudan"} <= set(_governments(actors(text)))


def test_a_headline_verb_the_tagger_misses(actors: Analyze) -> None:
    text = "Kinshasa dénonce une agression."
    assert _governments(actors(text)) == {"Kinshasa": "cd_government"}

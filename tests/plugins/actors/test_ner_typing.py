"""spaCy entities the lexicon does not name, typed from their words and context."""

from __future__ import annotations

from .conftest import Analyze


def _typed(found: list) -> dict[str, str]:
    return {a.text: a.label for a in found}


def test_transliterated_organisation_names_are_armed_groups(actors: Analyze) -> None:
    # realgold dev somalie-hizbul-islam (French Wikipedia, CC BY-SA 4.0)
    text = (
        "Ces quatre groupes sont : Jabhatul Islamiya (le Front islamique), Mu'askar Ras "
        "Kamboni dirigé par Hassan Abdullah Hersi al-Turki et Muaskar Anole."
    )
    typed = _typed(actors(text))
    assert typed["Jabhatul Islamiya"] == "armed_group"
    assert typed["Muaskar Anole"] == "armed_group"
    assert typed["Hassan Abdullah Hersi al-Turki"] == "person"


def test_a_lone_arabic_word_is_not_an_organisation(actors: Analyze) -> None:
    # Wikinews 2012 article 44355 (CC BY 2.5)
    text = "Les partisans du vainqueur rassemblés place Tahrir ont laissé exploser leur joie."
    assert actors(text) == []


def test_organisations_typed_by_their_last_word_or_an_english_force_word(
    actors: Analyze,
) -> None:
    # realgold dev inde-attentat-pulwama-2019 (French Wikinews, CC BY 2.5) and a made-up media
    text = (
        "L'attaque tue quarante-six membres de la Central Reserve Police Force. Un journaliste "
        "de Time Magazine réclame une enquête."
    )
    typed = _typed(actors(text))
    assert typed["Central Reserve Police Force"] == "state_force"
    assert typed["Time Magazine"] == "media"


def test_an_organisation_does_not_run_into_a_person(actors: Analyze) -> None:
    # Wikinews 2012 article 44543 (CC BY 2.5)
    text = "La loi est adoptée, a annoncé le président de l'Assemblée Claude Bartolone."
    assert [a.text for a in actors(text) if a.label == "person"] == ["Claude Bartolone"]


def test_a_title_beside_the_person_it_names_is_left_out(actors: Analyze) -> None:
    # realgold dev soudan-nyala-2023 (French Wikipedia, CC BY-SA 4.0)
    text = (
        "Les FSR ont pris la résidence de l'ancien président soudanais Omar el-Bechir. Le "
        "président soudanais a démenti."
    )
    texts = [a.text for a in actors(text)]
    assert texts.count("président soudanais") == 1 and "Omar el-Bechir" in texts

"""Institutions named by a head noun and its complement (``institutions.py``)."""

from __future__ import annotations

from .conftest import Analyze


def _found(actors: Analyze, text: str) -> list[tuple[str, str, str | None]]:
    return [(a.text, a.label, a.attributes["country"]) for a in actors(text)]


def test_a_ministry_takes_its_demonym_or_the_main_country(actors: Analyze) -> None:
    text = (
        "Au Kenya, le ministère kényan de l'Intérieur a fermé la frontière. Le ministère de "
        "la Santé publique compte douze blessés lundi."
    )
    found = _found(actors, text)
    assert ("ministère kényan de l'Intérieur", "government", "KE") in found
    assert ("ministère de la Santé publique", "government", "KE") in found


def test_an_embassy_is_the_government_of_its_country(actors: Analyze) -> None:
    text = "À Bamako, l'ambassade de Turquie a fermé ; l'ambassade canadienne reste ouverte."
    found = {a.text: a for a in actors(text)}
    assert found["ambassade de Turquie"].attributes["actor_id"] == "tr_embassy"
    assert found["ambassade canadienne"].attributes["country"] == "CA"


def test_courts_and_banks_with_a_qualifier(actors: Analyze) -> None:
    text = (
        "En Ouganda, la Cour suprême a rejeté le recours. La Banque centrale africaine a "
        "baissé ses taux et la cour d'appel de Kampala a jugé l'affaire."
    )
    found = _found(actors, text)
    assert ("Cour suprême", "government", "UG") in found
    assert ("Banque centrale africaine", "international", None) in found
    assert ("cour d'appel de Kampala", "government", "UG") in found


def test_bare_indefinite_or_predicative_institutions(actors: Analyze) -> None:
    text = (
        "Au Tchad, le tribunal a siégé. L'opposition demande une commission d'enquête "
        "internationale et la Cour spéciale compétente pour les crimes de guerre."
    )
    found = [a.text for a in actors(text)]
    assert "tribunal" not in found
    assert not [t for t in found if t.startswith("commission")]
    assert "Cour spéciale" in found


def test_a_verb_the_model_reads_as_adjective_ends_the_name(actors: Analyze) -> None:
    # Wikinews 2012 article 44374 (CC BY 2.5), headline and lead
    text = (
        "Banques belges piratées : « Le parquet exagère les chiffres »\n\n26 juin 2012. - Le "
        "Parquet fédéral annonce que des hackers ont volé près de 3 millions d'euros."
    )
    found = [a.text for a in actors(text)]
    assert "Parquet fédéral" in found and "parquet exagère" not in found


def test_real_text_embassy_and_central_bank(actors: Analyze) -> None:
    # Wikinews 2012 articles 45527 and 45750 (CC BY 2.5)
    text = (
        "La chaîne met « tout en œuvre, avec le soutien de l’ambassade de France au Caire, "
        "pour assurer la sécurité et le rapatriement en France de sa correspondante ». Une "
        "nouvelle version des billets en euro va être lancée, a annoncé Mario Draghi, le "
        "président de la Banque centrale européenne."
    )
    found = _found(actors, text)
    assert ("ambassade de France", "government", "FR") in found
    assert ("Banque centrale européenne", "international", None) in found

"""Organisations typed by the head noun before their name (``le site X``, ``l'ONG X``)."""

from __future__ import annotations

from .conftest import Analyze


def _typed(found: list) -> dict[str, tuple[str, str]]:
    return {a.text: (a.label, a.attributes["actor_id"]) for a in found}


def test_media_ngos_and_missions_named_after_their_head(actors: Analyze) -> None:
    text = (
        "Le site d'information Kalvoria a publié la vidéo. Selon la chaîne tchadienne Tolbani, "
        "l'ONG Veritaz a compté les morts, tandis que la force africaine Mirasca patrouille."
    )
    typed = _typed(actors(text))
    assert typed["Kalvoria"][0] == "media"
    assert typed["Tolbani"][0] == "media"
    assert typed["Veritaz"][0] == "international"
    assert typed["Mirasca"][0] == "international"


def test_a_typed_name_is_the_same_actor_elsewhere_in_the_document(actors: Analyze) -> None:
    text = (
        "Le quotidien Marbelo cite un officier. Plus tard, Marbelo a corrigé son article, "
        "et Marbelo Sport n'en a rien dit."
    )
    media = [a for a in actors(text) if a.label == "media"]
    assert [a.text for a in media] == ["Marbelo", "Marbelo"]  # not inside "Marbelo Sport"
    assert len({a.attributes["actor_id"] for a in media}) == 1


def test_a_platform_letter_after_sur(actors: Analyze) -> None:
    text = "Le ministre a écrit sur X que la trêve tenait ; le chapitre X du rapport le dit."
    found = [(a.text, a.label, a.start) for a in actors(text)]
    assert found == [("X", "media", text.index("X"))]


def test_a_head_noun_without_a_name_or_before_a_place_is_no_actor(actors: Analyze) -> None:
    text = (
        "Le site a été fermé. La radio de Kaboul émet encore ; la Radio a cessé. "
        "L'agence Moody's dégrade la note du pays."
    )
    assert actors(text) == []


def test_named_heads_on_real_articles(actors: Analyze) -> None:
    # Wikinews 2012 articles 45643 and 44881 (CC BY 2.5)
    text = (
        "La moyenne du site RealClearPolitics estime à 2,3 points l'écart des intentions de "
        "vote. Un autre changement a eu lieu à la télévision espagnole TVE huit mois après. "
        "Pour se justifier, TVE a émis le lendemain un communiqué."
    )
    typed = [(a.text, a.label) for a in actors(text)]
    assert typed == [("RealClearPolitics", "media"), ("TVE", "media"), ("TVE", "media")]

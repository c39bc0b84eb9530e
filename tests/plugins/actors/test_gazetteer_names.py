"""Names the offline gazetteer knows, read as places after a locative or a place noun."""

from __future__ import annotations

from pathlib import Path

from .conftest import Analyze

DEV = Path(__file__).parents[2] / "data" / "realgold" / "dev" / "specs"


def test_a_known_town_after_a_place_noun_is_a_location(locations: Analyze) -> None:
    # made up; Tessit is a Malian town GeoNames knows, Karmoula is no place at all
    text = "Les soldats sont entrés dans Karmoula après la prise de la caserne de Tessit."
    assert [a.text for a in locations(text)] == ["Tessit"]


def test_a_list_of_places_goes_on_after_the_first(locations: Analyze) -> None:
    text = "Les batailles de Baidoa, Jowhar et enfin Beledweyne ont duré une semaine."
    assert [a.text for a in locations(text)] == ["Baidoa", "Jowhar", "Beledweyne"]


def test_a_surname_that_is_also_a_village_is_no_place(locations: Analyze) -> None:
    # GeoNames knows an Obama; the model found the person "Barack Obama" in the document
    text = "Le président Barack Obama a salué l'accord. Obama a ensuite quitté Washington."
    assert [a.text for a in locations(text)] == ["Washington"]


def test_real_text_the_region_is_a_place_at_each_occurrence(locations: Analyze) -> None:
    # French Wikipedia, "Blocus du Haut-Karabagh" (CC BY-SA 4.0), in the dev gold set
    text = (DEV / "azerbaidjan-blocus-haut-karabagh.fr.txt").read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    found = [a.text for a in locations(first)]
    assert found.count("Haut-Karabagh") == first.count("Haut-Karabagh") == 5
    assert "Latchine" in found


def test_an_organisation_the_model_names_is_no_place(locations: Analyze) -> None:
    # the title of French Wikinews 2012 article 44998 (CC BY 2.5), then a made-up sentence;
    # GeoNames knows a Samsung and a Chambre, the model reads both as organisations
    text = (
        "Bourse : l'action de Samsung en baisse après sa condamnation. Lundi soir, les "
        "républicains auront le contrôle de la Chambre des représentants à Washington."
    )
    assert [a.text for a in locations(text)] == ["Washington"]

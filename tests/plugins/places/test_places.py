"""Offline geocoding of French place names, alone and as the locations layer of real text."""

from __future__ import annotations

import pickle

import pytest
from polemos import Document, example_document
from polemos.testing import run_extractor
from polemos_actors.extractor import ActorsExtractor
from polemos_evaluation.places import distance_km as km
from polemos_places import (
    DEFAULT_MIN_POPULATION,
    Gazetteer,
    gazetteer,
    geocode_mentions,
    resolve,
    spellings,
)


@pytest.mark.parametrize(
    ("french", "country", "point"),
    [
        ("Tombouctou", "ML", (16.77, -3.01)),
        ("Marioupol", "UA", (47.10, 37.55)),
        ("Zaporijjia", "UA", (47.84, 35.14)),
        ("Bakhmout", "UA", (48.59, 38.00)),
        ("Idleb", "SY", (35.93, 36.63)),
        ("Alep", "SY", (36.20, 37.16)),
        ("Mossoul", "IQ", (36.34, 43.13)),
        ("Kiev", "UA", (50.45, 30.52)),
        ("Syrte", "LY", (31.21, 16.59)),
    ],
)
def test_french_names_and_transliterations_resolve(
    french: str, country: str, point: tuple[float, float]
) -> None:
    place = resolve(french)
    assert place is not None and place.country == country
    assert km((place.latitude, place.longitude), point) < 25


def test_the_documents_countries_decide_between_homonyms() -> None:
    libya, lebanon = resolve("Tripoli", ["LY"]), resolve("Tripoli", ["LB"])
    assert libya is not None and libya.country == "LY"
    assert lebanon is not None and lebanon.country == "LB"
    gao = resolve("Gao", ["ML"])  # Gao in Burkina Faso is smaller, but not the point here
    assert gao is not None and gao.country == "ML"


def test_countries_in_french_are_countries_at_their_capital() -> None:
    for name, iso in [("Syrie", "SY"), ("Russie", "RU"), ("États-Unis", "US"), ("Tchad", "TD")]:
        place = resolve(name)
        assert place is not None and (place.country, place.feature, place.precision) == (
            iso,
            "country",
            3,
        )


def test_a_region_noun_makes_the_name_a_region() -> None:
    text = "Dans les deux provinces d'Idleb et de Hama, puis dans la ville de Hama."
    mentions = [(text.index("Idleb"), text.index("Idleb") + 5, "Idleb")]
    first_hama = text.index("Hama")
    second_hama = text.rindex("Hama")
    mentions += [(first_hama, first_hama + 4, "Hama"), (second_hama, second_hama + 4, "Hama")]
    idleb, hama_region, hama_city = geocode_mentions(text, mentions)
    assert (idleb["feature"], idleb["precision"], idleb["country"]) == ("region", 2, "SY")
    assert hama_region["feature"] == "region"  # the region noun carries over "et de"
    assert (hama_city["feature"], hama_city["precision"]) == ("city", 1)


def test_a_small_town_abroad_is_not_taken_for_a_village_of_the_country() -> None:
    assert resolve("Moura", ["ML"]) is None  # Moura (Portugal, 8,000) in a Malian dispatch
    moura = resolve("Moura")
    assert moura is not None and moura.country == "PT"  # with no country known, it is the one


def test_an_unknown_place_keeps_null_coordinates() -> None:
    (unknown,) = geocode_mentions("le quartier Manchiyyeh", [(13, 23, "Manchiyyeh")])
    assert (
        unknown["latitude"] is None and unknown["country"] is None and unknown["precision"] is None
    )
    assert geocode_mentions("", []) == []
    assert resolve("") is None and resolve("\x00\ufffd") is None


def test_spellings_read_french_transliterations_the_english_way() -> None:
    assert "mariupol" in spellings("Marioupol")
    assert "zaporizhzhia" in spellings("Zaporijjia")
    assert "jufra" in spellings("al-Joufra")  # Arabic j stays j
    assert "idlib" in spellings("Idleb")


def test_gazetteer_pickles_without_its_index_and_opens_it_again() -> None:
    original = gazetteer()
    original.warm()
    copy = pickle.loads(pickle.dumps(original))
    assert isinstance(copy, Gazetteer) and copy.min_population == DEFAULT_MIN_POPULATION
    assert "_index" not in copy.__dict__  # no SQLite connection travels
    place = resolve("Marioupol", places=copy)
    assert place is not None and place.name == "Mariupol"


def test_locations_layer_of_the_bundled_article_is_geocoded() -> None:
    document = run_extractor(ActorsExtractor(), example_document())
    places = {(a.text, a.start): a.attributes for a in document.layer("locations")}
    by_name = {text: attributes for (text, _), attributes in places.items()}
    assert km((by_name["Deraa"]["latitude"], by_name["Deraa"]["longitude"]), (32.62, 36.10)) < 25
    assert by_name["Syrie"]["feature"] == "country"
    homs = [attributes for (text, _), attributes in places.items() if text == "Homs"]
    assert homs and all(
        h["feature"] == "region" and h["country"] == "SY" for h in homs
    )  # "province de Homs"
    # a town abroad under 100,000 inhabitants is not taken (Ma'an, Jordan: 50,000)
    assert by_name["Maan"]["latitude"] is None
    assert by_name["Manchiyyeh"]["latitude"] is None  # a district GeoNames' towns do not hold


def test_locations_on_a_ukrainian_dispatch() -> None:
    text = (
        "KIEV, 18 mai (AFP) - Les forces russes ont bombardé Marioupol et Zaporijjia, "
        "dans le sud de l'Ukraine."
    )
    document = run_extractor(ActorsExtractor(), Document("ua", text))
    found = {a.text: a.attributes for a in document.layer("locations")}
    assert found["Marioupol"]["country"] == found["Zaporijjia"]["country"] == "UA"
    assert found["Ukraine"]["feature"] == "country"

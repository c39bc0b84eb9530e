"""Place rules learnt from the dev errors (``polemos evaluate --errors``), on made-up sentences
and on the real dev texts they came from (tests/data/realgold/dev)."""

from __future__ import annotations

from pathlib import Path

import pytest
from polemos import Document
from polemos.testing import run_extractor
from polemos_actors.extractor import ActorsExtractor
from polemos_evaluation.places import distance_km as km
from polemos_places import geocode_mentions, resolve
from polemos_places.areas import read_areas

DEV = Path(__file__).resolve().parents[2] / "data" / "realgold" / "dev" / "specs"


def mentions(text: str, *names: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the first occurrence of each name, in text order."""
    return sorted((text.index(n), text.index(n) + len(n), n) for n in names)


def layer(doc_id: str) -> dict[str, list[dict[str, object]]]:
    """The place attributes of each location name of a dev text, analysed by the actors plugin."""
    text = (DEV / f"{doc_id}.fr.txt").read_text(encoding="utf-8")
    document = run_extractor(ActorsExtractor(), Document(doc_id, text))
    out: dict[str, list[dict[str, object]]] = {}
    for a in document.layer("locations"):
        out.setdefault(a.text, []).append(a.attributes)
    return out


def test_areas_without_a_geonames_region_are_placed_in_their_country() -> None:
    text = "Les combats reprennent au Darfour, dans le Donbass et au Haut-Karabagh."
    darfur, donbass, karabakh = geocode_mentions(
        text, mentions(text, "Darfour", "Donbass", "Haut-Karabagh")
    )
    assert (darfur["country"], darfur["feature"], darfur["precision"]) == ("SD", "area", 2)
    assert donbass["country"] == "UA" and donbass["geonames_id"] is None
    point = (karabakh["latitude"], karabakh["longitude"])
    assert karabakh["country"] == "AZ" and km(point, (39.82, 46.75)) < 25  # at Stepanakert
    cisjordanie = resolve("Cisjordanie")  # a French name for a GeoNames region
    assert cisjordanie is not None and (cisjordanie.feature, cisjordanie.country) == (
        "region",
        "PS",
    )


def test_a_malformed_area_row_names_its_line() -> None:
    text = "name;other_names;country;regions;city;definition\nNulle part;;;;;\n"
    with pytest.raises(ValueError, match="line 2"):
        read_areas(text)
    assert {a.name for a in read_areas()} >= {"Darfour", "Haut-Karabagh", "Donbass"}


def test_villages_under_5000_and_cyrillic_names_are_found() -> None:
    text = "Le village de Lyptsi, près de Krynky (en ukrainien : Кринки), en Ukraine."
    lyptsi, krynky, cyrillic, ukraine = geocode_mentions(
        text, mentions(text, "Lyptsi", "Krynky", "Кринки", "Ukraine")
    )
    assert km((lyptsi["latitude"], lyptsi["longitude"]), (50.21, 36.42)) < 25
    assert krynky["geonames_id"] == cyrillic["geonames_id"] and krynky["country"] == "UA"
    assert ukraine["feature"] == "country"


def test_the_regions_the_document_names_decide_between_homonyms() -> None:
    text = "Krynki, un village de l'oblast de Kherson, en Ukraine."
    krynki, kherson, _ = geocode_mentions(text, mentions(text, "Krynki", "Kherson", "Ukraine"))
    assert kherson["feature"] == "region"
    point = (krynki["latitude"], krynki["longitude"])
    assert km(point, (46.73, 33.08)) < 25  # not Velyki Krynky, larger, in Poltava's oblast
    alone = resolve("Krynki", ["UA"])
    assert alone is not None and alone.name == "Velyki Krynky"  # no region named: population


def test_a_world_city_is_not_a_village_of_the_documents_country() -> None:
    paris = resolve("Paris", ["UA"])  # a village of Odessa's oblast is also called so
    assert paris is not None and paris.country == "FR"
    krynky = resolve("Krynki", ["UA"])  # Krynki in Poland (2,700) is no world city
    assert krynky is not None and krynky.country == "UA"


def test_dev_text_haut_karabagh() -> None:
    found = layer("azerbaidjan-haut-karabagh-2023")
    assert all(p["country"] == "AZ" and p["feature"] == "area" for p in found["Haut-Karabagh"])
    assert len(found["Haut-Karabagh"]) == 5


def test_dev_text_krynky() -> None:
    found = layer("ukraine-krynky-dniepr")
    for name in ("Krynky", "Кринки", "Krynki"):
        (place,) = found[name][:1]
        assert place["country"] == "UA", name
        assert km((place["latitude"], place["longitude"]), (46.73, 33.08)) < 25, name


def test_dev_texts_darfour_and_lyptsi() -> None:
    assert all(p["country"] == "SD" for p in layer("soudan-nyala-2023")["Darfour"])
    (lyptsi,) = layer("ukraine-offensive-kharkiv-2024")["Lyptsi"]
    assert km((lyptsi["latitude"], lyptsi["longitude"]), (50.21, 36.42)) < 25


def test_a_place_the_gazetteer_lacks_lies_in_the_documents_country() -> None:
    """'Krinky ou Krynky': the spelling Krinky is no GeoNames name; 'îles Sanguinaires' (a
    natural feature) neither: each is placed in the country of the text's other places only."""
    (krinky,) = layer("ukraine-krynky-dniepr")["Krinky"][:1]
    assert krinky["country"] == "UA" and krinky["precision"] == 3
    assert krinky["latitude"] is None and krinky["country_from"] == "document"
    corsica = layer("wikinews2012-45467-corse-assassinat-sollacaro")["îles Sanguinaires"]
    assert [p["country"] for p in corsica] == ["FR"]


def test_no_country_is_guessed_when_none_dominates() -> None:
    text = "De Maputo à Dar es Salaam, puis à Xyzville."
    found = geocode_mentions(text, mentions(text, "Maputo", "Dar es Salaam", "Xyzville"))
    assert [p["country"] for p in found] == ["MZ", "TZ", None]
    assert found[2]["precision"] is None

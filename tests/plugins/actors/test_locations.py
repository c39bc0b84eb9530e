"""The locations layer: places, never actors."""

from __future__ import annotations

import pytest

from .conftest import Analyze


def test_places_are_found(locations: Analyze) -> None:
    found = [
        a.text
        for a in locations(
            "Des combats ont eu lieu entre Gao et Tombouctou, puis à Kidal, au nord du Mali."
        )
    ]
    assert found == ["Gao", "Tombouctou", "Kidal", "Mali"]
    assert all(a.label == "location" for a in locations("Les habitants ont fui Marioupol."))


def test_location_name_attribute(locations: Analyze) -> None:
    (kyiv,) = locations("Les frappes ont visé Kyiv dans la nuit.")
    assert kyiv.attributes["name"] == "Kyiv"
    # geocoded by polemos-places (tests/plugins/places)
    assert (kyiv.attributes["country"], kyiv.attributes["feature"]) == ("UA", "city")


def test_actor_names_are_not_places(locations: Analyze, actors: Analyze) -> None:
    text = "Daesh a perdu Raqqa. Les miliciens de Daesh ont fui vers Deir ez-Zor."
    assert [a.text for a in locations(text)] == ["Raqqa", "Deir ez-Zor"]
    # "Les miliciens de Daesh": the noun and the group, two mentions of one actor (codebook)
    assert [a.text for a in actors(text) if a.attributes["actor_id"] == "islamic_state"] == [
        "Daesh",
        "miliciens",
        "Daesh",
    ]


def test_a_country_that_acts_is_a_government_and_a_place(
    locations: Analyze, actors: Analyze
) -> None:
    # the codebook: "Countries and capitals that act are government actors (and also locations)"
    text = "La Syrie a ratifié le traité, selon un communiqué publié en Syrie."
    assert [a.start for a in locations(text)] == [text.index("Syrie"), text.rindex("Syrie")]
    (government,) = actors(text)
    assert (government.start, government.label) == (text.index("Syrie"), "government")


def test_places_inside_organisation_names_are_places(locations: Analyze) -> None:
    # the codebook: "Every place name, including inside an organisation's name"
    text = (
        "Les soldats de la Côte d'Ivoire patrouillent avec la Mission multidimensionnelle "
        "intégrée des Nations unies pour la stabilisation au Mali (Minusma)."
    )
    assert [a.text for a in locations(text)] == ["Côte d'Ivoire", "Mali"]


def test_no_place_inside_a_medium_or_a_person_name(locations: Analyze) -> None:
    # "Sudan Tribune" is a medium's proper name; "Abou" a name the model tags LOC
    # (the second sentence is from the bundled Homs-Deraa-Idleb article)
    text = (
        "Selon le Sudan Tribune, les combats continuent. Un habitant de la ville de Maan "
        "connu sous le pseudonyme Abou Rayyan al-Mouhajer a été tué."
    )
    assert [a.text for a in locations(text)] == ["Maan"]


def test_common_nouns_tagged_loc_are_dropped(locations: Analyze) -> None:
    found = [a.text for a in locations("Lundi, l'État a promis de reconstruire le Sud.")]
    assert "Lundi" not in found and "État" not in found


def test_codes_and_acronyms_tagged_loc_are_dropped_but_known_places_stay(
    locations: Analyze,
) -> None:
    found = [a.text for a in locations("Le LHC du CERN et la RDC ; l'autoroute A3 mène à Goma.")]
    assert "LHC" not in found and "CERN" not in found and "A3" not in found
    assert "RDC" in found and "Goma" in found


def test_locations_can_be_switched_off(locations: Analyze) -> None:
    assert locations("Les combats continuent à Gao.", locations=False) == []


def test_natural_features_keep_their_noun_settlements_do_not(locations: Analyze) -> None:
    text = (
        "Les combats ont gagné la forêt de Kouroufing, les rives du lac Faguibine et "
        "la base d'al-Watiya, près de la ville de Zintan."
    )
    found = [a.text for a in locations(text)]
    assert found == ["forêt de Kouroufing", "lac Faguibine", "al-Watiya", "Zintan"]


def test_a_heading_does_not_run_into_the_dateline(locations: Analyze) -> None:
    text = "Une patrouille attaquée près du lac Tchad\n\nMaroua (Cameroun), 3 avril - Des tirs."
    found = [a.text for a in locations(text)]
    assert "lac Tchad" in found and "Maroua" in found
    assert all("\n" not in place for place in found)


def test_a_gazetteer_place_the_model_takes_for_a_person_is_a_place(
    actors: Analyze, locations: Analyze
) -> None:
    text = "Les forces loyalistes ont repris Bani Walid, selon le Conseil national de transition."
    assert "Bani Walid" not in [a.text for a in actors(text)]
    assert "Bani Walid" in [a.text for a in locations(text)]


def test_towns_the_model_takes_for_people_are_places(actors: Analyze, locations: Analyze) -> None:
    # realgold dev soudan-wad-madani-2023 (French Wikipedia, CC BY-SA 4.0): the small model
    # tags these towns PER; one reading as a place makes every occurrence a place
    text = (
        "La bataille de Wad Madani est une bataille de la guerre au Soudan. Les FSR attaquent "
        "la ville de Jebel Aulia. La prise de Jebel Aulia permet aux FSR d'accéder au sud, "
        "puis ils se dirigent vers Wad Madani."
    )
    assert [a.text for a in actors(text) if a.label == "person"] == []
    found = [a.text for a in locations(text)]
    assert found.count("Wad Madani") == 2 and found.count("Jebel Aulia") == 2


def test_a_person_after_c_est_or_a_bare_a_stays_a_person(actors: Analyze) -> None:
    # Wikinews 2012 article 45070 (CC BY 2.5)
    text = "C'est Michelle Obama qui ouvrira la convention. Il rend hommage à Jean Dupont."
    people = [a.text for a in actors(text) if a.label == "person"]
    assert people == ["Michelle Obama", "Jean Dupont"]


def test_names_listed_after_a_place_are_places(locations: Analyze) -> None:
    # dev text somalie-chute-de-mogadiscio-2006 (French Wikinews): the model tags the last
    # three PER; listed after a place, each is a place
    text = (
        "Les tribunaux ont subi une série de pertes successives lors des batailles de Baidoa, "
        "Bandiradley, Beledweyne et enfin Jowhar."
    )
    assert [a.text for a in locations(text)] == ["Baidoa", "Bandiradley", "Beledweyne", "Jowhar"]


def test_a_list_of_other_names_or_a_clause_after_a_comma_is_no_list_of_places(
    locations: Analyze,
) -> None:
    # Wikinews 2012 (45346, an exhibition): painters around a name the model reads as a place
    text = "On y voit des œuvres de Degas, Manet, Millet, Monet, Morisot, Pissarro et Sisley."
    assert not {"Pissarro", "Sisley"} & {a.text for a in locations(text)}
    assert [a.text for a in locations("À Damas, Jaber a déclaré la guerre.")] == ["Damas"]
    text = "Le signal est donné par le GPS des États-Unis ou GLONASS de la Russie."
    assert "GLONASS de la Russie" not in {a.text for a in locations(text)}


def test_unknown_places_inside_organisation_names_are_places(locations: Analyze) -> None:
    # real dev sentences (cameroun-forces-de-defense-de-lambazonie, mexique-*); the codebook:
    # "Every place name, including inside an organisation's name", known to the gazetteer or not
    text = (
        "Les Forces de défense de l'Ambazonie sont un groupe armé séparatiste. Depuis sa "
        "fusion-absorption du cartel de Tijuana, c'est l'un des plus puissants cartels."
    )
    assert [a.text for a in locations(text)] == ["Ambazonie", "Tijuana"]


def test_no_place_after_de_in_a_ministry_a_leader_s_group_or_a_god(locations: Analyze) -> None:
    # the portfolio of a ministry, the leader a gang is named after, God: no places
    text = (
        "Selon le ministère nigérien de la Défense, l'attaque est repoussée. L'école est "
        "contrôlée par le gang d'Evans. L'Armée de résistance du Seigneur a tué des civils."
    )
    assert [a.text for a in locations(text)] == []


def test_an_event_named_after_its_place_gives_the_place(locations: Analyze) -> None:
    # real dev sentences (mali-tinzawatene-2024, rdc-resurgence-m23-2021-2025): the model tags
    # "bataille de Tinzawatène" MISC as a whole; a summit of heads of state names no place
    text = (
        "La bataille de Tinzawatène a lieu lors de la guerre du Mali. Les combats "
        "s'intensifient à la suite de l'annulation du sommet de Luanda. Le Sommet des Chefs "
        "d'Etat et de gouvernement s'ouvre."
    )
    assert [a.text for a in locations(text)] == ["Tinzawatène", "Mali", "Luanda"]


def test_a_country_name_in_lower_case_is_a_place(locations: Analyze) -> None:
    # real dev sentence (ouganda-armee-de-resistance-du-seigneur)
    text = "Elle mène des opérations au Soudan du Sud, et en république démocratique du Congo."
    found = [a.text for a in locations(text)]
    assert found == ["Soudan du Sud", "république démocratique du Congo"]


def test_a_list_of_places_after_de_repeats_it(locations: Analyze) -> None:
    # the plural place noun and the repeated "de" of a list (somalie-offensive-hirshabelle-2025)
    text = (
        "Les combats ont lieu dans les régions du Shabeellaha Dhexe, du Shabeellaha Hoose et "
        "de Bay. Les rebelles contrôlent les provinces de Kunduz et de Baghlan."
    )
    found = [a.text for a in locations(text)]
    assert found == ["Shabeellaha Dhexe", "Shabeellaha Hoose", "Bay", "Kunduz", "Baghlan"]


def test_a_name_cut_at_its_apostrophe_is_one_place(locations: Analyze) -> None:
    # real dev sentence (tchad-bataille-ndjamena-2008): the tokenizer cuts "N'" off the name
    text = "La bataille de N'Djaména a lieu en 2008. Les rebelles se dirigent vers N'Djaména."
    assert [a.text for a in locations(text)] == ["N'Djaména", "N'Djaména"]


def test_a_place_entity_running_into_a_known_place_is_two_places(locations: Analyze) -> None:
    # real dev sentences (rdc-congres-national-defense-du-peuple, wikinews2012-44337): the
    # model tags "Kivu de la République démocratique du Congo" and "Tahrir au Caire" as one
    # LOC; not split: a common noun before "du" ("les États du Sud")
    text = (
        "Le mouvement est actif dans la région du Kivu de la République démocratique du "
        "Congo. Ils se sont rassemblés sur la place Tahrir au Caire. La ville est à la "
        "frontière avec les États du Sud."
    )
    found = [a.text for a in locations(text)]
    assert found == ["Kivu", "République démocratique du Congo", "Tahrir", "Caire", "États du Sud"]


# real dev constructions (thailande-conflit-sud, sri-lanka-bataille-kilinochchi-2008-2009,
# inde-peoples-war-group-naxalite): a place after a noun of kingdom or pocket; a place after
# "of" in an English organisation's name of two words or more, not in a ship's one-word name
PLACES_AFTER_NOUNS = [
    ("La région passe sous l'autorité du royaume du Siam.", ["Siam"]),
    ("Ils prônent la reconstitution de l'ancien royaume de Patani.", ["Patani"]),
    ("L'armée enferme les Tigres dans la poche de Mullaithivu.", ["Mullaithivu"]),
    ("Le groupe fusionne avec le Revolutionary Communist Centre of India.", ["India"]),
    ("Le musée expose l'épave de l'Empress of Ireland.", []),
    # peoples, not places (biafra-bataille-abagana-1968, soudan-du-sud-riek-machar-2013,
    # tadjikistan-guerre-civile-1992-1997): after a count, a people noun, or an unknown name
    # after "les"; a plural place after a locative stays one
    ("On enterre 7 000 cadavres (1 000 Biafrais et 6 000 Nigérians).", []),
    ("D'un côté les Nuers et de l'autre les Dinkas, à Juba.", ["Juba"]),
    ("Avec le soutien des ethnies Leninabadi et Hissari, le camp gagne.", []),
    ("Une avalanche dans les Alpes a fait neuf morts aux Philippines.", ["Alpes", "Philippines"]),
    # another name of a place in brackets (mali-tinzawatene-2024, azerbaidjan-haut-karabagh-2023)
    (
        "La bataille de Tinzawatène (ou Tin Zaouatine) a lieu en 2024.",
        ["Tinzawatène", "Tin Zaouatine"],
    ),
    ("Les soldats du Haut-Karabagh (Artsakh) déposent les armes.", ["Haut-Karabagh", "Artsakh"]),
    ("Des tirs ont eu lieu à Gao (Reuters).", ["Gao"]),
]


@pytest.mark.parametrize(("text", "places"), PLACES_AFTER_NOUNS)
def test_places_after_place_nouns_and_of(locations: Analyze, text: str, places: list[str]) -> None:
    assert [a.text for a in locations(text)] == places

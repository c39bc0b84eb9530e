"""Lexicon names and acronyms in text: spelling variants, case, spans without articles."""

from __future__ import annotations

from .conftest import Analyze, actor_ids, by_text


def test_names_match_whatever_the_accents_hyphens_and_apostrophes(actors: Analyze) -> None:
    found = by_text(
        actors(
            "Selon l’Etat islamique, les combattants du Front al Nusra et de Jabhat al-Nosra "
            "ont quitté Alep, où l'État Islamique et Daech tiennent encore des quartiers."
        )
    )
    assert (
        actor_ids(list(found.values())).items()
        >= {
            "Etat islamique": "islamic_state",
            "État Islamique": "islamic_state",
            "Daech": "islamic_state",
            "Front al Nusra": "nusra",
            "Jabhat al-Nosra": "nusra",
        }.items()
    )


def test_mentions_leave_out_the_article(actors: Analyze) -> None:
    found = actors(
        "Les talibans ont attaqué la police afghane et l'armée nationale afghane à Kunduz."
    )
    texts = [a.text for a in found]
    assert "talibans" in texts
    assert "police afghane" in texts
    assert not any(t.lower().startswith(("les ", "la ", "l'")) for t in texts)


def test_acronyms_are_case_sensitive(actors: Analyze) -> None:
    found = actors(
        "L'EI a revendiqué l'attaque. Ils ont dit que ei n'était pas une faute de frappe."
    )
    assert [a.text for a in found if a.attributes["actor_id"] == "islamic_state"] == ["EI"]
    assert "Ils" not in [a.text for a in found]


def test_title_like_names_need_a_capital(actors: Analyze) -> None:
    found = [
        a.text
        for a in actors(
            "Le monde entier regarde Kiev. Le quotidien Le Monde et Le Soir ont publié "
            "l'enquête le soir même."
        )
    ]
    assert "Le Monde" in found and "Le Soir" in found
    assert "monde" not in " ".join(found).replace("Le Monde", "")
    assert "le soir" not in found


def test_lexicon_attributes(actors: Analyze) -> None:
    (shabaab,) = [
        a for a in actors("Les shebab ont attaqué une base à Mogadiscio.") if a.label != "location"
    ]
    assert shabaab.label == "armed_group"
    assert shabaab.attributes == {
        "actor_id": "al_shabaab",
        "name": "Al-Shabaab",
        "country": "SO",
        "acled": 2,
        "source": "lexicon",
        "generic": False,
        "parent": "al_qaeda",
    }


def test_long_acronyms_also_match_in_title_case(actors: Analyze) -> None:
    found = by_text(actors("Les combattants du Mujao et d'Aqmi ont fui devant la Misma."))
    assert found["Mujao"].attributes["actor_id"] == "mujao"
    assert found["Aqmi"].attributes["actor_id"] == "aqim"
    assert found["Misma"].attributes["actor_id"] == "misma"


def test_acronym_after_a_number_is_a_unit(actors: Analyze) -> None:
    found = actors("La planète orbite à 0,04 UA de son étoile. L'UA a condamné le coup d'État.")
    assert [a.start for a in found if a.text == "UA"] == [found[0].start]
    assert found[0].start > 40


def test_descriptors_are_left_out_of_lexicon_mentions(actors: Analyze) -> None:
    found = actors("Les rebelles du M23 et le groupe État islamique ont reculé.")
    texts = {a.text: a.attributes["actor_id"] for a in found}
    assert texts["M23"] == "m23" and texts["État islamique"] == "islamic_state"
    assert "rebelles du M23" not in texts and "groupe État islamique" not in texts


def test_conflict_coverage_sahel_air_forces_and_isaf(actors: Analyze) -> None:
    text = (
        "Le Mouvement pour le salut de l'Azawad (MSA) et le Congrès pour la justice dans "
        "l'Azawad (CJA) ont signé. La Force internationale d'assistance à la sécurité est partie. "
        "La Nigerian Air Force (NAF) a frappé."
    )
    found = {a.text: a.attributes["actor_id"] for a in actors(text)}
    assert found["Mouvement pour le salut de l'Azawad"] == found["MSA"] == "msa"
    assert found["CJA"] == "cja"
    assert found["Force internationale d'assistance à la sécurité"] == "isaf"
    assert found["NAF"] == "ng_air_force"


def test_non_state_armies_and_opposition_councils_are_armed_groups(actors: Analyze) -> None:
    """FORMAT.md: state forces are a state's; the ANL and the CNS are non-state (ACLED 3, 2)."""
    text = "L'Armée nationale libyenne avance. Le Conseil national syrien (CNS) proteste."
    assert {a.text: a.label for a in actors(text)} == {
        "Armée nationale libyenne": "armed_group",
        "Conseil national syrien": "armed_group",
        "CNS": "armed_group",
    }


def test_a_parent_organisation_closing_a_name_is_part_of_it(actors: Analyze) -> None:
    text = (
        "Selon le Bureau de la coordination des affaires humanitaires des Nations unies, "
        "les Nations unies ont protesté."
    )
    found = [(a.text, a.attributes["actor_id"]) for a in actors(text)]
    assert found == [
        ("Bureau de la coordination des affaires humanitaires des Nations unies", "ocha"),
        ("Nations unies", "un"),
    ]

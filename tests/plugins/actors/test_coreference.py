"""Document-level coreference: word order, spelling variants and run-on names fold to one actor."""

from __future__ import annotations

import spacy
from polemos_actors.coreference import fold_variants, skeleton
from polemos_actors.mentions import ActorRef, Candidate
from spacy.tokens import Doc

from .conftest import Analyze


def ids(found: list, text: str) -> set[str]:  # type: ignore[type-arg]
    return {a.attributes["actor_id"] for a in found if a.text == text}


def test_skeleton_makes_transliterations_one() -> None:
    assert skeleton("Al-Shabaab") == skeleton("al-Chabab") == skeleton("Shabbaab")
    assert skeleton("Hizbul Islam") == skeleton("Hisbul Islam")
    assert skeleton("Ansar Dine") != skeleton("Ansaru")


def test_surname_first_in_capitals_is_the_same_person(actors: Analyze) -> None:
    found = actors(
        "KOUROUMA Ibrahim, le chef des rebelles, a été arrêté. "
        "Kourouma Ibrahim est accusé de crimes de guerre. Ibrahim Kourouma nie."
    )
    people = [a for a in found if a.label == "person"]
    assert [a.text for a in people] == ["KOUROUMA Ibrahim", "Kourouma Ibrahim", "Ibrahim Kourouma"]
    assert len({a.attributes["actor_id"] for a in people}) == 1


def test_known_person_written_surname_first(actors: Analyze) -> None:
    found = actors("Kabila Joseph a été réélu. Joseph Kabila a prêté serment lundi.")
    assert ids(found, "Kabila Joseph") == ids(found, "Joseph Kabila") == {"joseph_kabila"}


def test_acronym_in_capitals_is_no_surname(actors: Analyze) -> None:
    # "ONU Ban" is no surname-first person: two letters in capitals are an acronym.
    found = actors("Selon l'ONU, Ban Ki-moon a condamné l'attaque.")
    assert not any(a.text.startswith("ONU ") for a in found)


def test_fuller_name_of_a_known_person(actors: Analyze) -> None:
    found = actors(
        "Khalifa Belqasim Haftar Alferjani, né à Ajdabiya, est un militaire libyen. "
        "En 2014, Khalifa Haftar lance une offensive sur Benghazi."
    )
    assert ids(found, "Khalifa Belqasim Haftar Alferjani") == ids(found, "Khalifa Haftar")


def test_two_people_sharing_a_surname_stay_apart(actors: Analyze) -> None:
    found = actors("Akhmad Kadyrov est tué en 2004. Son fils, Ramzan Kadyrov, lui succède ensuite.")
    assert ids(found, "Akhmad Kadyrov") != ids(found, "Ramzan Kadyrov")


def _candidates(text: str, spans: list[tuple[str, str, str]]) -> tuple[Doc, list[Candidate]]:
    """A tokenized ``text`` and one candidate per (surface form, actor id, source)."""
    doc = spacy.blank("fr")(text)
    out = []
    for form, actor_id, source in spans:
        start = text.index(form)
        span = doc.char_span(start, start + len(form))
        assert span is not None
        ref = ActorRef(actor_id, form, "armed_group")
        out.append(Candidate(span.start, span.end, ref, source))
    return doc, sorted(out, key=lambda c: c.start)


def test_spelling_variants_fold_into_the_lexicon_actor() -> None:
    doc, chosen = _candidates(
        "Hizbul Islam combat Al-Shabbaab. Hisbul Islam a perdu Kismayo face aux Shabaab.",
        [
            ("Hizbul Islam", "hizbul_islam", "lexicon"),
            ("Al-Shabbaab", "armed_group_al_shabbaab", "ner"),
            ("Hisbul Islam", "armed_group_hisbul_islam", "ner"),
            ("Shabaab", "al_shabaab", "lexicon"),
        ],
    )
    folded = {doc[c.start : c.end].text: c.actor.id for c in fold_variants(doc, chosen)}
    assert folded == {
        "Hizbul Islam": "hizbul_islam",
        "Hisbul Islam": "hizbul_islam",
        "Al-Shabbaab": "al_shabaab",
        "Shabaab": "al_shabaab",
    }


def test_two_lexicon_actors_with_one_skeleton_stay_apart() -> None:
    doc, chosen = _candidates(
        "Ansar Dine et Ansar Dīne.",
        [("Ansar Dine", "ansar_dine", "lexicon"), ("Ansar Dīne", "other_group", "lexicon")],
    )
    assert [c.actor.id for c in fold_variants(doc, chosen)] == ["ansar_dine", "other_group"]


def test_organisation_run_on_to_a_clause_is_cut(actors: Analyze) -> None:
    found = actors(
        "L'avion du chef des Forces nouvelles auquel ce dernier échappe a été visé. "
        "L'accord a permis aux Forces nouvelles de participer au gouvernement. "
        "Chérif Ousmane, commandant des Forces nouvelles lié à Guillaume Soro, a été cité."
    )
    groups = [a for a in found if a.label == "armed_group"]
    assert [a.text for a in groups] == ["Forces nouvelles"] * 3
    assert len({a.attributes["actor_id"] for a in groups}) == 1


def test_sentence_initial_si_is_no_part_of_a_name(actors: Analyze) -> None:
    found = actors("Si Ibrahim Coulibaly est en général accusé, d'autres noms circulent.")
    assert "Ibrahim Coulibaly" in {a.text for a in found}


def test_party_defined_by_its_acronym(actors: Analyze) -> None:
    found = actors(
        "Le Parti socialiste (PS) a remporté les élections législatives. "
        "Le PS dispose désormais de la majorité absolue."
    )
    assert {a.label for a in found if a.text in {"Parti socialiste", "PS"}} == {"government"}
    assert ids(found, "PS") == ids(found, "Parti socialiste")
    assert len([a for a in found if a.text == "PS"]) == 2


def test_armed_name_with_a_party_head_is_an_armed_group(actors: Analyze) -> None:
    found = actors("Le Front de libération du Nord (FLN) a attaqué la garnison. Le FLN dément.")
    assert {a.label for a in found if a.text == "FLN"} == {"armed_group"}


def test_cut_party_name_folds_into_the_full_one(actors: Analyze) -> None:
    found = actors(
        "Le parti Nouvelle Alliance démocratique (NAD) a remporté 40 sièges. "
        "La Nouvelle Alliance démocratique gouvernera avec le Parti du progrès."
    )
    full = ids(found, "Nouvelle Alliance démocratique")
    assert full and ids(found, "NAD") == full
    assert ids(found, "Parti du progrès") != full


def test_council_alone_after_its_full_name(actors: Analyze) -> None:
    found = actors(
        "Le Conseil de transition militaire a suspendu la constitution. "
        "Le Conseil a promis des élections dans un an."
    )
    assert ids(found, "Conseil") == ids(found, "Conseil de transition militaire")


def test_a_state_union_is_no_party(actors: Analyze) -> None:
    found = actors("Pendant la dislocation de l'Union soviétique, il rejoint les indépendantistes.")
    assert not [a for a in found if a.text == "Union soviétique"]


def test_a_congress_is_no_party(actors: Analyze) -> None:
    found = actors("Le Congrès de Québec sur l'énergie s'est ouvert lundi devant 300 experts.")
    assert not [a for a in found if a.text.startswith("Congrès")]


def test_newspaper_after_a_contracted_article(actors: Analyze) -> None:
    found = actors("Très ému, il confie au Figaro que la défense était prête.")
    assert [(a.text, a.label) for a in found] == [("Figaro", "media")]


def test_a_name_before_the_contraction_is_no_newspaper(actors: Analyze) -> None:
    found = actors("La Coupe du Monde a commencé. Il a fait le tour du monde.")
    assert [a for a in found if a.label == "media"] == []


def test_named_gang_and_the_gang(actors: Analyze) -> None:
    found = actors(
        "Les soldats ont mené un raid contre le gang d'Evans à Cité Soleil. "
        "Quatre membres du gang ont été tués."
    )
    gangs = [(a.text, a.attributes["actor_id"]) for a in found if a.label == "armed_group"]
    assert [text for text, _ in gangs] == ["gang d'Evans", "gang"]
    assert len({actor for _, actor in gangs}) == 1


def test_the_gangs_as_one_side_but_not_indefinite_ones(actors: Analyze) -> None:
    text = "Les gangs tiennent la ville. La police affronte les gangs. Des gangs rivaux luttent."
    found = actors(text)
    starts = [text.index("gangs"), text.index("gangs", 10)]
    assert [a.start for a in found if a.text == "gangs"] == starts
    assert not [a for a in actors("Il a été victime d'un gang de voleurs.") if a.text == "gang"]

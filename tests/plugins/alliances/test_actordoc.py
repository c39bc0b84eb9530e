"""The actor view: sentence units, merged actor tokens, demonstrative anaphora."""

from __future__ import annotations

import pytest
import spacy
from polemos import Annotation
from polemos_alliances.actordoc import ACTOR_PREFIX, build_actor_doc, sentence_units
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("fr_core_news_sm", disable=["ner"])


def actor(text: str, surface: str, actor_id: str, occurrence: int = 0) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Annotation(
        id=f"a{start}",
        layer="actors",
        label="armed_group",
        start=start,
        end=start + len(surface),
        text=surface,
        attributes={"actor_id": actor_id},
        run="test",
    )


def test_sentence_units_split_lines_and_sentences() -> None:
    text = "Gao : attaque conjointe\nLe MNLA avance. M. Traoré parle. Fin"
    assert [text[s:e] for s, e in sentence_units(text)] == [
        "Gao : attaque conjointe",
        "Le MNLA avance.",
        "M. Traoré parle.",
        "Fin",
    ]


def test_actor_mentions_become_single_tokens_with_their_article(nlp: Language) -> None:
    text = "La milice Jund al-Aqsa a attaqué le Front al-Nosra."
    mentions = [actor(text, "Jund al-Aqsa", "jund"), actor(text, "Front al-Nosra", "nusra")]
    view = build_actor_doc(nlp(text), mentions, descriptors=["milice"])
    assert view is not None
    merged = {view.doc[i].text: a.attributes["actor_id"] for i, a in view.actors.items()}
    assert merged == {"La milice Jund al-Aqsa": "jund", "le Front al-Nosra": "nusra"}
    assert all(view.doc[i].ent_type_ == ACTOR_PREFIX + "armed_group" for i in view.actors)


def test_the_shared_doc_is_not_modified(nlp: Language) -> None:
    text = "La milice Jund al-Aqsa a attaqué le Front al-Nosra."
    doc = nlp(text)
    before = [t.text for t in doc]
    build_actor_doc(doc, [actor(text, "Jund al-Aqsa", "j"), actor(text, "Front al-Nosra", "n")])
    assert [t.text for t in doc] == before and not doc.ents


def test_no_view_when_no_sentence_holds_two_actors(nlp: Language) -> None:
    text = "Le Front al-Nosra avance. Jund al-Aqsa recule."
    mentions = [actor(text, "Front al-Nosra", "n"), actor(text, "Jund al-Aqsa", "j")]
    assert build_actor_doc(nlp(text), mentions) is None


def test_demonstrative_designates_the_mention_its_descriptor_introduced(nlp: Language) -> None:
    text = (
        "La milice Jund al-Aqsa et le groupe Front al-Nosra ont fui. Cette milice a attaqué Daesh."
    )
    mentions = [
        actor(text, "Jund al-Aqsa", "jund"),
        actor(text, "Front al-Nosra", "nusra"),
        actor(text, "Daesh", "is"),
    ]
    view = build_actor_doc(nlp(text), mentions, descriptors=["milice", "groupe"])
    assert view is not None
    anaphor = next(i for i in view.actors if view.doc[i].text == "Cette milice")
    assert view.actors[anaphor].attributes["actor_id"] == "jund"


def test_a_subject_pronoun_stands_for_the_subject_of_the_sentence_before(nlp: Language) -> None:
    text = "Le Front Polisario est un mouvement armé. Il combat l'armée marocaine."
    polisario = actor(text, "Front Polisario", "polisario")
    army = actor(text, "armée marocaine", "far")
    view = build_actor_doc(nlp(text), [polisario, army], text=text)
    assert view is not None
    [pronoun] = [token.i for token in view.doc if token.text == "Il"]
    assert view.actors[pronoun] is polisario  # the end is the antecedent's own mention
    assert view.active_units == [1]


def test_a_designation_subject_needs_the_word_in_the_designations(nlp: Language) -> None:
    text = "Le Front Polisario est un mouvement armé. Le mouvement combat l'armée marocaine."
    mentions = [actor(text, "Front Polisario", "polisario"), actor(text, "armée marocaine", "far")]
    assert build_actor_doc(nlp(text), mentions, text=text) is None
    view = build_actor_doc(nlp(text), mentions, designations=["mouvement"], text=text)
    assert view is not None
    assert [view.actors[i].text for i in sorted(view.actors)] == [
        "Front Polisario",
        "Front Polisario",
        "armée marocaine",
    ]

"""The trigger pre-filter: a cue's matcher runs only on sentences holding one of its words."""

from __future__ import annotations

from polemos_alliances import load_cues
from polemos_alliances.triggers import Trigger, cue_trigger, text_words


def test_trigger_takes_a_content_word_not_a_preposition() -> None:
    trigger = cue_trigger(load_cues().by_id("allied.side_by_side"))
    assert trigger is not None
    assert "côtés" in trigger.words and "de" not in trigger.words


def test_stems_fire_on_any_inflection() -> None:
    trigger = cue_trigger(load_cues().by_id("hostile.attack_verb"))
    assert trigger is not None
    assert trigger.fires(text_words("Les talibans ATTAQUAIENT l'armée afghane."))
    assert not trigger.fires(text_words("Les talibans et l'armée afghane ont négocié."))


def test_hyphenated_cue_words_are_found_by_their_longest_part() -> None:
    trigger = Trigger(frozenset({"parole"}), ())
    assert trigger.fires(text_words("le porte-parole de l'ASL"))


def test_every_shipped_cue_has_a_trigger_that_fires_on_its_examples() -> None:
    cues = load_cues()
    assert sum(len(cue.examples) for cue in cues.cues) >= 20
    for cue in cues.cues:
        trigger = cue_trigger(cue)
        assert trigger is not None, cue.id
        for example in cue.examples:
            assert trigger.fires(text_words(example)), (cue.id, example)

"""The anchored matcher finds what one spaCy ``Matcher`` over the whole document finds."""

from __future__ import annotations

import pytest
from polemos.nlp import load_model
from polemos_actors.anchored import AnchoredMatcher
from spacy.matcher import Matcher

GROUPS = {"LOWER": {"IN": ["rebelles", "milices", "insurgés"]}}
ADJECTIVE = {"LOWER": {"IN": ["islamistes", "armés", "touaregs"]}, "OP": "?"}
DEMONYM = {"LOWER": {"IN": ["maliens", "touaregs", "syriens"]}, "OP": "?"}
RULES = {
    "generic": ([[GROUPS, ADJECTIVE, DEMONYM]], 0, "LONGEST"),
    "unit": (
        [[{"TEXT": {"REGEX": r"^\d+(e|ème|er)$"}}, {"LOWER": {"IN": ["bataillon", "régiment"]}}]],
        1,
        "LONGEST",
    ),
    "ministry": ([[{"LOWER": "ministère"}, {"LOWER": {"IN": ["russe", "malien"]}}]], 0, None),
}
TEXT = (
    "Les rebelles touaregs maliens ont attaqué le 65e bataillon et le 2e régiment. "
    "Selon le ministère russe de la Défense, des insurgés armés syriens et des milices "
    "touaregs étaient là ; les rebelles islamistes aussi, mais pas le ministère des Finances. "
    "Rebelles."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_model("fr_core_news_sm")(TEXT)


def test_same_matches_as_one_matcher_over_the_document(doc) -> None:  # type: ignore[no-untyped-def]
    anchored = AnchoredMatcher(doc.vocab)
    whole = Matcher(doc.vocab)
    for key, (patterns, anchor, greedy) in RULES.items():
        anchored.add(key, patterns, anchor=anchor, greedy=greedy)
        whole.add(key, patterns, greedy=greedy)
    found = anchored(doc)
    assert sorted(found) == sorted(whole(doc))
    spans = {(doc.vocab.strings[key], doc[s:e].text) for key, s, e in found}
    assert ("generic", "rebelles touaregs maliens") in spans  # the longest only
    assert ("generic", "rebelles touaregs") not in spans
    assert ("unit", "65e bataillon") in spans  # anchored on its second token
    assert ("ministry", "ministère russe") in spans
    assert ("generic", "Rebelles") in spans  # the last token: a window cut at the end


def test_anchor_must_be_a_fixed_lower_token(doc) -> None:  # type: ignore[no-untyped-def]
    anchored = AnchoredMatcher(doc.vocab)
    with pytest.raises(ValueError, match="anchor"):
        anchored.add("x", [[{"TEXT": {"REGEX": "^a"}}]])
    with pytest.raises(ValueError, match="operator"):
        anchored.add("x", [[{"LOWER": "a", "OP": "?"}]])

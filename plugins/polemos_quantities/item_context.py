"""Items not written right after the number: what a measure measures, what a bilan counts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from polemos_quantities.items import Item, is_people_name, read_complement
from polemos_quantities.lexicon import Category
from polemos_quantities.scope import Scope, forms
from polemos_quantities.text import SPACES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["read_count_context", "read_measured", "read_people_antecedent"]

_S = SPACES
_POSSESSIVES = "ses|son|sa|leurs|leur|ces|ce|cette|nos|vos|notre|votre"
_COUNT_BEFORE = re.compile(
    rf"(?<!\w)(?:bilan|total|pertes|nombre{_S}+(?:d'{_S}*|(?:des|du|de){_S}+)"
    rf"(?:(?:{_POSSESSIVES}){_S}+)?(?P<item>[^\W\d_]+)"
    rf"|(?P<members>(?:{_POSSESSIVES}){_S}+(?:nombre|effectifs?)))"
    rf"[^.;:!?]{{0,50}}?(?<!\w)(?:à|de|:|atteint|atteindrait|dépass\w*|est|sont|serait"
    rf"|estimée?s?|évaluée?s?){_S}*$"
)
_COUNT_BEFORE_REACH = 80
_COUNT_AFTER = re.compile(
    rf"{_S}+le{_S}+(?:nombre|total|bilan){_S}+(?:de{_S}+|d'){_S}*(?P<item>[^\W\d_]+)"
)
_DE = frozenset({"de", "d'"})
_ANTECEDENT_REACH = 15
_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "«", "“"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Item categories that count people: the antecedents a bare count may refer back to.
_PEOPLE = frozenset({"personnel", "other", "displaced", "captured", "casualties"})


def _noun_item(scope: Scope, char: int) -> Item | None:
    noun = scope.index.at(char)
    if noun is None:
        return None
    category = scope.lexicon.item_category(noun.lower_, noun.lemma_)
    return Item(noun.text, noun.idx, noun.idx + len(noun), noun, category)


_SHARE_OF = re.compile(rf"{_S}+(?:du|des|de{_S}+la|de{_S}+l'|de|d'){_S}*(?P<whole>[^\W\d_]+)")


def _share_of(scope: Scope, end: int) -> Item | None:
    """The territory a percentage is a share of: "80 % du territoire", "60 % de la capitale"."""
    found = _SHARE_OF.match(scope.norm, end)
    if found is None:
        return None
    whole = found.group("whole")
    if whole not in scope.lexicon.area_items and whole not in scope.lexicon.share_wholes:
        return None
    noun = scope.index.at(found.start("whole"))
    if noun is None:
        return None
    return Item(noun.text, noun.idx, noun.idx + len(noun), noun, ("territory", None))


def read_measured(scope: Scope, start: int, end: int, share: bool = False) -> Item | None:
    """Return what a measure measures, outside its span.

    "805 km² de territoire" (a bare "de" complement after the unit) or "un territoire de
    22 km²" (an area noun before "de"); with ``share`` (a percentage), the territory it is a
    share of ("80 % du territoire").
    """
    last = scope.index.at(end - 1)
    if last is None:
        return None
    if share and (whole := _share_of(scope, end)) is not None:
        return whole
    noun = read_complement(scope, last)
    if noun is None:
        de = scope.index.before(start)
        candidate = scope.index.before(de.idx) if de is not None else None
        if de is None or forms(de)[0] not in _DE or candidate is None:
            return None
        if forms(candidate)[0] not in scope.lexicon.area_items:
            return None
        noun = candidate
    return _noun_item(scope, noun.idx)


def read_count_context(scope: Scope, start: int, end: int) -> Item | None:
    """Return what a bare number counts, as the context names it.

    "le bilan s'élève à 27" (no item, the bilan gives the category), "le nombre de morts a
    atteint 150", "on estime à 10 000 le nombre de réfugiés", "on estimait leur nombre à 40"
    (a group's members: personnel); ``None`` when nothing does.
    """
    match = _COUNT_AFTER.match(scope.norm, end) or _COUNT_BEFORE.search(
        scope.norm, max(0, start - _COUNT_BEFORE_REACH), start
    )
    if match is None:
        return None
    if match.group("item") is None:
        anchor = scope.index.at(match.start())
        if anchor is None:
            return None
        # "leur nombre", "ses effectifs": the members of a group named before
        members = ("personnel", None) if match.group("members") else None
        return Item("", anchor.idx, anchor.idx, anchor, members)
    return _noun_item(scope, match.start("item"))


def _people_noun(scope: Scope, token: Token) -> Category | None:
    """The category of a plural noun of people ("assaillants", "Syriens"), else ``None``."""
    if token.pos_ not in _NOUN_POS or "Sing" in token.morph.get("Number", []):
        return None
    lower, lemma = forms(token)
    category = scope.lexicon.item_category(lower) or scope.lexicon.item_category(lemma)
    if category is None and is_people_name(scope, token):
        return ("personnel", None)
    return category if category is not None and category[0] in _PEOPLE else None


def _counted_thing(scope: Scope, token: Token) -> bool:
    """A plural common noun of no people category nearer than the people: it is what counts."""
    if token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number", []):
        return False
    lower, lemma = forms(token)
    return scope.lexicon.item_category(lower, lemma) is None and not is_people_name(scope, token)


def _first_people(scope: Scope, tokens: Iterable[Token]) -> Token | None:
    return next((t for t in tokens if _people_noun(scope, t) is not None), None)


def read_people_antecedent(
    scope: Scope, first: Token, end: int, pronoun: bool = False
) -> Item | None:
    """Return the people a bare count refers back to, as a zero-width item at ``end``.

    "les combattants ... seraient entre 400 et 500", "Les assaillants sont arrivés, une
    centaine environ", "ils étaient plus de 200" (a subject pronoun: the first people noun of
    the sentence before, else people unnamed). ``None`` when no people are in sight.
    ``pronoun``: the count is already said to be of people ("20 000 d'entre eux").
    """
    noun: Token | None = None
    for token in scope.left(first, _ANTECEDENT_REACH):
        if token.text in _CLAUSE_BREAKS:
            break
        if _people_noun(scope, token) is not None:
            noun = token
            break
        if token.pos_ == "PRON" and forms(token)[0] in scope.lexicon.people_pronouns:
            pronoun = True
            break
        if _counted_thing(scope, token):
            return None  # "des candidats ayant des notes comprises entre 8 et 10": the notes
    if noun is None and not pronoun:
        return None
    if noun is None:
        start, _ = scope.sentence_bounds(first)
        if start > 0:
            previous_start, _ = scope.sentence_bounds(scope.doc[start - 1])
            noun = _first_people(scope, scope.doc[previous_start:start])
    last = scope.index.at(end - 1) or first
    if noun is None:
        return Item("", end, end, last, ("personnel", None), elliptic=True)
    category = _people_noun(scope, noun)
    return Item(noun.text, end, end, last, category, elliptic=True)

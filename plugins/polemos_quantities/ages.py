"""Whether "N ans" gives someone's age (category ``other``) rather than a duration."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from polemos_quantities.scope import Scope, forms
from polemos_quantities.text import SPACES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_age"]

_APPOSITION = re.compile(rf"[,(]{SPACES}*$")
_CLOSE = re.compile(rf"{SPACES}*[,)]")
#: Words of a bound cue between "de" and the number: "un enfant de moins de 14 ans".
_BOUND_WORDS = frozenset({"moins", "plus", "près", "environ", "quelque", "à", "peine", "de", "d'"})
_DE = frozenset({"de", "d'"})
_MAX_ADJECTIVES = 2
_REACH = 8


def _people_noun(scope: Scope, token: Token) -> bool:
    """A noun of people: an age noun ("lycéen") or a people item of the lexicon ("ministre")."""
    lower, lemma = forms(token)
    lex = scope.lexicon
    if lower in lex.age_nouns or lemma in lex.age_nouns:
        return True
    category = lex.item_category(lower, lemma)
    return category is not None and category[0] in lex.people_categories


def _strip_bound(left: list[Token]) -> tuple[list[Token], str | None]:
    """Drop the bound words right before the number; return the rest and the last word dropped.

    ``left`` is nearest first: "de moins de 14" gives the words before the first "de".
    """
    i = 0
    while i < len(left) and forms(left[i])[0] in _BOUND_WORDS:
        i += 1
    return left[i:], forms(left[i - 1])[0] if i else None


def _after_people_noun(scope: Scope, left: list[Token]) -> bool:
    """A people noun, then "de": "un lycéen de 17 ans", "deux mineurs de moins de 14 ans"."""
    rest, last = _strip_bound(left)
    if last not in _DE:
        return False
    adjectives = 0
    while rest and rest[0].pos_ == "ADJ" and adjectives < _MAX_ADJECTIVES:
        rest, adjectives = rest[1:], adjectives + 1
    return bool(rest) and _people_noun(scope, rest[0])


def _had(left: list[Token]) -> bool:
    """Age by "avoir": "il avait 47 ans", "elle a à peine 20 ans"; not "il y a 30 ans"."""
    rest, _ = _strip_bound(left)
    if not rest or rest[0].lemma_ != "avoir" or rest[0].pos_ not in {"AUX", "VERB"}:
        return False
    return len(rest) < 2 or forms(rest[1])[0] != "y"


def is_age(scope: Scope, start: int, end: int, first: Token) -> bool:
    """Return whether "N ans" at ``start:end`` gives an age rather than a duration.

    "âgé de 32 ans"; a noun of people, then "de" ("un lycéen de 17 ans", "deux mineurs de moins
    de 14 ans"); "avoir N ans" ("il avait 47 ans"); ", 32 ans," and "(32 ans)".
    """
    left = list(scope.left(first, _REACH))
    if any(forms(t)[0] in scope.lexicon.age_cues for t in left[:3]):
        return True
    if _after_people_noun(scope, left) or _had(left):
        return True
    norm = scope.norm
    return bool(_APPOSITION.search(norm, max(0, start - 3), start) and _CLOSE.match(norm, end))

"""Items not written right after the number: what a measure measures, what a bilan counts."""

from __future__ import annotations

import re

from polemos_quantities.items import Item, read_complement
from polemos_quantities.scope import Scope, forms
from polemos_quantities.text import SPACES

__all__ = ["read_count_context", "read_measured"]

_S = SPACES
_COUNT_BEFORE = re.compile(
    rf"(?<!\w)(?:bilan|total|pertes|nombre{_S}+(?:d'{_S}*|(?:des|du|de){_S}+)(?P<item>[^\W\d_]+))"
    rf"[^.;:!?]{{0,50}}?(?<!\w)(?:à|de|:|atteint|atteindrait|dépass\w*|est|sont|serait){_S}*$"
)
_COUNT_BEFORE_REACH = 80
_COUNT_AFTER = re.compile(
    rf"{_S}+le{_S}+(?:nombre|total|bilan){_S}+(?:de{_S}+|d'){_S}*(?P<item>[^\W\d_]+)"
)
_DE = frozenset({"de", "d'"})


def _noun_item(scope: Scope, char: int) -> Item | None:
    noun = scope.index.at(char)
    if noun is None:
        return None
    category = scope.lexicon.item_category(noun.lower_, noun.lemma_)
    return Item(noun.text, noun.idx, noun.idx + len(noun), noun, category)


def read_measured(scope: Scope, start: int, end: int) -> Item | None:
    """Return what a measure measures, outside its span.

    "805 km² de territoire" (a bare "de" complement after the unit) or "un territoire de
    22 km²" (an area noun before "de").
    """
    last = scope.index.at(end - 1)
    if last is None:
        return None
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
    atteint 150", "on estime à 10 000 le nombre de réfugiés"; ``None`` when nothing does.
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
        return Item("", anchor.idx, anchor.idx, anchor, None)
    return _noun_item(scope, match.start("item"))

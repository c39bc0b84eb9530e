"""Which generic group mentions (``les rebelles``, ``les jihadistes``) to keep.

A generic noun is a mention only when it is a noun phrase of its own: not an adjective after a
noun (``groupes jihadistes``, ``sources rebelles``), and not a descriptor of a named actor that
follows (``mercenaires du groupe Wagner``: the mention is ``groupe Wagner``). By default
(``generic: "qualified"``) a bare generic noun (``les insurgés``) is left out too, and only
qualified ones are kept (``rebelles touaregs``, ``jihadistes maliens``): a bare one rarely names
an actor a reader could count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from polemos_french import DE, DEFINITE_ARTICLES

from ._text import fold
from .mentions import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

_DE = DE
_ARTICLES = DEFINITE_ARTICLES
_NOMINAL = frozenset({"NOUN", "PROPN"})


def is_adjectival(doc: Doc, start: int) -> bool:
    """``groupes jihadistes``: the generic word qualifies the noun right before it."""
    token = doc[start]
    return start > 0 and doc[start - 1].pos_ in _NOMINAL and token.dep_ == "amod"


def keep_generics(doc: Doc, chosen: list[Candidate], mode: object) -> list[Candidate]:
    """Drop generic mentions that describe a named actor, then apply the ``generic`` mode.

    ``mode`` is the ``generic`` configuration value: true keeps the other generic mentions,
    ``"qualified"`` keeps those with a demonym or an adjective, false keeps none.
    """
    named_starts = {c.start for c in chosen if not c.actor.generic}
    out = []
    for cand in chosen:
        if cand.actor.generic:
            if mode is False or _describes_named(doc, cand.end, named_starts):
                continue
            if mode == "qualified" and cand.end - cand.start == 1:
                continue
        out.append(cand)
    return out


def _describes_named(doc: Doc, end: int, named_starts: set[int]) -> bool:
    """``mercenaires du groupe Wagner``: ``de`` (and an article) then a named actor."""
    i = end
    if i >= len(doc) or fold(doc[i].text) not in _DE:
        return False
    i += 1
    if i < len(doc) and fold(doc[i].text) in _ARTICLES:
        i += 1
    if i in named_starts:
        return True
    return i + 1 in named_starts and fold(doc[i].text) in {"groupe", "mouvement", "milice"}

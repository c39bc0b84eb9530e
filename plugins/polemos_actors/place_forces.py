"""Forces named by a place that is no state: ``l'armée de la République serbe de Bosnie``.

A one-word force head (``armée``, ``forces``, ``troupes``; not ``soldats``: the soldiers of a
town are soldiers there) after a definite article, then ``de``/``du``/``de la``, then a place
the model or the gazetteer reads (``du Haut-Karabagh``, ``de la République serbe de
Bosnie``) that is not a country or a capital (those are the patterns' state forces), is one
mention of the forces of that place: an actor of its own, typed ``state_force`` (the
codebook's forces of a state, recognised or not). The place stays a location inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from polemos_french import DE, DEFINITE_ARTICLES
from spacy.tokens import Doc

from ._text import fold
from .acled import code_for_type
from .countries import country_table
from .gazetteer import places
from .mentions import ActorRef, Candidate

_HEADS = frozenset({"armee", "forces", "troupes"})
_DE = DE | {"la", "l'"}


def _place_at(doc: Doc, start: int, place_at: dict[int, tuple[int, str]]) -> int | None:
    """The end of the place that starts at token ``start`` (a LOC entity or a gazetteer place)."""
    if start in place_at:
        return place_at[start][0]
    token = doc[start]
    if token.ent_iob_ == "B" and token.ent_type_ == "LOC":
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end
    return None


def place_forces(doc: Doc, place_at: dict[int, tuple[int, str]]) -> Iterator[Candidate]:
    """Yield ``<force head> de <place>`` mentions for places that are no state."""
    table = country_table()
    for head in doc:
        i = head.i
        if not (head.is_lower and fold(head.text) in _HEADS and i > 0):
            continue
        if fold(doc[i - 1].text) not in DEFINITE_ARTICLES | {"d'", "des", "du", "aux", "au"}:
            continue
        j = i + 1
        while j < len(doc) and j - i <= 2 and fold(doc[j].text) in _DE:
            j += 1
        if j == i + 1 or j >= len(doc) or not doc[j].text[:1].isupper():
            continue
        end = _place_at(doc, j, place_at)
        if end is None:
            continue
        name = doc[j:end].text
        place = places().get(fold(name))
        if table.from_name(name) or (place is not None and place.iso is not None):
            continue  # a country or a capital: the patterns' state force
        slug = re.sub(r"\W+", "_", fold(name)).strip("_")
        ref = ActorRef(
            f"forces_{slug}", f"Forces of {name}", "state_force", None, code_for_type("state_force")
        )
        yield Candidate(i, end, ref, "pattern")

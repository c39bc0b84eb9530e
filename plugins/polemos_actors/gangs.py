"""Gangs: ``le gang d'Evans`` is an armed group; ``le gang``, ``les gangs`` designate it.

- a gang noun (``gang``, ``gangs``, ``bande``) followed by ``de``/``d'`` and a capitalised name
  (``gang d'Evans``, ``gang de Village de Dieu``) is a gang of its own, ``armed_group``;
- a bare definite gang noun (``le gang``, ``du gang``, ``les gangs``) is that gang when the
  document names exactly one, and the gangs as one side otherwise (the codebook: "les gangs"
  where the text names one side that way); an indefinite one (``un gang``, ``des gangs``) is
  no mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from polemos_french import CONTRACTED_ARTICLES, DEFINITE_ARTICLES
from spacy.tokens import Doc

from ._text import fold
from ._words import _words
from .acled import code
from .mentions import ActorRef, Candidate

GANG_NOUNS = _words("gang gangs")
"""Nouns of a gang (``le gang d'Evans``, ``les gangs``)."""

_DEFINITE = DEFINITE_ARTICLES | CONTRACTED_ARTICLES | {"ce", "ces"}
_OF = _words("de d' du")
_MILITIAS = code("political_militias")
"""ACLED codes gangs as political militias."""


def _named_end(doc: Doc, i: int) -> int:
    """End of the capitalised name starting at token ``i`` (``Village de Dieu``)."""
    end = i
    while end < len(doc) and (
        (doc[end].text[:1].isupper() and doc[end].is_alpha)
        or (fold(doc[end].text) in _OF and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())
    ):
        end += 1
    while end > i and fold(doc[end - 1].text) in _OF:
        end -= 1
    return end


def gang_candidates(doc: Doc, chosen: Iterable[Candidate]) -> list[Candidate]:
    """Named gangs and the definite gang nouns that designate them (see the module)."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    named: list[Candidate] = []
    bare: list[int] = []
    for i, token in enumerate(doc):
        if fold(token.text) not in GANG_NOUNS or i in taken:
            continue
        after = i + 1
        if after + 1 < len(doc) and fold(doc[after].text) in _OF:
            end = _named_end(doc, after + 1)
            if end > after + 1:
                name = doc[i:end].text
                slug = re.sub(r"\W+", "_", fold(name)).strip("_")
                ref = ActorRef(f"group_{slug}", name, "armed_group", None, _MILITIAS)
                named.append(Candidate(i, end, ref, "pattern"))
                continue
        if i > 0 and fold(doc[i - 1].text) in _DEFINITE and fold(doc[i - 1].text) != "des":
            bare.append(i)
    owners = {c.actor.id: c.actor for c in named}
    if len(owners) == 1:
        side = next(iter(owners.values()))
    else:
        side = ActorRef("gangs", "gangs", "armed_group", None, _MILITIAS)
    if len(owners) > 1:
        return named  # several gangs named: a bare "le gang" is ambiguous
    return named + [Candidate(i, i + 1, side, "pattern") for i in bare]

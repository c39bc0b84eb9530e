"""Governments named by a qualified head and their place: ``le gouvernement régional du Kurdistan``.

A government head of ``data/named_governments.yaml`` after a determiner (or capitalised:
``le Gouvernement fédéral de transition de Somalie``), one qualifier or more (``régional``,
``fédéral``, ``de transition``, ``intérimaire``), then ``de`` and a place of the gazetteer or
a capitalised name (``de l'Ambazonie``) is a ``government`` actor of its own, named by the
whole phrase; its country is the place's when the place is a country. A head with no
qualifier (``le gouvernement de la Somalie``) is the patterns' (:mod:`.patterns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from polemos_french import CONTRACTED_ARTICLES, DE, DEFINITE_ARTICLES
from spacy.tokens import Doc

from ._text import fold
from .acled import code_for_type
from .countries import country_table
from .mentions import ActorRef, Candidate
from .patterns import proper_name_end
from .ruledata import rule_data

_DATA = rule_data("named_governments.yaml", frozenset({"heads", "qualifiers"}))
HEADS = _DATA.words("heads")
QUALIFIERS = frozenset(tuple(q.replace("'", "' ").split()) for q in _DATA.words("qualifiers"))
_LONGEST = max(len(q) for q in QUALIFIERS)
_BEFORE = DEFINITE_ARTICLES | CONTRACTED_ARTICLES | frozenset({"un", "une", "son", "sa", "leur"})
_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
_MAX_QUALIFIERS = 3


def named_governments(
    doc: Doc, folded: list[str], place_at: dict[int, tuple[int, str]]
) -> Iterator[Candidate]:
    """Yield the qualified governments of ``doc`` (module doc), each its own actor."""
    for i, word in enumerate(folded):
        if word not in HEADS or i == 0:
            continue
        if folded[i - 1] not in _BEFORE and not doc[i].text[:1].isupper():
            continue
        j, count = i + 1, 0
        while count < _MAX_QUALIFIERS:
            size = _qualifier_at(folded, j)
            if not size:
                break
            j, count = j + size, count + 1
        if not count or j >= len(doc) or folded[j] not in DE:
            continue
        k = j + 1
        if k < len(doc) and folded[k] in _ARTICLES:
            k += 1
        end = place_at[k][0] if k in place_at else proper_name_end(doc, k)
        if end is None:
            continue
        country = country_table().from_name(doc[k:end].text)
        text = doc[i:end].text
        slug = re.sub(r"\W+", "_", fold(text)).strip("_")
        kind = "government"
        ref = ActorRef(
            f"government_{slug}", text, kind, country.iso if country else None, code_for_type(kind)
        )
        yield Candidate(i, end, ref, "pattern")


def _qualifier_at(folded: list[str], j: int) -> int:
    """The number of words of the qualifier at ``j`` (``de transition``: 2), or 0."""
    for size in range(_LONGEST, 0, -1):
        if tuple(folded[j : j + size]) in QUALIFIERS:
            return size
    return 0

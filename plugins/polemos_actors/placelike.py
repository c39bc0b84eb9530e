"""Names the model takes for people that the context shows to be places.

The small French model tags many towns PER (``la ville de Wad Madani``, ``près de Tall
Abyad``). A PER entity is a place when a place noun or a locative preposition of
``data/place_context.yaml`` comes right before it (``la ville de X``, ``la prise de X``,
``près de X``) or a place noun in apposition after it (``X, la capitale de``); a name
that reads as a place once is a place everywhere in the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from polemos_french import DE, DEFINITE_ARTICLES
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ._text import fold
from ._words import DETERMINERS

CONTEXT_FILE = Path(__file__).parent / "data" / "place_context.yaml"

_DE = DE
_ARTICLES = DEFINITE_ARTICLES
_DETERMINERS = DETERMINERS | {"au", "aux"}


@dataclass(frozen=True)
class PlaceContext:
    """The folded words of ``data/place_context.yaml``."""

    nouns: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    after: frozenset[str]


@lru_cache(maxsize=1)
def place_context() -> PlaceContext:
    """Load ``data/place_context.yaml`` once (locutions split into folded words)."""
    with CONTEXT_FILE.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    from .matchers import french_tokenizer

    locutions = tuple(
        tuple(fold(t.text) for t in french_tokenizer()(str(p))) for p in raw["prepositions"]
    )
    return PlaceContext(
        frozenset(fold(str(w)) for w in raw["nouns"]),
        locutions,
        frozenset(fold(str(w)) for w in raw["after"]),
    )


def reads_as_place(doc: Doc, start: int) -> bool:
    """True when the words before token ``start`` introduce a place."""
    context = place_context()
    words = [fold(t.text) for t in doc[max(0, start - 6) : start]]
    if any(tuple(words[-len(p) :]) == p for p in context.prepositions if len(p) <= len(words)):
        return True
    i = len(words) - 1
    if i >= 0 and words[i] in _DE:
        i -= 1
    if i < 0 or words[i] not in context.nouns:
        return False
    # the noun has its determiner ("la ville de", "l'est de"; not "C'est Michelle Obama")
    noun = doc[start - len(words) + i]
    return noun.is_sent_start or (i > 0 and words[i - 1] in _DETERMINERS)


def placed_after(doc: Doc, end: int) -> bool:
    """True when a place noun in apposition follows: ``Wad Madani, la capitale de``."""
    words = [fold(t.text) for t in doc[end : end + 3]]
    if len(words) < 3 or words[0] != ",":
        return False
    return words[1] in DETERMINERS and words[2] in place_context().after


def placelike_names(doc: Doc) -> set[str]:
    """The texts of the PER entities of ``doc`` that read as a place at least once."""
    return {
        ent.text
        for ent in _person_entities(doc)
        if ent.text[:1].isupper() and (reads_as_place(doc, ent.start) or placed_after(doc, ent.end))
    }


def placelike_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of every occurrence of a PER name that reads as a place in ``doc``.

    Also where the model gave the name no entity (``La bataille de Wad Madani``).
    """
    names = placelike_names(doc)
    words = {tuple(t.text for t in ent) for ent in _person_entities(doc) if ent.text in names}
    if not words:
        return []
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    matcher.add("place", [Doc(doc.vocab, words=list(w)) for w in sorted(words)])
    return [(start, end) for _, start, end in matcher(doc)]


def _person_entities(doc: Doc) -> list[Span]:
    out = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        start = ent.start
        while start < ent.end and fold(doc[start].text) in _ARTICLES | _DE:
            start += 1
        if start < ent.end:
            out.append(doc[start : ent.end])
    return out

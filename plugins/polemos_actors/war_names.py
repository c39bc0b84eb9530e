"""Organisations a war document names that neither the lexicon nor a typing rule knows.

A text about a war the lexicon does not cover names its armed groups by names no rule can
type from their words: ``le PKK``, ``la CMA``, ``le Groupe Wagner``, ``l'Armée de libération
du Soudan``, ``les Zetas``. In a war document (:func:`war_document`: its other mentions hold
at least :data:`MIN_ARMED_MENTIONS` mentions of state forces and armed groups, or one and
words of armed violence, ``attentat``, ``combats``), a spaCy ORG or MISC entity (or an
acronym the model took for a place, ``le MJE``) that no rule typed is an armed group when the
text writes it as a determined noun phrase (after ``le``, ``du``, ``aux``... of
``data/war_names.yaml``) and its first two words are no words of an agreement, an operation,
a place or an event (``l'Accord d'Alger``, ``la Seconde Guerre mondiale``: ``not_heads``).
Every other occurrence of the same name in the document is a mention of the same actor.

A people (``Tutsis ethniques``: ``people_words`` and demonyms), a name after a place noun
(``les régions du Shabeellaha Dhexe``), a doctrine's (``le Zaïdisme``: ``not_endings``), a
place of the gazetteer, a country, a demonym (``les Kurdes``), a person's name (PER) and a
shorter form of a name already chosen (``Ahrar`` of ``Ahrar al-Sham``) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ._text import fold
from ._words import DETERMINERS
from .acled import code_for_type
from .armed_context import same_words
from .countries import country_table
from .gazetteer import places
from .locations import FEATURE_NOUNS, SETTLEMENT_NOUNS
from .mentions import ActorRef, Candidate
from .ruledata import rule_data

_KEYS = frozenset({"before", "not_heads", "not_endings", "people_words", "war_words"})
_DATA = rule_data("war_names.yaml", _KEYS)
BEFORE = _DATA.words("before")
NOT_HEADS = _DATA.words("not_heads")
NOT_ENDINGS = tuple(sorted(_DATA.words("not_endings")))
PEOPLE_WORDS = _DATA.words("people_words")
WAR_WORDS = _DATA.words("war_words")
_PLACE_NOUNS = FEATURE_NOUNS | SETTLEMENT_NOUNS

MIN_ARMED_MENTIONS = 3
"""Mentions of state forces and armed groups that make a document one about an armed conflict."""

MIN_WAR_WORDS = 3
"""Words of armed violence that, with one state force or armed group, make a war document."""

_ARMED_TYPES = frozenset({"armed_group", "state_force"})
_LABELS = frozenset({"ORG", "MISC"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{2,}(?:-[A-Za-z0-9]+)?$")


def war_document(doc: Doc, chosen: list[Candidate]) -> bool:
    """True when ``doc`` is about an armed conflict, from its chosen mentions and its words.

    :data:`MIN_ARMED_MENTIONS` mentions of state forces and armed groups in ``chosen``; or one
    and :data:`MIN_WAR_WORDS` words of ``war_words`` (``attentat``, ``combats``: lemmas).
    """
    armed = sum(c.actor.type in _ARMED_TYPES for c in chosen)
    if armed >= MIN_ARMED_MENTIONS:
        return True
    return armed >= 1 and sum(fold(t.lemma_) in WAR_WORDS for t in doc) >= MIN_WAR_WORDS


def war_names(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Yield the mentions of the untyped organisations a war document names (module doc)."""
    if not war_document(doc, chosen):
        return
    taken = [(c.start, c.end) for c in chosen]
    named = {doc[c.start : c.end].text for c in chosen}
    names: dict[str, ActorRef] = {}
    for ent in doc.ents:
        span = _name(ent)
        if span is None or any(s < span.end and span.start < e for s, e in taken):
            continue
        text = span.text
        if (
            text in names
            or not _determined(doc, span.start)
            or not _organisation(text, named)
            or _people(span)
        ):
            continue
        slug = re.sub(r"\W+", "_", fold(text)).strip("_")
        names[text] = ActorRef(
            f"group_{slug}", text, "armed_group", None, code_for_type("armed_group")
        )
    for text, ref in names.items():
        for i in range(len(doc)):
            end = same_words(doc, i, text)
            if end is not None and not any(s < end and i < e for s, e in taken):
                yield Candidate(i, end, ref, "pattern")


def _name(ent: Span) -> Span | None:
    """The entity without its leading determiners and trailing punctuation, if it is a name."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and fold(doc[start].text) in DETERMINERS:
        start += 1
    while end > start and not doc[end - 1].text[:1].isalnum():
        end -= 1
    if end <= start or not doc[start].text[:1].isupper():
        return None
    span = doc[start:end]
    if ent.label_ in _LABELS or (end - start == 1 and _ACRONYM.match(span.text)):
        return span
    return None


def _determined(doc: Doc, start: int) -> bool:
    """``le PKK``, ``de la CMA``, ``aux Houthis``: a determiner right before the name.

    Not after a place noun (``les régions du Shabeellaha Dhexe``: a place).
    """
    one = fold(doc[start - 1].text) if start >= 1 else ""
    two = f"{fold(doc[start - 2].text)} {one}" if start >= 2 else ""
    size = 2 if two in BEFORE else 1 if one in BEFORE else 0
    if not size:
        return False
    return not _after_place_noun(doc, start - size)


def _after_place_noun(doc: Doc, i: int) -> bool:
    """A place noun before ``i``, maybe past a list of names (``les régions du X, du Y``)."""
    for _ in range(4):
        j = i - 1
        noun = fold(doc[j].text) if j >= 0 else ""
        if noun in _PLACE_NOUNS or noun.removesuffix("s") in _PLACE_NOUNS:
            return True
        if noun not in {",", "et"}:
            return False
        j -= 1
        while j >= 0 and doc[j].text[:1].isupper():
            j -= 1  # the name listed before
        if j < 0 or fold(doc[j].text) not in BEFORE:
            return False
        i = j
    return False


def _people(span: Span) -> bool:
    """``Tutsis ethniques``, ``Zaghawas tchadiens``, ``Association``: a people or a noun.

    A lower-case word of a demonym or of ``people_words`` in the name makes it a people's; a
    one-word name must be a proper noun or hold two capitals (``Zetas``, ``PKK``).
    """
    table = country_table()
    if any(
        t.is_lower and (fold(t.text) in PEOPLE_WORDS or table.from_demonym(t.text)) for t in span
    ):
        return True
    word = span[0]
    return len(span) == 1 and word.pos_ != "PROPN" and sum(c.isupper() for c in word.text) < 2


def _organisation(text: str, named: set[str]) -> bool:
    """Not a place, a country, a demonym, an event's name or a short form of a chosen name."""
    words = text.split()
    folded = fold(text)
    if (
        any(fold(w).strip("'’") in NOT_HEADS for w in words[:2])
        or folded.endswith(NOT_ENDINGS)
        or folded in places()
    ):
        return False
    table = country_table()
    if table.from_name(text) or table.from_demonym(text) or table.from_demonym(words[0]):
        return False
    return not any(text != name and f" {text} " in f" {name} " for name in named)

"""Organisations the lexicon does not know, typed armed by what the document says of them.

The codebook types a rebel movement ``armed_group`` whatever its name's head: ``Union
nationale pour l'indépendance totale de l'Angola (UNITA)`` and ``Rassemblement congolais pour
la démocratie (RCD)`` are armed groups although ``union`` and ``rassemblement`` head parties'
names. A text that does not know the group says so (word lists in
``data/armed_context.yaml``):

- a fighters' or a struggle's noun before ``de`` + the name: ``les rebelles du M23``, ``les
  troupes de l'UTI``, ``la rébellion du RCD``;
- an apposition or a predicate right after it (past a bracket): ``le RCD est un groupe
  rebelle``, ``le CNDP est l'administration rebelle``, ``le SPLM, l'ancienne rébellion``.

:func:`armed_entities` types the spaCy entities no rule typed the same way (``la Seleka ... est
une coalition ... de groupes rebelles``, ``l'insurrection de Boko Haram``), and after an armed
descriptor (``l'organisation terroriste pakistanaise Jaish-e-Mohammed``).

:func:`armed_types` retypes a party-typed organisation the lexicon does not know that one of its
mentions shows armed (every mention of its actor). :func:`armed_acronyms` finds an acronym of
three letters or more that nothing named, when a mention of it stands where only armed groups
stand: after a fighters' noun (``les rebelles du M23``), beside a named armed group (``d'Ansar
Dine et de l'ANSIPRJ``), subject of a fighting verb (``le CNDP a bombardé``) or object of a verb
of fighting one (``stopper le FPR``); then each of its mentions in the document is that group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from ._text import fold
from ._words import (
    ARMED_DESCRIPTORS,
    ARMED_QUALIFIERS,
    DETERMINERS,
    PARTY_HEADS,
    QUALIFIED_DESCRIPTORS,
)
from .acled import code_for_type
from .countries import country_table
from .gazetteer import places
from .mentions import ActorRef, Candidate
from .ner import org_words
from .ruledata import rule_data

_DATA = rule_data(
    "armed_context.yaml",
    frozenset({"members", "kinds", "armed_kinds", "subject_verbs", "object_verbs"}),
)
MEMBERS = _DATA.words("members")
KINDS = _DATA.words("kinds")
ARMED_KINDS = _DATA.words("armed_kinds")
SUBJECT_VERBS = _DATA.words("subject_verbs")
OBJECT_VERBS = _DATA.words("object_verbs")

_DE = frozenset({"de", "du", "des", "d'", "d’"})
_ARTICLE = frozenset({"l'", "l’", "le", "la", "les"})
_COPULA = frozenset({"etre"})
_CLAUSE = frozenset({"qui", "que", "qu'", "dont", "ou", "mais", "contre", "et"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?$")


def _qualifier(word: str) -> bool:
    """``armé``, ``armée``, ``rebelles``, ``jihadistes``: an armed qualifier in any form."""
    forms = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("e")}
    forms |= {w.removesuffix("e") for w in set(forms)}
    return bool(forms & ARMED_QUALIFIERS)


def _member_before(doc: Doc, start: int) -> bool:
    """``les rebelles du X``, ``les troupes de l'X``: a fighters' noun, ``de``, the name."""
    i = start - 1
    if i >= 0 and fold(doc[i].text) in _ARTICLE:
        i -= 1
    if i < 1 or fold(doc[i].text) not in _DE:
        return False
    one = fold(doc[i - 1].text)
    two = f"{fold(doc[i - 2].text)} {one}" if i >= 2 else ""
    return one in MEMBERS or two in MEMBERS


def _said_armed_after(doc: Doc, end: int) -> bool:
    """``X est un groupe rebelle``, ``X (ACR), un mouvement armé``, ``X, l'ancienne rébellion``.

    A bracket and an apposition between commas (``, aussi orthographiée Séléka,``) may stand
    between the name and its predicate; the armed qualifier may come a few words after the
    noun, in the same clause (``une coalition constituée en août 2012 de groupes rebelles``).
    """
    i = _past_bracket(doc, end)
    if i < len(doc) and doc[i].text == ",":
        comma = next((j for j in range(i + 1, min(len(doc), i + 7)) if doc[j].text == ","), None)
        if comma is not None and comma + 1 < len(doc) and fold(doc[comma + 1].lemma_) in _COPULA:
            i = comma + 1  # "X, aussi orthographiée Y, est ..."
    if i >= len(doc) or not (doc[i].text == "," or fold(doc[i].lemma_) in _COPULA):
        return False
    i += 1
    limit = i + 4
    while i < min(limit, len(doc)) and (
        fold(doc[i].text) in DETERMINERS | _ARTICLE or doc[i].pos_ in {"ADJ", "DET"}
    ):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = fold(doc[i].text)
    if noun in ARMED_KINDS:
        return True
    if noun not in KINDS:
        return False
    for token in doc[i + 1 : i + 9]:
        if token.is_punct or fold(token.text) in _CLAUSE:
            return False
        if _qualifier(fold(token.text)):
            return True
    return False


def _past_bracket(doc: Doc, i: int) -> int:
    """The token after the bracket that opens at ``i``, or ``i``: ``(« Coalition » en sango)``."""
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + 14)) if doc[j].text == ")"), None)
        if close is not None:
            return close + 1
    return i


def shown_armed(doc: Doc, start: int, end: int) -> bool:
    """True when the text shows the mention ``[start, end)`` to be of an armed group."""
    return _member_before(doc, start) or _said_armed_after(doc, end)


def party_typed(ref: ActorRef) -> bool:
    """An organisation typed ``government`` by a party head of its name (rule-made)."""
    first = fold(ref.name.split()[0]) if ref.name.split() else ""
    return (
        ref.type == "government"
        and ref.id.startswith(("government_", "party_"))
        and first in PARTY_HEADS | org_words().parties
    )


def armed_types(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Retype the party-typed organisations a mention of which the text shows to be armed.

    Besides the words of :func:`shown_armed`, a mention listed with a named armed group
    (``soutiennent l'UNITA et le FNLA``) shows it armed.
    """
    starts, lasts = _armed_edges(chosen)
    armed = {
        c.actor.id
        for c in chosen
        if party_typed(c.actor)
        and (shown_armed(doc, c.start, c.end) or _beside_armed(doc, c.start, c.end, starts, lasts))
    }
    if not armed:
        return chosen
    return [_as_armed(c) if c.actor.id in armed else c for c in chosen]


def _armed_edges(chosen: list[Candidate]) -> tuple[set[int], set[int]]:
    """The first and the last tokens of the named (not generic) armed groups of ``chosen``."""
    named = [c for c in chosen if c.actor.type == "armed_group" and not c.actor.generic]
    return {c.start for c in named}, {c.end - 1 for c in named}


def _as_armed(cand: Candidate) -> Candidate:
    ref = cand.actor
    actor_id = "armed_group_" + ref.id.removeprefix("government_").removeprefix("party_")
    kind = "armed_group"
    return replace(cand, actor=replace(ref, id=actor_id, type=kind, acled=code_for_type(kind)))


def _beside_armed(doc: Doc, start: int, end: int, starts: set[int], lasts: set[int]) -> bool:
    """``d'Ansar Dine et de l'ANSIPRJ``, ``des YPG et du PKK``: listed with an armed group.

    ``starts`` and ``lasts`` are the first and last tokens of the named armed groups.
    """
    j = start - 1
    while j >= 0 and fold(doc[j].text) in _ARTICLE | _DE:
        j -= 1
    if j >= 1 and fold(doc[j].text) in {"et", ","} and j - 1 in lasts:
        return True
    k = end
    if k < len(doc) and fold(doc[k].text) in {"et", ","}:
        k += 1
        while k < len(doc) and fold(doc[k].text) in _ARTICLE | _DE:
            k += 1
        return k in starts
    return False


def _fighting(token: Token) -> bool:
    """Subject of a fighting verb (``le CNDP a bombardé``) or object of fighting it."""
    lemma = fold(token.head.lemma_)
    if token.dep_.startswith("nsubj") and token.dep_ != "nsubj:pass":
        return lemma in SUBJECT_VERBS
    return token.dep_ == "obj" and lemma in OBJECT_VERBS


def armed_acronyms(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Yield every mention of an unknown acronym the text shows to be an armed group's."""
    taken = [(c.start, c.end) for c in chosen]
    starts, lasts = _armed_edges(chosen)
    found: set[str] = set()
    for token in doc:
        text = token.text
        if (
            text in found
            or len(text) < 3
            or not _ACRONYM.match(text)
            or not any(c.isalpha() for c in text)
            or fold(text) in places()
            or any(s <= token.i < e for s, e in taken)
        ):
            continue
        i = token.i
        if (
            _member_before(doc, i)
            or _beside_armed(doc, i, i + 1, starts, lasts)
            or _fighting(token)
        ):
            found.add(text)
    for text in sorted(found):
        ref = ActorRef(
            "armed_group_" + re.sub(r"\W+", "_", fold(text)).strip("_"),
            text,
            "armed_group",
            None,
            code_for_type("armed_group"),
        )
        for token in doc:
            if token.text == text and not any(s <= token.i < e for s, e in taken):
                yield Candidate(token.i, token.i + 1, ref, "pattern")


_NAMED_LABELS = frozenset({"ORG", "MISC", "PER"})


def _descriptor_before(doc: Doc, start: int) -> bool:
    """``l'organisation terroriste pakistanaise X``, ``la milice X``: an armed descriptor."""
    i = start - 1
    if i >= 0 and doc[i].is_lower and country_table().from_demonym(doc[i].text):
        i -= 1  # "pakistanaise"
    if i >= 0 and _qualifier(fold(doc[i].text)):
        i -= 1
        return i >= 0 and fold(doc[i].text) in QUALIFIED_DESCRIPTORS | ARMED_DESCRIPTORS
    return i >= 0 and fold(doc[i].text) in ARMED_DESCRIPTORS


def armed_entities(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Yield every mention of a spaCy entity no rule typed that the text shows armed.

    ``Seleka`` in ``la Seleka ... est une coalition de groupes rebelles``,
    ``Jaish-e-Mohammed`` after ``l'organisation terroriste pakistanaise``, ``Boko Haram`` in
    ``l'insurrection de Boko Haram``: an ORG, MISC or PER entity the lexicon and the rules
    left out, after an armed descriptor, in the places of :func:`shown_armed` or listed with
    a named armed group; then the same name anywhere in the document.
    """
    taken = [(c.start, c.end) for c in chosen]
    starts, lasts = _armed_edges(chosen)
    named = {doc[c.start : c.end].text for c in chosen}
    names: dict[str, ActorRef] = {}
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and fold(doc[start].text) in DETERMINERS | _ARTICLE:
            start += 1
        while end > start and not doc[end - 1].text[:1].isalnum():
            end -= 1  # "Ahrar\n": the line break the model took in
        if (
            ent.label_ not in _NAMED_LABELS
            or end - start < 1
            or not doc[start].text[:1].isupper()
            or any(s < end and start < e for s, e in taken)
        ):
            continue
        text = doc[start:end].text
        if fold(text) in places() or country_table().from_name(text) or _short_form(text, named):
            continue  # a place, or "Ahrar" of "Ahrar al-Sham": the alias folder's
        if (
            _descriptor_before(doc, start)
            or shown_armed(doc, start, end)
            or _beside_armed(doc, start, end, starts, lasts)
        ):
            slug = re.sub(r"\W+", "_", fold(text)).strip("_")
            kind = "armed_group"
            names.setdefault(text, ActorRef(f"group_{slug}", text, kind, None, code_for_type(kind)))
    for text, ref in names.items():
        for i in range(len(doc)):
            span_end = same_words(doc, i, text)
            if span_end is not None and not any(s < span_end and i < e for s, e in taken):
                yield Candidate(i, span_end, ref, "pattern")


def _short_form(text: str, named: set[str]) -> bool:
    """``Ahrar`` when ``Ahrar al-Sham`` is named: some words of a longer named mention."""
    return any(text != name and f" {text} " in f" {name} " for name in named)


def same_words(doc: Doc, i: int, text: str) -> int | None:
    """The end of the tokens from ``i`` whose text is ``text``, or None."""
    j, offset = i, doc[i].idx
    while j < len(doc) and doc[j].idx + len(doc[j].text) - offset <= len(text):
        j += 1
    if j > i and doc[i:j].text == text:
        return j
    return None

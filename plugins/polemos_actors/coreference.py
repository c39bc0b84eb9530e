"""Document-level coreference of names the lexicon does not fold: one actor per written variant.

Run after :func:`polemos_actors.aliases.fold_aliases`, on the chosen mentions of one document:

- a person written surname first (``KOUROUMA Ibrahim``, ``Kourouma Ibrahim``) and in the usual
  order (``Ibrahim Kourouma``) is one person: same words, any order, any case;
- spelling variants of an organisation's name (``Hizbul Islam`` / ``Hisbul Islam``,
  ``al-Chabab`` / ``Al-Shabaab``) are one actor: same type and same consonant skeleton
  (:func:`skeleton`), when at most one lexicon actor is among them;
- a name the model ran on to a ``de`` complement (``Forces nouvelles de défaillance``) is the
  named actor when the document names it alone too (``Forces nouvelles``): the mention is cut
  to the name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from polemos_french import DE
from spacy.tokens import Doc

from ._text import fold
from ._words import ARABIC_PARTICLES
from .mentions import ActorRef, Candidate

_SOUNDS = (
    ("dj", "j"),
    ("ch", "sh"),
    ("kh", "h"),
    ("gh", "g"),
    ("ou", "u"),
    ("z", "s"),
    ("k", "q"),
    ("c", "q"),
)
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")
_MIN_SKELETON = 3


def skeleton(name: str) -> str:
    """The consonants of a transliterated name, for matching its spelling variants.

    Folded (case, accents), without Arabic particles and punctuation, with the spellings of one
    sound made one (``ch``/``sh``, ``ou``/``u``, ``z``/``s``), vowels and doubled letters out.

    >>> skeleton("Al-Shabaab") == skeleton("al-Chabab") == skeleton("Shabbaab")
    True
    >>> skeleton("Hizbul Islam") == skeleton("Hisbul Islam")
    True
    """
    words = [w for w in re.split(r"[\W_]+", fold(name)) if w and w not in ARABIC_PARTICLES]
    text = "".join(words)
    for spelling, sound in _SOUNDS:
        text = text.replace(spelling, sound)
    return _REPEATS.sub(r"\1", _VOWELS.sub("", text))


def _person_key(doc: Doc, cand: Candidate) -> frozenset[str] | None:
    words = [fold(t.text) for t in doc[cand.start : cand.end] if t.is_alpha]
    return frozenset(words) if len(words) >= 2 else None


def _fuller_name(key: frozenset[str], people: dict[frozenset[str], ActorRef]) -> ActorRef | None:
    """``Khalifa Haftar`` in a text that also says ``Khalifa Belqasim Haftar Alferjani``.

    The one person whose fuller name holds all the words of this one (two words or more).
    """
    found = {ref.id: ref for words, ref in people.items() if key < words}
    return next(iter(found.values())) if len(found) == 1 else None


def _known_part(
    key: frozenset[str], cand: Candidate, known: dict[frozenset[str], ActorRef]
) -> ActorRef | None:
    """The one lexicon person all of whose words this longer name holds.

    ``Khalifa Belqasim Haftar Alferjani`` (found by the model) is the lexicon's ``Khalifa
    Haftar``.
    """
    if cand.source == "lexicon":
        return None
    found = {ref.id: ref for words, ref in known.items() if words < key}
    return next(iter(found.values())) if len(found) == 1 else None


def _is_acronym(doc: Doc, cand: Candidate) -> bool:
    return cand.end - cand.start == 1 and doc[cand.start].text.isupper()


def _variant_owner(group: list[Candidate]) -> ActorRef | None:
    """The actor a group of variants folds to: the one lexicon actor, else the first named."""
    known = {c.actor for c in group if c.source == "lexicon"}
    if len(known) > 1:
        return None
    return next(iter(known)) if known else group[0].actor


def fold_variants(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Return ``chosen`` with word-order and spelling variants folded to one actor each."""
    people: dict[frozenset[str], ActorRef] = {
        key: c.actor
        for c in reversed(chosen)
        if c.source == "lexicon" and c.actor.type == "person"
        if (key := _person_key(doc, c)) is not None
    }
    known = dict(people)  # the lexicon's people of this document
    variants: dict[tuple[str, str], list[Candidate]] = {}
    for cand in chosen:
        if cand.actor.generic:
            continue
        if cand.actor.type == "person":
            key = _person_key(doc, cand)
            if key is not None:
                people.setdefault(key, cand.actor)
        elif not _is_acronym(doc, cand):
            shape = skeleton(doc[cand.start : cand.end].text)
            if len(shape) >= _MIN_SKELETON:
                variants.setdefault((cand.actor.type, shape), []).append(cand)
    owners = {
        c: owner
        for group in variants.values()
        if len({c.actor.id for c in group}) > 1 and (owner := _variant_owner(group)) is not None
        for c in group
    }
    out = []
    for cand in chosen:
        ref = owners.get(cand)
        if cand.actor.type == "person" and (key := _person_key(doc, cand)) is not None:
            ref = _known_part(key, cand, known) or people.get(key) or _fuller_name(key, people)
        if ref is not None and ref.id != cand.actor.id and cand.source != "lexicon":
            cand = replace(cand, actor=ref, source="alias")
        out.append(cand)
    return cut_to_named(doc, _fold_tails(doc, _fold_transliterations(doc, out)))


def _fold_transliterations(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """``Ḫalīfa Bilqāsim Ḥaftar Alferjani`` beside ``Khalifa Belqasim Haftar Alferjani``.

    Person names of three words or more whose words have, one by one, the same consonant
    skeleton are one person (two-word names are left apart: ``Mohamed Ali``, ``Mahmoud Ali``).
    """
    first: dict[tuple[str, ...], Candidate] = {}
    out = []
    for cand in chosen:
        words = [t.text for t in doc[cand.start : cand.end] if t.is_alpha]
        if cand.actor.type != "person" or len(words) < 3:
            out.append(cand)
            continue
        shape = tuple(skeleton(w) for w in words)
        owner = first.setdefault(shape, cand)
        if owner.actor.id != cand.actor.id and cand.source != "lexicon":
            cand = replace(cand, actor=owner.actor, source="alias")
        out.append(cand)
    return out


_OF = DE


def cut_to_named(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """``Forces nouvelles de défaillance`` -> ``Forces nouvelles`` when the text names it alone.

    Only a mention the model found (source ``ner``) is cut, at a ``de`` followed by a
    lower-case word, and only to a name of two words or more another mention has.
    """
    named: dict[tuple[str, ...], ActorRef] = {}
    for cand in chosen:
        words = tuple(fold(t.text) for t in doc[cand.start : cand.end])
        if len(words) >= 2:
            named.setdefault(words, cand.actor)
    out = []
    for cand in chosen:
        if cand.source == "ner" and cand.actor.type != "person":
            for cut in range(cand.start + 2, cand.end - 1):
                words = tuple(fold(t.text) for t in doc[cand.start : cut])
                ref = named.get(words)
                if (
                    ref is not None
                    and ref.type == cand.actor.type
                    and fold(doc[cut].text) in _OF
                    and doc[cut + 1].is_lower
                ):
                    cand = Candidate(cand.start, cut, ref, "alias", cand.place)
                    break
        out.append(cand)
    return out


def _fold_tails(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A name the model cut is the longer name's actor, with all its mentions.

    ``Alliance démocratique`` (and its acronym) in a text saying ``Nouvelle Alliance
    démocratique``: an organisation found by the model whose words (two or more) end exactly
    one longer name of the same type.
    """
    names = {
        (c.actor.type, tuple(fold(t.text) for t in doc[c.start : c.end])): c.actor
        for c in chosen
        if c.actor.type != "person" and not c.actor.generic and c.end - c.start >= 3
    }
    moved: dict[str, ActorRef] = {}
    for cand in chosen:
        words = tuple(fold(t.text) for t in doc[cand.start : cand.end])
        if cand.source == "ner" and cand.actor.type != "person" and len(words) >= 2:
            found = {
                ref.id: ref
                for (kind, name), ref in names.items()
                if kind == cand.actor.type
                and len(name) > len(words)
                and name[-len(words) :] == words
            }
            if len(found) == 1 and cand.actor.id not in found:
                moved.setdefault(cand.actor.id, next(iter(found.values())))
    return [
        replace(c, actor=moved[c.actor.id], source="alias")
        if c.actor.id in moved and c.source != "lexicon"
        else c
        for c in chosen
    ]

"""Persons the model misses that their context names.

One-word persons (:func:`single_name_persons`): apposition of a role, inverted speech verb;
names of proper nouns before a finite verb (:func:`subject_names`); the leader named after an
armed group or a party (:func:`leader_names`: ``le RFC de Timan Erdimi``).

The model tags many lone names as places (``Barroso``, ``Hassan``) or not at all; the codebook
wants every named person. A capitalised proper noun of one word is a person when

- a role or kin noun of ``person_roles`` follows it in apposition: ``Barroso, le président de
  la Commission``, ``Hassan, un autre manifestant``;
- it stands in apposition after one: ``son fils aîné, Zelimkhan, décède``;
- it is the inverted subject of a speech verb of ``speech_verbs`` after a quotation:
  ``« … », ajoute Hassan.``

Never a country, a capital, a demonym, a day or a month, nor a word after a preposition
(``à Goma, le chef``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ._text import fold
from ._words import (
    ARABIC_PARTICLES,
    DETERMINERS,
    HONORIFICS,
    LEADING_WORDS,
    PARTY_HEADS,
    PERSON_ROLES,
    SPEECH_VERBS,
    TITLES,
)
from .acled import code_for_type
from .armed_context import party_typed
from .countries import country_table
from .gazetteer import places
from .mentions import ActorRef, Candidate
from .ner import org_words
from .placelike import placelike_names

_ROLE_DETERMINERS = frozenset(
    {"le", "la", "l'", "un", "une", "son", "sa", "leur", "ce", "cet", "cette", "notre", "votre"}
)
_QUALIFIERS = frozenset(
    {"autre", "ancien", "ancienne", "nouveau", "nouvelle", "jeune", "propre", "futur", "actuel"}
)
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_MONTHS = frozenset(
    {
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    }
)
_CALENDAR = _DAYS | _MONTHS
_ENDS = frozenset({",", ".", ";", ")", "»"})


def _one_word_name(token: Token) -> bool:
    """A capitalised proper noun that may be a lone name (not an acronym, place or title)."""
    text, word = token.text, fold(token.text)
    if not (token.is_alpha and text[:1].isupper() and not token.is_upper and len(text) > 2):
        return False
    if token.pos_ != "PROPN" and token.ent_type_ not in {"PER", "LOC", "MISC"}:
        return False
    place = places().get(word)
    return not (
        word in TITLES | HONORIFICS | DETERMINERS | LEADING_WORDS | _CALENDAR
        or (place is not None and place.iso is not None)  # a country or a capital
        or country_table().from_name(text)
        or country_table().from_demonym(text)
    )


def _alone(doc: Doc, i: int) -> bool:
    """Token ``i`` is a name of its own: no capitalised word or preposition joined to it."""
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.text not in _ENDS and after.pos_ not in {"VERB", "AUX"}:
        return False
    if before is None or doc[i].is_sent_start:
        return True
    if fold(before.text) in DETERMINERS or before.pos_ in {"ADP", "DET"}:
        return False  # "dans l'Ohio, le sénateur"
    return before.text in {",", "«", "»", "(", "-", "—"} or before.is_lower


def _role_after(doc: Doc, i: int) -> bool:
    """``X, le président ...``, ``X, un autre manifestant``."""
    j = i + 1
    if j >= len(doc) or doc[j].text != ",":
        return False
    j += 1
    if j < len(doc) and fold(doc[j].text) in _ROLE_DETERMINERS:
        j += 1
    while j < len(doc) and fold(doc[j].text) in _QUALIFIERS:
        j += 1
    return j < len(doc) and doc[j].is_lower and fold(doc[j].text) in PERSON_ROLES


def _role_before(doc: Doc, i: int) -> bool:
    """``son fils aîné, X,``: a determiner, a role noun and up to two adjectives, a comma."""
    j = i - 1
    if j < 1 or doc[j].text != ",":
        return False
    j -= 1
    adjectives = 0
    while j > 0 and doc[j].is_lower and fold(doc[j].text) not in PERSON_ROLES and adjectives < 2:
        adjectives += 1
        j -= 1
    return (
        j > 0
        and doc[j].is_lower
        and fold(doc[j].text) in PERSON_ROLES
        and fold(doc[j - 1].text) in _ROLE_DETERMINERS
    )


def _speech_before(doc: Doc, i: int) -> bool:
    """``« … », ajoute X``: an inverted speech verb after a closing quote or a comma."""
    return (
        i >= 2
        and doc[i - 1].is_lower
        and fold(doc[i - 1].text) in SPEECH_VERBS
        and doc[i - 2].text in {",", "»", "”"}
    )


def single_name_persons(doc: Doc) -> Iterator[Candidate]:
    """Yield the one-word persons their context names (see the module)."""
    for token in doc:
        i = token.i
        if not (_one_word_name(token) and _alone(doc, i)):
            continue
        if _role_after(doc, i) or _role_before(doc, i) or _speech_before(doc, i):
            slug = re.sub(r"\W+", "_", fold(token.text)).strip("_")
            ref = ActorRef(f"person_{slug}", token.text, "person", None, code_for_type("person"))
            yield Candidate(i, i + 1, ref, "ner")


def subject_names(doc: Doc) -> Iterator[Candidate]:
    """Yield names of two to four proper nouns the model left out that are a verb's subject.

    ``Ali Yassin Mohamed comptait parmi ses fondateurs``: title-case proper nouns that the
    model tagged no place or organisation, right before a finite verb (not an auxiliary:
    ``Wad Madani a été prise``), not after a preposition (``la prise de Jebel Aulia
    permet``); never a place, a country or a demonym, nor a name that holds an
    organisation's head word.
    """
    words = org_words()
    heads = set(words.first) | set(words.parties) | PARTY_HEADS
    towns = placelike_names(doc)
    i = 0
    while i < len(doc):
        end = i
        while (
            end < len(doc)
            and end - i < 4
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].is_alpha
            and doc[end].ent_type_ not in {"LOC", "ORG"}
        ):
            end += 1
        if end - i < 2:
            i = end + 1
            continue
        span = doc[i:end]
        verb = doc[end] if end < len(doc) else None
        folded = [fold(t.text) for t in span]
        if (
            verb is not None
            and verb.pos_ == "VERB"
            and "Fin" in verb.morph.get("VerbForm", [])
            and not (i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].pos_ == "ADP"))
            and span.text not in towns
            and fold(span.text) not in places()
            and not any(w in places() or w in heads or w in TITLES for w in folded)
            and not any(country_table().from_demonym(t.text) for t in span)
        ):
            slug = re.sub(r"\W+", "_", fold(span.text)).strip("_")
            ref = ActorRef(f"person_{slug}", span.text, "person", None, code_for_type("person"))
            yield Candidate(i, end, ref, "ner")
        i = end


_OF = frozenset({"de", "d'", "d’"})


def leader_names(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Yield the persons named after an armed group or a party as its leader.

    ``le RFC (Rassemblement des forces pour le changement) de Timan Erdimi``, ``l'UFDD
    d'Abdelwahid About Makaye et d'Acheikh ibn Oumar``, ``le MLC de Jean-Pierre Bemba``: after
    the group's mention (and its bracket), ``de`` and a name of two to five capitalised words
    (Arabic particles between them), and ``et de`` and another; never a place, a country, a
    demonym or a word the model tagged as an organisation.
    """
    towns = placelike_names(doc)
    for cand in chosen:
        ref = cand.actor
        if cand.place or ref.generic or not (ref.type == "armed_group" or party_typed(ref)):
            continue
        i = cand.end
        if i < len(doc) and doc[i].text == "(":
            close = next((j for j in range(i, min(len(doc), i + 14)) if doc[j].text == ")"), None)
            if close is None:
                continue
            i = close + 1
        elif i < len(doc) and doc[i].text == ")":
            i += 1  # the name defined in the bracket after its acronym: "RFC (...) de X"
        while i < len(doc) and fold(doc[i].text) in _OF:
            end = _leader_end(doc, i + 1)
            if end is None:
                break
            span = doc[i + 1 : end]
            if span.text in towns or fold(span.text) in places():
                break
            slug = re.sub(r"\W+", "_", fold(span.text)).strip("_")
            person = ActorRef(f"person_{slug}", span.text, "person", None, code_for_type("person"))
            yield Candidate(i + 1, end, person, "ner")
            i = end + 1 if end < len(doc) and fold(doc[end].text) == "et" else len(doc)


def _leader_end(doc: Doc, start: int) -> int | None:
    """The end of a person's name of two to five words from ``start``, or None."""
    end = start
    while end < len(doc) and end - start < 5:
        token = doc[end]
        word = fold(token.text)
        if _capitalised_name_word(token) or (
            word in ARABIC_PARTICLES and end > start and end + 1 < len(doc)
        ):
            end += 1
        else:
            break
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1
    words = [t for t in doc[start:end] if t.text[:1].isupper()]
    if len(words) < 2 or (end < len(doc) and doc[end].text[:1].isupper()):
        return None
    return end


def _capitalised_name_word(token: Token) -> bool:
    """A word of a person's name: title case, not a place, a country, a demonym or a title."""
    text, word = token.text, fold(token.text)
    parts = text.split("-")
    return (
        all(p.isalpha() for p in parts)
        and text[:1].isupper()
        and not token.is_upper
        and token.ent_type_ != "ORG"
        and word not in TITLES | HONORIFICS | DETERMINERS | _CALENDAR
        and word not in places()
        and not country_table().from_name(text)
        and not country_table().from_demonym(text)
    )

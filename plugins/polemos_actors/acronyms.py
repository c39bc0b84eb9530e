"""Organisations the text defines by an acronym in brackets: ``Nouvelle Démocratie (ND)``.

The codebook's "acronyms and their expansions" fold to one actor. A name the lexicon does not
know, followed by ``(ACRONYM)`` or ``(ACRONYM, English name)``, is an organisation when the
acronym's letters spell its words (``Forces nationales de libération (FNL)``: initials, or the
first letters of a word, some words skipped: ``Minusma``) or those of the English name beside it
(``Tigres de libération de l'Eelam tamoul (LTTE, Liberation Tigers of Tamil Eelam)``). It is
typed from its words (:func:`.ner.name_type`): its head noun (``ministère``, ``agence``), a
party head (``parti``, ``démocratie``: ``government``, as the codebook types parties) or an
armed word (``libération``, ``forces``: ``armed_group``); a name whose type stays unknown is
left out, except in a war document (:func:`.war_names.war_document`), where it is an armed
group (``la Coordination des mouvements de l'Azawad (CMA)``). The name is the longest mention
of its words: a lexicon word inside it (the newspaper ``Libération`` in ``Tigres de
libération``) is no mention of its own. The acronym and the
English name take its actor (:mod:`.aliases`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from ._text import fold
from ._words import DETERMINERS, PARTICLES
from .armed_context import shown_armed
from .countries import country_table
from .gazetteer import places
from .mentions import ActorRef, Candidate, select
from .ner import name_type
from .war_names import war_document

_ACRONYM = re.compile(r"^[A-ZÉÈ][A-Za-zÉÈ0-9\-]{1,9}$")
_NAME_JOINS = frozenset({"de", "du", "des", "d'", "la", "l'", "le", "les", "-", "pour", "et"})
_MAX_WORDS = 14
_ACLED = {"armed_group": 2, "government": 1, "state_force": 1}


def _content_words(words: list[str]) -> list[str]:
    """The folded words an acronym may spell: no articles, prepositions or particles."""
    folded = (fold(x).strip("'’") for x in words)
    return [w for w in folded if w.isalpha() and w not in PARTICLES | {"pour", "s"}]


@lru_cache(maxsize=4096)
def _spells(letters: str, words: tuple[str, ...]) -> bool:
    """True when ``letters`` are, in order, the first letters of some of ``words``.

    The first word gives the first letter; a word gives one letter or more from its start, or
    none; at most half the words give none (``Minusma``: *Mi*ssion ... *N*ations *u*nies pour la
    *s*tabilisation au *Ma*li).
    """
    if not letters or not words or words[0][:1] != letters[0]:
        return False

    def fit(i: int, j: int, skipped: int) -> bool:
        if i == len(letters):
            return j == len(words) or skipped + len(words) - j <= len(words) // 2
        if j == len(words):
            return False
        word = words[j]
        for take in range(1, len(word) + 1):
            if letters[i : i + take] != word[:take] or i + take > len(letters):
                break
            if fit(i + take, j + 1, skipped):
                return True
        return j > 0 and skipped < len(words) // 2 and fit(i, j + 1, skipped + 1)

    return fit(0, 0, 0)


def spells(acronym: str, words: list[str]) -> bool:
    """True when ``acronym`` abbreviates the name made of ``words`` (any case, accents)."""
    content = tuple(_content_words(words))
    letters = "".join(c for c in fold(acronym) if c.isalpha())
    return len(content) >= 2 and _spells(letters, content)


def _name_start(doc: Doc, end: int) -> int | None:
    """The first word of the name that ends at ``end``: after its article, capitalised."""
    start = end
    while start > 0 and end - start < _MAX_WORDS:
        token = doc[start - 1]
        word = fold(token.text)
        if word in DETERMINERS - _NAME_JOINS or not (token.is_alpha or word in _NAME_JOINS):
            break
        if token.is_sent_start:
            start -= 1
            break
        if word in {"la", "l'", "le", "les", "des", "du", "de", "d'"} and _before_article(
            doc, start - 1
        ):
            break
        start -= 1
    while start < end and (
        fold(doc[start].text) in _NAME_JOINS
        or not (doc[start].is_alpha and doc[start].text[:1].isupper())
    ):
        start += 1  # "Le Rassemblement ..." at the start of a sentence: the name after it
    return start if end - start >= 2 else None


def _before_article(doc: Doc, i: int) -> bool:
    """``aux Tigres``, ``la Nouvelle Démocratie``: an article that opens the name's phrase.

    An article or ``de`` is inside the name when a capitalised word of the name comes before
    it (``Front de libération``); it opens the phrase when the word before it is lower-case or
    a verb or a preposition (``appartenant aux``, ``derrière la``).
    """
    if i == 0:
        return True
    before = doc[i - 1]
    if fold(before.text) in {"de", "d'", "du", "des"}:
        return False  # "de l'Eelam": the name's "de" decides
    return not before.is_alpha or (before.is_lower and before.pos_ not in {"NOUN", "ADJ"})


def defined_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Return ``chosen`` with the names defined by a bracketed acronym, longest first.

    A chosen mention inside a defined name (or inside its English name in the bracket) gives
    way to it; a chosen mention that covers it or runs across its edge keeps its place.
    """
    found = list(_defined(doc, war_document(doc, chosen)))
    if not found:
        return chosen
    found.extend(_repeated(doc, found))
    spans = [(c.start, c.end) for c in found]
    kept = [
        c
        for c in chosen
        if not any(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for s, e in spans)
    ]
    return select(found, taken=kept)


def _repeated(doc: Doc, found: list[Candidate]) -> Iterator[Candidate]:
    """The defined names written again elsewhere, in any case (``Tigres de Libération ...``)."""
    folded = [fold(t.text) for t in doc]
    names = {tuple(folded[c.start : c.end]): c for c in found if c.source == "pattern"}
    taken = {(c.start, c.end) for c in found}
    for words, cand in names.items():
        size = len(words)
        for i in range(len(folded) - size + 1):
            if tuple(folded[i : i + size]) == words and (i, i + size) not in taken:
                yield Candidate(i, i + size, cand.actor, "alias")


BRACKET_AFTER = frozenset({")", ",", ";", "pour"})
"""What may follow the acronym in its bracket: its end, an English name (``, ...``, ``pour
...``: ``(LRA pour Lord's Resistance Army)``) or another name (``(FDA ; en anglais ...)``)."""

_ARTICLES = frozenset({"le", "la", "les", "l'", "du", "des", "au", "aux"})


def _defined(doc: Doc, war: bool) -> Iterator[Candidate]:
    for i, token in enumerate(doc):
        if token.text != "(" or i + 2 >= len(doc) or doc[i + 2].text not in BRACKET_AFTER:
            continue
        acronym = doc[i + 1].text
        if not _ACRONYM.match(acronym) or sum(c.isupper() for c in acronym) < 2:
            continue
        english = _english_name(doc, i + 3) if doc[i + 2].text in {",", "pour"} else None
        in_english = english is not None and spells(
            acronym, [t.text for t in doc[english[0] : english[1]]]
        )
        for start in _starts(doc, i, acronym):
            words = [t.text for t in doc[start:i]]
            if not (spells(acronym, words) or in_english):
                continue
            kind = name_type(doc[start:i])
            if kind is None and (
                (war and not _place(doc[start:i].text) and not _place(acronym))
                or shown_armed(doc, start, i)
            ):
                # "les rebelles du Cadre stratégique permanent (CSP)"; in a war document,
                # "la Coordination des mouvements de l'Azawad (CMA)"
                kind = "armed_group"
            if kind is None or kind not in _ACLED:
                continue
            name = doc[start:i].text
            slug = re.sub(r"\W+", "_", fold(name)).strip("_")
            ref = ActorRef(f"{kind}_{slug}", name, kind, None, _ACLED[kind])
            yield Candidate(start, i, ref, "pattern")
            if english is not None:  # the English name beside the acronym, spelled or not
                yield Candidate(english[0], english[1], ref, "alias")
            break


def _place(name: str) -> bool:
    """``république démocratique du Congo``: a country or a place of the gazetteer."""
    return fold(name) in places() or country_table().from_name(name) is not None


def _starts(doc: Doc, end: int, acronym: str) -> Iterator[int]:
    """The first words the name before the bracket at ``end`` may have, nearest first.

    The start :func:`_name_start` finds; then, past a ``pour la`` or ``et l'`` that this one
    took for the end of the name's phrase (``Congrès national pour la défense du peuple
    (CNDP)``, ``Mouvement pour la justice et l'égalité (MJE)``), the capitalised words further
    back on the same clause; then a name in lower case after its article whose words' initials
    are exactly the acronym (``les forces de soutien rapide (FSR)``).
    """
    first = _name_start(doc, end)
    if first is not None:
        yield first
    back: list[int] = []
    j = end
    while j > 0 and end - j < _MAX_WORDS:
        token = doc[j - 1]
        word = fold(token.text)
        if word in DETERMINERS - _NAME_JOINS or not (_alpha(token) or word in _NAME_JOINS):
            break
        j -= 1
        if token.text[:1].isupper() and token.is_alpha and word not in DETERMINERS | _NAME_JOINS:
            back.append(j)
        if token.is_sent_start:
            break
    yield from (j for j in back if first is None or j < first)
    letters = fold(acronym)
    for j in range(end - 2, max(end - _MAX_WORDS, 0), -1):
        if fold(doc[j - 1].text) in _ARTICLES and doc[j].is_lower and doc[j].pos_ == "NOUN":
            initials = "".join(w[0] for w in _content_words([t.text for t in doc[j:end]]))
            if initials == letters:
                yield j


def _alpha(token: Token) -> bool:
    """A word of a name: letters, maybe joined by a hyphen (``pro-occidentale``)."""
    return all(part.isalpha() for part in token.text.split("-"))


def _english_name(doc: Doc, start: int) -> tuple[int, int] | None:
    """``Liberation Tigers of Tamil Eelam`` from ``start`` to the closing bracket."""
    end = start
    while end < len(doc) and end - start < _MAX_WORDS and doc[end].text != ")":
        if not (doc[end].text.strip("'’").isalpha() or doc[end].text == "-"):
            return None  # "Lord's": "Lord'" and "s"
        end += 1
    if end >= len(doc) or end - start < 2 or not doc[start].text[:1].isupper():
        return None
    return start, end

"""Names the offline gazetteer knows, read as places where the words before them say so.

The small model misses or mistypes many towns and regions (``entrés dans Marawi`` tagged MISC,
``l'attentat de Pulwama`` and ``la caserne de Giwa`` with no entity). A capitalised name is a
place candidate when a locative preposition comes right before it (``à``, ``dans``, ``vers``),
or ``de`` after a noun of a place or of an event at a place (``la base aérienne de X``), or it
continues a list of such places (``les batailles de Baidoa, Jowhar et Beledweyne``); and the
candidate is kept only when ``polemos-places`` (GeoNames) knows it as a country, a region or a
town. A name read as a place once is a place at each of its occurrences in the document
(``le blocus du Haut-Karabagh`` ... ``approvisionner le Haut-Karabagh``).

GeoNames knows many surnames as villages (``Obama``, ``Hassan``): a name that is a word of a
person the model found in the document (``Barack Obama``), a compass point or a calendar word
is never a place on this rule; the locations layer's own guards (actor names, demonyms,
acronyms) apply after it. Without ``polemos-places`` installed, the rule finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from polemos_french import DE
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ._text import fold
from ._words import NAME_LINKS, PARTICLES
from .placelike import place_context, reads_as_place
from .ruledata import rule_data

_CONTEXT = rule_data("gazetteer_context.yaml", frozenset({"locatives", "nouns", "links", "never"}))
_LOCATIVES = _CONTEXT.words("locatives")
_LINKS = _CONTEXT.words("links")
_NEVER = _CONTEXT.words("never")
_JOINS = NAME_LINKS | (PARTICLES - {"et", "and", "en", "au", "aux", "of", "the", "for", "in"})


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return _CONTEXT.words("nouns") | place_context().nouns


@lru_cache(maxsize=1)
def gazetteer_lookup() -> Callable[[str], bool] | None:
    """A test ``name -> known to GeoNames``, or None without ``polemos-places`` installed."""
    try:
        from polemos_places import gazetteer
    except ImportError:
        return None
    places = gazetteer()

    @lru_cache(maxsize=4096)
    def known(name: str) -> bool:
        return (
            places.country(name) is not None
            or bool(places.regions(name))
            or bool(places.cities(name))
        )

    return known


def gazetteer_spans(doc: Doc, known: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """Token spans of the names of ``doc`` read as places by the gazetteer rule.

    ``known`` tells whether the gazetteer knows a name (default: :func:`gazetteer_lookup`).
    """
    known = known or gazetteer_lookup()
    if known is None:
        return []
    persons = _person_words(doc)
    organisations = _organisation_starts(doc)
    names: set[tuple[str, ...]] = set()
    i = 1
    while i < len(doc):
        if not _name_word(doc[i]) or _name_word(doc[i - 1]) or not _introduced(doc, i):
            i += 1
            continue
        while True:
            end = _known_name_end(doc, i, persons, known)
            if end is None or (i, end) in organisations or doc[i:end].text in organisations:
                break
            names.add(tuple(t.text for t in doc[i:end]))
            following = _next_in_list(doc, end)
            if following is None:
                i = end - 1
                break
            i = following
        i += 1
    return _occurrences(doc, names)


def _organisation_starts(doc: Doc) -> set[tuple[int, int] | str]:
    """What the model reads as an organisation: its names, and its first words.

    ``l'action de Samsung`` (``Samsung`` an ORG entity) and ``le contrôle de la Chambre des
    représentants`` (``Chambre`` opens one) are no places, although GeoNames knows a Samsung
    and a Chambre; a place at the end of an organisation's name stays one (``l'université de
    Caen``, the codebook's place inside an organisation's name).
    """
    out: set[tuple[int, int] | str] = set()
    for entity in doc.ents:
        if entity.label_ == "ORG":
            out.add(entity.text)
            out.update((entity.start, end) for end in range(entity.start + 1, entity.end))
    return out


_LONGEST = 6
"""Tokens of the longest name tried (``Mocimboa da Praia``, ``Beit - Lahiya``)."""


def _name_word(token: Token) -> bool:
    """A capitalised word, hyphenated or with an apostrophe (``Haut-Karabagh``, ``N'Djamena``)."""
    text = token.text
    return text[:1].isupper() and "".join(c for c in text if c not in "-'’").isalpha()


def _elided(token: Token) -> bool:
    """A word cut at its apostrophe, the rest of the word right after (``N'`` of ``N'Djaména``)."""
    return not token.whitespace_ and token.text[-1:] in "'’" and len(token.text) > 1


def _known_name_end(
    doc: Doc, start: int, persons: dict[str, frozenset[str]], known: Callable[[str], bool]
) -> int | None:
    """End of the longest name from ``start`` that the gazetteer knows, or None.

    A name is capitalised words joined by hyphens or lower-case particles (``da``, ``al``,
    ``de la``); the longest reading is tried first (``Mocimboa da Praia``, then ``Mocimboa``).
    """
    ends = []
    i = start
    while i < len(doc) and i - start < _LONGEST and _name_word(doc[i]):
        i += 1
        while i < len(doc) and _elided(doc[i - 1]) and doc[i].is_alpha:
            i += 1  # "N'Djaména", "Aguel'hoc": one word the tokenizer cut after its apostrophe
        ends.append(i)
        look = i
        while look < len(doc) and (doc[look].text == "-" or fold(doc[look].text) in _JOINS):
            look += 1
        if look == i or look - i > 2:
            break
        i = look
    for end in reversed(ends):
        text = doc[start:end].text
        words = {fold(t.text) for t in doc[start:end]}
        if words & _NEVER or any(words & w for name, w in persons.items() if name != text):
            continue  # "Obama" of "Barack Obama"; the name itself may be a town the model took
        if known(text):  # for a person ("le port de Mocimboa da Praia")
            return end
    return None


def _introduced(doc: Doc, start: int) -> bool:
    """The words before token ``start`` introduce a place: a locative or ``<noun> [adj] de``."""
    before = fold(doc[start - 1].text)
    if before in _LOCATIVES or reads_as_place(doc, start):
        return True
    if before in {"la", "l'"} and start > 1 and fold(doc[start - 2].text) in DE:
        start -= 1  # "la guerre de la Crimée" reads as "la guerre de Crimée"
    if fold(doc[start - 1].text) not in DE or start < 2:
        return False
    noun = start - 2
    if doc[noun].pos_ == "ADJ" and noun > 0:
        noun -= 1  # "la base aérienne de"
    return fold(doc[noun].text) in _nouns()


def _next_in_list(doc: Doc, end: int) -> int | None:
    """Where the next name of a list starts after a place ending at ``end``.

    ``, X``, ``et de X``, ``et enfin X``; None when no list goes on.
    """
    i = end
    if i >= len(doc) or fold(doc[i].text) not in _LINKS:
        return None
    i += 1
    while i < len(doc) and (fold(doc[i].text) in _LINKS or doc[i].pos_ == "ADV"):
        i += 1  # ", et", "et enfin"
    if i < len(doc) and fold(doc[i].text) in DE:
        i += 1
    return i if i < len(doc) and _name_word(doc[i]) else None


def _person_words(doc: Doc) -> dict[str, frozenset[str]]:
    """The model's person names of two words or more (``Barack Obama``): text -> folded words."""
    return {
        ent.text: frozenset(fold(t.text) for t in ent)
        for ent in doc.ents
        if ent.label_ == "PER" and len(ent) > 1
    }


def _occurrences(doc: Doc, names: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Every occurrence of ``names`` in ``doc`` that is a whole name (not part of a longer one)."""
    if not names:
        return []
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    matcher.add("place", [Doc(doc.vocab, words=list(words)) for words in sorted(names)])
    return [
        (start, end)
        for _, start, end in matcher(doc)
        if not (end < len(doc) and _name_word(doc[end]))
        and (start == 0 or doc[start].is_sent_start or not _name_word(doc[start - 1]))
    ]

"""Other names a text gives an actor right after naming it, as encyclopedia ledes do.

- ``X (en arabe : NAME, Transliteration)``, ``X (en français « NAME »)``: each name in the
  bracket after a language;
- ``X, aussi appelé A, B ou C,``, ``X, également connu sous le nom de A``: each name after
  a naming participle.

Each other name is a mention of X's actor (the codebook folds a French or English form, a
transliteration or a misspelling to the one actor). Only names are taken: words in another
script, or capitalised words with the particles and hyphens between them; a bracket after a
language that holds no name (``(en anglais)``) gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ._text import fold
from ._words import CLAUSE_WORDS, NAME_LINKS, PARTICLES
from .mentions import Candidate

_NAMING = frozenset(
    {"appele", "appelee", "appeles", "appelees", "nomme", "nommee", "nommes", "surnomme"}
    | {"surnommee", "surnommes", "connu", "connue", "connus", "connues", "dit", "dite"}
)
_ALSO = frozenset({"aussi", "egalement", "encore", "parfois", "souvent", "plus", "tard"})
_SEPARATORS = frozenset({",", "ou", "et"})
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
_MAX = 40


def _name_token(token_text: str) -> bool:
    """A word of a name: capitalised, or in a script without case (Arabic, Cyrillic...)."""
    first = token_text[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _name_at(doc: Doc, i: int, limit: int, *, quoted: bool = False) -> int:
    """The end of the name that starts at token ``i`` (``i`` when no name starts there).

    A capitalised word (or one in a script without case), then the words up to a separator
    (a comma, ``ou``, ``et``, a bracket), a clause word or an auxiliary: ``Hezb-ul Islam``, ``Armée
    révolutionnaire congolaise``; inside quotes, any words up to the closing quote.
    """
    if quoted:
        end = i
        while end < limit and doc[end].text not in _QUOTES and end - i < _WORDS:
            end += 1
        return end if end < limit and doc[end].text in _QUOTES else i
    if i >= limit or not _name_token(doc[i].text):
        return i
    end = j = i + 1
    while j < limit and j - i < _WORDS:
        token = doc[j]
        word = fold(token.text)
        if word in _SEPARATORS | CLAUSE_WORDS or (token.pos_ == "AUX" and token.is_lower):
            break  # the model tags some adjectives as verbs: only an auxiliary ends the name
        if not (token.is_alpha or "-" in token.text or "'" in token.text or "’" in token.text):
            break
        j += 1
        if word not in PARTICLES | NAME_LINKS and token.text != "-":
            end = j  # a particle or a link is kept only before another word
    return end


_WORDS = 8


def _closing(doc: Doc, open_at: int) -> int | None:
    """The closing bracket of the one at ``open_at``, within a few words."""
    return next(
        (j for j in range(open_at + 1, min(len(doc), open_at + _MAX)) if doc[j].text == ")"),
        None,
    )


def _bracket_names(doc: Doc, open_at: int) -> Iterator[tuple[int, int]]:
    """``(en arabe : A, B)``, ``(en français « A »)``: the names after the language."""
    close = _closing(doc, open_at)
    if close is None or open_at + 3 > close or fold(doc[open_at + 1].text) != "en":
        return
    i = open_at + 3  # after "en" and the language
    if i < close and doc[i].text == ":":
        i += 1
    while i < close:
        if doc[i].text in _QUOTES:
            end = _name_at(doc, i + 1, close, quoted=True)
            if end > i + 1:
                yield i + 1, end
            i = end + 1
        else:
            end = _name_at(doc, i, close)
            if end == i:
                return
            yield i, end
            i = end
        while i < close and doc[i].text in _SEPARATORS | _QUOTES:
            i += 1


def _named_after(doc: Doc, comma: int) -> Iterator[tuple[int, int]]:
    """``, aussi appelé A, B ou C``: the names after a naming participle."""
    i = comma + 1
    while i < len(doc) and fold(doc[i].text) in _ALSO:
        i += 1
    if i == comma + 1 or i >= len(doc) or fold(doc[i].text) not in _NAMING:
        return  # "connu" alone is an adjective too: an adverb must come before it
    i += 1
    words = [fold(t.text) for t in doc[i : i + 4]]
    if words[:3] == ["sous", "le", "nom"] and len(words) > 3 and words[3] in {"de", "d'"}:
        i += 4
    limit = min(len(doc), i + _MAX)
    while i < limit:
        end = _name_at(doc, i, limit)
        if end == i:
            return
        yield i, end
        i = end
        if i + 1 < limit and fold(doc[i].text) in _SEPARATORS and _name_token(doc[i + 1].text):
            i += 1
        elif i + 2 < limit and doc[i].text == "," and fold(doc[i + 1].text) in {"ou", "et"}:
            i += 2
        else:
            return


def other_names(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Yield the other names given right after a mention (see the module), as its aliases."""
    for cand in chosen:
        if cand.actor.generic or cand.end >= len(doc):
            continue
        comma = cand.end
        if doc[cand.end].text == "(":
            for start, end in _bracket_names(doc, cand.end):
                yield Candidate(start, end, cand.actor, "alias")
            close = _closing(doc, cand.end)
            comma = close + 1 if close is not None else comma  # "X (M23), également connu"
        if comma < len(doc) and doc[comma].text == ",":
            for start, end in _named_after(doc, comma):
                yield Candidate(start, end, cand.actor, "alias")

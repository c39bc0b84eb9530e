"""French text helpers shared by the extractors: function words, apostrophes, folding.

French news writes the apostrophe three ways (``l'armée``, ``l’armée``, ``lʼarmée``) and names
with or without accents (``Etat islamique``, ``État islamique``). Rules that read words compare
them *folded* (:func:`fold`: lower case, no accents, one apostrophe, one hyphen) or, when
offsets must not move, with the apostrophes unified (:func:`unify_apostrophes`, same length).

The function-word lists (articles, ``de`` and its contractions, determiners) are data
(``polemos_french/data/french.yaml``), folded with the straight apostrophe; a rule that reads raw
token text adds the typographic forms with :func:`apostrophe_variants`.

>>> fold("L’État islamique")
"l'etat islamique"
>>> sorted(apostrophe_variants(DEFINITE_ARTICLES))
["l'", 'la', 'le', 'les', 'l’']
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml

__all__ = [
    "APOSTROPHES",
    "CONTRACTED_ARTICLES",
    "DASHES",
    "DE",
    "DEFINITE_ARTICLES",
    "DETERMINERS",
    "HYPHENS",
    "apostrophe_variants",
    "fold",
    "function_words",
    "read_function_words",
    "strip_accents",
    "unify_apostrophes",
]

APOSTROPHES = "’ʼ‘`´"
"""Characters French text uses for the apostrophe ``'``: typographic, modifier letter,
opening quote, grave accent and acute accent."""

HYPHENS = "\u2010\u2011"
"""The Unicode hyphen and non-breaking hyphen, read as ``-``."""

DASHES = "–—"
"""The en and em dashes, read as ``-`` by :func:`fold` (not by :func:`unify_apostrophes`:
a dash between figures is a range sign)."""

_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_DASH_TABLE = str.maketrans(dict.fromkeys(HYPHENS + DASHES, "-"))


def unify_apostrophes(text: str, *, hyphens: bool = False) -> str:
    """Return ``text`` with every apostrophe as ``'`` (and, if asked, hyphens as ``-``).

    Each character is replaced by one character: offsets into ``text`` stay valid.

    >>> unify_apostrophes("l’armée d‘élite"), unify_apostrophes("anti\u2011char", hyphens=True)
    ("l'armée d'élite", 'anti-char')
    """
    for variant in APOSTROPHES:  # str.replace is much faster than str.translate on long texts
        if variant in text:
            text = text.replace(variant, "'")
    if hyphens:
        for variant in HYPHENS:
            if variant in text:
                text = text.replace(variant, "-")
    return text


def strip_accents(text: str) -> str:
    """Return ``text`` without accents, with ``'`` apostrophes and ``-`` hyphens (case kept).

    >>> strip_accents("L’Économie — Sahel")
    "L'Economie - Sahel"
    """
    if text.isascii() and "`" not in text:  # no accent, apostrophe variant nor dash to replace
        return text
    return _without_marks(text.translate(_APOSTROPHE_TABLE).translate(_DASH_TABLE))


def _without_marks(text: str) -> str:
    """``text`` decomposed (NFKD) without its combining marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, with ``'`` apostrophes and ``-`` hyphens.

    The form rules compare words in: ``Etat``, ``État`` and ``ÉTAT`` fold alike. The result
    may be shorter or longer than ``text`` (``œ`` stays, ``ﬁ`` becomes ``fi``): do not use
    it for offsets.

    >>> fold("L’État islamique")
    "l'etat islamique"
    """
    if text.isascii() and "`" not in text:
        return text.lower()
    return _without_marks(text.translate(_APOSTROPHE_TABLE).translate(_DASH_TABLE).lower())


def apostrophe_variants(words: Iterable[str]) -> frozenset[str]:
    """Return ``words`` plus, for each word with ``'``, its spelling with ``’``.

    For rules that compare raw token text (``token.lower_``) rather than folded words.

    >>> sorted(apostrophe_variants(["l'", "le"]))
    ["l'", 'le', 'l’']
    """
    plain = frozenset(words)
    return plain | {word.replace("'", "’") for word in plain if "'" in word}


def read_function_words(text: str, name: str) -> dict[str, frozenset[str]]:
    """Parse a YAML mapping of word classes to word lists (``name`` is used in errors).

    :raises ValueError: the text is not YAML, or not a mapping of class names to lists of words;
        the message names the file and the class.

    >>> sorted(read_function_words("de: [de, D’]", "example.yaml")["de"])
    ["d'", 'de']
    """
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"{name}: not valid YAML: {error}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{name}: expected a mapping of word classes to lists of words")
    classes: dict[str, frozenset[str]] = {}
    for key, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{name}: {key!r} must be a list of words")
        classes[str(key)] = frozenset(fold(w) for w in words)
    return classes


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """The word classes of ``polemos_french/data/french.yaml``: name -> folded words (read once)."""
    source = resources.files("polemos_french").joinpath("data/french.yaml")
    return read_function_words(source.read_text("utf-8"), "polemos_french/data/french.yaml")


DEFINITE_ARTICLES: frozenset[str] = function_words()["definite_articles"]
"""``le la les l'``."""

DE: frozenset[str] = function_words()["de"]
"""The preposition ``de`` and its forms: ``de du des d'``."""

CONTRACTED_ARTICLES: frozenset[str] = function_words()["contracted_articles"]
"""``à`` and ``de`` fused with the definite article: ``au aux du des``."""

DETERMINERS: frozenset[str] = function_words()["determiners"]
"""Articles (with ``de``, ``d'``, ``au``, ``aux``), demonstratives, possessives and a few
indefinites (``plusieurs``, ``certains``, ``quelques``): the words before a noun phrase's head."""

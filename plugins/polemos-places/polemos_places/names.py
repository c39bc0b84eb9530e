"""How place names are compared: folded, and read in the French and English transliterations.

French news writes Arabic, Ukrainian and Russian names in French transliteration
(``Marioupol``, ``Zaporijjia``, ``Deir ez-Zor``, ``Idleb``); GeoNames holds English
romanizations and a few French names among its alternate names. A name is folded (lower case,
no accents, no apostrophes, hyphens as spaces, no leading Arabic article) and, when it is not
found, read again with the French spellings turned into English ones (``ou`` -> ``u``,
``dj`` -> ``j``, ``ch`` -> ``sh``, then also ``j`` -> ``zh`` for Slavic names).
"""

from __future__ import annotations

import re
import unicodedata

from polemos_french import APOSTROPHES

__all__ = ["ARTICLES", "fold", "spellings"]

ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "az ", "an ", "at ", "ech ", "ez ")
"""Leading Arabic articles, as they read once folded (``al-Joufra`` -> ``al joufra``)."""

_QUOTES = re.compile(f"['{APOSTROPHES}ʿʾ]")
"""Apostrophes (:data:`polemos_french.APOSTROPHES`) and the Arabic ``ʿ`` and ``ʾ``: dropped, as
GeoNames romanizations write ``Deir ez-Zor``, ``Ras al Ain`` without them."""
_SPACES = re.compile(r"[\s\-‐‑–—_.]+")
_FRENCH_TO_ENGLISH = {"tch": "ch", "dj": "j", "ou": "u", "ch": "sh", "j": "zh"}
_FRENCH = re.compile("|".join(_FRENCH_TO_ENGLISH))
_ARABIC = re.compile("|".join(k for k in _FRENCH_TO_ENGLISH if k != "j"))  # Arabic j stays j
_LAST_E = re.compile(r"e(?=[^aeiou\s]\b)")  # "Idleb" -> "Idlib", "Homs" unchanged


def fold(name: str) -> str:
    """Lower case, no accents, no apostrophes, one space between words."""
    text = _QUOTES.sub("", name)
    if not text.isascii():  # most names are: they need no decomposition
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    return _SPACES.sub(" ", text).strip()


def _without_article(folded: str) -> str:
    for article in ARTICLES:
        if folded.startswith(article) and len(folded) > len(article) + 2:
            return folded[len(article) :]
    return folded


_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}
_FRENCH_COMPASS = re.compile(r"^(.+?) (?:du|de l) (nord|sud|est|ouest)$")


def _compass_first(folded: str) -> str:
    """``darfour du sud`` -> ``south darfour``: French puts the compass point after the name."""
    match = _FRENCH_COMPASS.match(folded)
    return f"{_COMPASS[match.group(2)]} {match.group(1)}" if match else folded


def spellings(name: str) -> list[str]:
    """The keys to look ``name`` up by, best first: as folded, without article, transliterated.

    >>> spellings("Darfour du Sud")[:3]
    ['darfour du sud', 'south darfour', 'darfur du sud']
    """
    folded = fold(name)
    keys = [folded, _compass_first(folded), _without_article(folded)]
    for pattern in (_ARABIC, _FRENCH):  # "al-Joufra" -> "Jufra"; "Zaporijjia" -> "Zaporizhzhia"
        english = pattern.sub(lambda m: _FRENCH_TO_ENGLISH[m.group(0)], folded)
        keys += [english, _compass_first(english), _without_article(english)]
    keys.append(_LAST_E.sub("i", folded))
    return list(dict.fromkeys(k for k in keys if k))

"""Text normalisation shared by the lexicon, the matchers and the alias folder."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})


def strip_accents(text: str) -> str:
    """Return ``text`` without accents, with ASCII apostrophes and hyphens (case kept)."""
    text = text.translate(_APOSTROPHES).translate(_DASHES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, with ASCII apostrophes and hyphens.

    >>> fold("L’État islamique")
    "l'etat islamique"
    """
    text = text.translate(_APOSTROPHES).translate(_DASHES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))

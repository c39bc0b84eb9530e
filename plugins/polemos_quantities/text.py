"""Text helpers: a same-length normalised copy of the text and a char -> token index."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["SPACES", "TokenIndex", "alternation", "normalize"]

#: A space inside a number or a phrase: plain, no-break, narrow no-break or thin.
SPACES = "[ \u00a0\u202f\u2009]"

_UNIFIED = (("’", "'"), ("ʼ", "'"), ("‘", "'"), ("`", "'"), ("\u2011", "-"), ("\u2010", "-"))


def normalize(text: str) -> str:
    """Return ``text`` lower-cased with apostrophes unified, keeping every offset unchanged."""
    unified = text
    for variant, plain in _UNIFIED:  # str.replace is much faster than str.translate here
        if variant in unified:
            unified = unified.replace(variant, plain)
    lowered = unified.lower()
    if len(lowered) == len(unified):
        return lowered
    # A few characters lower-case to two code points (e.g. "İ"): keep those as they are.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in unified)


def alternation(phrases: Iterable[str]) -> str:
    """Return a regex alternation of ``phrases``, longest first, any space matching any space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", SPACES + "+") for p in ordered)


class TokenIndex:
    """Map character offsets of a spaCy ``Doc`` to its tokens (token starts read in one call)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts = doc.to_array("IDX") if len(doc) else np.zeros(0, dtype=np.uint64)

    def _right(self, char: int) -> int:
        """How many tokens start at or before ``char``."""
        return int(np.searchsorted(self._starts, max(char, 0), side="right")) if char >= 0 else 0

    def first_tokens(self, chars: list[int]) -> np.ndarray[Any, np.dtype[np.intp]]:
        """Return the indices of the first tokens starting at or after each of ``chars``."""
        return np.searchsorted(self._starts, np.asarray(chars, dtype=np.uint64), side="left")

    def at(self, char: int) -> Token | None:
        """Return the token covering ``char``, or the last one starting before it."""
        position = self._right(char) - 1
        if position < 0:
            return None
        return self.doc[position]

    def after(self, char: int) -> Token | None:
        """Return the first token starting at or after ``char`` (``None`` at the end)."""
        position = self._right(char - 1)
        if position >= len(self._starts):
            return None
        return self.doc[position]

    def before(self, char: int) -> Token | None:
        """Return the last token ending at or before ``char`` (``None`` at the start)."""
        position = self._right(char - 1) - 1
        while position >= 0:
            token = self.doc[position]
            if token.idx + len(token) <= char:
                return token
            position -= 1
        return None

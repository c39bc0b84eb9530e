"""Text helpers: a same-length normalised copy of the text and a char -> token index."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from polemos_french import unify_apostrophes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["SPACES", "TokenIndex", "alternation", "normalize"]

#: A space inside a number or a phrase: plain, no-break, narrow no-break or thin.
SPACES = "[ \u00a0\u202f\u2009]"


def normalize(text: str) -> str:
    """Return ``text`` lower-cased with apostrophes unified, keeping every offset unchanged."""
    unified = unify_apostrophes(text, hyphens=True)
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
        # One call reads every token start; Python's bisect then beats numpy on single lookups.
        self._starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []

    def _right(self, char: int) -> int:
        """How many tokens start at or before ``char``."""
        return bisect_right(self._starts, char)

    def first_tokens(self, chars: Iterable[int]) -> list[int]:
        """Return the indices of the first tokens starting at or after each of ``chars``."""
        return [bisect_left(self._starts, char) for char in chars]

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

"""What the attribute readers share about one document: tokens, normalised text, lexicon."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from polemos_french import unify_apostrophes

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.text import TokenIndex, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Scope", "forms"]

_SENTENCE_END = re.compile(r"[.!?…]+[\"»”)]*\s+(?=[«\"“(]?\s*[A-ZÀ-Ý0-9])|\n\s*")


def forms(token: Token) -> tuple[str, str]:
    """Return the lower-case surface form and lemma of ``token`` (apostrophes unified)."""
    return unify_apostrophes(token.lower_), token.lemma_.lower()


class Scope:
    """One parsed document seen by the readers: ``doc``, its normalised text and the lexicon."""

    def __init__(self, doc: Doc, lexicon: Lexicon, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # doc.text rebuilds the string
        self.norm = normalize(self.text)
        self.index = TokenIndex(doc)
        self.lexicon = lexicon
        self._sentence_starts: list[int] | None = None

    def sentence_bounds(self, token: Token) -> tuple[int, int]:
        """Return the token indices ``[start, end)`` of the sentence holding ``token``.

        Sentences end at a full stop followed by a capital, or at a line break: the small
        model's own segmentation splits too often inside names and quotes to be relied on.
        """
        if self._sentence_starts is None:
            self._sentence_starts = self.index.first_tokens(
                m.end() for m in _SENTENCE_END.finditer(self.text)
            )
        starts = self._sentence_starts
        position = bisect_right(starts, token.i)
        start = starts[position - 1] if position > 0 else 0
        end = starts[position] if position < len(starts) else len(self.doc)
        return start, end

    def left(self, token: Token, limit: int) -> Iterator[Token]:
        """Yield up to ``limit`` tokens before ``token`` in its sentence, nearest first."""
        start, _ = self.sentence_bounds(token)
        for i in range(token.i - 1, max(start, token.i - limit) - 1, -1):
            yield self.doc[i]

    def right(self, token: Token, limit: int) -> Iterator[Token]:
        """Yield up to ``limit`` tokens after ``token`` in its sentence, nearest first."""
        _, end = self.sentence_bounds(token)
        for i in range(token.i + 1, min(end, token.i + 1 + limit)):
            yield self.doc[i]

    def ancestors(self, token: Token, depth: int) -> Iterator[Token]:
        """Yield up to ``depth`` syntactic heads above ``token``, nearest first."""
        current = token
        for _ in range(depth):
            if current.head.i == current.i:
                return
            current = current.head
            yield current

    def finite_verb_between(self, start: int, end: int) -> bool:
        """Return whether a finite verb starts within ``text[start:end]``."""
        first = self.index.after(start)
        if first is None:
            return False
        for token in self.doc[first.i :]:
            if token.idx >= end:
                return False
            if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", []):
                return True
        return False

    def gap_is_blank(self, start: int, end: int) -> bool:
        """Return whether ``text[start:end]`` is only white space."""
        return not self.text[start:end].strip()

"""What the attribute readers share about one document: tokens, normalised text, lexicon."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.text import TokenIndex, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Scope", "forms"]


def forms(token: Token) -> tuple[str, str]:
    """Return the lower-case surface form and lemma of ``token`` (apostrophes unified)."""
    return token.lower_.replace("’", "'"), token.lemma_.lower()


class Scope:
    """One parsed document seen by the readers: ``doc``, its normalised text and the lexicon."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.norm = normalize(doc.text)
        self.index = TokenIndex(doc)
        self.lexicon = lexicon

    def sentence_bounds(self, token: Token) -> tuple[int, int]:
        """Return the token indices ``[start, end)`` of the sentence holding ``token``."""
        if not self.doc.has_annotation("SENT_START"):
            return 0, len(self.doc)
        sent = token.sent
        return sent.start, sent.end

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

    def gap_is_blank(self, start: int, end: int) -> bool:
        """Return whether ``text[start:end]`` is only white space."""
        return not self.text[start:end].strip()

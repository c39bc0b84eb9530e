"""A token ``Matcher`` run only where its patterns can match: around their anchor words.

spaCy's ``Matcher`` starts a state for every pattern at every token and calls the Python
predicates of a pattern's first token (``IN``, ``REGEX``) on every token of the document: with
the two dozen rule patterns of :mod:`.patterns` that cost several per cent of the parse. Each
pattern here has an anchor, a token of fixed position whose ``LOWER`` value is one of a few
words (``ministère``, a generic group noun, a unit noun); the anchors are found over the whole
document at once (one ``numpy.isin`` over the ``LOWER`` array), and the key's own ``Matcher`` runs
on the short span each anchor allows. The matches are those of one ``Matcher`` over the whole
document, with the same ``greedy`` filter (spaCy's own rule, applied to all the key's matches).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.attrs import LOWER
from spacy.matcher import Matcher

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["AnchoredMatcher"]


@dataclass
class _Rule:
    matcher: Matcher
    anchor: int
    length: int
    words: NDArray[np.uint64]
    greedy: str | None


def _anchor_words(pattern: Sequence[Mapping[str, Any]], anchor: int) -> list[str]:
    """The ``LOWER`` words the anchor token of ``pattern`` accepts (a value or an ``IN`` list)."""
    for token in pattern[: anchor + 1]:
        if "OP" in token:
            raise ValueError(f"the anchor and the tokens before it take no operator: {pattern!r}")
    value = pattern[anchor].get("LOWER")
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping) and set(value) == {"IN"}:
        return list(value["IN"])
    raise ValueError(f"the anchor token must match LOWER on a word or a list: {pattern!r}")


class AnchoredMatcher:
    """Token patterns, each matched only around its anchor token (see the module)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._rules: dict[str, _Rule] = {}

    def add(
        self,
        key: str,
        patterns: Sequence[Sequence[Mapping[str, Any]]],
        *,
        anchor: int = 0,
        greedy: str | None = None,
    ) -> None:
        """Add ``patterns`` under ``key``; their token ``anchor`` matches ``LOWER`` on words."""
        if greedy not in (None, "LONGEST"):
            raise ValueError(f"greedy={greedy!r}: only 'LONGEST' is supported")
        words = {w for pattern in patterns for w in _anchor_words(pattern, anchor)}
        matcher = Matcher(self.vocab)
        matcher.add(key, [[dict(token) for token in p] for p in patterns])
        hashes = np.array(sorted(self.vocab.strings.add(w) for w in words), dtype=np.uint64)
        length = max(len(p) for p in patterns)
        self._rules[key] = _Rule(matcher, anchor, length, hashes, greedy)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(match_id, start, end)`` of every match in ``doc``: keys without a filter first."""
        if not self._rules or not len(doc):
            return []
        lower = doc.to_array(LOWER)
        plain: list[tuple[int, int, int]] = []
        filtered: list[tuple[int, int, int]] = []
        for rule in self._rules.values():
            found: list[tuple[int, int, int]] = []
            for position in np.flatnonzero(np.isin(lower, rule.words)).tolist():
                start = position - rule.anchor
                if start < 0:
                    continue
                window = doc[start : min(len(doc), start + rule.length)]
                found.extend(
                    (key, start, start + end)
                    for key, begin, end in rule.matcher(window)
                    if not begin
                )
            if rule.greedy is None:
                plain.extend(found)
            else:
                filtered.extend(_longest(found))
        return plain + filtered


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The ``greedy="LONGEST"`` filter of spaCy: longest first (then the first), no overlaps."""
    taken: set[int] = set()
    kept = []
    for key, start, end in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        if taken.isdisjoint(range(start, end)):
            kept.append((key, start, end))
            taken.update(range(start, end))
    return kept

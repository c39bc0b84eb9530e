"""Where a text may hold a time expression: short windows around French time words.

Duckling's cost is about the length of what it reads (some microseconds a character, on
words that hold no time as much as on the others), and a news article holds its time
expressions in a few places. So Duckling reads only windows of the text: each anchor (a word
from which Duckling's French rules build a time, listed in ``data/time_words.yaml``, or any
digit) with :data:`MARGIN` characters on either side, widened to whole words (a window cut
inside *format* would read *mat*, a morning), windows that touch merged into one.

Nothing is lost, because every time expression holds an anchor, and the words of an
expression that are no anchor (*aux alentours de*, *n'importe quand avant*, *qui suivent*)
run for less than :data:`MARGIN` characters before the first anchor, between two anchors or
past the last one: an expression that Duckling finds in the whole text lies inside one
window, which it reads as it would the whole text (a window starts and ends at a space, as
words do). Offsets are those of the text: each window comes with its start.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["MARGIN", "add_window", "anchor_pattern", "anchors", "chain_words", "time_windows"]

MARGIN = 30
"""How many characters of context a window keeps on each side of an anchor.

The longest run of words without an anchor in Duckling's French time patterns is
``n'importe quand avant`` (22 characters with its space); 30 keeps some room. Each character
less saves Duckling work (on Wikinews 2012: 40 characters cost about 8 % more than 30, 25
about 8 % less).
"""

_FOLDED = {"a": "aàâä", "c": "cç", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü"}


@cache
def _time_words() -> dict[str, Any]:
    path = resources.files("polemos_dates").joinpath("data/time_words.yaml")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def chain_words() -> frozenset[str]:
    """The words a chain of time words is made of (``chain`` of ``data/time_words.yaml``)."""
    return frozenset(_time_words()["chain"])


def _bare(word: str) -> str:
    """``word`` lower-cased, without its accents."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folded(word: str) -> str:
    """A pattern matching ``word`` in any case with its accents optional."""
    return "".join(f"[{_FOLDED[c]}]" if c in _FOLDED else re.escape(c) for c in _bare(word))


@cache
def anchor_pattern() -> re.Pattern[str]:
    """A digit, or a whole word of ``anchors`` (``data/time_words.yaml``), folded."""
    words = {w for family in _time_words()["anchors"].values() for w in family}
    alternatives = sorted({_folded(w) for w in words}, key=len, reverse=True)
    letter = r"[^\W\d_]"
    return re.compile(rf"\d|(?<!{letter})(?:{'|'.join(alternatives)})(?!{letter})", re.IGNORECASE)


@cache
def _anchor_words() -> frozenset[str]:
    return frozenset(_bare(w) for family in _time_words()["anchors"].values() for w in family)


@lru_cache(maxsize=1 << 16)
def _is_anchor_word(word: str) -> bool:
    return _bare(word) in _anchor_words()


_RUN = re.compile(r"[^\W\d_]+|\d+")  # a run of letters or a run of digits


def anchors(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each anchor of ``text``: what :func:`anchor_pattern` finds.

    The same anchors as the pattern's (a run of digits stands for its digits), found by looking
    each run of letters up in a set, which costs a fraction of the pattern's alternation.

    >>> text = "Format Marseille FEVRIER 2012"
    >>> [text[a:b] for a, b in anchors(text)]
    ['FEVRIER', '2012']
    """
    for run in _RUN.finditer(text):
        if run.group()[0].isdigit() or _is_anchor_word(run.group()):
            yield run.span()


_SPACE = re.compile(r"\s")


def add_window(windows: list[tuple[int, int]], start: int, end: int) -> None:
    """Append ``(start, end)`` to ordered ``windows``, merged with the last one when they touch."""
    if windows and start <= windows[-1][1]:
        windows[-1] = (windows[-1][0], max(windows[-1][1], end))
    else:
        windows.append((start, end))


def time_windows(text: str, margin: int = MARGIN) -> list[tuple[int, int]]:
    """The ``(start, end)`` windows of ``text`` Duckling reads, in order, none overlapping.

    >>> text = "Le sommet, prévu de longue date, s'ouvrira lundi à Bruxelles sans la Russie."
    >>> [text[a:b] for a, b in time_windows(text, margin=10)]
    ["s'ouvrira lundi à Bruxelles"]
    """
    spaces = [found.start() for found in _SPACE.finditer(text)]
    windows: list[tuple[int, int]] = []
    for first, last in anchors(text):
        # widened to whole words: from just after a space, up to the next space
        before = bisect_left(spaces, first - margin) - 1
        start = spaces[before] + 1 if before >= 0 else 0
        after = bisect_left(spaces, last + margin)
        end = spaces[after] if after < len(spaces) else len(text)
        add_window(windows, start, end)
    return windows

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
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["MARGIN", "anchor_pattern", "chain_words", "time_windows"]

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


def _folded(word: str) -> str:
    """A pattern matching ``word`` in any case with its accents optional."""
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )
    return "".join(f"[{_FOLDED[c]}]" if c in _FOLDED else re.escape(c) for c in bare)


@cache
def anchor_pattern() -> re.Pattern[str]:
    """A digit, or a whole word of ``anchors`` (``data/time_words.yaml``), folded."""
    words = {w for family in _time_words()["anchors"].values() for w in family}
    alternatives = sorted({_folded(w) for w in words}, key=len, reverse=True)
    letter = r"[^\W\d_]"
    return re.compile(rf"\d|(?<!{letter})(?:{'|'.join(alternatives)})(?!{letter})", re.IGNORECASE)


_SPACE = re.compile(r"\s")


def time_windows(text: str, margin: int = MARGIN) -> list[tuple[int, int]]:
    """The ``(start, end)`` windows of ``text`` Duckling reads, in order, none overlapping.

    >>> text = "Le sommet, prévu de longue date, s'ouvrira lundi à Bruxelles sans la Russie."
    >>> [text[a:b] for a, b in time_windows(text, margin=10)]
    ["s'ouvrira lundi à Bruxelles"]
    """
    spaces = [found.start() for found in _SPACE.finditer(text)]
    windows: list[tuple[int, int]] = []
    for anchor in anchor_pattern().finditer(text):
        # widened to whole words: from just after a space, up to the next space
        before = bisect_left(spaces, anchor.start() - margin) - 1
        start = spaces[before] + 1 if before >= 0 else 0
        after = bisect_left(spaces, anchor.end() + margin)
        end = spaces[after] if after < len(spaces) else len(text)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows

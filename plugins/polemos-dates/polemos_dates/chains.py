"""Bound Duckling's cost: long chains of words that can each be read as a time are broken.

Duckling combines any two adjacent time expressions into one (``lundi`` + ``3 mars`` +
``2020``), and it tries every way of doing so: its time grows exponentially with the length of
a chain of such words. Eight ``mars`` in a row take seconds, twelve do not finish, and a run of
450,000 numbers (``1 1 1 ...``) used more than 20 GB of memory in one native call that no time
limit can interrupt. A line break stops the combining, so Duckling reads a copy of the text in
which a chain longer than :data:`LONGEST_CHAIN` words has a line break in place of the space
after every :data:`CHAIN_PIECE`-th word (one character for one: offsets do not move).

Chains of news text are short (``le lundi 3 mars 2020``: five words; ``à``, ``et``, ``vers``
or any other word ends a chain) and are read unchanged. The words a chain is made of are
data: ``chain`` in ``data/time_words.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from polemos_dates.prefilter import chain_words

__all__ = ["CHAIN_PIECE", "LONGEST_CHAIN", "break_chains"]

LONGEST_CHAIN = 6
"""The longest chain of time words read as it is."""

CHAIN_PIECE = 4
"""The length of the pieces a longer chain is read in."""

_TIME_WORDS = chain_words()
_WORD = re.compile(r"\S+")
_EDGES = re.compile(r"^[^\w'’]+|[^\w'’]+$")


@lru_cache(maxsize=1 << 16)  # news repeats its words: each is looked at once
def _is_time_word(word: str) -> bool:
    """A word Duckling may read as (part of) a time: a number, a date word, a joiner."""
    if any(c.isdigit() for c in word):
        return True
    bare = _EDGES.sub("", word).lower()
    return bare == "" or bare in _TIME_WORDS


def break_chains(text: str) -> str:
    r"""The copy of ``text`` Duckling reads: chains of time words cut into short pieces.

    >>> break_chains("1 2 3 4 5 6 7 8 9")
    '1 2 3 4\n5 6 7 8\n9'
    >>> break_chains("le lundi 3 mars 2020 à 14 h 30")
    'le lundi 3 mars 2020 à 14 h 30'
    >>> break_chains("fondé en 1785.\n\nLe 24 février 2022, premier jour de")
    'fondé en 1785.\n\nLe 24 février 2022,\npremier jour de'
    """
    chain: list[re.Match[str]] = []
    breaks: list[int] = []

    def close() -> None:
        if len(chain) > LONGEST_CHAIN:
            for index in range(CHAIN_PIECE, len(chain), CHAIN_PIECE):
                breaks.append(chain[index - 1].end())
        chain.clear()

    previous_end = 0
    for word in _WORD.finditer(text):
        if "\n" in text[previous_end : word.start()]:
            close()  # a line break stops Duckling's combining: a chain ends there
        previous_end = word.end()
        if _is_time_word(word.group()):
            chain.append(word)
        else:
            close()
    close()
    if not breaks:
        return text
    characters = list(text)
    for position in breaks:
        characters[position] = "\n"
    return "".join(characters)

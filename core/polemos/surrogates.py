r"""Lone surrogates: text Python can hold but UTF-8 (files, spaCy, Arrow) cannot encode.

They reach polemos through JSON (``"\ud800"`` is a valid JSON escape) or text decoded with
``surrogateescape``. polemos keeps them in ``Document.text`` (offsets stay exact), hands spaCy a
copy where each is replaced by U+FFFD (one code point for one, so offsets do not move), and
writes them in JSON as ``\udc80``-style escapes, which read back to the same text.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
REPLACEMENT = "\ufffd"


def has_surrogates(text: str) -> bool:
    """True if ``text`` holds a lone surrogate code point."""
    return _SURROGATE.search(text) is not None


def surrogate_pair_at(text: str) -> int | None:
    r"""The offset of a high surrogate followed by a low one, or None.

    Such a pair is the UTF-16 encoding of one character left undecoded: JSON cannot keep its two
    code points apart (``"\ud83d\udca5"`` reads back as one emoji), so a document holding one
    could not round-trip.

    >>> surrogate_pair_at("ab\ud83d\udca5"), surrogate_pair_at("\udca5\ud83d")
    (2, None)
    """
    found = _PAIR.search(text)
    return None if found is None else found.start()


def parsable_text(text: str) -> str:
    r"""``text`` with each lone surrogate replaced by U+FFFD: same length, same offsets.

    >>> parsable_text("a\ud800b") == "a\ufffdb"
    True
    """
    return _SURROGATE.sub(REPLACEMENT, text)


def escape_surrogates(json_text: str) -> str:
    r"""Write the raw lone surrogates of a JSON text as ``\udc80``-style escapes (UTF-8 safe).

    Only meaningful on JSON produced by ``json.dumps``: there, surrogates only occur in strings.

    >>> import json
    >>> escaped = escape_surrogates(json.dumps("a\udc80", ensure_ascii=False))
    >>> escaped.encode("utf-8") == b'"a\\udc80"', json.loads(escaped) == "a\udc80"
    (True, True)
    """
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)

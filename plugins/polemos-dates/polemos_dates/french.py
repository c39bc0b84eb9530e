"""What Duckling misses or overreads in French news, as rules on the words around an expression.

- ``été`` is the past participle of *être* far more often than the summer: it is a season only
  after ``l'``, ``cet``, ``en`` or ``d'`` (``l'été dernier``, ``en été``).
- ``quarante minutes après``, ``deux ans après``: a delay after another event, not a date.
- ``le premier`` (ministre), ``le 3`` alone, ``ces journées``: no day of a month named.
- Bare numbers are years only as four digits from 1000 to 2199 that are no part of a grouped
  number (``1 425 euros``, ``8 000 à 10 000``); ``mille``, ``entre 8 et 10`` and match scores
  (``6-1, 5-7``) are no dates.
- ``depuis samedi``, ``dès le 6 février``, ``à partir du 7 février``: Duckling reads the day
  alone; the preposition belongs to the expression, which then runs up to the reference.
- ``en 2013``: Duckling reads the year alone; ``en`` belongs to the expression.
- ``la nuit de samedi à dimanche``: Duckling reads two days; it is one night over both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Expression", "is_overread", "merge_nights", "widen"]


@dataclass
class Expression:
    """A time expression found in the text, before resolution."""

    start: int
    end: int
    value: dict[str, object]
    since: bool = False
    night_of: tuple[dict[str, object], dict[str, object]] | None = None


_SEASON_BEFORE = re.compile(r"(?:\bl['’]|\bcet\s+|\ben\s+|\bd['’])$", re.IGNORECASE)
_DELAY = re.compile(r"\b(?:après|plus tard|auparavant|avant|plus tôt)$", re.IGNORECASE)
_SINCE = re.compile(
    r"(?:\bdepuis|\bdès|\bà partir d(?:e|u|es|['’]))\s*(?:(?:le|la|les|l['’])\s*)?$", re.IGNORECASE
)
_EN = re.compile(r"\ben\s+$", re.IGNORECASE)
_NIGHT = re.compile(r"\bnuit\s+(?:de|du)\s+$", re.IGNORECASE)
_JOIN = re.compile(r"^\s+(?:à|au)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}$")
_BARE_DAY = re.compile(r"^(?:(?:le|au|du)\s+)?(?:premier|1er|\d{1,2})$", re.IGNORECASE)
_NUMBER_WORDS = re.compile(
    r"\b(?:en|de|du|des|entre|et|à|au|jusqu['’]à|depuis|dès|après|avant|pour|l['’]an)\b",
    re.IGNORECASE,
)
_YEARISH = re.compile(r"^(?:1\d{3}|2[01]\d{2})$")
_PLURAL_SPAN = re.compile(
    r"^(?:ces|les|des)\s+(?:journées|jours|semaines|mois|années|ans)$", re.IGNORECASE
)


def _grain(value: dict[str, object]) -> str | None:
    grain = value.get("grain")
    if isinstance(grain, str):
        return grain
    start = value.get("from")
    if isinstance(start, dict):
        inner = start.get("grain")
        return inner if isinstance(inner, str) else None
    return None


def is_overread(text: str, expression: Expression) -> bool:
    """True when Duckling read a date where French has none (``a été``, ``dix minutes après``)."""
    words = text[expression.start : expression.end]
    before = text[max(0, expression.start - 12) : expression.start]
    if words.lower() == "été" and not _SEASON_BEFORE.search(before):
        return True
    if _bare_number(text, expression.start, expression.end):
        return True
    if _BARE_DAY.match(words) or _PLURAL_SPAN.match(words):
        return True  # "le nouveau premier ministre", "ces journées": no date named
    return bool(_DELAY.search(words))


def _bare_number(text: str, start: int, end: int) -> bool:
    """A number read as a date with no calendar word: a date only as a standalone year."""
    words = text[start:end]
    rest = _NUMBER_WORDS.sub(" ", words)
    if any(c.isalpha() for c in rest):
        return rest.strip().lower() == "mille"
    numbers = re.findall(r"\d+", rest)
    if not numbers or not all(_YEARISH.match(n) for n in numbers):
        return True
    before, after = text[max(0, start - 4) : start], text[end : end + 4]
    return bool(
        re.search(r"\d[\s\u202f\u00a0.]?$", before) or re.match(r"[\s\u202f\u00a0.,]?\d", after)
    )


def widen(text: str, expression: Expression) -> Expression:
    """Take in ``depuis``/``dès``/``à partir de`` (then ``since``) and ``en`` before a year."""
    before = text[max(0, expression.start - 30) : expression.start]
    words = text[expression.start : expression.end]
    since = _SINCE.search(before)
    if since is not None:
        expression.start -= len(since.group(0))
        expression.since = True
        return expression
    year_in = _EN.search(before)
    if _YEAR.match(words) and year_in is not None:
        expression.start -= len(year_in.group(0))
    return expression


def merge_nights(text: str, expressions: list[Expression]) -> list[Expression]:
    """Join ``la nuit de samedi à dimanche`` into one expression spanning both days."""
    merged: list[Expression] = []
    for expression in expressions:
        if merged:
            previous = merged[-1]
            between = text[previous.end : expression.start]
            before = text[max(0, previous.start - 12) : previous.start]
            if (
                _JOIN.match(between)
                and _NIGHT.search(before)
                and _grain(previous.value) == _grain(expression.value) == "day"
            ):
                previous.night_of = (previous.value, expression.value)
                previous.end = expression.end
                continue
        merged.append(expression)
    return merged

"""Bounds: the cue before a number ("plus de", "près de", "jusqu'à"...) and ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.numbers import Number, NumberSpan
from polemos_quantities.text import SPACES, alternation

__all__ = ["BoundReader", "Ranged", "join_ranges"]

_WINDOW = 40
_TRAILING_APPROX = re.compile(rf"{SPACES}*environ(?!\w)")
_RANGE_GAP = re.compile(rf"{SPACES}*(?:et|à|a|ou|-|–){SPACES}*|-|–")
_BETWEEN = re.compile(rf"(?<!\w)entre{SPACES}+$")
_SCALES = {"mille": 1000, "million": 1_000_000, "milliard": 1_000_000_000}
_SCALE = re.compile(r"(mille|million|milliard)s?$")


@dataclass(frozen=True)
class Ranged:
    """A number, or a range of two numbers ("entre 10 et 15"), with the span they cover."""

    number: NumberSpan
    start: int
    end: int
    value_max: Number | None = None


class BoundReader:
    """Reads the bound cue written just before a number, with one compiled pattern."""

    def __init__(self, lexicon: Lexicon) -> None:
        alternatives = alternation(lexicon.bounds)
        self._bounds = lexicon.bounds
        # a cue starts a word, or follows an elided "d'" or "qu'" ("âgés d'environ 18 ans")
        starts = r"(?:(?<![\w'])|(?<=\b[dD]')|(?<=\b[qQ]u'))"
        self._pattern = re.compile(rf"{starts}(?P<cue>{alternatives})(?:{SPACES}+|(?<='))$")

    def before(self, norm: str, start: int) -> tuple[str, int] | None:
        """Return the bound cued just before ``start`` and where the cue begins, if any."""
        window_start = max(0, start - _WINDOW)
        match = self._pattern.search(norm, window_start, start)
        if match is None:
            return None
        cue = re.sub(SPACES + "+", " ", match.group("cue"))
        return self._bounds[cue], match.start()

    @staticmethod
    def trailing_approx(norm: str, end: int) -> int | None:
        """Return the end of an "environ" written right after ``end`` ("450 km environ")."""
        match = _TRAILING_APPROX.match(norm, end)
        return match.end() if match else None


def _shared_scale(low: NumberSpan, high: NumberSpan, norm: str) -> Number:
    """The low end scaled like the high one: "deux à trois mille" -> 2000, "1,5 à 2 millions"."""
    scale = _SCALE.search(norm, high.start, high.end)
    if scale is None or _SCALE.search(norm, low.start, low.end):
        return low.value
    factor = _SCALES[scale.group(1)]
    scaled = low.value * factor
    return int(scaled) if float(scaled).is_integer() else scaled


def join_ranges(numbers: list[NumberSpan], norm: str) -> list[Ranged]:
    """Merge "entre 10 et 15", "10 à 15", "de 10 à 15", "deux ou trois", "10-15" into ranges.

    "et" makes a range only after "entre"; the high end must exceed the low one.
    """
    joined: list[Ranged] = []
    i = 0
    while i < len(numbers):
        low = numbers[i]
        high = numbers[i + 1] if i + 1 < len(numbers) else None
        if high is not None and not low.approx and high.value > low.value:
            gap = _RANGE_GAP.fullmatch(norm, low.end, high.start)
            between = _BETWEEN.search(norm, max(0, low.start - 10), low.start)
            if gap and ("et" not in gap.group() or between):
                start = between.start() if between else low.start
                merged = replace(high, start=low.start, value=_shared_scale(low, high, norm))
                joined.append(Ranged(merged, start, high.end, high.value))
                i += 2
                continue
        joined.append(Ranged(low, low.start, low.end))
        i += 1
    return joined

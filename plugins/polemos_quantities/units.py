"""Units written around a number: "805 kilomètres carrés", "2 millions de dollars", "$ 5"."""

from __future__ import annotations

import re

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.text import SPACES, alternation

__all__ = ["UnitReader"]

_CURRENCY_BEFORE = re.compile(rf"(?P<sym>us\$|\$|€|£){SPACES}*$")
_CURRENCY_CODES = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP"}


class UnitReader:
    """Finds and normalises the unit of a number, with patterns compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        alternatives = alternation(lexicon.units)
        self._units = lexicon.units
        adjectives = alternation(lexicon.pre_adjectives)
        self._plain = re.compile(
            rf"{SPACES}*(?:(?:{adjectives}){SPACES}+)?(?P<unit>{alternatives})(?![\w²-])"
        )
        self._with_de = re.compile(
            rf"{SPACES}+d(?:e{SPACES}+|'{SPACES}*)(?P<unit>{alternatives})(?![\w²-])"
        )

    def after(self, norm: str, end: int, takes_de: bool) -> tuple[str, int] | None:
        """Return the unit code written after ``end`` and where it ends, if any.

        ``takes_de`` allows "de" before the unit ("2 millions de dollars", "une dizaine de km").
        """
        match = self._plain.match(norm, end)
        if match is None and takes_de:
            match = self._with_de.match(norm, end)
        if match is None:
            return None
        form = re.sub(SPACES + "+", " ", match.group("unit"))
        return self._units[form], match.end()

    @staticmethod
    def before(norm: str, start: int) -> tuple[str, int] | None:
        """Return a currency written just before ``start`` ("$ 5 millions") and its start."""
        match = _CURRENCY_BEFORE.search(norm, max(0, start - 6), start)
        if match is None:
            return None
        return _CURRENCY_CODES[match.group("sym")], match.start()

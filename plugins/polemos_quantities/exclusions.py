"""Numbers that are not quantities: dates, years, clock times, identifiers, definite references."""

from __future__ import annotations

import re

from polemos_quantities.bounds import Ranged
from polemos_quantities.lexicon import Lexicon
from polemos_quantities.scope import Scope, forms
from polemos_quantities.text import SPACES, alternation

__all__ = ["DateTimeFilter", "is_definite_reference", "is_identifier", "is_year"]

_S = SPACES
_CLOCK_AFTER = re.compile(
    rf"{_S}*(?:h{_S}*\d\d(?!\d)|:\d\d(?!\d)|(?:h|heures?)?{_S}*(?:gmt|utc|tu)(?!\w)"
    rf"|heures?{_S}+(?:du{_S}+matin|du{_S}+soir|de{_S}+l'après-midi|locales?|du{_S}+mat))"
)
_HOURS_AFTER = re.compile(rf"{_S}*(?:h|heures?)(?!\w)")
_ATTACHED_HOUR = re.compile(r"h(?!\w)")
_MINUTES_BEFORE = re.compile(rf"\d{_S}*(?:h|heures?|:){_S}*$")
_SLASH_DATE = re.compile(r"[/.]\d")
_SLASH_DATE_BEFORE = re.compile(r"\d[/.]$")
_ID_BEFORE = re.compile(rf"(?:n°|no\.|#){_S}*$|[^\W\d_]-$")
_DEFINITE = frozenset(
    ["les", "des", "aux", "ces", "ses", "leurs", "nos", "vos", "mes", "tes", "tous", "toutes"]
)
_EVENTS = frozenset({"casualties", "captured", "displaced"})
_MAX_HOUR = 24
_YEARS = range(1000, 2101)
_YEAR_DIGITS = 4


class DateTimeFilter:
    """Recognises dates ("6 février", "mars 2012", "12/03"), decades and clock times."""

    def __init__(self, lexicon: Lexicon) -> None:
        months = alternation(lexicon.months)
        days = alternation(lexicon.weekdays)
        cues = alternation(lexicon.clock_cues)
        # "6 février", "1er mars", and "la deuxième quinzaine d'août" (a fortnight of a month)
        self._month_after = re.compile(
            rf"(?:{_S}*(?:er|1er))?(?:{_S}+|{_S}+d(?:e{_S}+|'))(?:{months})(?!\w)"
        )
        self._month_before = re.compile(
            rf"(?<!\w)(?:{months}|{days}|années|les{_S}+années|an)\.?{_S}+$"
        )
        self._clock_cue_before = re.compile(rf"(?<![\w'])(?:{cues}){_S}+$")
        self._duration_cue_before = re.compile(
            rf"(?<![\w'])(?:{alternation(lexicon.duration_cues)}){_S}+$"
        )

    def is_date_or_time(self, norm: str, ranged: Ranged) -> bool:
        """Return whether the number is part of a date or a clock time."""
        start, end = ranged.start, ranged.end
        before = max(0, start - 16)
        if self._month_after.match(norm, end) or self._month_before.search(norm, before, start):
            return True
        if _SLASH_DATE.match(norm, end) or _SLASH_DATE_BEFORE.search(norm, before, start):
            return True
        if _CLOCK_AFTER.match(norm, end) or _MINUTES_BEFORE.search(norm, before, start):
            return True
        if ranged.number.value > _MAX_HOUR:
            return False
        if _ATTACHED_HOUR.match(norm, end):  # "15h": a time of day unless "pendant 15h"
            return not self._duration_cue_before.search(norm, before, start)
        # "à 10 heures" is a time of day; "au terme de 24 heures", "plus de 3 heures" last
        return bool(
            _HOURS_AFTER.match(norm, end)
            and self._clock_cue_before.search(norm, before, start)
            and not self._duration_cue_before.search(norm, before, start)
        )


def is_year(ranged: Ranged, known_item: bool, has_unit: bool) -> bool:
    """Return whether a bare four-digit number reads as a year ("en 2012", "2011 a été")."""
    digits = ranged.number.plain_digits
    return (
        digits is not None
        and len(digits) == _YEAR_DIGITS
        and ranged.number.value in _YEARS
        and not known_item
        and not has_unit
    )


def is_identifier(scope: Scope, ranged: Ranged, plural_item: bool) -> bool:
    """Return whether the number names something ("article 51", "Falcon 9", "France 24").

    After a capitalised word or an identifier noun the number is a name, unless a known plural
    item follows ("Homs : 20 soldats tués").
    """
    norm = scope.norm
    if _ID_BEFORE.search(norm, max(0, ranged.start - 4), ranged.start):
        return True
    if plural_item:
        return False
    previous = scope.index.before(ranged.start)
    if previous is None or not scope.gap_is_blank(previous.idx + len(previous), ranged.start):
        return False
    lower, _ = forms(previous)
    capitalised = previous.is_alpha and previous.text[0].isupper()
    first_of_sentence = scope.sentence_bounds(previous)[0] == previous.i
    return lower in scope.lexicon.identifier_nouns or (
        capitalised and (previous.pos_ == "PROPN" or not first_of_sentence)
    )


def is_definite_reference(
    scope: Scope, ranged: Ranged, category: str, known_item: bool = False
) -> bool:
    """Return whether a number word refers back rather than counts ("les deux camps").

    After "les", "ces", "des"... a number word names a known set, unless it counts an event
    ("les trois otages", "les deux soldats tués"); digits do when they count nothing the
    lexicon knows (``known_item`` false: "les 27 pays de l'Union", not "ses 3 000 étudiants").
    """
    counts_known = category != "other" or known_item
    if category in _EVENTS or (ranged.number.kind != "words" and counts_known):
        return False
    previous = scope.index.before(ranged.start)
    if previous is None or forms(previous)[0] not in _DEFINITE:
        return False
    partitive = previous.i > 0 and scope.doc[previous.i - 1].like_num  # "19 des 20 skippers"
    return not partitive

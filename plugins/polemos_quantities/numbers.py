"""Find numbers in French text: digits with French separators, number words, approximate nouns.

Number words are evaluated by text2num (it knows the whole French grammar, Belgian and Swiss
``septante``/``nonante`` included); this module adds what it lacks: locating the numbers in the
text with exact offsets, digits written the French way ("1 550", "3.500", "1,5"), mixed forms
("1,5 million"), and approximate nouns ("une dizaine", "des centaines", "plusieurs milliers").
All patterns are compiled once and run over the whole (normalised, lower-case) text at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from text_to_num import text2num

from polemos_quantities.lexicon import Lexicon
from polemos_quantities.text import SPACES, alternation

__all__ = [
    "MAX_DIGITS",
    "NumberScanner",
    "NumberSpan",
    "parse_digits",
    "parse_words",
]

#: Longer runs of digits are identifiers or noise, not quantities.
MAX_DIGITS = 15

Number = int | float
Kind = Literal["digits", "words", "approx", "fraction"]

_DIGITS = (
    rf"(?:\d{{1,3}}(?:(?:{SPACES}|\.)\d{{3}})+(?!\d)|\d+)"  # 12 000, 3.500 or 45
    rf"(?:,\d+(?![.,]?\d)|\.\d{{1,2}}(?![.,]?\d))?"  # 1,5 or 2.5
)
_WORD = (
    "zéro|zero|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    "quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|"
    "octante|nonante|cents?|milliards?|millions?|mille"
)
_WORD_SEP = rf"(?:-|{SPACES})(?:et(?:-|{SPACES})(?=(?:une|un|onze)(?![\w])))?"
_WORDS = rf"(?:{_WORD})(?:{_WORD_SEP}(?:{_WORD}))*"
_SMALL = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
_DETERMINERS = ("une", "un", "des", "plusieurs", "quelques")
_ARTICLES = frozenset({"un", "une"})
_CUE_REACH = 24
#: A quoted approximate noun: des « dizaines » de terroristes.
_OPEN_QUOTE = rf"[«“\"]{SPACES}*"
_CLOSE_QUOTE = rf"{SPACES}*[»”\"]"


@dataclass(frozen=True)
class NumberSpan:
    """A number found in the text.

    ``takes_de`` is true for forms that introduce what they count with "de" ("une dizaine de",
    "2 millions de"); ``plain_digits`` is the digits as written when they have no separator;
    ``unit`` is the unit a form carries in itself (a fraction, "la moitié", is a percentage).
    """

    start: int
    end: int
    value: Number
    approx: bool
    kind: Kind
    takes_de: bool
    plain_digits: str | None = None
    unit: str | None = None


def _after(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching one of ``words`` right after a position (never matching if none)."""
    return re.compile(rf"{SPACES}+(?:{alternation(words) or '(?!)'})(?![\w-])")


def _before(cues: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding one of ``cues`` right before a position (never matching if none)."""
    return re.compile(rf"(?<![\w'])(?:{alternation(cues) or '(?!)'})(?:{SPACES}+|(?<='))$")


def _as_number(value: float) -> Number:
    return int(value) if float(value).is_integer() else value


def parse_digits(written: str) -> Number | None:
    """Parse digits written the French way ("1 550", "3.500", "1,5", "2.5"); ``None`` if absurd."""
    if written.isdecimal():
        return int(written) if len(written) <= MAX_DIGITS else None
    compact = re.sub(SPACES, "", written)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", compact):
        compact = compact.replace(".", "")
    compact = compact.replace(",", ".")
    if sum(c.isdigit() for c in compact) > MAX_DIGITS:
        return None
    try:
        return _as_number(float(compact)) if "." in compact else int(compact)
    except ValueError:
        return None


def parse_words(written: str) -> int | None:
    """Evaluate French number words with text2num ("quatre-vingt-dix-neuf" -> 99).

    When the words do not form one number ("deux trois"), the longest leading number is used.
    """
    words = re.sub(SPACES + "+", " ", written.strip())
    while words:
        try:
            return int(text2num(words, "fr"))
        except ValueError:
            if " " not in words:
                return None
            words = words.rsplit(" ", 1)[0]
    return None


class NumberScanner:
    """Finds :class:`NumberSpan` s in normalised text with one compiled pattern."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        nouns = alternation(lexicon.approx_nouns)
        mults = alternation(lexicon.multipliers)
        start = r"(?<![\w.,])(?<![^\W\d_]-)"
        end = r"(?![\w-])"
        attached_unit = r"(?=(?:km2|km²|km|m2|m²|mm|cm|kg|ha|m|t|h)(?!\w))"
        approx = (
            rf"(?:(?P<adet>{'|'.join(_DETERMINERS)}|{_SMALL}|\d+){SPACES}+)?"
            rf"(?:{_OPEN_QUOTE})?(?P<anoun>{nouns})s?(?:{_CLOSE_QUOTE})?"
            rf"(?:{SPACES}+d(?:e{SPACES}+|')(?P<amult>{mults}){end})?"
        )
        vague = rf"(?:des|plusieurs|quelques){SPACES}+(?P<vnoun>milliers|millions|milliards)"
        digits_end = r"(?!\w|-\D)"  # "20-25" is a range, "20-ans" is not a number
        digits = (
            rf"(?P<dig>{_DIGITS})(?:{SPACES}+(?P<dmult>{mults}))?"
            rf"(?:{digits_end}|{attached_unit})"
        )
        # "la moitié du pays", "deux tiers des électeurs": a share, followed by what it is of
        # ("un tiers" alone is a third party, "un quart d'heure" a duration)
        fraction = (
            rf"(?P<fraction>{alternation(lexicon.fractions) or '(?!)'})"
            rf"(?={SPACES}+(?:de|du|des|d'|à)(?!\w))(?!{SPACES}+d'heure)"
        )
        # Only positions whose first character can start a number are tried at all.
        words = [
            *_WORD.replace("?", "").split("|"),
            *_DETERMINERS,
            *lexicon.approx_nouns,
            *lexicon.fractions,
        ]
        firsts = re.escape("".join(sorted({w[0] for w in [*words, *lexicon.multipliers]})))
        # "un"/"une" count one before a time unit ("une semaine") or after a bound cue
        # ("plus d'un", "au moins une"); elsewhere they are articles.
        months = alternation(lexicon.months) or "(?!)"
        not_named = rf"(?!{SPACES}+d(?:e{SPACES}+|')(?:{months})(?!\w))"  # "un mois d'août"
        self._one_unit = re.compile(_after(lexicon.article_units).pattern + not_named)
        self._one_short_unit = _after(lexicon.article_short_units)
        self._one_cue = _before(lexicon.article_bounds)
        self._one_duration_cue = _before(lexicon.article_duration_cues)
        self._pattern = re.compile(
            rf"(?=[\d{firsts}]){start}"
            rf"(?:{fraction}|(?P<approx>{approx}){end}|(?P<vague>{vague}){end}"
            rf"|(?P<digits>{digits})|(?P<words>{_WORDS}){end})"
        )

    def scan(self, norm: str) -> list[NumberSpan]:
        """Return the numbers of the normalised text ``norm``, in text order."""
        found: list[NumberSpan] = []
        for match in self._pattern.finditer(norm):
            span = self._read(match, norm)
            if span is not None:
                found.append(span)
        return found

    def _counts_one(self, norm: str, start: int, end: int) -> bool:
        """Whether "un"/"une" at ``start:end`` is the number one, not an article.

        "une semaine", "un an": always; "plus d'un", "au moins une": before anything;
        "un jour", "une heure": only after a duration cue ("pendant une heure").
        """
        reach = max(0, start - _CUE_REACH)
        if self._one_unit.match(norm, end) or self._one_cue.search(norm, reach, start):
            return True
        return bool(
            self._one_short_unit.match(norm, end)
            and self._one_duration_cue.search(norm, reach, start)
        )

    def _read(self, match: re.Match[str], norm: str) -> NumberSpan | None:
        lex = self._lexicon
        start, end = match.span()
        if match.group("fraction"):
            share = lex.fractions[match.group("fraction")]
            return NumberSpan(start, end, _as_number(share), False, "fraction", False, unit="%")
        if match.group("approx"):
            value = lex.approx_nouns[match.group("anoun")]
            det = match.group("adet")
            if det and det not in lex.vague_determiners and det not in _ARTICLES:
                factor = parse_digits(det) if det[0].isdigit() else parse_words(det)
                value = int(value * (factor or 1))
            if match.group("amult"):
                value *= lex.multipliers[match.group("amult")]
            return NumberSpan(start, end, value, True, "approx", True)
        if match.group("vague"):
            return NumberSpan(
                start, end, lex.multipliers[match.group("vnoun")], True, "approx", True
            )
        if match.group("digits"):
            written = match.group("dig")
            number = parse_digits(written)
            if number is None:
                return None
            mult = match.group("dmult")
            if mult:
                number = _as_number(round(number * lex.multipliers[mult], 6))
            plain = written if written.isdigit() else None
            return NumberSpan(start, end, number, False, "digits", bool(mult), plain)
        words = match.group("words")
        if words in _ARTICLES:
            if not self._counts_one(norm, start, end):
                return None
            return NumberSpan(start, end, 1, False, "words", False)
        number = parse_words(words)
        if number is None:
            return None
        takes_de = words.split()[-1].rstrip("s") in {"million", "milliard"}
        return NumberSpan(start, end, number, False, "words", takes_de)

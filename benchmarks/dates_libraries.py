"""Duckling or dateparser for French time expressions? Both on the same expressions, one run.

Each expression is resolved against Tuesday 14 February 2017 (noon, UTC) and compared with the
day (or the first day of the week, month or year) a reader gives it. dateparser is asked for
past dates (``PREFER_DATES_FROM: past``); Duckling gives its own reading, as polemos receives
it before its French rules;
the last row is polemos-dates (Duckling and those rules).
Run: ``.venv/bin/python benchmarks/dates_libraries.py`` (needs ``pip install dateparser``).
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

from polemos_dates import DucklingParser, Reference, find_dates

REFERENCE = datetime(2017, 2, 14, 12, tzinfo=UTC)
EXPECTED: dict[str, date] = {
    "le 6 février": date(2017, 2, 6),
    "mardi dernier": date(2017, 2, 7),
    "samedi": date(2017, 2, 11),
    "lundi": date(2017, 2, 13),
    "la semaine passée": date(2017, 2, 6),
    "la semaine dernière": date(2017, 2, 6),
    "en 2013": date(2013, 1, 1),
    "hier soir": date(2017, 2, 13),
    "avant-hier": date(2017, 2, 12),
    "il y a trois jours": date(2017, 2, 11),
    "le mois dernier": date(2017, 1, 1),
    "l'an dernier": date(2016, 1, 1),
    "dimanche soir": date(2017, 2, 12),
    "jeudi 9 février": date(2017, 2, 9),
    "aujourd'hui": date(2017, 2, 14),
    "ce matin": date(2017, 2, 14),
    "en janvier 2017": date(2017, 1, 1),
    "le 3 mars 2012": date(2012, 3, 3),
    "mi-janvier": date(2017, 1, 10),
    "début février": date(2017, 2, 1),
}


def duckling_day(parser: DucklingParser, text: str) -> date | None:
    found = parser.parse(text, REFERENCE.date())
    if not found:
        return None
    value = found[0]["value"]
    moment = value.get("value") or (value.get("from") or {}).get("value")
    return datetime.fromisoformat(moment).date() if moment else None


def polemos_day(parser: DucklingParser, text: str) -> date | None:
    reference = Reference.of(2017, 2, 14, "meta")
    found = find_dates(text, reference, parser)
    return found[0].date_start if found else None


def dateparser_day(text: str) -> date | None:
    import dateparser  # type: ignore[import-untyped]

    settings = {"RELATIVE_BASE": REFERENCE.replace(tzinfo=None), "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date() if parsed else None


def main() -> None:
    parser = DucklingParser()
    rows = []
    for name, read in (
        ("duckling", lambda t: duckling_day(parser, t)),
        (
            "dateparser",
            dateparser_day,
        ),
        ("polemos", lambda t: polemos_day(parser, t)),
    ):
        start = time.perf_counter()
        right = sum(read(text) == day for text, day in EXPECTED.items())
        rows.append((name, right, time.perf_counter() - start))
    for name, right, seconds in rows:
        print(f"{name:10} {right}/{len(EXPECTED)} right   {seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()

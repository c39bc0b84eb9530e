"""The dates extractor reading time-word windows against reading whole texts, on one corpus.

    .venv/bin/python benchmarks/dates_windows.py [--docs N] [--rounds 3]

On the Wikinews 2012 articles of ``shared/corpus`` (found in a parent folder, or
``$POLEMOS_CORPUS``): the time expressions the dates extractor finds (offsets, words, days,
precision, flags) when Duckling reads only the windows around French time words
(:mod:`polemos_dates.prefilter`, the default) and when it reads every text whole, which must
be the same; then the CPU time of each (the dateline search and the expressions, as in
``DatesExtractor.extract``), the best of the rounds, run in turn so that both see the same
load. Prints each expression found one way only, the characters Duckling reads each way and
the times.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path
from typing import Any

from polemos_dates import DucklingParser, document_reference, find_dates
from polemos_dates.chains import break_chains
from polemos_dates.duckling_parser import RawTime
from polemos_dates.prefilter import time_windows
from polemos_widgets.sources import find_corpus


class WholeTextParser(DucklingParser):
    """The parser as it was before the windows: Duckling reads all of every text."""

    def parse(
        self, text: str, day: date, *, windows: Any = None, whole: bool = True
    ) -> list[RawTime]:
        """Every text read whole (``windows`` is ignored: the whole head is read too)."""
        return super().parse(text, day, whole=True)


Found = list[tuple[int, int, str, str | None, str | None, str | None, bool, bool]]


def _dates(texts: list[str], parser: DucklingParser) -> tuple[list[Found], float]:
    cpu = time.process_time()
    out: list[Found] = []
    for text in texts:
        reference = document_reference(text, None, parser)
        out.append(
            [
                (
                    e.start,
                    e.end,
                    text[e.start : e.end],
                    e.date_start.isoformat() if e.date_start else None,
                    e.date_end.isoformat() if e.date_end else None,
                    e.precision,
                    e.relative,
                    e.since,
                )
                for e in find_dates(text, reference, parser)
            ]
        )
    return out, time.process_time() - cpu


def main() -> None:
    """Print the differences, the characters read and the CPU times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=89, help="articles (default 89)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    corpus = find_corpus(start=Path(__file__).resolve().parent)
    paths = sorted(corpus.glob("*.txt"))[: args.docs]
    texts = [p.read_text("utf-8") for p in paths]
    windows, whole = DucklingParser(), WholeTextParser()
    for warm in (windows, whole):
        warm.parse("le 3 mars 2012", date(2012, 3, 1))
    times: dict[str, list[float]] = {"windows": [], "whole": []}
    for _ in range(args.rounds):
        got_whole, cpu = _dates(texts, whole)
        times["whole"].append(cpu)
        got_windows, cpu = _dates(texts, windows)
        times["windows"].append(cpu)
    differences = 0
    for path, one, other in zip(paths, got_whole, got_windows, strict=True):
        for expression in sorted(set(one) ^ set(other)):
            differences += 1
            side = "whole only" if expression in one else "windows only"
            print(f"{path.stem}: {side}: {expression}")
    expressions = sum(map(len, got_whole))
    read = sum(b - a for t in texts for a, b in time_windows(break_chains(t)))
    print(f"{len(paths)} documents, {expressions} expressions read whole, {differences} differ")
    total = sum(map(len, texts))
    print(f"characters Duckling reads (the text, not the head): whole {total}, windows {read}")
    best = {name: min(values) for name, values in times.items()}
    for name, values in times.items():
        rounds = ", ".join(f"{v:.3f}" for v in values)
        print(f"{name:8} best {best[name]:.3f} s CPU (rounds {rounds})")
    print(f"windows / whole: {best['windows'] / best['whole'] - 1:+.1%}")


if __name__ == "__main__":
    main()

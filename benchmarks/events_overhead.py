"""What events, dates and places add to the whole pipeline (target: at most +25 %).

    .venv/bin/python benchmarks/events_overhead.py [--docs N]

Side by side in one process, on the Wikinews 2012 articles of ``shared/corpus`` (found in a
parent folder, or ``$POLEMOS_CORPUS``): the
pipeline without them (actors, quantities, alliances; the actors plugin's geocoding turned
off by hiding ``polemos_places``), then with them (plus ``dates``, ``events`` and the
geocoding), twice each in the order without, with, without, with. The first run with them
pays the gazetteer's one-time index build (GeoNames cities, regions, countries), as a real
run does; the second is warm. The spaCy model is loaded before any measure. Wall and CPU time
of the analysis; the ratio is with / without.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from polemos import Document, Pipeline
from polemos.widgets.sources import find_corpus

WITHOUT = ["actors", "quantities", "alliances"]
WITH = [*WITHOUT, "dates", "events"]


def _run(names: list[str], documents: list[Document], places: bool) -> tuple[float, float, int]:
    saved = sys.modules.get("polemos_places")
    if not places:
        sys.modules["polemos_places"] = None  # type: ignore[assignment]  # import fails: no geocoding
    try:
        pipeline = Pipeline(names)
        pipeline.nlp  # the model loaded outside the measure  # noqa: B018
        wall, cpu = time.perf_counter(), time.process_time()
        analysed = list(pipeline.analyze(documents))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        if saved is not None:
            sys.modules["polemos_places"] = saved
        else:
            sys.modules.pop("polemos_places", None)
    events = sum(len(d.layer("events")) for d in analysed)
    located = [p for d in analysed for p in d.layer("locations")]
    placed = sum(1 for p in located if p.attributes.get("latitude") is not None)
    return wall, cpu, events + placed


def main() -> None:
    """Print the four runs and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=89, help="articles to analyse (default 89)")
    args = parser.parse_args()
    corpus = find_corpus(start=Path(__file__).resolve().parent)  # or $POLEMOS_CORPUS
    paths = sorted(corpus.glob("*.txt"))[: args.docs]
    documents = [Document(p.stem, p.read_text("utf-8")) for p in paths]
    words = sum(len(d.text.split()) for d in documents)
    print(f"{len(documents)} documents, {words} words")
    runs = {}
    for label, names, places in (
        ("without", WITHOUT, False),
        ("with (cold: index build)", WITH, True),
        ("without, again", WITHOUT, False),
        ("with, warm", WITH, True),
    ):
        wall, cpu, found = _run(names, documents, places)
        runs[label] = (wall, cpu)
        print(f"{label:26} {wall:7.2f} s wall {cpu:7.2f} s CPU   events + placed places: {found}")
    base_wall = (runs["without"][0] + runs["without, again"][0]) / 2
    base_cpu = (runs["without"][1] + runs["without, again"][1]) / 2
    for label in ("with (cold: index build)", "with, warm"):
        wall, cpu = runs[label]
        ratios = f"{wall / base_wall - 1:+.1%} wall, {cpu / base_cpu - 1:+.1%} CPU"
        print(f"{label:26} / without: {ratios}")


if __name__ == "__main__":
    main()

"""What events, dates and places add to the whole pipeline (target: at most +25 %).

    .venv/bin/python benchmarks/events_overhead.py [--docs N]

Side by side in one run, on the Wikinews 2012 articles of ``shared/corpus`` (found in a
parent folder, or ``$POLEMOS_CORPUS``), each configuration in a fresh interpreter: the
pipeline without them (actors, quantities, alliances; the actors plugin's geocoding turned
off by hiding ``polemos_places``), then with them (plus ``dates``, ``events`` and the
geocoding), alternated for ``--rounds`` rounds (default 3). The gazetteer's index
(GeoNames cities, regions, countries: ``polemos_places.index``) is built once per machine and
data version, not per process: it is built first, in a cache folder of this run's own, and
that one-time cost is printed apart; each run with places then opens it, as every later
process does. The spaCy model is loaded before the measure, and each pipeline's set-up
(the extractors' ``setup``, Duckling's native context, the gazetteer opened) with its first
document (the bundled article) is measured apart and printed as ``set-up``: a run over an
archive pays it once. Wall and CPU time of the analysis of the articles; the ratios are the
mean with over the mean without, the best round's CPU with over the best without (on a shared
machine other processes only ever add time), and the means with the set-up counted in.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from polemos import Document, Pipeline, example_document
from polemos_widgets.sources import find_corpus

WITHOUT = ["actors", "quantities", "alliances"]
WITH = [*WITHOUT, "dates", "events"]


def _child(names: list[str], places: bool, paths: list[str]) -> None:
    """In a fresh interpreter: analyse ``paths``, print wall, CPU, events, placed places."""
    if not places:
        sys.modules["polemos_places"] = None  # type: ignore[assignment]  # import fails
    documents = [Document(Path(p).stem, Path(p).read_text("utf-8")) for p in paths]
    pipeline = Pipeline(names)
    pipeline.nlp  # the model loaded outside the measure  # noqa: B018
    setup_cpu = time.process_time()
    list(pipeline.analyze([example_document()]))  # set-up and first document, apart
    setup_cpu = time.process_time() - setup_cpu
    wall, cpu = time.perf_counter(), time.process_time()
    analysed = list(pipeline.analyze(documents))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    events = sum(len(d.layer("events")) for d in analysed)
    located = [p for d in analysed for p in d.layer("locations")]
    placed = sum(1 for p in located if p.attributes.get("latitude") is not None)
    measured = {"wall": wall, "cpu": cpu, "setup": setup_cpu}
    print(json.dumps({**measured, "events": events, "placed": placed}))


def _build_index() -> None:
    """In a fresh interpreter: build the gazetteer's index, print its wall and CPU time."""
    from polemos_places import gazetteer

    wall, cpu = time.perf_counter(), time.process_time()
    gazetteer().warm()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"wall": wall, "cpu": cpu}))


def _run(names: list[str], places: bool, paths: list[Path]) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", ",".join(names), str(int(places))]
    done = subprocess.run([*command, *map(str, paths)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Print the four runs and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=89, help="articles to analyse (default 89)")
    parser.add_argument("--rounds", type=int, default=3, help="alternated rounds (default 3)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == ["index"]:
        _build_index()
        return
    if args.child:
        names, places, *paths = args.child
        _child(names.split(","), places == "1", paths)
        return
    corpus = find_corpus(start=Path(__file__).resolve().parent)  # or $POLEMOS_CORPUS
    paths = sorted(corpus.glob("*.txt"))[: args.docs]
    words = sum(len(p.read_text("utf-8").split()) for p in paths)
    print(f"{len(paths)} documents, {words} words; each run in a fresh interpreter")
    with tempfile.TemporaryDirectory() as cache:
        os.environ["POLEMOS_CACHE_DIR"] = cache  # the children's index folder
        built = subprocess.run(
            [sys.executable, __file__, "--child", "index"],
            capture_output=True,
            text=True,
            check=True,
        )
        index = json.loads(built.stdout.strip().splitlines()[-1])
        print(f"{'index built (once)':26} {index['wall']:7.2f} s wall {index['cpu']:7.2f} s CPU")
        _compare(paths, args.rounds)


def _compare(paths: list[Path], rounds: int) -> None:
    """Run without and with, alternated ``rounds`` times, and print the ratios."""
    runs: dict[str, list[tuple[float, float, float]]] = {"without": [], "with": []}
    for round_ in range(1, rounds + 1):
        for label, names, places in (("without", WITHOUT, False), ("with", WITH, True)):
            got = _run(names, places, paths)
            runs[label].append((got["wall"], got["cpu"], got["setup"]))
            print(
                f"{f'{label}, round {round_}':26} {got['wall']:7.2f} s wall {got['cpu']:7.2f} s CPU"
                f"   set-up {got['setup']:5.2f} s CPU   "
                f"events {got['events']:.0f}, places with coordinates {got['placed']:.0f}"
            )

    def mean(label: str, index: int) -> float:
        return sum(run[index] for run in runs[label]) / len(runs[label])

    def best(label: str, index: int) -> float:
        return min(run[index] for run in runs[label])

    wall, cpu = mean("with", 0) / mean("without", 0), mean("with", 1) / mean("without", 1)
    print(f"{'with (means)':26} / without: {wall - 1:+.1%} wall, {cpu - 1:+.1%} CPU")
    print(
        f"{'with (best rounds)':26} / without: {best('with', 1) / best('without', 1) - 1:+.1%} CPU"
    )
    setups = (mean("with", 1) + mean("with", 2)) / (mean("without", 1) + mean("without", 2))
    print(f"{'... set-up counted in':26} / without: {setups - 1:+.1%} CPU (means)")


if __name__ == "__main__":
    main()

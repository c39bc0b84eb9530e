"""The cost of loading the actor lexicon, beside the cost of loading the spaCy model.

    .venv/bin/python benchmarks/lexicon_load.py [--rounds 3]

Loads the shipped actor lexicon (every ``plugins/polemos_actors/lexicon/*.yaml``) and the
``fr_core_news_sm`` pipeline in turn, ``--rounds`` times each, and prints the best CPU and wall
time of each and their ratio: the lexicon is read once per pipeline (``setup``), so what matters
is its share of a pipeline's set-up, not an absolute limit a busy machine would miss.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import spacy
from polemos_actors import load_lexicon


def best(load: Callable[[], object], rounds: int) -> tuple[float, float]:
    """The best wall and CPU seconds of ``rounds`` calls of ``load``."""
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        load()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    """Measure both loads side by side and print them with their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    actors = len(load_lexicon())  # warm the file cache for both
    model_wall, model_cpu = best(lambda: spacy.load("fr_core_news_sm"), args.rounds)
    lexicon_wall, lexicon_cpu = best(load_lexicon, args.rounds)
    print(f"actor lexicon ({actors} actors): {lexicon_wall:.3f} s wall, {lexicon_cpu:.3f} s CPU")
    print(f"spaCy fr_core_news_sm:        {model_wall:.3f} s wall, {model_cpu:.3f} s CPU")
    cpu_ratio, wall_ratio = lexicon_cpu / model_cpu, lexicon_wall / model_wall
    print(f"lexicon / model load: {cpu_ratio:.2f} (CPU), {wall_ratio:.2f} (wall)")


if __name__ == "__main__":
    main()

"""CPU time of each first-party extractor per document, against the bare parse, in one run.

    .venv/bin/python benchmarks/extractor_cpu.py [--corpus DIR] [--rounds 3]

The articles of the corpus are parsed once by a bare ``nlp.pipe`` (CPU time, best of the
rounds), then analysed by a set-up, warm pipeline (``Pipeline.cpu_timings``: the parse and
each extractor, best of the rounds). The one-time costs are printed apart: the setup of a
fresh pipeline and its first document (the lazy indexes). CPU time, not wall time: on a shared
machine the wall time mostly measures the wait for a core.
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

from polemos import Document
from polemos.corpus import example_document
from polemos.pipeline import Pipeline

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "wikinews-fr-2012"
FIRST_PARTY = ["actors", "quantities", "alliances"]


def main() -> None:
    """Print the bare parse, each extractor's share of it and the one-time costs."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    texts = [(p.stem, p.read_text("utf-8")) for p in sorted(args.corpus.glob("*.txt"))]
    pipeline = Pipeline(extractors=FIRST_PARTY)
    nlp = pipeline.nlp
    cpu = time.process_time()
    pipeline.setup()
    setup = time.process_time() - cpu
    cpu = time.process_time()
    pipeline.analyze_one(example_document())
    first = time.process_time() - cpu
    bare: list[float] = []
    rounds: list[dict[str, float]] = []
    for _ in range(args.rounds):
        cpu = time.process_time()
        for _doc in nlp.pipe((text for _, text in texts), batch_size=32):
            pass
        bare.append(time.process_time() - cpu)
        before = dict(pipeline.cpu_timings)
        for _analysed in pipeline.analyze(Document(i, text) for i, text in texts):
            pass
        rounds.append({k: pipeline.cpu_timings[k] - before[k] for k in before})
    parse = min(bare)
    print(f"{len(texts)} articles, {args.rounds} rounds; CPU time, best round of each")
    print(f"{'bare nlp.pipe':<34} {parse:7.2f} s")
    print(f"{'parse inside the pipeline':<34} {min(r['parse'] for r in rounds):7.2f} s")
    total = 0.0
    for name in FIRST_PARTY:
        best = min(r[name] for r in rounds)
        total += best
        print(f"{name:<34} {best:7.3f} s  {best / parse:6.1%} of the bare parse")
    print(f"{'the three extractors':<34} {total:7.3f} s  {total / parse:6.1%}")
    print(f"{'setup of a fresh pipeline':<34} {setup:7.2f} s  once per process")
    print(f"{'its first document':<34} {first:7.2f} s  once per process (lazy indexes)")


if __name__ == "__main__":
    main()

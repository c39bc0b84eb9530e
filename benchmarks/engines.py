"""Dask vs local, alternated on one warm cluster to even out a shared machine's load.

    .venv/bin/python benchmarks/engines.py [DOCUMENTS] [ROUNDS]   # default 1000 documents, 2 rounds

Each round runs ``local`` with 2 forked processes, then ``dask`` on a 2-worker LocalCluster
started (and warmed up) once before the first round; both write a results store. Prints each
run's wall time, the CPU the workers spent in their batches, and the best ratio.
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import corpus, first_party, warm_cluster


def one_run(n: int, spec: Any, **options: Any) -> Any:
    from polemos_store import run_corpus

    with tempfile.TemporaryDirectory() as out:
        return run_corpus(corpus(n), spec, out=out, progress=False, workers=2, **options)


def main() -> None:
    warnings.simplefilter("ignore")
    from polemos.spec import PipelineSpec

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    plugins = first_party()
    spec = PipelineSpec(extractors=tuple(plugins))
    best: dict[str, float] = {}
    with warm_cluster(plugins) as (address, startup):
        print(f"dask cluster start + warm-up: {startup:.1f} s")
        for round_ in range(1, rounds + 1):
            for engine, extra in (("local", {}), ("dask", {"address": address})):
                report = one_run(n, spec, engine=engine, **extra)
                best[engine] = min(best.get(engine, float("inf")), report.seconds)
                print(
                    f"round {round_} {engine:>5}: {report.seconds:6.1f} s wall, "
                    f"{report.docs_per_second:5.1f} docs/s, "
                    f"{1000 * report.batch_cpu_seconds / report.documents:4.0f} ms CPU/doc "
                    f"in batches, {report.seconds - report.batch_seconds / 2:4.1f} s outside",
                    flush=True,
                )
    print(f"dask vs local, best of {rounds}: {best['local'] / best['dask']:.2f}x")


if __name__ == "__main__":
    main()

"""The cost of one hostile document: wall time and peak memory, this code beside a baseline.

Each case runs in a fresh interpreter (its peak RSS, ``ru_maxrss``, is its own), under an
address-space limit so that a runaway case fails with ``MemoryError`` instead of taking the
machine, and a time-out. ``--baseline DIR`` runs every case a second time with the ``core`` and
``plugins`` folders of DIR (a checkout of another commit, e.g. ``main``) first on the path.

    .venv/bin/python benchmarks/document_cost.py --baseline ../main
    .venv/bin/python benchmarks/document_cost.py --cases parens-20k,digits-90k
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

CASES: dict[str, str] = {
    # analysed with every installed extractor, the default pipeline
    "parens-20k": "analyse('(' * 20_000)",
    "parens-40k": "analyse('(' * 40_000)",
    "digits-90k": "analyse('1 ' * 45_000)",
    "digits-180k": "analyse('1 ' * 90_000)",
    "digits-900k": "analyse('1 ' * 450_000)",
    # words Duckling (the dates extractor) combines with each other: 'mars mars mars ...'
    "time-words-10k": "analyse('mars ' * 2_000)",
    "time-words-100k": "analyse('lundi 3 mars 2020 ' * 5_000)",
    # Duckling alone on a chain of time words, without and with the chains cut
    "duckling-12-mars-whole": "duckling('mars ' * 12, whole=True)",
    "duckling-12-mars-cut": "duckling('mars ' * 12, whole=False)",
    "article": "analyse(example)",
    # read by the loaders
    "file-200mb": "load_file('sparse 200 MB file')",
    "fifo": "load_file('fifo')",
    "dev-zero": "load_file('link to /dev/zero')",
}

CHILD = """
import os, resource, sys, tempfile, time
from pathlib import Path
import polemos
from polemos import Document, Pipeline
example = polemos.example_document().text

def analyse(text):
    pipeline = Pipeline()
    pipeline.analyze_one("Un drone a frappé Gao.")  # model loaded and warm before timing
    started = time.perf_counter()
    pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
    document = pipeline.analyze_one(Document("case", text))
    seconds = time.perf_counter() - started
    slowest = sorted(pipeline.timings.items(), key=lambda item: -item[1])[:3]
    steps = ", ".join(f"{name} {spent:.1f} s" for name, spent in slowest)
    return seconds, [steps, *(f"{e.plugin}: {e.type}" for e in document.errors)]

def duckling(text, whole):
    from datetime import date
    import polemos_dates.duckling_parser as module
    if whole:  # the text as it is, as before the chains were cut
        module.break_chains = lambda text: text
    parser = module.DucklingParser()
    parser.parse("le 3 mars", date(2020, 1, 1))
    started = time.perf_counter()
    found = parser.parse(text, date(2020, 1, 1))
    return time.perf_counter() - started, [f"{len(found)} expressions"]

def load_file(kind):
    path = Path(tempfile.mkdtemp()) / "case.txt"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "link to /dev/zero":
        os.symlink("/dev/zero", path)
    else:
        path.touch()
        os.truncate(path, 200 * 1024 * 1024)
    started = time.perf_counter()
    items = list(polemos.iter_sources([path]))
    kinds = [type(i).__name__ + ": " + getattr(i, "reason", "")[:50] for i in items]
    return time.perf_counter() - started, kinds

CASE = sys.argv[1]
seconds, outcome = eval(sys.argv[2])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"RESULT {seconds:.2f} {peak:.0f} {outcome}")
"""


def run_case(name: str, code: str, path: str | None, timeout: float, memory_gb: float) -> str:
    """One case in a fresh interpreter: ``seconds s, peak MB, outcome`` or why it stopped."""
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = os.pathsep.join([f"{path}/core", f"{path}/plugins"])
    limit = int(memory_gb * 1024**3)

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, name, code],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=limit_memory,
        )
    except subprocess.TimeoutExpired:
        return f"did not finish in {timeout:.0f} s"
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        last = (done.stderr.strip().splitlines() or ["?"])[-1][:90]
        return f"failed after {time.perf_counter() - started:.0f} s: {last}"
    _, seconds, peak, outcome = line.split(" ", 3)
    return f"{seconds} s, peak {peak} MB, {outcome}"


def main() -> None:
    """Run the cases (here, then with the baseline if given) and print them side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", help="a checkout to compare with (its core/ and plugins/)")
    parser.add_argument("--cases", help="comma-separated case names (default: all)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per case")
    parser.add_argument("--memory-gb", type=float, default=8, help="address space per case")
    args = parser.parse_args()
    names = args.cases.split(",") if args.cases else list(CASES)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load {os.getloadavg()[0]:.1f}")
    rows = {}
    for name in names:
        rows[name] = {"this": run_case(name, CASES[name], None, args.timeout, args.memory_gb)}
        if args.baseline:
            rows[name]["baseline"] = run_case(
                name, CASES[name], args.baseline, args.timeout, args.memory_gb
            )
        print(f"{name}: {json.dumps(rows[name], ensure_ascii=False)}", flush=True)
    print(f"load {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()

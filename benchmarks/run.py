"""polemos benchmarks: ratios measured side by side in one run.

    .venv/bin/python benchmarks/run.py           # full: 2,000 documents (about 15 minutes)
    .venv/bin/python benchmarks/run.py --quick   # 200 documents, memory 200 vs 2,000
    .venv/bin/python benchmarks/run.py --overhead --quick   # the pipeline overhead alone

Corpus: the 89 Wikinews 2012 articles of ../shared/corpus/wikinews-fr-2012 repeated (ids
``<article>-<copy>``). Every figure is printed with the ratio it is checked against.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews-fr-2012"
FIRST_PARTY = ("actors", "quantities", "alliances")
PY = sys.executable


def use_corpus(folder: Path) -> None:
    """Read the articles from ``folder`` instead of the default corpus."""
    global CORPUS
    CORPUS = folder


def articles() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text("utf-8")) for p in sorted(CORPUS.glob("*.txt"))]


def corpus(n: int) -> Iterator[Any]:
    """``n`` documents, made lazily (the corpus is never held in memory)."""
    from polemos import Document

    base = articles()
    for i in range(n):
        stem, text = base[i % len(base)]
        yield Document(f"{stem}-{i // len(base)}", text, {"source": "wikinews-fr-2012"})


def best_of(runs: int, measure: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``runs`` measures."""
    measures = [measure() for _ in range(runs)]
    return min(m[0] for m in measures), min(m[1] for m in measures)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run ``command``; return its wall time and its CPU time (user + system), in seconds.

    On a loaded machine the CPU time is the better estimate of the wall time on an idle one.
    """
    started, cpu = time.perf_counter(), children_cpu()
    subprocess.run(command, check=False, capture_output=True, cwd=ROOT, env=env)
    return time.perf_counter() - started, children_cpu() - cpu


def spacy_importers() -> list[str]:
    """Plugins whose import pulls in spaCy (that is what makes ``polemos plugins`` slow)."""
    code = (
        "import sys, warnings; warnings.simplefilter('ignore')\n"
        "from importlib import metadata\n"
        "for ep in metadata.entry_points(group='polemos'):\n"
        "    if ep.name in sys.argv[1:]: continue\n"
        "    before = 'spacy' in sys.modules\n"
        "    try: ep.load()\n"
        "    except Exception: continue\n"
        "    if not before and 'spacy' in sys.modules: print(ep.name); break\n"
    )
    names: list[str] = []
    while True:
        found = subprocess.run([PY, "-c", code, *names], capture_output=True, text=True)
        name = found.stdout.strip()
        if not name or name in names:
            return names
        names.append(name)


def import_time() -> tuple[float, float]:
    """Wall and CPU time of ``import polemos`` in a fresh interpreter."""
    code = (
        "import time; t, c = time.perf_counter(), time.process_time(); import polemos; "
        "print(time.perf_counter() - t, time.process_time() - c)"
    )
    out = subprocess.run([PY, "-c", code], check=True, capture_output=True, text=True)
    seconds, cpu = map(float, out.stdout.split())
    return seconds, cpu


def first_party() -> list[str]:
    from polemos import PluginManager

    available = {e.name: e for e in PluginManager().extractors()}
    chosen = [name for name in FIRST_PARTY if name in available]
    produced = {layer for name in chosen for layer in available[name].writes}
    return [n for n in chosen if set(available[n].requires) <= produced]


def bare_pipe(n: int) -> tuple[float, float, int]:
    """A bare ``nlp.pipe`` of the full model over the same documents (wall, CPU, words)."""
    from polemos.nlp import load_model

    nlp = load_model("fr_core_news_sm")
    started, cpu = time.perf_counter(), time.process_time()
    words = 0
    for doc in nlp.pipe((d.text for d in corpus(n)), batch_size=32):
        words += len(doc.text.split())
    return time.perf_counter() - started, time.process_time() - cpu, words


def one_time_costs(plugins: list[str]) -> tuple[float, float]:
    """CPU time of a fresh pipeline's ``setup`` and of its first document (lazy indexes)."""
    from polemos.corpus import example_document
    from polemos.spec import PipelineSpec

    pipeline = PipelineSpec(extractors=tuple(plugins)).build()
    assert pipeline.nlp is not None  # loaded (and cached) outside the measure, as bare
    cpu = time.process_time()
    pipeline.setup()
    setup = time.process_time() - cpu
    cpu = time.process_time()
    pipeline.analyze_one(example_document())
    return setup, time.process_time() - cpu


def overhead_rounds(n: int, plugins: list[str], rounds: int) -> Any:
    """The pipeline's CPU overhead over a bare ``nlp.pipe``, in alternated rounds.

    Each round parses the ``n`` documents with a bare ``nlp.pipe`` then runs the pipeline over
    them to a store (a fresh pipeline each time: its ``setup`` is in the measure); the best
    round of each is kept. Returns the last run's report (its ``timings``).
    """
    setup, first = one_time_costs(plugins)
    bare_cpu, polemos_cpu, report = [], [], None
    for _ in range(rounds):
        bare_cpu.append(bare_pipe(n)[1])
        cpu = time.process_time()
        report = run(n, plugins)
        polemos_cpu.append(time.process_time() - cpu)
    bare, whole = min(bare_cpu), min(polemos_cpu)
    line(
        f"CPU: bare nlp.pipe / polemos to the store, best of {rounds} (s)",
        f"{bare:.1f} / {whole:.1f}",
        "rounds: "
        + ", ".join(f"{b:.1f}/{p:.1f}" for b, p in zip(bare_cpu, polemos_cpu, strict=True)),
    )
    line(
        "pipeline CPU overhead over bare nlp.pipe",
        f"{whole / bare - 1:+.1%}",
        verdict(whole / bare - 1 <= 0.10) + " <= +10%",
    )
    line(
        "  ... without the setup (per-document cost)",
        f"{(whole - setup) / bare - 1:+.1%}",
        f"setup {setup:.2f} s CPU, paid once per process",
    )
    line(
        "  first document of a fresh pipeline, CPU (s)",
        f"{first:.2f}",
        "once per process (lazy indexes: the gazetteer); not in the rounds above",
    )
    return report


def burn(units: int) -> int:
    total = 0
    for i in range(units * 3_000_000):
        total += i * i % 7
    return total


def calibration() -> float:
    """The machine's own 2-vs-1 process speed-up on a pure-CPU task (same total work)."""
    started = time.perf_counter()
    burn(2)
    one = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(burn, [1, 1])
        two = time.perf_counter() - started
    return one / two


def run(n: int, plugins: list[str], **options: Any) -> Any:
    from polemos.spec import PipelineSpec
    from polemos_store import run_corpus

    with tempfile.TemporaryDirectory() as out:
        return run_corpus(
            corpus(n), PipelineSpec(extractors=tuple(plugins)), out=out, progress=False, **options
        )


@contextmanager
def warm_cluster(plugins: list[str]) -> Iterator[tuple[str, float]]:
    """A 2-worker LocalCluster with the pipeline loaded and warm on each worker.

    Yields the scheduler's address and the time the start and the warm-up took.
    """
    from distributed import Client, LocalCluster
    from polemos.spec import PipelineSpec
    from polemos_store.engines.work import warm_up

    started = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=40
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(warm_up, PipelineSpec(extractors=tuple(plugins)))
        yield cluster.scheduler_address, time.perf_counter() - started


def dask_run(n: int, plugins: list[str]) -> tuple[Any, float]:
    """Dask on a 2-worker LocalCluster: (report of the run, cluster start + model load)."""
    with warm_cluster(plugins) as (address, startup):
        return run(n, plugins, engine="dask", workers=2, address=address), startup


def rss_mb() -> float:
    """This process's resident memory now (Linux /proc), in MB."""
    for row in Path("/proc/self/status").read_text().splitlines():
        if row.startswith("VmRSS:"):
            return int(row.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_probe(n: int) -> None:
    """(Subprocess) stream ``n`` documents to a store with no extractor; print RSS (MB).

    Prints the RSS once the model is loaded and warm, then the peak RSS sampled every 20 ms
    during the run (``ru_maxrss`` would report the model's loading peak instead).
    """
    import threading

    import polemos

    polemos.analyze(list(corpus(64)), extractors=[], progress=False)  # load and warm up
    base = rss_mb()
    peak = [base]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], rss_mb())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with tempfile.TemporaryDirectory() as out:
        polemos.analyze(corpus(n), extractors=[], out=out, batch_size=64, progress=False)
    done.set()
    sampler.join()
    print(f"{base:.1f} {max(peak[0], rss_mb()):.1f}")


def memory(n: int) -> tuple[float, float]:
    out = subprocess.run(
        [PY, __file__, "--memory-probe", str(n)], check=True, capture_output=True, text=True
    )
    base, peak = map(float, out.stdout.split())
    return base, peak


def where_time_goes(report: Any) -> None:
    """Wall and CPU time inside the workers' batches, and the run's time outside them."""
    busy = report.batch_seconds / report.workers
    line(
        "  in batches: wall, CPU (sums over workers, s)",
        f"{report.batch_seconds:.0f}, {report.batch_cpu_seconds:.0f}",
        f"outside batches {report.seconds - busy:.1f} s; "
        f"CPU/wall in batches {report.batch_cpu_seconds / report.batch_seconds:.2f}",
    )


def shares(report: Any, plugins: list[str]) -> None:
    """Each extractor's time over the parse time (``Pipeline.timings``), and the rest."""
    parse = report.timings["parse"]
    limits = {"quantities": 0.10, "actors": 0.15, "alliances": 0.10}
    for name in plugins:
        share = report.timings.get(name, 0.0) / parse
        line(
            f"  {name} time / parse time",
            f"{share:.1%}",
            verdict(share <= limits.get(name, 1.0)) + f" <= {limits.get(name, 1.0):.0%}",
        )
    rest = report.seconds - parse - sum(report.timings.get(p, 0.0) for p in plugins)
    line("  other (reading, batching, store writes) / parse", f"{rest / parse:.1%}")


def line(label: str, value: str, check: str = "") -> None:
    print(f"{label:<58} {value:>14}  {check}")


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="200 documents (a few minutes)")
    parser.add_argument("--memory-probe", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--overhead", action="store_true", help="only the pipeline overhead over nlp.pipe"
    )
    parser.add_argument("--rounds", type=int, default=2, help="overhead rounds (default 2)")
    parser.add_argument("--corpus", type=Path, help=f"folder of .txt articles (default {CORPUS})")
    args = parser.parse_args()
    if args.corpus is not None:
        use_corpus(args.corpus)
    if args.memory_probe:
        memory_probe(args.memory_probe)
        return
    import warnings

    warnings.simplefilter("ignore")
    n = 200 if args.quick else 2000
    small, large = (200, 2000) if args.quick else (2000, 20000)
    if args.smoke:  # checks the script itself in seconds
        n, small, large = 24, 24, 48
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.2f} at start"
    )

    plugins = first_party()
    if args.overhead:
        print(f"\n{n} documents; first-party extractors: {', '.join(plugins)}")
        report = overhead_rounds(n, plugins, args.rounds)
        shares(report, plugins)
        print(f"\nload average {os.getloadavg()[0]:.2f} at the end")
        return
    print("startup, best of 3: wall s (CPU s = user + system: what an idle machine would see)")
    t_import, c_import = best_of(3, import_time)
    line(
        "import polemos",
        f"{t_import:.3f} ({c_import:.3f})",
        verdict(min(t_import, c_import) < 0.3) + " < 0.3",
    )
    command = [PY, "-m", "polemos.cli", "plugins"]
    t_plugins, c_plugins = best_of(3, lambda: wall(command))
    line(
        "polemos plugins",
        f"{t_plugins:.2f} ({c_plugins:.2f})",
        verdict(min(t_plugins, c_plugins) < 1.5) + " < 1.5",
    )
    spacy_free = os.environ | {"POLEMOS_DISABLE_PLUGINS": ",".join(spacy_importers())}
    t_light, c_light = best_of(3, lambda: wall(command, spacy_free))
    line(
        f"  without plugins importing spaCy ({spacy_free['POLEMOS_DISABLE_PLUGINS']})",
        f"{t_light:.2f} ({c_light:.2f})",
    )

    print(f"\n{n} documents; first-party extractors: {', '.join(plugins)}")
    overhead_rounds(n, plugins, args.rounds)
    bare, bare_cpu, words = bare_pipe(n)
    line(
        "bare nlp.pipe, full fr_core_news_sm (s)",
        f"{bare:.1f}",
        f"{words / bare:.0f} words/s, {n / bare:.1f} docs/s",
    )
    cpu = time.process_time()
    one = run(n, plugins)
    one_cpu = time.process_time() - cpu
    line(
        "polemos, local, 1 process, to the store (s)",
        f"{one.seconds:.1f}",
        f"{one.words_per_second:.0f} words/s, {one.docs_per_second:.1f} docs/s",
    )
    print(
        f"  spaCy components run: {', '.join(one.components)}; "
        f"disabled: {', '.join(one.disabled) or 'none'}"
    )
    overhead = one.seconds / bare - 1
    cpu_overhead = one_cpu / bare_cpu - 1
    line(
        "pipeline overhead over bare nlp.pipe, wall (CPU)",
        f"{overhead:+.1%} ({cpu_overhead:+.1%})",
        verdict(min(overhead, cpu_overhead) <= 0.15) + " <= +15%",
    )
    shares(one, plugins)

    cal_before = calibration()
    two = run(n, plugins, workers=2)
    cal_after = calibration()
    cal = (cal_before + cal_after) / 2
    speedup = one.seconds / two.seconds
    line(
        "polemos, local, 2 processes (s)",
        f"{two.seconds:.1f}",
        f"{two.words_per_second:.0f} words/s, {two.docs_per_second:.1f} docs/s",
    )
    where_time_goes(two)
    line(
        "calibration 2-vs-1 speed-up (pure CPU, before/after)", f"{cal_before:.2f}/{cal_after:.2f}"
    )
    line(
        "polemos 2-vs-1 speed-up",
        f"{speedup:.2f}x",
        f"{speedup / cal:.2f} of calibration: " + verdict(speedup / cal >= 0.85) + " >= 0.85",
    )

    dask, startup = dask_run(n, plugins)
    line(
        "dask, 2-worker LocalCluster, warm (s)",
        f"{dask.seconds:.1f}",
        f"{dask.words_per_second:.0f} words/s, {dask.docs_per_second:.1f} docs/s",
    )
    where_time_goes(dask)
    line("  cluster start + model load on the workers (s)", f"{startup:.1f}")
    ratio = two.seconds / dask.seconds
    line(
        "dask vs local 2 processes (speed ratio)",
        f"{ratio:.2f}x",
        verdict(ratio >= 0.9) + " >= 0.9",
    )
    cold = two.seconds / (dask.seconds + startup)
    line("  ... counting the cluster start", f"{cold:.2f}x")
    cpu_ratio = (two.batch_cpu_seconds / two.documents) / (dask.batch_cpu_seconds / dask.documents)
    line("  CPU per document in batches, local / dask", f"{cpu_ratio:.2f}")

    base_s, peak_s = memory(small)
    base_l, peak_l = memory(large)
    print("\nmemory (tokenizer only, no extractor, streamed to a store; subprocess RSS):")
    line(
        f"peak RSS during the run, {small} documents (MB)",
        f"{peak_s:.0f}",
        f"before the run {base_s:.0f}",
    )
    line(
        f"peak RSS during the run, {large} documents (MB)",
        f"{peak_l:.0f}",
        f"before the run {base_l:.0f}",
    )
    mem_ratio = peak_l / peak_s
    line(f"peak {large} / peak {small}", f"{mem_ratio:.2f}", verdict(mem_ratio <= 1.2) + " <= 1.2")
    growth_s, growth_l = peak_s - base_s, peak_l - base_l
    line("  growth during the run, large / small", f"{growth_l:.0f}/{growth_s:.0f} MB")
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()

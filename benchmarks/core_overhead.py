"""The core's CPU overhead over a bare ``nlp.pipe`` of the same model, side by side in one run.

    .venv/bin/python benchmarks/core_overhead.py [--corpus DIR] [--rounds 3] [--repeat 1]

The texts: the articles of the corpus (the 89 Wikinews 2012 articles by default) and the
bundled article, ``--repeat`` times. Variants, alternated round by round in one process (the
order rotates), process CPU time, best round of each:

- ``bare nlp.pipe``: the full ``fr_core_news_sm`` over the texts, batch 32;
- ``core, no-op extractor``: ``Pipeline.analyze`` over ``Document`` objects made from the same
  texts, with one extractor that needs every component of the model and adds nothing: the
  machinery alone (documents, the parse, contexts, time limits, metadata checks, provenance);
- ``core, entity copy``: the same with an extractor that annotates each spaCy entity and
  relates it to the next one: the annotation bookkeeping (offsets, attribute checks, ids,
  the commit);
- ``first-party extractors``: the pipeline with actors, quantities, alliances, dates, events;
  each extractor's CPU share (``Pipeline.cpu_timings``) is printed below it.

Every pipeline is built, set up and warmed (one document) before the rounds: these one-time
costs are printed apart. CPU time, not wall time: on a shared machine the wall time mostly
measures the wait for a core.
"""

from __future__ import annotations

import argparse
import os
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from polemos import Document, ExtractContext, Extractor
from polemos.corpus import example_document
from polemos.nlp import load_model
from polemos.pipeline import Pipeline

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "wikinews-fr-2012"
FIRST_PARTY = ("actors", "quantities", "alliances", "dates", "events")
COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")
META = {"source": "wikinews-fr-2012"}


class NoOp(Extractor):
    """Needs the whole model, adds nothing: the pipeline's machinery alone."""

    name = "core-no-op"
    spacy_components = COMPONENTS

    def extract(self, ctx: ExtractContext) -> None:
        """Nothing."""


class EntityCopy(Extractor):
    """Annotates each spaCy entity and relates it to the next one: the bookkeeping."""

    name = "core-entity-copy"
    writes = ("entities", "entity_links")
    spacy_components = COMPONENTS

    def extract(self, ctx: ExtractContext) -> None:
        """One annotation per entity, one relation per pair of neighbours."""
        previous = None
        for ent in ctx.doc.ents:
            annotation = ctx.annotate(
                "entities",
                ent.label_,
                ent.start_char,
                ent.end_char,
                {"kind": ent.label_, "tokens": len(ent), "root": ent.root.lemma_},
            )
            if previous is not None:
                ctx.relate("entity_links", "next", previous, annotation)
            previous = annotation


def cpu(work: Callable[[], object]) -> float:
    """Process CPU time of ``work()``."""
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    """Print the CPU time of each variant, its ratio to the bare parse and the shares."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=1, help="pass over the texts N times")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    base = [(p.stem, p.read_text("utf-8")) for p in sorted(args.corpus.glob("*.txt"))]
    base.append(("bundled", example_document().text))
    texts = [(f"{stem}-{copy}", text) for copy in range(args.repeat) for stem, text in base]
    words = sum(len(text.split()) for _, text in texts)
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average "
        f"{os.getloadavg()[0]:.2f}; {len(texts)} texts, {words:,} words, {args.rounds} rounds"
    )
    nlp = load_model("fr_core_news_sm")
    pipelines = {
        "core, no-op extractor": Pipeline(plugins=[], extractors=[NoOp()]),
        "core, entity copy": Pipeline(plugins=[], extractors=[EntityCopy()]),
        "first-party extractors": Pipeline(plugins=list(FIRST_PARTY)),
    }
    one_time: dict[str, tuple[float, float]] = {}
    for label, pipeline in pipelines.items():
        assert pipeline.nlp is nlp  # one model, loaded once, for every variant
        setup = cpu(pipeline.setup)
        first = cpu(lambda p=pipeline: p.analyze_one(example_document()))  # type: ignore[misc]
        one_time[label] = setup, first

    def bare() -> None:
        for _doc in nlp.pipe((text for _, text in texts), batch_size=32):
            pass

    def analyse(pipeline: Pipeline) -> Callable[[], None]:
        def work() -> None:
            for _document in pipeline.analyze(Document(i, t, META) for i, t in texts):
                pass

        return work

    variants: dict[str, Callable[[], None]] = {"bare nlp.pipe": bare}
    variants |= {label: analyse(pipeline) for label, pipeline in pipelines.items()}
    names = list(variants)
    measured: dict[str, list[float]] = {name: [] for name in names}
    inside: dict[str, list[dict[str, float]]] = {label: [] for label in pipelines}
    bare()  # the vocabulary learns the corpus's words once, before any round
    for number in range(args.rounds):
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            pipeline = pipelines.get(name)
            before = dict(pipeline.cpu_timings) if pipeline is not None else {}
            measured[name].append(cpu(variants[name]))
            if pipeline is not None:
                inside[name].append({k: pipeline.cpu_timings[k] - before[k] for k in before})
    reference = min(measured["bare nlp.pipe"])
    print(f"\n{'CPU time, best round (s)':<34} {'best':>7}  {'vs bare':>8}  rounds")
    for name in names:
        best = min(measured[name])
        rounds = " / ".join(f"{value:.2f}" for value in measured[name])
        ratio = "" if name == "bare nlp.pipe" else f"{best / reference - 1:+8.1%}"
        print(f"{name:<34} {best:7.2f}  {ratio:>8}  {rounds}")
    print("\nthe same rounds, apart: the parse inside the pipeline vs bare, and the rest")
    for label in pipelines:
        parse = min(timing["parse"] for timing in inside[label])
        rest = min(
            whole - timing["parse"]
            for whole, timing in zip(measured[label], inside[label], strict=True)
        )
        print(
            f"  {label:<32} parse {parse / reference - 1:+6.1%} of bare, "
            f"outside the parse {rest:6.3f} s = {rest / reference:5.1%} of bare"
        )
    runs = measured["first-party extractors"]
    extractor_cpu = inside["first-party extractors"]
    best_round = extractor_cpu[runs.index(min(runs))]
    print("\nfirst-party extractors, their best round: CPU over the bare parse")
    for name, spent in best_round.items():
        print(f"  {name:<32} {spent:7.3f}  {spent / reference:8.1%}")
    host = min(runs) - sum(best_round.values())
    print(f"  {'the rest (the core)':<32} {host:7.3f}  {host / reference:8.1%}")
    print("\none-time costs, CPU (s): setup / first document")
    for label, (setup, first) in one_time.items():
        print(f"  {label:<32} {setup:7.2f} / {first:.2f}")
    criterion = min(measured["core, no-op extractor"]) / reference - 1
    verdict = "ok" if criterion <= 0.10 else "MISSED"
    print(f"\ncore CPU overhead over bare nlp.pipe: {criterion:+.1%} ({verdict} <= +10%)")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()

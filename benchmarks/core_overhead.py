"""The core's CPU overhead over a bare ``nlp.pipe`` of the same model, side by side in one run.

    .venv/bin/python benchmarks/core_overhead.py [--corpus DIR] [--rounds 4] [--repeat 1]

The texts: the articles of the corpus (the 89 Wikinews 2012 articles by default) and the
bundled article, ``--repeat`` times, in chunks of 32 (one batch). Each variant runs on a chunk,
then the next variant on the same chunk (the order rotates), then the next chunk: on a shared
machine the load drifts over seconds, and side by side each variant sees the same drift. The
figures are the process CPU time of each variant, summed over ``--rounds`` passes:

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
CHUNK = 32  # texts per chunk: one batch of the bare parse and of the pipeline


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


def cpu(work: Callable[..., object], *args: object) -> float:
    """Process CPU time of ``work(*args)``."""
    started = time.process_time()
    work(*args)
    return time.process_time() - started


def main() -> None:
    """Print the CPU time of each variant, its ratio to the bare parse and the shares."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=4)
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
        "core, no-op extractor": Pipeline(extractors=[NoOp()]),
        "core, entity copy": Pipeline(extractors=[EntityCopy()]),
        "first-party extractors": Pipeline(extractors=list(FIRST_PARTY)),
    }
    one_time: dict[str, tuple[float, float]] = {}
    for label, pipeline in pipelines.items():
        assert pipeline.nlp is nlp  # one model, loaded once, for every variant
        setup = cpu(pipeline.setup)
        first = cpu(pipeline.analyze_one, example_document())
        one_time[label] = setup, first

    chunks = [texts[i : i + CHUNK] for i in range(0, len(texts), CHUNK)]

    def bare(chunk: list[tuple[str, str]]) -> None:
        for _doc in nlp.pipe((text for _, text in chunk), batch_size=CHUNK):
            pass

    def analyse(pipeline: Pipeline) -> Callable[[list[tuple[str, str]]], None]:
        def work(chunk: list[tuple[str, str]]) -> None:
            for _document in pipeline.analyze(Document(i, t, META) for i, t in chunk):
                pass

        return work

    variants: dict[str, Callable[[list[tuple[str, str]]], None]] = {"bare nlp.pipe": bare}
    variants |= {label: analyse(pipeline) for label, pipeline in pipelines.items()}
    names = list(variants)
    spent = {name: [0.0] * args.rounds for name in names}  # CPU of each variant in each round
    inside = {
        label: dict.fromkeys(pipeline.cpu_timings, 0.0) for label, pipeline in pipelines.items()
    }
    for chunk in chunks:  # the vocabulary learns the corpus's words once, before any round
        bare(chunk)
    turn = 0
    for number in range(args.rounds):
        for chunk in chunks:  # every variant on this chunk, then the next: side by side
            turn += 1
            for name in names[turn % len(names) :] + names[: turn % len(names)]:
                running = pipelines.get(name)
                before = dict(running.cpu_timings) if running is not None else {}
                spent[name][number] += cpu(variants[name], chunk)
                if running is not None:
                    for key, value in running.cpu_timings.items():
                        inside[name][key] += value - before[key]
    total = {name: sum(values) for name, values in spent.items()}
    reference = total["bare nlp.pipe"]
    print(f"\nCPU time (s), {args.rounds} rounds of {len(chunks)} chunks of {CHUNK} texts")
    print(f"{'':<30} {'total':>7}  {'vs bare':>8}  per round vs bare")
    for name in names:
        ratio = "" if name == "bare nlp.pipe" else f"{total[name] / reference - 1:+8.1%}"
        rounds = " ".join(
            f"{own / bare_ - 1:+.1%}"
            for own, bare_ in zip(spent[name], spent["bare nlp.pipe"], strict=True)
        )
        print(f"{name:<30} {total[name]:7.2f}  {ratio:>8}  {rounds if ratio else ''}")
    print("\nthe same runs, apart: the parse inside each pipeline, and everything else")
    for label in pipelines:
        parse = inside[label]["parse"]
        rest = total[label] - parse
        print(
            f"  {label:<28} parse {parse / reference - 1:+6.1%} of bare; "
            f"outside the parse {rest:6.3f} s = {rest / reference:6.1%} of bare"
        )
    extractors = inside["first-party extractors"]
    print("\nfirst-party extractors: CPU over the bare parse")
    for name, seconds in extractors.items():
        print(f"  {name:<28} {seconds:7.3f} s  {seconds / reference:7.1%}")
    host = total["first-party extractors"] - sum(extractors.values())
    print(f"  {'the rest (the core)':<28} {host:7.3f} s  {host / reference:7.1%}")
    print("\none-time costs, CPU (s): setup / first document")
    for label, (setup, first) in one_time.items():
        print(f"  {label:<28} {setup:7.2f} / {first:.2f}")
    criterion = total["core, no-op extractor"] / reference - 1
    verdict = "ok" if criterion <= 0.10 else "MISSED"
    print(f"\ncore CPU overhead over bare nlp.pipe: {criterion:+.1%} ({verdict} <= +10%)")
    print(f"load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()

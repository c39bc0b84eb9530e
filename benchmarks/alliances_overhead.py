"""How much the alliances extractor adds to the spaCy parse it shares (target: at most 10%).

    .venv/bin/python benchmarks/alliances_overhead.py

Runs ``actors`` then ``alliances`` over the 89 Wikinews 2012 articles (one pass, cue files
loaded and compiled inside the measured time) and prints the pipeline's own timings: the parse
(every component the two extractors need), each extractor, and alliances / parse. It also times
a parse with the parser alone (all that alliances asks for) to give the stricter ratio.
"""

from __future__ import annotations

import time
from pathlib import Path

from polemos import Document, Pipeline

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews-fr-2012"


def main() -> None:
    documents = [Document(p.stem, p.read_text("utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    pipeline = Pipeline(["actors", "alliances"])
    pipeline.nlp  # load the model outside the measure  # noqa: B018
    analysed = list(pipeline.analyze(documents))
    timings = pipeline.timings
    relations = sum(len(d.relation_layer("alliances")) for d in analysed)
    nlp = pipeline.nlp
    parser_only = [n for n in nlp.pipe_names if n not in ("tok2vec", "parser")]
    started = time.perf_counter()
    for _ in nlp.pipe((d.text for d in documents), disable=parser_only, batch_size=32):
        pass
    parse_alone = time.perf_counter() - started
    print(f"documents: {len(documents)}, relations: {relations}")
    print(f"parse ({', '.join(pipeline.components)}): {timings['parse']:.2f}s")
    print(f"actors: {timings['actors']:.2f}s, alliances: {timings['alliances']:.2f}s")
    print(f"alliances / parse: {timings['alliances'] / timings['parse']:.1%}")
    print(f"parse with tok2vec+parser only: {parse_alone:.2f}s")
    print(f"alliances / parser-only parse: {timings['alliances'] / parse_alone:.1%}")


if __name__ == "__main__":
    main()

"""An extractor that ends its process with ``os._exit`` on one document (run as a module too).

``EXIT_ON=doc005 python -m tests.hardening.dying_plugin CORPUS STORE`` analyses the ``.txt``
files of CORPUS in one process, four documents a batch, into the store STORE, and prints the
run report as JSON; the process dies on the document EXIT_ON, with no Python exception.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from polemos import ExtractContext, Extractor
from polemos.runs import RunReport
from polemos.spec import PipelineSpec
from polemos_store import run_corpus

BATCH = 4


class Exits(Extractor):
    """Marks the first word of each document; calls ``os._exit(3)`` on the one named $EXIT_ON."""

    name = "exits"
    writes = ("first_word",)

    def extract(self, ctx: ExtractContext) -> None:
        if ctx.document.id == os.environ.get("EXIT_ON"):
            os._exit(3)
        token = ctx.doc[0]
        ctx.annotate("first_word", "word", token.idx, token.idx + len(token.text))


SPEC = PipelineSpec(extractors=("weapons", Exits()))


def run(corpus: Path, store: Path | None, workers: int = 1, engine: str = "local") -> RunReport:
    """Analyse the corpus into the store (resuming what a previous run stored) on ``engine``."""
    sources = sorted(corpus.glob("*.txt"))
    return run_corpus(
        sources,
        SPEC,
        out=store,
        batch_size=BATCH,
        progress=False,
        workers=workers,
        engine=engine,
    )


if __name__ == "__main__":
    report = run(Path(sys.argv[1]), Path(sys.argv[2]))
    print(json.dumps({"documents": report.documents, "skipped": report.skipped}))

"""A corpus run into a results store, slow enough to be interrupted (run as a module).

``SLOW_DELAY=0.1 python -m tests.hardening.interrupted_run CORPUS STORE`` analyses the
``.txt`` files of CORPUS with the example ``weapons`` plugin and the :class:`Slow` extractor,
four documents a batch, into the store STORE, and prints the run report as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from polemos import ExtractContext, Extractor
from polemos.runs import RunReport
from polemos.spec import PipelineSpec
from polemos_store import run_corpus

BATCH = 4


class Slow(Extractor):
    """Marks the first word of each document, taking ``$SLOW_DELAY`` seconds to do it.

    While the file ``$SLOW_GATE`` (if set) exists, it waits. The delay is not configuration, so
    slow and quick runs share one fingerprint and resume each other's work.
    """

    name = "slow"
    writes = ("first_word",)

    def extract(self, ctx: ExtractContext) -> None:
        time.sleep(float(os.environ.get("SLOW_DELAY", "0")))
        gate = os.environ.get("SLOW_GATE")
        while gate and Path(gate).exists():
            time.sleep(0.05)
        token = ctx.doc[0]
        ctx.annotate("first_word", "word", token.idx, token.idx + len(token.text))


SPEC = PipelineSpec(extractors=("weapons", Slow()))


def run(corpus: Path, store: Path) -> RunReport:
    """Analyse the corpus into the store (resuming what a previous run stored)."""
    sources = sorted(corpus.glob("*.txt"))
    return run_corpus(sources, SPEC, out=store, batch_size=BATCH, progress=False)


if __name__ == "__main__":
    report = run(Path(sys.argv[1]), Path(sys.argv[2]))
    print(json.dumps({"documents": report.documents, "skipped": report.skipped}))

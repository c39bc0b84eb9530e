"""An engine analysing a corpus on a pool of threads, one pipeline shared by the threads.

``polemos analyze CORPUS --engine threads --workers 4`` and ``polemos.analyze(...,
engine="threads", workers=4)`` hand the run to it. (spaCy releases little of the GIL: this
engine shows the hook, the ``local`` engine of polemos-store is the fast one.)
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

from polemos import Document, LoadError, hookimpl
from polemos.runs import Engine, RunOptions, RunReport, Source, as_items, failed_document
from polemos.spec import PipelineSpec


class Threads(Engine):
    """Analyse the documents of a corpus on ``options.workers`` threads."""

    name = "threads"
    description = "one pipeline, documents analysed on a pool of threads"

    def run(self, sources: Iterable[Source], spec: PipelineSpec, options: RunOptions) -> RunReport:
        """Analyse ``sources``; hand the documents to ``options.sink`` in input order."""
        if options.out is not None:
            raise ValueError("the threads engine writes no results store: give no out")
        pipeline = spec.build(options.manager)
        report = RunReport.start(self.name, options.workers, spec, pipeline, None)
        started = time.perf_counter()
        documents = [
            failed_document(item.source, item.reason) if isinstance(item, LoadError) else item
            for item in as_items(sources, pipeline.manager, report.extractors)
        ]
        with ThreadPoolExecutor(max(1, options.workers)) as pool:
            analysed: list[Document] = list(pool.map(pipeline.analyze_one, documents))
        report.documents = len(analysed)
        report.annotations = sum(len(d.annotations) for d in analysed)
        report.errors = sum(len(d.errors) for d in analysed)
        report.seconds = time.perf_counter() - started
        if options.sink is not None:
            options.sink(analysed)
        return report


@hookimpl
def polemos_engines() -> list[Engine]:
    """Register the threads engine."""
    return [Threads()]

"""The unit of work every engine runs: analyse one batch, write it to the store or return it.

A worker process builds its :class:`~polemos.Pipeline` (and loads the spaCy model) once, on its
first batch, and keeps it for the following ones. Workers send back annotations inside
:class:`~polemos.Document` objects (or only counts when they write the store themselves), never
spaCy ``Doc`` objects.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from polemos.model import Document
from polemos.pipeline import Pipeline
from polemos.spec import PipelineSpec

from polemos_store.tables import LoadFailure, words
from polemos_store.writer import StoreTarget

__all__ = [
    "Batch",
    "BatchOutcome",
    "PipelineSpec",
    "finish_batch",
    "pipeline_for",
    "process_batch",
]


_PIPELINES: dict[str, Pipeline] = {}


def pipeline_for(spec: PipelineSpec) -> Pipeline:
    """The process's pipeline for ``spec``, built on first use and kept."""
    pipeline = _PIPELINES.get(spec.key)
    if pipeline is None:
        pipeline = _PIPELINES[spec.key] = spec.build()
    return pipeline


def adopt(spec: PipelineSpec, pipeline: Pipeline) -> None:
    """Make ``pipeline`` (built by the caller) this process's pipeline for ``spec``.

    Forked workers inherit it, loaded, instead of building their own.
    """
    _PIPELINES[spec.key] = pipeline


@dataclass(frozen=True)
class Batch:
    """A numbered slice of the corpus: documents and the sources that failed to load."""

    key: str
    documents: tuple[Document, ...]
    failures: tuple[LoadFailure, ...] = ()
    apart: bool = False
    """Analyse each document in a process of its own (suspects of killing a process before)."""


@dataclass
class BatchOutcome:
    """What a worker reports for one batch (and the documents, when nothing is stored)."""

    key: str
    documents: int
    load_errors: int
    annotations: int
    relations: int
    errors: int
    words: int
    seconds: float
    cpu_seconds: float
    timings: dict[str, float]
    analysed: list[Document] | None = None


def process_batch(
    spec: PipelineSpec,
    batch: Batch,
    target: StoreTarget | None,
    pipeline: Pipeline | None = None,
) -> BatchOutcome:
    """Analyse ``batch``; write it to ``target`` (returning counts) or return the documents.

    ``pipeline`` is the one to use in this process (the driver's own, in a one-process run);
    by default the process's pipeline for ``spec``.
    """
    started, cpu = time.perf_counter(), time.process_time()
    pipeline = pipeline if pipeline is not None else pipeline_for(spec)
    before = dict(pipeline.timings)
    analysed = list(pipeline.analyze(batch.documents))
    timings = {name: pipeline.timings[name] - before.get(name, 0.0) for name in pipeline.timings}
    return finish_batch(batch.key, analysed, batch.failures, target, started, cpu, timings)


def finish_batch(
    key: str,
    analysed: list[Document],
    failures: tuple[LoadFailure, ...],
    target: StoreTarget | None,
    started: float,
    cpu: float,
    timings: dict[str, float] | None = None,
) -> BatchOutcome:
    """Write a batch's documents to ``target`` (or keep them); return what it did.

    ``started`` and ``cpu`` are the ``perf_counter`` and ``process_time`` at its start.
    """
    if target is not None:
        target.write_batch(key, analysed, failures)
    return BatchOutcome(
        key=key,
        documents=len(analysed),
        load_errors=len(failures),
        annotations=sum(len(d.annotations) for d in analysed),
        relations=sum(len(d.relations) for d in analysed),
        errors=sum(len(d.errors) for d in analysed),
        words=sum(words(d.text) for d in analysed),
        seconds=time.perf_counter() - started,
        cpu_seconds=time.process_time() - cpu,
        timings=timings or {},
        analysed=None if target is not None else analysed,
    )


def warm_up(spec: PipelineSpec) -> None:
    """Build the pipeline, load its model and run it once on the bundled example article.

    The first documents a fresh pipeline sees are several times slower (spaCy's and the
    extractors' lazy initialisation); workers pay that here, before their first batch, and
    forked workers inherit a warm pipeline.
    """
    from polemos.corpus import example_document

    pipeline_for(spec).analyze_one(example_document())

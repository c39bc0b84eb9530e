"""polemos-store: results stores, engines that run a corpus in parallel, tabular loaders.

The results store is a Parquet dataset that runs append to, queried in place with DuckDB
(:func:`polemos.open` opens one). Its engines (``local`` worker processes, a ``dask`` cluster)
and its loaders (CSV, Parquet, HTML) reach polemos through the public hooks, and so does the
``polemos export`` command (:mod:`polemos_store.export`, which reads analysed results with
:func:`~polemos_store.export.read_analysed`).

Layout of a store folder (one writer at a time)::

    runs/<session>.parquet                        one row per run: plugins, versions, config, model
    documents/session=<s>/part-<batch>.parquet    one row per document (text, meta, counts)
    annotations/session=<s>/part-<batch>.parquet  one row per annotation (attributes as JSON)
    relations/session=<s>/part-<batch>.parquet    one row per relation
    errors/session=<s>/part-<batch>.parquet       load errors and document errors
    layers/<layer>/session=<s>/part-<batch>.parquet   a layer with typed attribute columns
    _manifests/<batch>.json                       the commit marker of a batch

Every file is written to a temporary name and renamed; a batch's manifest is written last, so a
batch counts as stored only when all its files are. Readers go through the manifests and never
see a half-written batch; an interrupted run, started again, skips the documents of committed
batches.
"""

from __future__ import annotations

from polemos_store.reader import Results, is_results_store, open_results
from polemos_store.runner import DaskEngine, LocalEngine, run_corpus
from polemos_store.writer import StoreTarget, completed_ids, start_session

__all__ = [
    "DaskEngine",
    "LocalEngine",
    "Results",
    "StoreTarget",
    "completed_ids",
    "is_results_store",
    "open_results",
    "run_corpus",
    "start_session",
]

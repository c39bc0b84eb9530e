"""The engines give identical results: one process, two processes, a Dask LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import polemos
import pytest
from polemos import Document

from tests.scale.extractors import all_extractors


def by_id(documents: list[Document]) -> list[Document]:
    return sorted(documents, key=lambda d: d.id)


@pytest.mark.slow
def test_local_one_and_two_processes_and_dask_write_identical_stores(
    small_corpus: Path, tmp_path: Path
) -> None:
    stored = {}
    for name, engine, workers in (("one", "local", 1), ("two", "local", 2), ("dask", "dask", 2)):
        results = polemos.analyze(
            small_corpus,
            extractors=all_extractors(),
            engine=engine,
            workers=workers,
            out=tmp_path / name,
            batch_size=5,
            progress=False,
        )
        stored[name] = by_id(list(results.iter_documents()))
        run = results.runs.iloc[0]
        assert (run["engine"], run["workers"]) == (engine, workers)
        assert len(results.manifests) == 5  # 24 documents in batches of 5
    assert len(stored["one"]) == 24
    assert sum(len(d.annotations) for d in stored["one"]) > 200
    assert sum(len(d.relations) for d in stored["one"]) > 50
    assert stored["one"] == stored["two"] == stored["dask"]


@pytest.mark.slow
def test_two_processes_return_the_same_documents_in_order(small_corpus: Path) -> None:
    one = polemos.analyze(small_corpus, extractors=all_extractors(), progress=False)
    two = polemos.analyze(small_corpus, extractors=all_extractors(), workers=2, batch_size=4)
    assert [d.id for d in two] == sorted(p.stem for p in small_corpus.glob("*.txt"))
    assert two == one
    assert json.dumps([polemos.document_to_dict(d) for d in two]) == json.dumps(
        [polemos.document_to_dict(d) for d in one]
    )

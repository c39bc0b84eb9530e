"""Two writers on one store: the second is refused with a clear message; nothing is doubled.

Both used to exit 0 with every document stored twice, and the second writer's start-up clean-up
deleted the first one's files in flight (``FileNotFoundError``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import polemos
import pytest
from polemos_store.lock import StoreLocked, store_lock

from tests.hardening.test_interruption import (
    DOCUMENTS,
    ROOT,
    kill_after_batches,
    make_corpus,
    start,
)


def test_a_second_writer_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    gate = tmp_path / "gate"
    gate.touch()  # the first run waits on its first document while this file exists
    first = start(corpus, store, 0, gate)
    try:
        deadline = time.monotonic() + 300
        while not (store / ".lock-owner.json").exists():  # the first run holds the store
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first run never took the store"
            time.sleep(0.02)
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "polemos.cli",
                "analyze",
                str(corpus),
                "--out",
                str(store),
                "--extractors",
                "weapons",
                "--no-progress",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert first.poll() is None
        assert second.returncode != 0
        assert f"polemos analyze: the store {store} is being written by the run of process " in (
            second.stderr
        )
        assert f"process {first.pid} " in second.stderr
        assert "Traceback" not in second.stderr
        gate.unlink()
        _out, err = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, err
    documents = list(polemos.open(store).iter_documents())
    assert sorted(d.id for d in documents) == [f"doc{n:03d}" for n in range(DOCUMENTS)]
    assert all(d.errors == () and len(d.annotations) == 3 for d in documents)
    assert list(store.rglob("*.tmp")) == []


def test_a_writer_in_the_same_process_is_refused_too(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with store_lock(store), pytest.raises(StoreLocked, match="is being written by the run of"):
        polemos.analyze("Un drone a frappé Gao.", extractors=[], out=store, progress=False)
    results = polemos.analyze("Un drone a frappé Gao.", extractors=[], out=store, progress=False)
    assert len(results.documents) == 1  # released: the next run writes


def test_the_lock_dies_with_a_killed_writer_and_the_resumed_run_duplicates_nothing(
    tmp_path: Path,
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    kill_after_batches(start(corpus, store, 0.2), store, 1)
    with store_lock(store):  # free at once: the lock went with the process
        pass
    finisher = start(corpus, store, 0)
    _out, err = finisher.communicate(timeout=600)
    assert finisher.returncode == 0, err
    ids = [d.id for d in polemos.open(store).iter_documents()]
    assert sorted(ids) == [f"doc{n:03d}" for n in range(DOCUMENTS)]  # each exactly once
    assert not os.path.exists(store / ".lock-owner.json")

"""Interrupted runs into a results store: killed (SIGKILL) or out of disk space (ENOSPC).

A restart resumes: every document ends up stored exactly once, with the same annotations as an
uninterrupted run, and no temporary or orphaned file is left behind.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from polemos_store import open_results
from polemos_store.layout import read_manifests

from tests.hardening.interrupted_run import run

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = 24


def make_corpus(folder: Path) -> Path:
    folder.mkdir()
    for number in range(DOCUMENTS):
        (folder / f"doc{number:03d}.txt").write_text(
            f"Dépêche {number}. Un drone et {number} obus de mortier ont frappé Kidal.\n",
            encoding="utf-8",
        )
    return folder


def stored(store: Path) -> dict[str, Any]:
    """What a store holds, independent of sessions and batches: ids, annotations, leftovers."""
    results = open_results(store)
    documents = results.documents
    annotations = results.annotations
    referenced = {(store / p).resolve() for m in read_manifests(store) for p in m.files.values()}
    data_files = {
        p.resolve()
        for p in store.rglob("*.parquet")
        if p.relative_to(store).parts[0] not in ("runs", "_manifests")
    }
    return {
        "ids": sorted(documents["id"] if "id" in documents else documents["doc_id"]),
        "annotations": sorted(
            (str(row["id"]), str(row["text"]), int(row["start"]))
            for _, row in annotations.iterrows()
        ),
        "tmp": sorted(str(p) for p in store.rglob("*.tmp")),
        "orphans": sorted(str(p) for p in data_files - referenced),
    }


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The store of one uninterrupted run."""
    base = tmp_path_factory.mktemp("reference")
    corpus = make_corpus(base / "corpus")
    run(corpus, base / "store")
    content = stored(base / "store")
    assert content["ids"] == [f"doc{n:03d}" for n in range(DOCUMENTS)]
    assert len(content["annotations"]) == 3 * DOCUMENTS  # drone, obus de mortier, first word
    return content


def start(
    corpus: Path, store: Path, delay: float, gate: Path | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.hardening.interrupted_run",
            str(corpus),
            str(store),
        ],
        cwd=ROOT,
        env={**os.environ, "SLOW_DELAY": str(delay), "SLOW_GATE": str(gate or "")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_after_batches(process: subprocess.Popen[str], store: Path, batches: int) -> None:
    deadline = time.monotonic() + 300
    while len(list((store / "_manifests").glob("*.json"))) < batches:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the run never stored a batch"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL


@pytest.mark.slow
def test_sigkill_then_restart_loses_and_duplicates_nothing(
    tmp_path: Path, reference: dict[str, Any]
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    done = []
    for batches in (1, 3):  # two kills, at different points of the run
        kill_after_batches(start(corpus, store, 0.1), store, batches)
        done.append(len(open_results(store).completed_ids()))
    assert 0 < done[0] < done[1] < DOCUMENTS
    finisher = start(corpus, store, 0)
    out, err = finisher.communicate(timeout=600)
    assert finisher.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    assert report == {"documents": DOCUMENTS - done[1], "skipped": done[1]}
    assert stored(store) == reference


class DiskFull:
    """Makes the ``fail_at``-th write of the store run out of space after writing some bytes."""

    def __init__(self, real: Callable[[Path, Any], None], fail_at: int) -> None:
        self.real = real
        self.fail_at = fail_at
        self.calls = 0

    def __call__(self, target: Path, write: Any) -> None:
        self.calls += 1
        if self.calls != self.fail_at:
            return self.real(target, write)

        def half_then_full(tmp: Path) -> None:
            tmp.write_bytes(b"PAR1 half a file")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp))

        return self.real(target, half_then_full)


@pytest.mark.parametrize("fail_at", [2, 5, 9, 14])
def test_disk_full_while_writing_then_restart_loses_and_duplicates_nothing(
    tmp_path: Path, reference: dict[str, Any], monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    import polemos_store.layout as layout
    import polemos_store.writer as writer

    corpus = make_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    full = DiskFull(layout.atomic_write, fail_at)
    monkeypatch.setattr(writer, "atomic_write", full)
    monkeypatch.setattr(layout, "atomic_write", full)  # the manifests are written there
    with pytest.raises(OSError) as caught:
        run(corpus, store)
    assert caught.value.errno == errno.ENOSPC
    assert list(store.rglob("*.tmp")) == []  # the half-written file is gone
    monkeypatch.undo()
    partial = len(open_results(store).completed_ids())
    assert partial < DOCUMENTS
    report = run(corpus, store)
    assert (report.documents, report.skipped) == (DOCUMENTS - partial, partial)
    assert stored(store) == reference


def test_disk_full_while_exporting_json_leaves_the_previous_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from polemos.cli import main

    corpus = make_corpus(tmp_path / "corpus")
    out = tmp_path / "out.jsonl"
    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    with redirect_stdout(quiet["stdout"]), redirect_stderr(quiet["stderr"]):
        assert main(["analyze", str(corpus), "--extractors", "weapons", "--out", str(out)]) == 0
    complete = out.read_bytes()
    assert complete.count(b"\n") == DOCUMENTS
    real_open = Path.open

    class FillingDisk:
        """A file handle whose disk is full after half the documents."""

        def __init__(self, handle: Any) -> None:
            self.handle = handle
            self.writes = 0

        def write(self, text: str) -> int:
            self.writes += 1
            if self.writes > DOCUMENTS // 2:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return int(self.handle.write(text))

        def __enter__(self) -> FillingDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    def open_on_full_disk(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(path, mode, *args, **kwargs)
        return FillingDisk(handle) if "w" in mode and path.name.endswith(".tmp") else handle

    monkeypatch.setattr(Path, "open", open_on_full_disk)
    with (
        redirect_stdout(quiet["stdout"]),
        redirect_stderr(quiet["stderr"]),
        pytest.raises(SystemExit, match=f"cannot write {out}: .*No space left on device"),
    ):
        main(["analyze", str(corpus), "--extractors", "weapons", "--out", str(out)])
    monkeypatch.undo()
    assert out.read_bytes() == complete  # the previous export is whole, not half overwritten
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out.jsonl"]


def test_json_file_names_never_collide_or_escape_the_folder(tmp_path: Path) -> None:
    from polemos import Document, loads
    from polemos.builtin import JsonExporter

    ids = ["a/b", "a_b", "../up", "..", "x\x00y", "é" * 300, "ok"]
    documents = [Document(doc_id, f"Texte {n}.") for n, doc_id in enumerate(ids)]
    assert JsonExporter().export(documents, tmp_path / "out") == len(ids)
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == len(ids) and all(p.parent == tmp_path / "out" for p in files)
    assert sorted(loads(p.read_text(encoding="utf-8")).id for p in files) == sorted(ids)

"""Determinism: the same input, plugins and model give byte-identical JSON, whatever the process
(hash seed), the batch size or the engine (local, local with workers, Dask)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from polemos import Document, Pipeline, dumps, example_document

from tests.hardening.hostile_text import ACTORS, CUES, NUMBERS

TEXTS = [
    f"{ACTORS[i]} {CUES[i % len(CUES)]} {ACTORS[-i - 1]} à Gao : {NUMBERS[i]} soldats tués, "
    f"dont {NUMBERS[-i - 1]} civils, selon un bilan provisoire. Un drone a frappé Kidal."
    for i in range(12)
]


def corpus(folder: Path) -> Path:
    folder.mkdir()
    for number, text in enumerate(TEXTS):
        (folder / f"text{number:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def analyse_in_process(batch_size: int) -> list[str]:
    documents = [example_document()] + [Document(f"t{i}", t) for i, t in enumerate(TEXTS)]
    return [dumps(d) for d in Pipeline(batch_size=batch_size).analyze(documents)]


def test_two_pipelines_with_different_batches_give_the_same_bytes() -> None:
    first = analyse_in_process(batch_size=32)
    assert first == analyse_in_process(batch_size=3)
    assert any('"layer": "actors"' in line for line in first)


def cli_run(folder: Path, out: Path, seed: str, *options: str) -> bytes:
    command = [sys.executable, "-m", "polemos.cli", "analyze", "--example", str(folder)]
    done = subprocess.run(
        [*command, "--out", str(out), "--no-progress", *options],
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out.read_bytes()


@pytest.mark.slow
def test_processes_batch_sizes_and_engines_give_byte_identical_json(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus")
    reference = cli_run(folder, tmp_path / "a.jsonl", "1")
    assert reference.count(b"\n") == len(TEXTS) + 1
    assert b'"errors": []' in reference and b'"errors": [{' not in reference
    runs = {
        "another hash seed, batches of 5": cli_run(
            folder, tmp_path / "b.jsonl", "2", "--batch-size", "5"
        ),
        "local engine, 2 workers": cli_run(
            folder, tmp_path / "c.jsonl", "3", "--workers", "2", "--batch-size", "4"
        ),
        "dask engine, 2 workers": cli_run(
            folder, tmp_path / "d.jsonl", "4", "--engine", "dask", "--workers", "2"
        ),
    }
    for name, output in runs.items():
        assert output == reference, name

"""A run killed with SIGKILL and started again loses nothing and redoes nothing stored."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polemos
import pytest

from tests.scale.extractors import Pace, all_extractors

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
import polemos
from tests.scale.extractors import Pace, all_extractors
polemos.analyze(sys.argv[1], extractors=[*all_extractors(), Pace()],
                out=sys.argv[2], batch_size=3, progress=False)
"""


def start(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(corpus), str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_a_run_killed_mid_way_resumes_to_the_uninterrupted_result(
    small_corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "killed"
    process = start(small_corpus, out)
    deadline = time.monotonic() + 120
    while len(list((out / "_manifests").glob("*.json"))) < 2:
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.15)  # inside the next batch: parts may be half-written
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    committed = len(polemos.open(out).manifests)
    assert 2 <= committed < 8, "killed mid-way: some of the 8 batches were not committed"

    resumed = start(small_corpus, out)
    assert resumed.wait(timeout=300) == 0

    reference = polemos.analyze(
        small_corpus,
        extractors=[*all_extractors(), Pace()],
        out=tmp_path / "reference",
        batch_size=3,
        progress=False,
    )
    results = polemos.open(out)
    assert sorted(results.iter_documents(), key=lambda d: d.id) == sorted(
        reference.iter_documents(), key=lambda d: d.id
    )
    per_run = results.sql("SELECT session, count(*) AS n FROM documents GROUP BY session")
    assert sorted(per_run["n"]) == sorted([3 * committed, 24 - 3 * committed])
    assert len(results.runs) == 2
    for extractors in results.runs["extractors"]:
        assert Pace.name in {e["plugin"] for e in json.loads(extractors)}

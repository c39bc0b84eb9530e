"""The per-document time limit on every engine: in worker processes (SIGALRM in their main
thread) and on Dask (worker threads: checked when the extractor returns)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout

import pytest
from polemos import Document
from polemos.cli import main
from polemos.spec import PipelineSpec
from polemos_store import run_corpus

from tests.hardening.interrupted_run import Slow


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_late_extractor_is_failed_on_every_engine(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLOW_DELAY", "1.5")
    spec = PipelineSpec(extractors=("weapons", Slow()), time_limit=0.3)
    documents: list[Document] = []
    texts = [Document(f"d{i}", f"Un drone a frappé Kidal ({i}).") for i in range(4)]
    report = run_corpus(
        texts, spec, engine=engine, workers=2, batch_size=2, progress=False, sink=documents.extend
    )
    assert report.documents == 4
    for document in documents:
        assert [(e.plugin, e.type) for e in document.errors] == [("slow", "TimeLimitExceeded")]
        assert document.layer("first_word") == ()
        assert [a.text for a in document.layer("weapons")] == ["drone"]


def test_the_cli_applies_the_time_limit() -> None:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["analyze", "--example", "--extractors", "weapons", "--time-limit", "0.000001"])
    assert code == 1
    [document] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(e["plugin"], e["type"]) for e in document["errors"]] == [
        ("polemos.parse", "TimeLimitExceeded")  # the limit covers the parse too
    ]
    assert (
        "error in polemos.parse: TimeLimitExceeded: parse of document 'homs-deraa-idleb'"
    ) in err.getvalue()

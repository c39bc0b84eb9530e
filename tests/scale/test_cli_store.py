"""``polemos analyze --out DIR`` writes the results store; JSON/JSONL outputs are unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import polemos
import pytest
from polemos.cli import main


def test_analyze_out_folder_writes_a_store_and_says_what_ran(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (small_corpus / "latin1.txt").write_bytes("Tombés à Gao".encode("latin-1"))
    out = tmp_path / "results"
    args = ["analyze", str(small_corpus), "--out", str(out), "--extractors", "", "--no-progress"]
    code = main([*args, "--batch-size", "10"])
    err = capsys.readouterr().err
    assert code == 1  # the undecodable file is an error; the 24 others are stored
    assert "24 document(s) analysed" in err
    assert "ran the tokenizer only; disabled (not needed) tok2vec" in err
    assert "latin1.txt: load error in polemos.load: not valid UTF-8" in err
    results = polemos.open(out)
    assert len(results.documents) == 24 and len(results.manifests) == 3
    assert json.loads(results.runs["spacy_components"][0]) == []
    assert json.loads(results.runs["sources"][0]) == [str(small_corpus)]

    (small_corpus / "latin1.txt").write_text("Tombés à Gao.", encoding="utf-8")  # fixed
    assert main(args) == 0  # started again: stored documents skipped, the failed one retried
    assert "1 document(s) analysed" in capsys.readouterr().err
    assert len(polemos.open(out).documents) == 25


def test_jsonl_output_is_unchanged(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert main(["analyze", str(small_corpus), "--out", str(out), "--extractors", ""]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 24
    assert json.loads(lines[0])["format"] == "polemos.document/1"

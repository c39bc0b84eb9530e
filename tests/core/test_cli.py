"""The ``polemos`` command line, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from polemos import document_schema, validate_document_dict
from polemos.cli import main

POLEMOS = [sys.executable, "-m", "polemos.cli"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*POLEMOS, *args], input=stdin, capture_output=True, text=True, timeout=300, check=False
    )


def test_analyze_the_bundled_example_writes_valid_json(tmp_path: Path) -> None:
    out = tmp_path / "example.json"
    code = main(["analyze", "--example", "--out", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    validate_document_dict(data)
    assert data["id"] == "homs-deraa-idleb"
    for a in data["annotations"]:
        assert data["text"][a["start"] : a["end"]] == a["text"]
    assert data["errors"] == []
    assert code == 0


def test_analyze_files_folders_and_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Les rebelles ont attaqué Gao.", encoding="utf-8")
    (folder / "b.txt").write_text("Kaboul est calme.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary\x00\xff")
    result = run("analyze", str(folder), "-", "--extractors", "", stdin="Texte lu sur stdin.")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["a", "b", "stdin"]
    assert "bad.txt" in result.stderr
    assert result.returncode == 1


def test_an_unknown_plugin_is_a_clear_error() -> None:
    result = run("analyze", "--example", "--extractors", "nope")
    assert result.returncode != 0
    assert "unknown extractor(s) nope" in result.stderr


def test_plugins_lists_every_plugin_with_hooks_and_layers() -> None:
    result = run("plugins", "--json")
    data = json.loads(result.stdout)
    names = {p["name"] for p in data["plugins"]}
    assert "polemos.builtin" in names
    builtin = next(p for p in data["plugins"] if p["name"] == "polemos.builtin")
    assert builtin["hooks"] == ["polemos_exporters", "polemos_loaders"]


def test_schema_prints_the_published_schema() -> None:
    result = run("schema")
    assert json.loads(result.stdout) == document_schema()


def test_evaluate_prints_every_figure(gold_sample: Path) -> None:
    result = run("evaluate", str(gold_sample), "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)["corpus"]
    for name in (
        "actors.mentions",
        "actors.type",
        "actors.alias_grouping",
        "quantities.spans",
        "quantities.value",
        "quantities.certainty",
        "relations.overall",
        "relations.status",
    ):
        assert name in figures
    table = run("evaluate", str(gold_sample))
    assert "actors.mentions" in table.stdout and "spurious" in table.stdout


def test_main_requires_a_command() -> None:
    with pytest.raises(SystemExit):
        main([])


def test_long_texts_and_texts_with_newlines_are_not_taken_for_paths() -> None:
    from polemos import Document, analyze
    from polemos.corpus import is_existing_path

    long_text = "Les rebelles ont attaqué Gao. " * 20
    assert not is_existing_path(long_text)
    assert not is_existing_path("a\x00b")
    assert not is_existing_path("ligne un\nligne deux")
    (document,) = analyze([long_text], extractors=[])
    assert isinstance(document, Document) and document.text == long_text


def test_a_reader_that_closes_the_pipe_ends_the_command_without_a_traceback() -> None:
    """``polemos schema | head -0``: the reader is gone; the command stops quietly, code 1."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to the pipe now fails with EPIPE, as after head exits
    try:
        result = subprocess.run(
            [*POLEMOS, "schema"], stdout=write_end, stderr=subprocess.PIPE, timeout=120
        )
    finally:
        os.close(write_end)
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr, stderr
    assert result.returncode == 1

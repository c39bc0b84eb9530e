"""The core's one executor: a run in this process needs no engine; anything else names one."""

from __future__ import annotations

from pathlib import Path

import polemos
import pytest
from polemos import Document, PluginManager
from polemos.runs import RunOptions, RunRefused, run
from polemos.spec import PipelineSpec

ARTICLE = "Des combats ont eu lieu entre Gao et Tombouctou, puis à Kidal."


def test_a_run_in_this_process_hands_batches_to_the_sink(tmp_path: Path) -> None:
    (tmp_path / "kidal.txt").write_text(ARTICLE, encoding="utf-8")
    batches: list[list[Document]] = []
    sources = [Document("a", "Bonjour."), tmp_path / "kidal.txt", tmp_path / "missing.txt"]
    sources += [Document("a", "Le même identifiant.")]
    options = RunOptions(batch_size=2, progress=False, sink=batches.append)
    report = run(sources, PipelineSpec(extractors=()), "local", options)
    assert [len(batch) for batch in batches] == [2, 2]
    analysed = [d for batch in batches for d in batch]
    assert [d.id for d in analysed[:2]] == ["a", "kidal"]
    assert analysed[1].text == ARTICLE
    missing, duplicate = analysed[2:]
    assert [e.plugin for e in missing.errors] == ["polemos.load"]
    assert "no such file" in missing.errors[0].message.lower()
    assert "a" in duplicate.errors[0].message  # the second "a" is refused, naming the id
    assert (report.engine, report.documents, report.errors) == ("local", 4, 2)


def test_a_store_or_workers_without_an_engine_plugin_is_refused_by_name(tmp_path: Path) -> None:
    bare = PluginManager(entry_points=False)  # the core's built-in plugin only
    for options in (
        RunOptions(out=tmp_path / "store", manager=bare),
        RunOptions(workers=2, manager=bare),
    ):
        with pytest.raises(
            RunRefused, match=r"polemos-store provides 'local'.*installed engines: none"
        ):
            run(["Bonjour."], PipelineSpec(extractors=()), "local", options)
    assert not (tmp_path / "store").exists()


def test_open_without_a_results_plugin_says_what_the_path_is(tmp_path: Path) -> None:
    bare = PluginManager(entry_points=False)
    with pytest.raises(FileNotFoundError, match="no results store at"):
        polemos.open(tmp_path / "missing", bare)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match="is a file"):
        polemos.open(tmp_path / "a.txt", bare)
    with pytest.raises(ValueError, match="not a polemos results store any installed plugin reads"):
        polemos.open(tmp_path, bare)

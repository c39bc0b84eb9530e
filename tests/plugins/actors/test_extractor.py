"""The extractor in the polemos pipeline: hook, configuration, resources, gold score."""

from __future__ import annotations

import pickle
import subprocess
import sys
import types
from pathlib import Path

import pytest
from polemos import PluginManager, hookimpl
from polemos.testing import (
    assert_deterministic,
    assert_valid_output,
    registered_plugin,
    run_extractor,
)
from polemos_actors import ActorsExtractor, polemos_extractors
from polemos_evaluation import Accuracy, Detection
from polemos_evaluation.testing import score_gold

from .conftest import Analyze

USER_LEXICON = """
actors:
  - {id: katiba_test, name: Katiba Test, type: armed_group, acled: 2, source: tests,
     names: [Katiba Ansar al-Tadrib], acronyms: [KAT], parent: jnim, country: ML}
  - {id: afp, name: AFP (user override), type: media, acled: 8, source: tests, acronyms: [AFP]}
"""
TEXT = "La Katiba Ansar al-Tadrib a attaqué Ménaka, selon l'AFP. La KAT a perdu trois hommes."


def test_hook_contributes_the_extractor() -> None:
    (extractor,) = polemos_extractors()
    assert isinstance(extractor, ActorsExtractor)
    assert extractor.name == "actors"
    assert extractor.writes == ("actors", "locations")
    assert set(extractor.spacy_components) >= {"ner", "parser"}


def test_output_is_valid_and_deterministic(extractor: ActorsExtractor) -> None:
    text = "L'armée malienne et les FAMa ont repris Kidal au GSIM, selon l'AFP."
    document = assert_deterministic(extractor, text)
    assert_valid_output(document, extractor)
    for annotation in document.layer("actors"):
        assert text[annotation.start : annotation.end] == annotation.text
        assert {"actor_id", "name", "country", "acled", "source"} <= set(annotation.attributes)
        assert annotation.attributes["source"] in {"lexicon", "pattern", "ner"}


def test_user_lexicon_paths_extend_and_override(tmp_path: Path, actors: Analyze) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(USER_LEXICON, encoding="utf-8")
    without = {a.text: a for a in actors(TEXT)}  # the "katiba X" rule finds it, unnamed
    assert without["Katiba Ansar al-Tadrib"].attributes["actor_id"] != "katiba_test"
    assert "KAT" not in without
    found = {a.text: a for a in actors(TEXT, data_paths=[str(path)])}
    assert found["Katiba Ansar al-Tadrib"].attributes["actor_id"] == "katiba_test"
    assert found["Katiba Ansar al-Tadrib"].attributes["parent"] == "jnim"
    assert found["KAT"].attributes["actor_id"] == "katiba_test"
    assert found["AFP"].attributes["name"] == "AFP (user override)"
    one = {a.text: a for a in actors(TEXT, data_paths=str(path))}  # a single path
    assert one["KAT"].attributes["actor_id"] == "katiba_test"


def test_plugins_contribute_lexicon_files_through_the_resources_hook(tmp_path: Path) -> None:
    path = tmp_path / "plugin.yaml"
    path.write_text(USER_LEXICON, encoding="utf-8")

    @hookimpl
    def polemos_resources(kind: str) -> list[Path]:
        return [path] if kind == "actors.lexicon" else []

    plugin = types.SimpleNamespace(polemos_resources=polemos_resources)
    with registered_plugin(plugin, PluginManager(entry_points=False)) as manager:
        document = run_extractor(ActorsExtractor(), TEXT, manager=manager)
    ids = {a.attributes["actor_id"] for a in document.layer("actors")}
    assert "katiba_test" in ids


def test_a_broken_user_lexicon_is_reported(tmp_path: Path, extractor: ActorsExtractor) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("actors:\n  - {id: x, name: X, type: army, acled: 1, source: me}\n")
    with pytest.raises(AssertionError, match=r"broken.yaml:2: entry 'x', field 'type'"):
        run_extractor(extractor, TEXT, config={"data_paths": [str(path)]})


def test_gold_article_scores(gold_sample: Path, extractor: ActorsExtractor) -> None:
    report = score_gold(gold_sample / "homs-deraa-idleb.gold.json", [extractor])
    mentions, locations = report.corpus["actors.mentions"], report.corpus["locations.mentions"]
    assert isinstance(mentions, Detection) and isinstance(locations, Detection)
    assert mentions.recall >= 0.95 and mentions.precision >= 0.9
    assert locations.f1 >= 0.9
    for figure in ("actors.type", "actors.alias_grouping"):
        accuracy = report.corpus[figure]
        assert isinstance(accuracy, Accuracy) and accuracy.value >= 0.9


def test_extractor_pickles_without_its_compiled_matchers(extractor: ActorsExtractor) -> None:
    text = "L'armée malienne a repoussé le GSIM."
    before = run_extractor(extractor, text)  # compiles and caches the matchers
    clone = pickle.loads(pickle.dumps(extractor))
    after = run_extractor(clone, text)
    assert [a.text for a in after.layer("actors")] == [a.text for a in before.layer("actors")]


def test_importing_the_plugin_does_not_import_spacy() -> None:
    code = "import sys, polemos_actors; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr

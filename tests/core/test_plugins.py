"""The plugin manager: discovery, isolation of broken plugins, selection, typed hooks."""

from __future__ import annotations

import types
from pathlib import Path

import pluggy
import pytest
from polemos import Extractor, PluginLoadWarning, PluginManager, hookimpl

from tests.core.plugin_fixtures import BROKEN_ON_IMPORT, GOOD_PLUGIN, TYPO_HOOK, make_distribution


@pytest.fixture
def third_party(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_distribution(
        tmp_path / "site",
        "polemos_testplugins",
        {"good_shouts": GOOD_PLUGIN, "broken_plugin": BROKEN_ON_IMPORT},
        {"shouts": "good_shouts", "broken": "broken_plugin"},
    )
    monkeypatch.syspath_prepend(str(root))
    return root


def test_builtin_plugin_registers_through_the_same_hooks() -> None:
    manager = PluginManager(entry_points=False)
    assert manager.plugin_names() == ["polemos.builtin"]
    assert [loader.name for loader in manager.loaders()][:2] == ["text", "jsonl"]
    assert {"json", "jsonl"} <= {e.name for e in manager.exporters()}


def test_a_broken_plugin_is_reported_and_the_others_load(third_party: Path) -> None:
    with pytest.warns(PluginLoadWarning, match="broken"):
        manager = PluginManager()
    failed = {f.name: f for f in manager.failures}
    assert "broken" in failed
    assert "RuntimeError: this plugin is broken on purpose" in failed["broken"].error
    assert "shouts" in manager.plugin_names()
    assert "shouts" in {e.name for e in manager.extractors()}
    info = {i.name: i for i in manager.info()}
    assert info["shouts"].version == "0.3.0"
    assert info["shouts"].writes == ("shouts",)


def test_selection_loads_only_named_plugins(
    third_party: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = PluginManager(only=["shouts"])
    assert manager.plugin_names() == ["polemos.builtin", "shouts"]
    assert manager.failures == []
    monkeypatch.setenv("POLEMOS_DISABLE_PLUGINS", "broken,shouts")
    manager = PluginManager()
    assert "shouts" not in manager.plugin_names()
    assert all(f.name != "broken" for f in manager.failures)


def test_a_hookimpl_without_spec_is_an_error() -> None:
    manager = PluginManager(entry_points=False)
    plugin = types.SimpleNamespace()

    @hookimpl
    def polemos_unknown_hook() -> list[str]:
        return []

    plugin.polemos_unknown_hook = polemos_unknown_hook
    with pytest.raises(pluggy.PluginValidationError, match="unknown hook"):
        manager.register(plugin, name="typo")
    assert "typo" not in manager.plugin_names()


def test_a_plugin_whose_hook_raises_is_isolated() -> None:
    manager = PluginManager(entry_points=False)

    class Raising:
        @hookimpl
        def polemos_extractors(self) -> list[Extractor]:
            raise ValueError("cannot build my extractors")

    manager.register(Raising(), name="raising")
    with pytest.warns(PluginLoadWarning, match="cannot build"):
        assert manager.extractors() == []
    assert manager.failures[0].name == "raising"


def test_hooks_may_take_fewer_arguments_than_the_spec(tmp_path: Path) -> None:
    manager = PluginManager(entry_points=False)
    lexicon = tmp_path / "extra.yaml"

    class Resources:
        @hookimpl
        def polemos_resources(self, kind: str) -> list[Path]:
            return [lexicon] if kind == "actors.lexicon" else []

    class NoArgs:
        @hookimpl
        def polemos_resources(self) -> list[Path]:
            return [tmp_path / "always.yaml"]

    manager.register(Resources(), name="res")
    manager.register(NoArgs(), name="noargs")
    assert manager.resources("actors.lexicon") == [lexicon, tmp_path / "always.yaml"]
    assert manager.resources("other") == [tmp_path / "always.yaml"]


def test_unknown_extractor_names_are_reported_with_the_available_ones() -> None:
    manager = PluginManager(entry_points=False)
    with pytest.raises(KeyError, match=r"unknown extractor.*nope"):
        manager.select_extractors(["nope"])


def test_loader_for_picks_by_source(tmp_path: Path) -> None:
    manager = PluginManager(entry_points=False)
    assert manager.loader_for(str(tmp_path)).name == "text"
    assert manager.loader_for("corpus.jsonl").name == "jsonl"
    with pytest.raises(KeyError):
        manager.loader_for("archive.zip")


def test_an_installed_plugin_with_an_unknown_hook_is_reported_and_the_others_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_distribution(
        tmp_path / "site2",
        "polemos_typo",
        {"typo_plugin": TYPO_HOOK, "good_shouts2": GOOD_PLUGIN},
        {"typo": "typo_plugin", "shouts2": "good_shouts2"},
    )
    monkeypatch.syspath_prepend(str(root))
    with pytest.warns(PluginLoadWarning, match="typo"):
        manager = PluginManager()
    failed = {f.name: f.error for f in manager.failures}
    assert "PluginValidationError" in failed["typo"]
    assert "typo" not in manager.plugin_names()
    assert "shouts2" in manager.plugin_names()
    assert "shouts" in {e.name for e in manager.extractors()}

"""Each first-party plugin is a distribution of its own: its pyproject, version and entry point.

``Run.version`` is the version of the distribution the extractor comes from, read from the
installed metadata of the plugin's own pyproject (not polemos's version).
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from polemos import PluginManager

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = sorted(p.parent for p in (ROOT / "plugins").glob("*/pyproject.toml"))


def _project(folder: Path) -> dict[str, object]:
    with (folder / "pyproject.toml").open("rb") as handle:
        project: dict[str, object] = tomllib.load(handle)["project"]
    return project


def test_every_plugin_folder_has_its_pyproject() -> None:
    folders = sorted(p for p in (ROOT / "plugins").iterdir() if p.is_dir() and p.name[0] != ".")
    folders = [f for f in folders if f.name != "__pycache__"]
    assert folders == PLUGINS
    assert {"polemos_actors", "polemos_quantities", "polemos_alliances"} <= {
        p.name for p in PLUGINS
    }


def test_the_core_distribution_registers_no_plugin() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        root = tomllib.load(handle)
    assert "polemos" not in root["project"].get("entry-points", {})
    assert root["tool"]["setuptools"]["packages"]["find"]["where"] == ["core"]


@pytest.mark.parametrize("folder", PLUGINS, ids=lambda p: p.name)
def test_the_installed_plugin_is_its_own_distribution(folder: Path) -> None:
    project = _project(folder)
    name, version = str(project["name"]), str(project["version"])
    assert metadata.version(name) == version
    entry_points = project.get("entry-points", {})
    if not entry_points:  # a library of the others (polemos-places geocodes for actors)
        return
    [(plugin, module)] = entry_points["polemos"].items()  # type: ignore[attr-defined,index]
    manager = PluginManager(only=[plugin])
    assert manager.failures == []
    extractors = manager.extractors()
    if not extractors:  # a package on top of the core: commands, loaders, exporters
        [info] = [i for i in manager.info() if i.name == plugin]
        assert info.hooks, f"{name} implements no hook"
        assert info.distribution == name
        return
    for extractor in extractors:
        assert type(extractor).__module__.split(".")[0] == module
        assert manager.provenance(extractor) == (name, version)  # stamped on Run


def test_a_run_carries_the_plugin_distribution_and_version() -> None:
    from polemos import Pipeline

    pipeline = Pipeline(["quantities"], manager=PluginManager(only=["quantities"]))
    pipeline._nlp = __import__("spacy").blank("fr")  # no model needed to stamp the runs
    run = pipeline.runs["quantities"]
    assert (run.distribution, run.version) == (
        "polemos-quantities",
        metadata.version("polemos-quantities"),
    )

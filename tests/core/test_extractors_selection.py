"""``extractors=`` selects the extractors everywhere; ``plugins=`` is its deprecated alias."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polemos
import pytest
from polemos import Document, ExtractContext, Extractor, Pipeline, PluginManager
from polemos.spec import PipelineSpec
from polemos.testing import run_extractor
from polemos_evaluation.testing import score_gold
from polemos_weapons import WeaponsExtractor

GOLD = Path(__file__).parents[2] / "examples/polemos-weapons/tests/data/mali-weapons.gold.json"
TEXT = "Un drone a frappé Kidal, puis un drone a frappé Gao."


class Drones(Extractor):
    name = "drones"
    writes = ("weapons",)

    def extract(self, ctx: ExtractContext) -> None:
        for token in ctx.doc:
            if token.lower_ == "drone":
                ctx.annotate("weapons", "drone", token.idx, token.idx + len(token))


class Cities(Extractor):
    name = "cities"
    writes = ("cities",)
    after = ("weapons",)

    def extract(self, ctx: ExtractContext) -> None:
        for token in ctx.doc:
            if token.text in {"Kidal", "Gao"}:
                ctx.annotate("cities", "city", token.idx, token.idx + len(token))


@pytest.fixture(scope="module")
def manager() -> PluginManager:
    manager = PluginManager(entry_points=False)

    class Plugin:
        @polemos.hookimpl
        def polemos_extractors(self) -> list[Extractor]:
            return [Cities()]

    manager.register(Plugin(), name="cities-plugin")
    return manager


def test_names_and_objects_are_one_selection_run_in_dependency_order(
    manager: PluginManager,
) -> None:
    pipeline = Pipeline(["cities", Drones()], manager=manager)
    assert [e.name for e in pipeline.extractors] == ["drones", "cities"]  # cities comes after
    document = pipeline.analyze_one(TEXT)
    assert [a.text for a in document.layer("cities")] == ["Kidal", "Gao"]
    assert [a.text for a in document.layer("weapons")] == ["drone", "drone"]
    assert [e.name for e in Pipeline([Drones()], manager=manager).extractors] == ["drones"]
    assert [e.name for e in Pipeline(manager=manager).extractors] == ["cities"]  # all installed
    assert Pipeline([], manager=manager).extractors == []


def test_something_else_than_a_name_or_an_extractor_is_refused(manager: PluginManager) -> None:
    with pytest.raises(TypeError, match=r"extractors= takes names and Extractor objects, not 3"):
        Pipeline(["cities", 3], manager=manager)  # type: ignore[list-item]
    with pytest.raises(KeyError, match=r"unknown extractor\(s\) citise; available: cities"):
        Pipeline(["citise"], manager=manager)


def test_plugins_still_selects_with_a_warning_naming_extractors(manager: PluginManager) -> None:
    deprecated = r"Pipeline: plugins= is deprecated, use extractors="
    with pytest.warns(DeprecationWarning, match=deprecated):
        old = Pipeline(plugins=["cities"], extractors=[Drones()], manager=manager)
    assert [e.name for e in old.extractors] == ["drones", "cities"]
    beside = r"Pipeline: names given beside extractors= are deprecated, use extractors="
    with pytest.warns(DeprecationWarning, match=beside):
        positional = Pipeline(["cities"], extractors=[Drones()], manager=manager)
    assert [e.name for e in positional.extractors] == ["drones", "cities"]
    with pytest.warns(DeprecationWarning, match=r"polemos.analyze: plugins= is deprecated"):
        [document] = polemos.analyze(Document("d", TEXT), plugins=[], manager=manager)
    assert document.annotations == ()


def test_a_spec_given_plugins_equals_the_spec_given_extractors() -> None:
    drones = Drones()
    with pytest.warns(DeprecationWarning, match=r"PipelineSpec: plugins= is deprecated"):
        old = PipelineSpec(plugins=("cities",), extractors=(drones,))
    new = PipelineSpec(extractors=("cities", drones))
    assert (old, old.key) == (new, new.key)
    assert old.plugins is None and old.extractors == ("cities", drones)
    assert PipelineSpec().key != PipelineSpec(extractors=()).key  # all installed is not none


def test_the_testing_helpers_take_extractors_and_still_plugins() -> None:
    document = run_extractor(Drones(), TEXT)
    assert [a.text for a in document.layer("weapons")] == ["drone", "drone"]
    with pytest.warns(DeprecationWarning, match=r"run_extractor: plugins= is deprecated"):
        again = run_extractor(Drones(), TEXT, plugins=[])
    assert again == document
    new = score_gold(GOLD, [WeaponsExtractor()])
    with pytest.warns(DeprecationWarning, match=r"score_gold: plugins= is deprecated"):
        old = score_gold(GOLD, [WeaponsExtractor()], plugins=[])
    assert old.corpus["weapons.spans"].f1 == new.corpus["weapons.spans"].f1 > 0.5


def test_the_cli_plugins_option_still_works_and_says_to_use_extractors() -> None:
    for option in ("--extractors", "--plugins"):
        done = subprocess.run(
            [sys.executable, "-m", "polemos.cli", "analyze", "-", option, ""],
            input="Un drone a frappé Kidal.",
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "1 document(s) analysed with no extractor" in done.stderr
        deprecated = "polemos: --plugins is deprecated, use --extractors" in done.stderr
        assert deprecated == (option == "--plugins")

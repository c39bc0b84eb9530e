"""Extractors are set up once per pipeline; their typed configuration is checked by the host."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar

import pytest
from polemos import ConfigError, Document, ExtractContext, Extractor, Pipeline, PluginManager

TEXTS = [f"Un drone a frappé Kidal le {day} mars." for day in range(1, 8)]


@dataclass
class DroneConfig:
    words: list[str] = field(default_factory=lambda: ["drone"])
    label: str = "drone"


class Drones(Extractor):
    name = "drones"
    writes = ("weapons",)
    config_type = DroneConfig

    def __init__(self) -> None:
        self.setups: list[tuple[Any, list[Path]]] = []
        self.words: set[str] = set()

    def setup(self, nlp: Any, config: DroneConfig, resources: Callable[[str], list[Path]]) -> None:
        self.setups.append((config, resources("drones.words")))
        self.words = set(config.words)
        self.label = config.label

    def extract(self, ctx: ExtractContext) -> None:
        for token in ctx.doc:
            if token.lower_ in self.words:
                ctx.annotate("weapons", self.label, token.idx, token.idx + len(token))


def pipeline(
    config: Mapping[str, Any] | None = None, extractor: Extractor | None = None
) -> Pipeline:
    chosen = extractor if extractor is not None else Drones()
    return Pipeline(
        extractors=[chosen],
        config={chosen.name: config} if config is not None else None,
        manager=PluginManager(entry_points=False),
        batch_size=2,
    )


def test_setup_runs_once_for_all_batches_with_the_typed_config() -> None:
    drones = Drones()
    analysed = list(pipeline({"words": ["drone", "frappé"]}, drones).analyze(
        Document(f"d{i}", text) for i, text in enumerate(TEXTS)
    ))  # fmt: skip
    assert len(analysed) == 7  # four batches of two
    assert [config for config, _ in drones.setups] == [DroneConfig(words=["drone", "frappé"])]
    assert [a.text for a in analysed[3].layer("weapons")] == ["drone", "frappé"]
    run = next(iter(analysed[0].runs.values()))
    assert run.config == {"words": ["drone", "frappé"], "label": "drone"}  # the JSON form


def test_an_unknown_key_is_an_error_naming_it_and_the_extractor() -> None:
    with pytest.raises(ConfigError, match=r"extractor 'drones': unknown config key 'word' "):
        pipeline({"word": ["drone"]})


def test_a_value_of_the_wrong_type_is_an_error_naming_the_key() -> None:
    with pytest.raises(ConfigError, match=r"extractor 'drones': config key 'words'"):
        pipeline({"words": "drone"})


def test_a_setup_that_raises_is_recorded_on_each_document_and_the_others_run() -> None:
    class Broken(Drones):
        name = "broken"
        writes = ("broken",)

        def setup(self, nlp: Any, config: Any, resources: Any) -> None:
            raise OSError("lexicon file unreadable")

    run = Pipeline(extractors=[Broken(), Drones()], manager=PluginManager(entry_points=False))
    documents = list(run.analyze(Document(f"d{i}", t) for i, t in enumerate(TEXTS[:2])))
    for document in documents:
        [error] = document.errors
        assert error.plugin == "broken" and error.type == "OSError"
        assert f"document {document.id!r}: setup failed" in error.message
        assert [a.text for a in document.layer("weapons")] == ["drone"]


def test_an_extractor_with_a_default_config_mapping_keeps_working() -> None:
    class Legacy(Extractor):
        name = "legacy"
        writes = ("legacy",)
        default_config: ClassVar[Mapping[str, Any]] = {"word": "drone"}

        def extract(self, ctx: ExtractContext) -> None:
            for token in ctx.doc:
                if token.lower_ == ctx.config["word"]:
                    ctx.annotate("legacy", "hit", token.idx, token.idx + len(token))

    with pytest.warns(DeprecationWarning, match=r"extractor 'legacy' declares default_config"):
        run = pipeline({"word": "kidal"}, Legacy())
    document = run.analyze_one("Un drone a frappé Kidal.")
    assert [a.text for a in document.layer("legacy")] == ["Kidal"]
    with (
        pytest.warns(DeprecationWarning),
        pytest.raises(ConfigError, match=r"extractor 'legacy': unknown config key 'words'"),
    ):
        pipeline({"words": "kidal"}, Legacy())


def test_a_key_given_to_an_extractor_declaring_no_config_is_an_error() -> None:
    class Plain(Extractor):
        name = "plain"
        writes = ("plain",)

        def extract(self, ctx: ExtractContext) -> None:
            ctx.annotate("plain", "first", 0, 2)

    message = r"^extractor 'plain': unknown config key 'words' \(known: none\)$"
    with pytest.raises(ConfigError, match=message):
        pipeline({"words": ["drone"]}, Plain())
    assert pipeline({}, Plain()).analyze_one("Un drone.").layer("plain")[0].text == "Un"


def test_the_first_party_extractors_declare_typed_configs() -> None:
    manager = PluginManager(only=["actors", "quantities", "alliances"])
    for extractor in manager.extractors():  # alliances needs actors: both are selected
        assert extractor.config_type is not None, extractor.name
        with pytest.raises(ConfigError, match=rf"extractor {extractor.name!r}: unknown config"):
            Pipeline(
                list(dict.fromkeys(["actors", extractor.name])),
                manager=manager,
                config={extractor.name: {"typo": 1}},
            )


@pytest.mark.parametrize(
    ("name", "old"),
    [
        ("actors", "lexicon_paths"),
        ("alliances", "cue_paths"),
        ("events", "trigger_paths"),
        ("quantities", "lexicon"),
    ],
)
def test_one_name_for_user_data_paths_and_the_old_names_say_so(name: str, old: str) -> None:
    manager = PluginManager()
    [extractor] = [e for e in manager.extractors() if e.name == name]
    assert extractor.config_type is not None
    assert "data_paths" in {f.name for f in fields(extractor.config_type)}
    renamed = rf"extractor {name!r}: config key {old!r} was renamed 'data_paths'"
    with pytest.raises(ConfigError, match=renamed):
        Pipeline(list(dict.fromkeys(["actors", name])), manager=manager, config={name: {old: []}})


def test_every_first_party_extractor_declares_a_typed_config() -> None:
    names = {"actors", "quantities", "alliances", "dates", "events"}
    found = {e.name: e for e in PluginManager().extractors() if e.name in names}
    assert set(found) == names
    for extractor in found.values():
        assert extractor.config_type is not None, extractor.name
        assert not extractor.default_config, extractor.name

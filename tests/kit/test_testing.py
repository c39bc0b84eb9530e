"""polemos.testing: the helpers plugin authors test with must catch real mistakes."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import ClassVar

import pytest
from polemos import Annotation, Document, ExtractContext, Extractor, PluginManager, Run, hookimpl
from polemos.testing import (
    OutputError,
    annotations_of,
    assert_deterministic,
    assert_valid_output,
    layer_texts,
    registered_plugin,
    run_extractor,
)
from polemos_evaluation.testing import score_gold

TEXT = "L'armée malienne et Barkhane ont repoussé le GSIM près de Ménaka."


class Actors(Extractor):
    """A tiny actor lexicon: enough to score against a small gold file."""

    name = "mini-actors"
    writes = ("actors",)
    NAMES: ClassVar[dict[str, tuple[str, str]]] = {
        "armée malienne": ("state_force", "mali_army"),
        "GSIM": ("armed_group", "jnim"),
    }

    def extract(self, ctx: ExtractContext) -> None:
        for surface, (label, actor_id) in self.NAMES.items():
            start = ctx.document.text.find(surface)
            if start >= 0:
                ctx.annotate("actors", label, start, start + len(surface), {"actor_id": actor_id})


class Broken(Extractor):
    name = "broken"
    writes = ("broken",)

    def extract(self, ctx: ExtractContext) -> None:
        raise RuntimeError("lexicon missing")


class Counter(Extractor):
    """Labels the first word with a number that changes at each run: not deterministic."""

    name = "counter"
    writes = ("count",)
    calls = itertools.count()

    def extract(self, ctx: ExtractContext) -> None:
        ctx.annotate("count", f"n{next(self.calls)}", 0, 7)


def test_run_extractor_and_annotations_of() -> None:
    document = run_extractor(Actors(), TEXT)
    assert layer_texts(document, "actors") == [
        ("state_force", "armée malienne"),
        ("armed_group", "GSIM"),
    ]
    found = annotations_of(Actors(), TEXT, "actors")
    assert [(a.start, a.end) for a in found] == [(2, 16), (45, 49)]


def test_a_failing_extractor_fails_the_test_with_its_message() -> None:
    with pytest.raises(OutputError, match=r"broken: RuntimeError: .*lexicon missing"):
        run_extractor(Broken(), TEXT)


def test_valid_output_passes() -> None:
    assert_valid_output(run_extractor(Actors(), TEXT), Actors())


def _forged(annotation_id: str, run: Run, label: str = "state_force") -> Document:
    document = Document("d", TEXT)
    forged = Annotation(annotation_id, "actors", label, 2, 16, "armée malienne", {}, run.id)
    document.add_run_output(run, [forged], [])
    return document


def test_a_forged_id_is_caught() -> None:
    run = Run("mini-actors", "1.0")
    with pytest.raises(OutputError, match="not the host's digest"):
        assert_valid_output(_forged("my-own-id", run), Actors())


def test_a_layer_written_by_another_run_is_caught() -> None:
    run = Run("somebody-else", "1.0")
    document = Document("d", TEXT)
    made = document.make_annotation(
        layer="actors", label="state_force", start=2, end=16, attributes={}, run=run
    )
    document.add_run_output(run, [made], [])
    assert_valid_output(document)  # no extractor named: any declared run is fine
    with pytest.raises(OutputError, match="comes from 'somebody-else', not 'mini-actors'"):
        assert_valid_output(document, Actors())


def test_non_determinism_is_caught() -> None:
    with pytest.raises(OutputError, match="two runs on the same text differ"):
        assert_deterministic(Counter(), TEXT)
    assert_deterministic(Actors(), TEXT)


class DronePlugin:
    class Drones(Extractor):
        name = "drones"
        writes = ("weapons",)

        def extract(self, ctx: ExtractContext) -> None:
            start = ctx.document.text.find("drone")
            if start >= 0:
                ctx.annotate("weapons", "drone", start, start + 5)

    @hookimpl
    def polemos_extractors(self) -> list[Extractor]:
        return [self.Drones()]


def test_registered_plugin_unregisters_even_when_the_block_raises() -> None:
    manager = PluginManager(entry_points=False)
    with pytest.raises(ZeroDivisionError), registered_plugin(DronePlugin(), manager, "drones"):
        assert [e.name for e in manager.extractors()] == ["drones"]
        _ = 1 / 0
    assert "drones" not in manager.plugin_names()
    assert manager.extractors() == []


def test_score_gold_on_a_small_gold_file(tmp_path: Path) -> None:
    gold = {
        "id": "menaka",
        "text": TEXT,
        "entities": [
            {"id": "fama", "type": "state_force", "mentions": [[2, 16]]},
            {"id": "barkhane", "type": "state_force", "mentions": [[20, 28]]},
            {"id": "jnim", "type": "armed_group", "mentions": [[45, 49]]},
        ],
    }
    path = tmp_path / "menaka.gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = score_gold(path, [Actors()])
    mentions = report.corpus["actors.mentions"]
    # found 2 of 3 gold mentions, nothing spurious: P = 1, R = 2/3
    assert (mentions.correct, mentions.missed, mentions.spurious) == (2, 1, 0)
    assert mentions.f1 == pytest.approx(0.8)
    assert report.corpus["actors.type"].value == 1.0

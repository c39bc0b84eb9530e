"""The weapons layer's contract: polemos highlights, tables and scores it like its own layers.

Nothing in polemos knows the weapons layer: the Explorer, the tables and ``polemos evaluate``
read the contract this plugin declares through the ``polemos_layer_contracts`` hook.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from polemos import Document, PluginManager, analyze
from polemos.cli import main
from polemos.contracts import installed_contracts

import polemos_weapons

GOLD = Path(__file__).parent / "data" / "mali-weapons.gold.json"


@pytest.fixture(scope="module")
def manager() -> PluginManager:
    manager = PluginManager(entry_points=False)
    manager.register(polemos_weapons, name="weapons")
    return manager


@pytest.fixture(scope="module")
def analysed(manager: PluginManager) -> Document:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return analyze(Document(gold["id"], gold["text"]), extractors=["weapons"], manager=manager)[0]


def test_the_installed_plugin_declares_its_layer() -> None:
    contract = installed_contracts().get("weapons")
    assert contract is polemos_weapons.CONTRACT
    assert contract.scoring is not None and contract.scoring.gold_key == "weapons"


def test_the_explorer_highlights_the_layer_with_one_colour_per_type(
    manager: PluginManager, analysed: Document
) -> None:
    pytest.importorskip("ipywidgets")
    from polemos_widgets.explorer import Explorer

    explorer = Explorer([analysed], manager=manager)
    html = explorer.text_html
    assert "weapons" in explorer.layers
    segments = re.findall(
        r'style="background:(#[0-9a-f]{6});"[^>]*data-layer="weapons" data-label="(\w+)"', html
    )
    colours = {label: colour for colour, label in segments}
    assert set(colours) == {"small_arm", "artillery", "explosive", "aircraft", "drone"}
    assert len(set(colours.values())) == len(colours)  # one colour per type
    assert colours == {label: explorer.palette.colour("weapons", label) for label in colours}


def test_the_table_shows_the_declared_columns_first(
    manager: PluginManager, analysed: Document
) -> None:
    pytest.importorskip("ipywidgets")
    from polemos_widgets.explorer import Explorer

    explorer = Explorer([analysed], manager=manager)
    frame = explorer.tables["weapons"].frame
    assert list(frame.columns[:4]) == ["document", "label", "text", "name"]
    assert frame.shape[0] == 7
    assert frame.loc[frame["text"] == "obus de mortier", "name"].item() == "artillery shell"


def test_polemos_evaluate_scores_the_layer_from_its_gold(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", str(GOLD), "--extractors", "weapons", "--json", "--errors"]) == 0
    report = json.loads(capsys.readouterr().out)
    corpus = report["corpus"]
    assert list(corpus) == ["weapons.spans", "weapons.type", "weapons.name"]  # nothing else
    spans = corpus["weapons.spans"]
    assert (spans["correct"], spans["missed"], spans["spurious"]) == (
        6,
        0,
        1,
    )  # « guerre des drones »
    assert (corpus["weapons.type"]["correct"], corpus["weapons.type"]["total"]) == (6, 6)
    assert (corpus["weapons.name"]["correct"], corpus["weapons.name"]["total"]) == (5, 6)
    errors = {(e["kind"], e["text"], e["detail"]) for e in report["error_items"]}
    assert errors == {
        ("spurious", "drones", ""),
        ("attribute", "obus de mortier", "gold 'mortar', predicted 'artillery shell'"),
    }

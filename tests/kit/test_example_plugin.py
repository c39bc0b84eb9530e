"""The example third-party plugin (examples/polemos-weapons), installed by the test command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from polemos import Pipeline, PluginManager, example_document, validate_document_dict
from polemos.serialization import document_to_dict


def setup_module() -> None:
    """The test command installs the example plugin; without it these tests must fail."""
    try:
        import polemos_weapons  # noqa: F401
    except ImportError:
        pytest.fail("run `pip install -e examples/polemos-weapons` first", pytrace=False)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "polemos.cli", *args], capture_output=True, text=True, check=False
    )


def test_polemos_plugins_lists_the_third_party_plugin() -> None:
    listed = json.loads(_cli("plugins", "--json").stdout)
    weapons = next(row for row in listed["plugins"] if row["name"] == "weapons")
    assert weapons["distribution"] == "polemos-weapons"
    assert weapons["extractors"] == ["weapons"]
    assert weapons["writes"] == ["weapons"]
    assert weapons["hooks"] == [
        "polemos_extractors",
        "polemos_layer_contracts",
        "polemos_resources",
    ]
    assert weapons["origin"].startswith("entry point polemos_weapons (polemos-weapons ")
    text = _cli("plugins").stdout
    assert "weapons 0.1.0  (entry point polemos_weapons (polemos-weapons 0.1.0))" in text


def test_the_pipeline_runs_it_on_the_bundled_article() -> None:
    pipeline = Pipeline(["weapons"], manager=PluginManager(only=["weapons"]))
    document = pipeline.analyze_one(example_document())
    assert document.errors == ()
    found = {(a.label, a.text) for a in document.layer("weapons")}
    assert found == {
        ("armoured_vehicle", "véhicules blindés"),
        ("weapon", "armes de gros calibre"),
        ("explosive", "véhicules piégés"),
    }
    run = document.runs[document.layer("weapons")[0].run]
    assert (run.plugin, run.distribution, run.version) == ("weapons", "polemos-weapons", "0.1.0")
    validate_document_dict(document_to_dict(document))


def test_polemos_analyze_runs_it_from_the_command_line() -> None:
    result = _cli("analyze", "--example", "--extractors", "weapons")
    assert result.returncode == 0, result.stderr
    assert "(spaCy fr_core_news_sm: tokenizer only)" in result.stderr  # it needs no spaCy pipe
    document = json.loads(result.stdout)
    assert {a["layer"] for a in document["annotations"]} == {"weapons"}
    assert "homs-deraa-idleb: 3 weapons" in result.stderr

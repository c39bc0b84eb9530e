"""Tests of the weapons extractor, written with polemos.testing as any plugin author would."""

from __future__ import annotations

from pathlib import Path

import pytest
from polemos import Document, analyze, hookimpl
from polemos.testing import (
    assert_deterministic,
    assert_valid_output,
    layer_texts,
    registered_plugin,
    run_extractor,
)

import polemos_weapons
from polemos_weapons import LexiconError, WeaponsExtractor, load_lexicon

MALI = (
    "Des jihadistes armés de kalachnikovs et de lance-roquettes ont attaqué le camp. "
    "Un engin explosif improvisé a explosé au passage d'un convoi, puis deux obus de mortier "
    "sont tombés près de Gao."
)
UKRAINE = (
    "L'armée russe a tiré des missiles Kalibr et lancé des drones Shahed sur Kiev ; "
    "les chars T-72 ont reculé. Les Rafale français ne sont pas engagés."
)


def test_finds_weapons_of_each_type_with_their_names() -> None:
    document = run_extractor(WeaponsExtractor(), MALI)
    assert layer_texts(document, "weapons") == [
        ("small_arm", "kalachnikovs"),
        ("artillery", "lance-roquettes"),
        ("explosive", "engin explosif improvisé"),
        ("artillery", "obus de mortier"),
    ]
    names = {a.text: a.attributes["name"] for a in document.layer("weapons")}
    assert names["kalachnikovs"] == "Kalashnikov"
    assert names["engin explosif improvisé"] == "improvised explosive device"


def test_named_systems_and_case_sensitive_entries() -> None:
    document = run_extractor(WeaponsExtractor(), UKRAINE)
    found = layer_texts(document, "weapons")
    assert ("missile", "missiles") in found
    assert ("missile", "Kalibr") in found
    assert ("drone", "drones") in found
    assert ("armoured_vehicle", "T-72") in found
    assert ("aircraft", "Rafale") in found
    # "rafale" (a burst of gunfire) is not the aircraft: its entry is case-sensitive
    quiet = run_extractor(WeaponsExtractor(), "Une rafale de vent a soufflé sur la ville.")
    assert quiet.layer("weapons") == ()


def test_output_keeps_the_promises_of_the_format() -> None:
    document = assert_deterministic(WeaponsExtractor(), MALI + " " + UKRAINE)
    assert_valid_output(document, WeaponsExtractor())
    run = document.runs[document.layer("weapons")[0].run]
    assert run.plugin == "weapons"
    assert run.distribution == "polemos-weapons"


def test_config_keeps_only_some_types() -> None:
    document = run_extractor(WeaponsExtractor(), MALI, config={"types": ["explosive"]})
    assert layer_texts(document, "weapons") == [("explosive", "engin explosif improvisé")]


def test_a_text_without_weapons_gives_nothing() -> None:
    text = "Le conseil municipal a voté le budget de la bibliothèque et du marché couvert."
    assert run_extractor(WeaponsExtractor(), text).layer("weapons") == ()


def test_another_plugin_extends_the_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "more.yaml"
    extra.write_text(
        "- name: Switchblade\n  type: drone\n  forms: [Switchblade, Switchblades]\n",
        encoding="utf-8",
    )

    class MoreWeapons:
        @hookimpl
        def polemos_resources(self, kind: str) -> list[Path]:
            return [extra] if kind == "weapons.lexicon" else []

    with registered_plugin(polemos_weapons, name="weapons") as manager:
        text = "Des Switchblade et des drones ont été livrés."
        before = analyze(Document("d", text), extractors=["weapons"], manager=manager)[0]
        assert layer_texts(before, "weapons") == [("drone", "drones")]
        with registered_plugin(MoreWeapons(), manager, name="more-weapons"):
            after = analyze(Document("d", text), extractors=["weapons"], manager=manager)[0]
        assert layer_texts(after, "weapons") == [("drone", "Switchblade"), ("drone", "drones")]
        assert "more-weapons" not in manager.plugin_names()


def test_a_malformed_lexicon_names_the_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: Sabre\n  type: blade\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.yaml.*Sabre.*forms"):
        load_lexicon([bad])

"""polemos-weapons: an example third-party polemos plugin that finds weapons in French text.

It registers through the ``polemos`` entry-point group and uses only polemos's public API.
"""

from __future__ import annotations

from pathlib import Path

from polemos import Extractor, Label, LayerContract, Scoring, hookimpl

from polemos_weapons.extractor import LAYER, RESOURCE_KIND, WeaponsExtractor
from polemos_weapons.lexicon import DEFAULT_LEXICON, LexiconError, WeaponEntry, load_lexicon

__all__ = [
    "DEFAULT_LEXICON",
    "LAYER",
    "RESOURCE_KIND",
    "LexiconError",
    "WeaponEntry",
    "WeaponsExtractor",
    "load_lexicon",
    "polemos_extractors",
    "polemos_layer_contracts",
    "polemos_resources",
]

TYPES = (
    "small_arm",
    "explosive",
    "artillery",
    "missile",
    "armoured_vehicle",
    "aircraft",
    "drone",
    "chemical",
    "weapon",
)
"""The weapon types of the shipped lexicon: the labels of the ``weapons`` layer."""

CONTRACT = LayerContract(
    layer=LAYER,
    labels=tuple(Label(name) for name in TYPES),  # no colour given: polemos hands out spares
    attributes={"name": {"type": "string"}, "type": {"type": "string"}},
    columns=("name",),
    scoring=Scoring(gold_key=LAYER, form="spans", label_figure="type", compare=("name",)),
)
"""What polemos needs to highlight, table and score the layer (``polemos_layer_contracts``)."""


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute the weapons extractor."""
    return [WeaponsExtractor()]


@hookimpl
def polemos_resources(kind: str) -> list[Path]:
    """Contribute the plugin's own lexicon for the kind ``weapons.lexicon``."""
    return [DEFAULT_LEXICON] if kind == RESOURCE_KIND else []


@hookimpl
def polemos_layer_contracts() -> list[LayerContract]:
    """Declare the ``weapons`` layer: its labels, attributes, table columns and scoring."""
    return [CONTRACT]

"""polemos-quantities: the quantities extractor of polemos (first-party plugin).

Finds every figure of French conflict news: dead, wounded and captured, territory, equipment,
sorties, displaced people, money and durations, with value, bound ("plus de"), unit, counted
item, category, certainty ("auraient été tués") and part-whole links ("dont").
"""

from __future__ import annotations

from pathlib import Path

from polemos import Extractor, LayerContract, hookimpl

from polemos_quantities.contract import QUANTITIES
from polemos_quantities.extractor import LEXICON_RESOURCE, QuantitiesExtractor
from polemos_quantities.finder import QuantityFinder
from polemos_quantities.lexicon import DEFAULT_LEXICON_PATH, Lexicon, load_lexicon
from polemos_quantities.model import ActorSpan, Quantity

__all__ = [
    "LEXICON_RESOURCE",
    "ActorSpan",
    "Lexicon",
    "QuantitiesExtractor",
    "Quantity",
    "QuantityFinder",
    "load_lexicon",
    "polemos_extractors",
    "polemos_layer_contracts",
    "polemos_resources",
]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute the ``quantities`` extractor."""
    return [QuantitiesExtractor()]


@hookimpl
def polemos_resources(kind: str) -> list[Path]:
    """Contribute the shipped lexicon under the ``quantities.lexicon`` resource kind."""
    return [DEFAULT_LEXICON_PATH] if kind == LEXICON_RESOURCE else []


@hookimpl
def polemos_layer_contracts() -> list[LayerContract]:
    """Declare the ``quantities`` layer."""
    return [QUANTITIES]

"""polemos-weapons: an example third-party polemos plugin that finds weapons in French text.

It registers through the ``polemos`` entry-point group and uses only polemos's public API.
"""

from __future__ import annotations

from pathlib import Path

from polemos import Extractor, hookimpl

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
    "polemos_resources",
]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute the weapons extractor."""
    return [WeaponsExtractor()]


@hookimpl
def polemos_resources(kind: str) -> list[Path]:
    """Contribute the plugin's own lexicon for the kind ``weapons.lexicon``."""
    return [DEFAULT_LEXICON] if kind == RESOURCE_KIND else []

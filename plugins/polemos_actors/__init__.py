"""polemos_actors: who is fighting, typed and folded to one canonical actor.

A first-party polemos plugin: the ``actors`` extractor writes the ``actors`` layer (label = actor
type, attributes ``actor_id``, ``name``, ``country``, ``acled``, ``source``) and the ``locations``
layer, from a YAML lexicon (``lexicon/``), rules for actors it does not name, and spaCy's entities.
"""

from __future__ import annotations

from polemos import Extractor, LayerContract, hookimpl

from .contract import contracts
from .extractor import RESOURCE_KIND, ActorsExtractor
from .schema import Actor, Lexicon, LexiconError, load_lexicon

__all__ = [
    "RESOURCE_KIND",
    "Actor",
    "ActorsExtractor",
    "Lexicon",
    "LexiconError",
    "load_lexicon",
    "polemos_extractors",
    "polemos_layer_contracts",
]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute the ``actors`` extractor."""
    return [ActorsExtractor()]


@hookimpl
def polemos_layer_contracts() -> list[LayerContract]:
    """Declare the ``actors`` and ``locations`` layers."""
    return contracts()

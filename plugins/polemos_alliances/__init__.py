"""polemos alliances plugin: who backs, joins, belongs to and fights whom.

Writes the relation layer ``alliances`` between mentions of the ``actors`` layer:
``supports`` (source backs target), ``allied_with`` (symmetric), ``affiliated_with`` (source
is a branch, member or commander of target) and ``hostile_to`` (symmetric), each with a
``status`` (``current`` / ``former``), its ``evidence`` sentence offsets, the ``cue`` that fired
and the ``cue_text`` it matched. Cues are data: ``data/cues.yaml`` (token and dependency
patterns, see :mod:`polemos_alliances.cues` for the schema) and ``data/frames.yaml``
(trigger lexicons with argument roles, :mod:`polemos_alliances.frames`); plugins add cue
files through the
``polemos_resources("alliances.cues")`` hook and users through the ``data_paths`` option.

:mod:`polemos_alliances.network` builds the corpus-level signed, time-aware actor graph.
"""

from __future__ import annotations

from pathlib import Path

from polemos import Extractor, LayerContract, hookimpl

from polemos_alliances.contract import ALLIANCES
from polemos_alliances.cues import (
    DEFAULT_CUES,
    DEFAULT_FRAMES,
    SHIPPED,
    CueError,
    CueSet,
    load_cues,
)
from polemos_alliances.extractor import RESOURCE_KIND, AlliancesExtractor

__all__ = [
    "DEFAULT_CUES",
    "DEFAULT_FRAMES",
    "RESOURCE_KIND",
    "SHIPPED",
    "AlliancesExtractor",
    "CueError",
    "CueSet",
    "load_cues",
    "polemos_extractors",
    "polemos_layer_contracts",
    "polemos_resources",
]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """The alliances extractor."""
    return [AlliancesExtractor()]


@hookimpl
def polemos_resources(kind: str) -> list[Path]:
    """The shipped cue and frame files for kind ``"alliances.cues"``; nothing for other kinds."""
    return list(SHIPPED) if kind == RESOURCE_KIND else []


@hookimpl
def polemos_layer_contracts() -> list[LayerContract]:
    """Declare the ``alliances`` relation layer."""
    return [ALLIANCES]

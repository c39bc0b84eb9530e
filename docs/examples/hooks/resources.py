"""A plugin that adds an actor lexicon file and a weapons lexicon file.

The actors extractor reads every ``actors.lexicon`` file the plugins return; the weapons
example plugin reads the ``weapons.lexicon`` ones.
"""

from __future__ import annotations

from pathlib import Path

from polemos import hookimpl

HERE = Path(__file__).parent
FILES = {
    "actors.lexicon": [HERE / "sahel_militias.yaml"],
    "weapons.lexicon": [HERE / "sahel_weapons.yaml"],
}


@hookimpl
def polemos_resources(kind: str) -> list[Path]:
    """Return this plugin's files of ``kind``."""
    return FILES.get(kind, [])

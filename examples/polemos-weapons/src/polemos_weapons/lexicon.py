"""The weapons lexicon: YAML files of entries (``name``, ``type``, ``forms``, optional ``case``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

__all__ = ["DEFAULT_LEXICON", "LexiconError", "WeaponEntry", "load_lexicon"]

DEFAULT_LEXICON = Path(str(resources.files("polemos_weapons").joinpath("weapons.yaml")))
"""The lexicon shipped with the plugin."""


class LexiconError(ValueError):
    """A lexicon file that is not a list of well-formed entries; names the file and entry."""


@dataclass(frozen=True)
class WeaponEntry:
    """One weapon: canonical name, type (the annotation label), surface forms, case rule."""

    name: str
    type: str
    forms: tuple[str, ...]
    exact_case: bool = False


def _entry(item: object, where: str) -> WeaponEntry:
    if not isinstance(item, dict):
        raise LexiconError(f"{where}: an entry is a mapping, got {item!r}")
    missing = [key for key in ("name", "type", "forms") if key not in item]
    if missing:
        raise LexiconError(f"{where}: entry {item!r} lacks {', '.join(missing)}")
    forms = item["forms"]
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) for f in forms):
        raise LexiconError(f"{where}: entry {item['name']!r}: forms must be a list of strings")
    case = item.get("case", "ignore")
    if case not in ("ignore", "exact"):
        raise LexiconError(f"{where}: entry {item['name']!r}: case is 'ignore' or 'exact'")
    return WeaponEntry(str(item["name"]), str(item["type"]), tuple(forms), case == "exact")


def load_lexicon(paths: Iterable[Path]) -> list[WeaponEntry]:
    """Read the entries of every lexicon file in ``paths``, in order."""
    entries: list[WeaponEntry] = []
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, list):
            raise LexiconError(f"{path}: a weapons lexicon is a YAML list of entries")
        entries.extend(_entry(item, str(path)) for item in data)
    return entries

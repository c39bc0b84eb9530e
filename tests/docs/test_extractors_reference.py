"""docs/reference/extractors.md matches the installed extractors' declarations."""

from __future__ import annotations

import json
import re

import pytest
from polemos import Extractor, PluginManager
from polemos.config import resolve_config

from .markdown import DOCS

PAGE = DOCS / "reference" / "extractors.md"


def _sections() -> dict[str, str]:
    text = PAGE.read_text(encoding="utf-8")
    parts = re.split(r"^## `(\w+)`.*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _names(section: str, label: str) -> tuple[str, ...]:
    match = re.search(rf"{label}: (.*?)\.", section)
    assert match is not None, f"no '{label}:' line"
    return tuple(re.findall(r"`([^`]+)`", match.group(1)))


def _installed() -> dict[str, Extractor]:
    return {e.name: e for e in PluginManager(entry_points=True).extractors()}


@pytest.mark.parametrize("name", sorted(_sections()))
def test_documented_declarations_are_the_real_ones(name: str) -> None:
    extractor = _installed().get(name)
    if extractor is None:
        pytest.fail(f"extractor {name!r} is documented but not installed")
    section = _sections()[name]
    assert _names(section, "Writes") == extractor.writes
    assert _names(section, "Requires") == extractor.requires
    assert _names(section, "After") == extractor.after
    assert _names(section, "spaCy components") == extractor.spacy_components
    rows = re.findall(r"^\| `(\w+)` \| `([^`]*)` \|", section, flags=re.MULTILINE)
    documented = {key: json.loads(default) for key, default in rows}
    assert documented == resolve_config(extractor, {})[1]  # the defaults of its config_type


def test_every_first_party_extractor_is_documented() -> None:
    assert {"actors", "quantities", "alliances", "dates", "events"} <= set(_sections())

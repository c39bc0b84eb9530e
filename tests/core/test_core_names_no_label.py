"""The core names no first-party layer label: it reads the contracts the plugins declare.

The labels are taken from the contracts the first-party plugins declare (so a label added to a
plugin is checked at once), plus the names the architecture issue lists. Every file of
``core/polemos`` (code, templates, data files but the bundled article) is searched: a label
with an underscore (``hostile_to``, ``armed_group``) as a word anywhere, a one-word label
(``casualties``, ``territory``) as a word too, and labels that are also plain English words
(``other``, ``person``, ``media``...) only as quoted strings, where code would name them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from polemos import LayerContract
from polemos_actors.contract import contracts as actor_contracts
from polemos_alliances.contract import ALLIANCES
from polemos_quantities.contract import QUANTITIES

CORE = Path(__file__).resolve().parents[2] / "core" / "polemos"

LISTED = ("hostile_to", "supports", "allied_with", "affiliated_with", "casualties", "territory")
LISTED += ("armed_group", "armed_force", "state_force", "government", "civilians")

PLAIN_WORDS = frozenset(
    {"other", "person", "media", "money", "duration", "location", "international", "supports"}
)
"""Labels that are also ordinary English words: searched only as quoted strings."""


def _first_party() -> list[LayerContract]:
    contracts = [*actor_contracts(), QUANTITIES, ALLIANCES]
    try:  # the events and dates plugins are optional distributions
        from polemos_events.contract import EVENT_HOSTILITIES, EVENTS

        contracts += [EVENTS, EVENT_HOSTILITIES]
    except ImportError:
        pass
    return contracts


def _labels() -> list[str]:
    found = [label for contract in _first_party() for label in contract.label_names]
    return sorted(set(found) | set(LISTED))


def _pattern(label: str) -> re.Pattern[str]:
    if label in PLAIN_WORDS or not label.replace("_", "").isalpha():
        return re.compile(rf"""["']{re.escape(label)}["']""")
    return re.compile(rf"\b{re.escape(label)}\b", re.IGNORECASE)


def _core_files() -> list[Path]:
    files = [p for p in CORE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return [p for p in files if p.suffix in {".py", ".yaml", ".json", ".md", ".txt", ".html"}
            and "data" not in p.relative_to(CORE).parts]  # fmt: skip


def test_the_label_list_is_the_plugins_own() -> None:
    labels = _labels()
    assert {"hostile_to", "armed_group", "casualties", "location"} <= set(labels)
    assert len(labels) >= 25
    assert len(_core_files()) >= 25  # the small core: model, format, hooks, pipeline, CLI frame


@pytest.mark.parametrize("label", _labels())
def test_no_core_file_names_the_label(label: str) -> None:
    pattern = _pattern(label)
    hits = [
        f"{path.relative_to(CORE)}:{number}: {line.strip()}"
        for path in _core_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not hits, f"core/polemos names the first-party label {label!r}:\n" + "\n".join(hits)


def test_the_search_finds_a_label_where_there_is_one(tmp_path: Path) -> None:
    assert _pattern("hostile_to").search("SYMMETRIC = {'hostile_to'}")
    assert _pattern("casualties").search("WHERE q.category = 'casualties'")
    assert _pattern("other").search('("quantities", "other"): "#c7c7c7"')
    assert not _pattern("other").search("the other layers")

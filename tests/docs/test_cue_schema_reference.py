"""docs/reference/cue-schema.md lists exactly the keys, fields and roles cue files accept."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from .markdown import DOCS, code_blocks

PAGE = DOCS / "reference" / "cue-schema.md"
frames = pytest.importorskip("polemos_alliances.frames")
cues = pytest.importorskip("polemos_alliances.cues")
SCHEMA: dict[str, Any] = json.loads(
    (Path(cues.__file__).parent / "data" / "cues.schema.json").read_text(encoding="utf-8")
)


def _rows(heading: str) -> set[str]:
    """The names in the first column of the table under ``heading`` (`a`, `b` rows split)."""
    text = PAGE.read_text(encoding="utf-8")
    section = re.split(rf"^#+ {re.escape(heading)}$", text, flags=re.MULTILINE)[1]
    section = re.split(r"^#+ ", section, maxsplit=1, flags=re.MULTILINE)[0]
    cells = re.findall(r"^\| `([^|]+)` \|", section, flags=re.MULTILINE)
    return {name.strip() for cell in cells for name in cell.split("`, `")}


def _properties(definition: dict[str, Any]) -> set[str]:
    return set(definition["properties"])


def test_top_level_keys_are_the_schema_ones() -> None:
    assert _rows("Top-level keys") == _properties(SCHEMA)


def test_cue_fields_are_the_schema_ones() -> None:
    assert _rows("Cue fields") == _properties(SCHEMA["$defs"]["cue"])


def test_frame_fields_and_trigger_keys_are_the_schema_ones() -> None:
    frame = SCHEMA["$defs"]["frame"]
    assert _rows("Frame fields") == _properties(frame)
    assert _rows("Trigger keys") == _properties(frame["properties"]["trigger"])


def test_roles_are_those_the_schema_and_the_frames_accept() -> None:
    named, with_words = SCHEMA["$defs"]["role"]["oneOf"]
    accepted = set(named["enum"]) | _properties(with_words)
    assert _rows("Roles") == accepted
    assert accepted == set(frames.ROLE_KINDS)


def test_the_example_frame_is_the_shipped_one() -> None:
    [example] = code_blocks(PAGE.read_text(encoding="utf-8"), "yaml")
    [documented] = yaml.safe_load(example)["frames"]
    shipped = yaml.safe_load(cues.DEFAULT_FRAMES.read_text(encoding="utf-8"))["frames"]
    assert documented in shipped

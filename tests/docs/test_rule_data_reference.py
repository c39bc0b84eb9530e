"""docs/lexicon-schema.md lists every rule data file of the actors plugin with exactly its keys."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from .markdown import DOCS

PAGE = DOCS / "lexicon-schema.md"
actors = pytest.importorskip("polemos_actors")
DATA = Path(actors.__file__).parent / "data"
FILES = sorted(DATA.glob("*.yaml"))


def _documented() -> dict[str, set[str]]:
    """File name -> the key rows of its table under ``### `data/NAME.yaml` ``."""
    section = PAGE.read_text(encoding="utf-8").split("## Rule data files", 1)[1]
    parts = re.split(r"^### `data/([\w.]+)`$", section, flags=re.MULTILINE)
    return {
        name: set(re.findall(r"^\| `([^`]+)` \|", body, flags=re.MULTILINE))
        for name, body in zip(parts[1::2], parts[2::2], strict=True)
    }


def test_every_data_file_is_documented_and_no_other() -> None:
    assert FILES, "no data files found"
    assert set(_documented()) == {path.name for path in FILES}


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_documented_keys_are_the_file_keys(path: Path) -> None:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = _documented()[path.name]
    direct = {row for row in rows if "." not in row}
    placeholder_fields = {row.split(".", 1)[1] for row in rows if "." in row}
    assert direct <= set(data), f"documented but not in {path.name}: {direct - set(data)}"
    entries = [value for key, value in data.items() if key not in direct]
    if not placeholder_fields:
        assert entries == [], f"undocumented keys of {path.name}: {set(data) - direct}"
        return
    used: set[str] = set()
    for entry in entries:
        assert isinstance(entry, dict), entry
        assert set(entry) <= placeholder_fields, set(entry) - placeholder_fields
        used |= set(entry)
    assert used == placeholder_fields, f"documented but never used: {placeholder_fields - used}"

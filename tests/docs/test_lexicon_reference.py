"""docs/lexicon-schema.md lists exactly the fields and actor types the actors loader accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .markdown import DOCS

PAGE = DOCS / "lexicon-schema.md"
schema = pytest.importorskip("polemos_actors.schema")


def _table_rows(section: str) -> list[str]:
    text = PAGE.read_text(encoding="utf-8").split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([^|]+)` \|", text, flags=re.MULTILINE)


def test_documented_fields_are_the_accepted_ones() -> None:
    documented = {name.strip() for row in _table_rows("Entry fields") for name in row.split("`, `")}
    assert documented == set(schema.FIELDS)


def test_documented_types_are_the_accepted_ones() -> None:
    assert set(_table_rows("Actor types")) == set(schema.ACTOR_TYPES)


def test_the_example_file_loads(tmp_path: Path) -> None:
    text = PAGE.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, flags=re.DOTALL)
    assert example is not None
    path = tmp_path / "example.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    actors = {actor.id: actor for actor in schema.read_file(path)}
    assert actors["jnim"].acronyms == ("GSIM", "JNIM")
    assert (actors["ml_army"].type, actors["ml_army"].country) == ("state_force", "ML")


def test_the_documented_error_message_is_the_real_one(tmp_path: Path) -> None:
    path = tmp_path / "militias.yaml"
    path.write_text(
        "defaults: {type: armed_group, country: ML, source: x}\n"
        "actors:\n  - id: fdt\n    name: FDT\n    acled: 9\n",
        encoding="utf-8",
    )
    text = PAGE.read_text(encoding="utf-8")
    [documented] = re.findall(r"```text\n(militias\.yaml:.*)\n```", text)
    with pytest.raises(schema.LexiconError) as caught:
        schema.read_file(path)
    assert str(caught.value) == f"{tmp_path}/{documented}"

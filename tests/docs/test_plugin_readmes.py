"""The events plugin's README: its example prints what the README shows; its trigger fields."""

from __future__ import annotations

import contextlib
import io
import re

import pytest
import yaml

from .markdown import ROOT, code_blocks

README = ROOT / "plugins" / "polemos-events" / "README.md"
triggers = pytest.importorskip("polemos_events.triggers")


def _section(title: str) -> str:
    return README.read_text(encoding="utf-8").split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_example_prints_what_the_readme_shows() -> None:
    section = _section("Example")
    [block] = code_blocks(section)
    [shown] = code_blocks(section, "text")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block, str(README), "exec"), {"__name__": "readme_example"})
    assert printed.getvalue() == shown


def test_documented_trigger_fields_are_those_of_the_shipped_file() -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", _section("Triggers"), flags=re.MULTILINE))
    shipped = yaml.safe_load(triggers.DEFAULT_TRIGGERS.read_text(encoding="utf-8"))
    assert documented == {key for entry in shipped for key in entry}

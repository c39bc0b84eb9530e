"""docs/reference/api.md documents every public name of polemos."""

from __future__ import annotations

import re

import polemos

from .markdown import DOCS


def test_every_public_name_is_in_the_api_page() -> None:
    text = (DOCS / "reference" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: polemos\.(\w+)$", text, flags=re.MULTILINE))
    public = set(polemos.__all__) - {"__version__"}
    assert public - documented == set(), "add them to docs/reference/api.md"

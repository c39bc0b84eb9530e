"""docs/schema/document.schema.json is `polemos schema`; the documented example is valid."""

from __future__ import annotations

import json
import subprocess
import sys

import polemos

from .markdown import DOCS

SCHEMA_FILE = DOCS / "schema" / "document.schema.json"
EXAMPLE = DOCS / "examples" / "document.json"


def test_published_schema_equals_polemos_schema() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "polemos.cli", "schema"], capture_output=True, text=True, check=True
    ).stdout
    assert SCHEMA_FILE.read_text(encoding="utf-8") == printed
    assert json.loads(printed) == polemos.document_schema()


def test_documented_example_is_valid_and_round_trips() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    polemos.validate_document_dict(data)
    document = polemos.document_from_dict(data)
    assert polemos.document_to_dict(document) == data
    layers = {a["layer"] for a in data["annotations"]} | {r["layer"] for r in data["relations"]}
    assert {"actors", "locations", "quantities", "alliances"} <= layers

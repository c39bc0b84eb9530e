"""The JSON Schema of the ``polemos.document/1`` format, and validation against it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def _schema_text() -> str:
    return resources.files("polemos").joinpath("data/document.schema.json").read_text("utf-8")


def document_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of one ``polemos.document/1`` object."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def validate_document_dict(data: Any) -> None:
    """Raise ``jsonschema.ValidationError`` if ``data`` is not a valid polemos document.

    Beyond the schema, checks what JSON Schema cannot say: every annotation's ``text`` equals
    its slice of the document text, every relation end is an annotation, every run is declared.
    """
    import jsonschema

    jsonschema.validate(data, document_schema())
    text = data["text"]
    ids = {a["id"] for a in data["annotations"]}
    runs = set(data["runs"])
    for annotation in data["annotations"]:
        start, end = annotation["start"], annotation["end"]
        if text[start:end] != annotation["text"] or end > len(text) or start > end:
            raise jsonschema.ValidationError(
                f"annotation {annotation['id']}: text does not match [{start}, {end})"
            )
        if annotation["run"] not in runs:
            raise jsonschema.ValidationError(f"annotation {annotation['id']}: undeclared run")
    for relation in data["relations"]:
        if relation["source"] not in ids or relation["target"] not in ids:
            raise jsonschema.ValidationError(f"relation {relation['id']}: dangling end")
        if relation["run"] not in runs:
            raise jsonschema.ValidationError(f"relation {relation['id']}: undeclared run")

"""Read access to a predicted document in its ``polemos.document/1`` JSON form.

The scorer depends on nothing in polemos but this dict shape, so it scores the output of any
pipeline, of any version, read back from a JSON file or produced in memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from polemos_evaluation.matching import Span


class Prediction:
    """The annotations and relations of one predicted document, by layer and by id."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        """Index ``document``, a ``polemos.document/1`` dict."""
        if not isinstance(document, Mapping):
            raise TypeError(f"a predicted document is a polemos.document/1 dict, not {document!r}")
        self.document = document
        self.annotations: list[Mapping[str, Any]] = list(document.get("annotations", []))
        self.relation_list: list[Mapping[str, Any]] = list(document.get("relations", []))
        self.by_id: dict[str, Mapping[str, Any]] = {
            str(annotation["id"]): annotation for annotation in self.annotations
        }

    @property
    def id(self) -> str:
        """The document id (empty when absent)."""
        return str(self.document.get("id", ""))

    @property
    def text(self) -> str | None:
        """The document text, when the dict carries it."""
        text = self.document.get("text")
        return text if isinstance(text, str) else None

    @property
    def errors(self) -> tuple[Mapping[str, Any], ...]:
        """The errors the pipeline recorded on this document."""
        return tuple(self.document.get("errors", []))

    def layer(self, name: str) -> list[Mapping[str, Any]]:
        """Return the annotations of layer ``name``, in their order (empty when none)."""
        return [annotation for annotation in self.annotations if annotation.get("layer") == name]

    def relations(self, name: str) -> list[Mapping[str, Any]]:
        """Return the relations of layer ``name``, in their order (empty when none)."""
        return [relation for relation in self.relation_list if relation.get("layer") == name]

    def annotation(self, annotation_id: object) -> Mapping[str, Any] | None:
        """Return the annotation with this id, or ``None``."""
        return self.by_id.get(str(annotation_id)) if annotation_id is not None else None

    def has_layer(self, name: str) -> bool:
        """Tell whether some annotation or relation belongs to layer ``name``."""
        return any(item.get("layer") == name for item in self.annotations + self.relation_list)


def span_of(annotation: Mapping[str, Any]) -> Span:
    """Return the ``(start, end)`` of an annotation dict."""
    return (int(annotation["start"]), int(annotation["end"]))


def attributes_of(annotation: Mapping[str, Any]) -> Mapping[str, Any]:
    """Return the attributes of an annotation or relation dict (empty when absent)."""
    attributes = annotation.get("attributes")
    return attributes if isinstance(attributes, Mapping) else {}


def entity_key(annotation: Mapping[str, Any], identity: str | None) -> str:
    """Key the predicted entity of an annotation: its ``identity`` attribute, else itself.

    ``identity`` is the attribute its layer's contract names (``None``: every annotation is
    an entity of its own).
    """
    value = attributes_of(annotation).get(identity) if identity else None
    return f"{identity}:{value}" if value is not None else f"annotation:{annotation.get('id')}"

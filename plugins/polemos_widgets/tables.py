"""Tables of annotations and relations as pandas DataFrames, and their filtering and sorting.

One row per annotation (or relation), with the document id, the covered text, the offsets and
every attribute as a column; a layer's contract (:mod:`polemos.contracts`) says which attribute
columns come first. An
attribute holding the id of another annotation (``part_of``, ``source``, ``of_actor``...)
shows that annotation's text (an actor's name), its id kept in a ``<attribute>_ref`` column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
from polemos.contracts import Contracts, installed_contracts
from polemos.model import Annotation, Document

__all__ = [
    "ALL_COLUMNS",
    "REF_SUFFIX",
    "filter_frame",
    "layer_frame",
    "relations_frame",
    "sort_frame",
]

ALL_COLUMNS = "(all columns)"
"""The column choice that makes :func:`filter_frame` search every column."""

REF_SUFFIX = "_ref"
"""The suffix of the columns keeping the ids that other columns show as text."""


def _cell(value: Any) -> Any:
    """Scalars as they are; lists and mappings as their ``repr`` (a table cell is flat)."""
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


def layer_frame(
    documents: Iterable[Document], layer: str, contracts: Contracts | None = None
) -> pd.DataFrame:
    """One row per annotation of ``layer``: document, label, text, attributes, offsets, id, run.

    The columns ``layer``'s contract declares come right after the text (``contracts``: the
    installed plugins' when ``None``).
    """
    rows: list[dict[str, Any]] = []
    for document in documents:
        for annotation in document.layer(layer):
            row: dict[str, Any] = {
                "document": document.id,
                "label": annotation.label,
                "text": annotation.text,
            }
            for key, value in annotation.attributes.items():
                referenced = document.get(value) if isinstance(value, str) and value else None
                if isinstance(referenced, Annotation):
                    row[key] = _name_of(document, value)
                    row[key + REF_SUFFIX] = value
                else:
                    row[key] = _cell(value)
            row.update(start=annotation.start, end=annotation.end, id=annotation.id)
            row["run"] = annotation.run
            rows.append(row)
    declared = (contracts if contracts is not None else installed_contracts()).columns(layer)
    first = ["document", "label", "text", *declared]
    frame = pd.DataFrame(rows, dtype=object)  # object: integers stay integers beside missing
    if frame.empty:
        return pd.DataFrame(columns=[*first, "start", "end", "id", "run"])
    ordered = [c for c in first if c in frame.columns]
    return frame[ordered + [c for c in frame.columns if c not in ordered]]


def _name_of(document: Document, annotation_id: str) -> str:
    found = document.get(annotation_id)
    if isinstance(found, Annotation):
        return str(found.attributes.get("name") or found.text)
    return annotation_id


def relations_frame(documents: Iterable[Document], layer: str | None = None) -> pd.DataFrame:
    """One row per relation (of ``layer``, or of every relation layer), ends named."""
    rows: list[dict[str, Any]] = []
    for document in documents:
        for relation in document.relations:
            if layer is not None and relation.layer != layer:
                continue
            row: dict[str, Any] = {
                "document": document.id,
                "layer": relation.layer,
                "source": _name_of(document, relation.source),
                "label": relation.label,
                "target": _name_of(document, relation.target),
            }
            row.update({key: _cell(value) for key, value in relation.attributes.items()})
            row.update(id=relation.id, source_id=relation.source, target_id=relation.target)
            row["run"] = relation.run
            rows.append(row)
    if not rows:
        return pd.DataFrame(columns=["document", "layer", "source", "label", "target", "id"])
    return pd.DataFrame(rows, dtype=object)


def filter_frame(frame: pd.DataFrame, query: str, column: str = ALL_COLUMNS) -> pd.DataFrame:
    """Rows whose ``column`` (or any column) contains ``query``, case-insensitively.

    An empty query keeps every row.
    """
    needle = query.strip().casefold()
    if not needle or frame.empty:
        return frame
    columns: Sequence[str] = list(frame.columns) if column == ALL_COLUMNS else [column]
    mask = pd.Series(False, index=frame.index)
    for name in columns:
        mask |= frame[name].map(lambda v: needle in str(v).casefold() if v is not None else False)
    return frame[mask]


def sort_frame(frame: pd.DataFrame, column: str | None, ascending: bool = True) -> pd.DataFrame:
    """``frame`` sorted by ``column`` (numbers as numbers, the rest as text); missing last."""
    if column is None or column not in frame.columns or frame.empty:
        return frame
    values = frame[column]
    numeric = pd.to_numeric(values, errors="coerce")
    if numeric.notna().sum() == values.notna().sum():
        key = numeric
    else:
        key = values.map(lambda v: "" if v is None else str(v).casefold())
    order = key.sort_values(ascending=ascending, na_position="last", kind="stable").index
    return frame.loc[order]

"""Arrow tables of a batch of analysed documents, and documents rebuilt from those tables.

Base tables keep every attribute as JSON (exact round trip); one table per layer adds the
attributes as typed columns (booleans, integers, floats, strings; lists and mappings as JSON) so
SQL can filter and aggregate them directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from polemos.contracts import Contracts, LayerContract, installed_contracts
from polemos.model import Annotation, Document, Relation
from polemos.serialization import FORMAT, document_from_dict, document_to_dict
from polemos.surrogates import has_surrogates, parsable_text

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "LoadFailure",
    "base_schemas",
    "batch_tables",
    "documents_from_tables",
    "words",
]

META_COLUMNS = ("date", "source", "title", "url", "lang")
_ANNOTATION_FIXED = ("doc_id", "id", "label", "start", "end", "text", "run")
_RELATION_FIXED = ("doc_id", "id", "label", "source", "target", "run")


@dataclass(frozen=True)
class LoadFailure:
    """A source (or one document of it) that could not be loaded: its id and the reason."""

    source: str
    reason: str


def words(text: str) -> int:
    """The number of whitespace-separated words of ``text`` (for words/s figures)."""
    return len(text.split())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_COLUMNS = {
    "documents": "session doc_id text words:i64 date source title url lang meta runs "
    "n_annotations:i32 n_relations:i32 n_errors:i32",
    "annotations": "session doc_id seq:i32 id layer label start:i64 end:i64 text run attributes",
    "relations": "session doc_id seq:i32 id layer label source target run attributes",
    "errors": "session doc_id seq:i32 stage plugin type message",
}
"""The base tables' columns (``name:type``; strings when no type is given)."""


def base_schemas() -> dict[str, pa.Schema]:
    """The schemas of the base tables (documents, annotations, relations, errors)."""
    import pyarrow as pa

    types = {"i32": pa.int32(), "i64": pa.int64(), "": pa.string()}
    return {
        table: pa.schema(
            [(name, types[kind]) for name, _, kind in (c.partition(":") for c in spec.split())]
        )
        for table, spec in _COLUMNS.items()
    }


def _rows(
    documents: Sequence[Document], failures: Sequence[LoadFailure], session: str
) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in base_schemas()}
    for doc in documents:
        meta = {k: (v if isinstance(v, str) else None) for k, v in doc.meta.items()}
        rows["documents"].append(
            {"session": session, "doc_id": doc.id, "text": doc.text, "words": words(doc.text)}
            | {name: meta.get(name) for name in META_COLUMNS}
            | {
                "meta": _json(doc.meta),
                "runs": _json({rid: run.to_dict() for rid, run in doc.runs.items()}),
                "n_annotations": len(doc.annotations),
                "n_relations": len(doc.relations),
                "n_errors": len(doc.errors),
            }
        )
        head = {"session": session, "doc_id": doc.id}
        for seq, a in enumerate(doc.annotations):
            rows["annotations"].append(
                head | a.to_dict() | {"seq": seq, "attributes": _json(dict(a.attributes))}
            )
        for seq, r in enumerate(doc.relations):
            rows["relations"].append(
                head | r.to_dict() | {"seq": seq, "attributes": _json(dict(r.attributes))}
            )
        for seq, e in enumerate(doc.errors):
            rows["errors"].append(head | {"seq": seq, "stage": "analyze"} | e.to_dict())
    for failure in failures:
        rows["errors"].append(
            {"session": session, "doc_id": failure.source, "seq": 0, "stage": "load"}
            | {"plugin": "polemos.load", "type": "LoadError", "message": failure.reason}
        )
    return rows


def _typed_column(values: list[Any]) -> tuple[pa.DataType, list[Any]] | None:
    """A column type for attribute ``values`` (None when they are all null)."""
    import pyarrow as pa

    present = [v for v in values if v is not None]
    if not present:
        return None
    kinds = {type(v) for v in present}
    if kinds == {bool}:
        return pa.bool_(), values
    if kinds == {int}:
        return pa.int64(), values
    if kinds <= {int, float}:
        return pa.float64(), [None if v is None else float(v) for v in values]
    if kinds == {str}:
        return pa.string(), values
    return pa.string(), [None if v is None else _json(v) for v in values]


_SCHEMA_TYPES = {"boolean": "bool_", "integer": "int64", "number": "float64", "string": "string"}
"""The Arrow type of a declared attribute, by its JSON Schema type."""


def _declared_type(schema: Mapping[str, Any]) -> pa.DataType | None:
    """The Arrow type of an attribute a layer contract declares (None: not a plain scalar)."""
    import pyarrow as pa

    declared = schema.get("type")
    kinds = [declared] if isinstance(declared, str) else list(declared or [])
    kinds = [kind for kind in kinds if kind != "null"]
    if not kinds and all(isinstance(v, str) for v in schema.get("enum") or [None]):
        kinds = ["string"]  # an enum of strings
    if set(kinds) == {"integer", "number"}:
        kinds = ["number"]
    if len(kinds) != 1 or kinds[0] not in _SCHEMA_TYPES:
        return None
    data_type: pa.DataType = getattr(pa, _SCHEMA_TYPES[kinds[0]])()
    return data_type


def _layer_table(
    items: Sequence[tuple[str, Annotation | Relation]], contract: LayerContract | None = None
) -> pa.Table:
    """The typed table of one layer, from its items and its contract.

    An attribute the contract declares is a column even when every value of the batch is
    missing, with its declared type (so that batches stack).
    """
    import pyarrow as pa

    is_relation = isinstance(items[0][1], Relation)
    fixed = _RELATION_FIXED if is_relation else _ANNOTATION_FIXED
    columns: dict[str, pa.Array] = {}
    for name in fixed:
        if name == "doc_id":
            values: list[Any] = [doc_id for doc_id, _ in items]
        else:
            values = [getattr(item, name) for _, item in items]
        kind = pa.int64() if name in ("start", "end") else pa.string()
        columns[name] = pa.array(values, type=kind)
    keys = dict.fromkeys(key for _, item in items for key in item.attributes)
    for key in keys:
        typed = _typed_column([item.attributes.get(key) for _, item in items])
        if typed is not None:
            column = key if key not in columns else f"attr_{key}"
            columns[column] = pa.array(typed[1], type=typed[0])
    for key, schema in (contract.attributes if contract is not None else {}).items():
        column = key if key not in fixed else f"attr_{key}"
        data_type = _declared_type(schema)
        if column not in columns and data_type is not None:
            columns[column] = pa.nulls(len(items), type=data_type)
    return pa.table(columns)


def storable(document: Document) -> Document:
    """``document``, or a copy with each lone surrogate replaced by U+FFFD.

    Arrow strings are UTF-8, which cannot hold lone surrogates: a document carrying one is
    stored with U+FFFD in its place (one code point for one: offsets and ids are unchanged)
    rather than failing the whole batch.
    """
    raw = json.dumps(document_to_dict(document), ensure_ascii=False)
    if not has_surrogates(raw):
        return document
    return document_from_dict(json.loads(parsable_text(raw)), validate=False)


def batch_tables(
    documents: Sequence[Document],
    failures: Sequence[LoadFailure],
    session: str,
    contracts: Contracts | None = None,
) -> dict[str, pa.Table]:
    """The tables of one batch: the base tables, then ``layers/<layer>`` typed tables.

    ``contracts`` (the installed plugins' when ``None``) give each layer table its declared
    attribute columns.
    """
    import pyarrow as pa

    from polemos_store.layout import safe_name

    documents = [storable(document) for document in documents]
    failures = [LoadFailure(parsable_text(f.source), parsable_text(f.reason)) for f in failures]
    schemas = base_schemas()
    rows = _rows(documents, failures, session)
    tables = {name: pa.Table.from_pylist(rows[name], schema=schemas[name]) for name in schemas}
    by_layer: dict[str, list[tuple[str, Annotation | Relation]]] = {}
    for doc in documents:
        spans: list[Annotation | Relation] = [*doc.annotations, *doc.relations]
        for item in spans:
            by_layer.setdefault(item.layer, []).append((doc.id, item))
    contracts = contracts if contracts is not None else installed_contracts()
    for layer, items in by_layer.items():
        tables[f"layers/{safe_name(layer)}"] = _layer_table(items, contracts.get(layer))
    return tables


def _grouped(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["doc_id"], []).append(row)
    for items in grouped.values():
        items.sort(key=lambda row: int(row["seq"]))
    return grouped


def documents_from_tables(tables: Mapping[str, pa.Table]) -> list[Document]:
    """Rebuild the documents of a batch from its base tables (the exact analysed documents)."""
    annotations = _grouped(tables["annotations"].to_pylist())
    relations = _grouped(tables["relations"].to_pylist())
    errors = _grouped(r for r in tables["errors"].to_pylist() if r["stage"] == "analyze")
    documents = []
    for row in tables["documents"].to_pylist():
        doc_id = row["doc_id"]
        data = {
            "format": FORMAT,
            "id": doc_id,
            "text": row["text"],
            "meta": json.loads(row["meta"]),
            "runs": json.loads(row["runs"]),
            "annotations": [
                {k: a[k] for k in ("id", "layer", "label", "start", "end", "text", "run")}
                | {"attributes": json.loads(a["attributes"])}
                for a in annotations.get(doc_id, [])
            ],
            "relations": [
                {k: r[k] for k in ("id", "layer", "label", "source", "target", "run")}
                | {"attributes": json.loads(r["attributes"])}
                for r in relations.get(doc_id, [])
            ],
            "errors": [
                {k: e[k] for k in ("plugin", "type", "message")} for e in errors.get(doc_id, [])
            ],
        }
        documents.append(document_from_dict(data, validate=False))
    return documents

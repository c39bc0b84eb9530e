"""The ``polemos.document/1`` JSON format: one document per JSON object, a corpus as JSONL.

Round-trip is exact: ``from_dict(to_dict(doc)) == doc`` and serializing twice gives the same
bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import IO, Any

from polemos.model import Annotation, Document, DocumentError, Relation, Run
from polemos.surrogates import escape_surrogates

FORMAT = "polemos.document/1"
"""The format tag written in every serialized document."""


class FormatError(ValueError):
    """A JSON document that is not in the ``polemos.document/1`` format."""


def document_to_dict(document: Document) -> dict[str, Any]:
    """Return the ``polemos.document/1`` JSON form of ``document``."""
    return {
        "format": FORMAT,
        "id": document.id,
        "text": document.text,
        "meta": dict(document.meta),
        "runs": {run_id: run.to_dict() for run_id, run in document.runs.items()},
        "annotations": [a.to_dict() for a in document.annotations],
        "relations": [r.to_dict() for r in document.relations],
        "errors": [e.to_dict() for e in document.errors],
    }


_OPTIONAL: dict[str, Any] = {
    "meta": {},
    "runs": {},
    "annotations": [],
    "relations": [],
    "errors": [],
}
"""Members a ``polemos.document/1`` object may leave out, with the value they then take."""


@cache
def _validator() -> Any:
    import jsonschema

    from polemos.schema import document_schema

    schema = document_schema()
    return jsonschema.validators.validator_for(schema)(schema)


def _shape_error(data: Mapping[str, Any]) -> str | None:
    """What is wrong with the structure of ``data`` (by the JSON Schema), or None."""
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    message = error.message if len(error.message) <= 200 else error.message[:200] + "..."
    return f"{where}: {message}" if where else message


def document_from_dict(data: Mapping[str, Any], *, validate: bool = True) -> Document:
    """Build a document from its ``polemos.document/1`` JSON form.

    Raises :class:`FormatError` (naming the document) when the format tag is missing or wrong,
    when the structure does not follow the JSON Schema (a ``runs`` that is a list, a run
    without ``plugin``...; checked unless ``validate`` is False, for data polemos wrote itself),
    or when an annotation's text does not match its offsets.
    """
    if not isinstance(data, Mapping):
        raise FormatError(f"expected a JSON object, got {type(data).__name__}")
    doc_id = data.get("id", "?")
    if data.get("format") != FORMAT:
        raise FormatError(f"document {doc_id!r}: format is {data.get('format')!r}, not {FORMAT!r}")
    if validate:
        data = _OPTIONAL | dict(data)
        problem = _shape_error(data)
        if problem is not None:
            raise FormatError(f"document {doc_id!r}: {problem}")
    try:
        document = Document(data["id"], data["text"], data.get("meta") or {})
        runs = {run_id: Run.from_dict(run) for run_id, run in (data.get("runs") or {}).items()}
        annotations = [Annotation.from_dict(a) for a in data.get("annotations") or []]
        relations = [Relation.from_dict(r) for r in data.get("relations") or []]
        errors = [
            DocumentError(error["plugin"], error["type"], error["message"])
            for error in data.get("errors") or []
        ]
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise FormatError(f"document {doc_id!r}: {type(exc).__name__}: {exc}") from exc
    for run_id, run in runs.items():
        if run_id != run.id:
            raise FormatError(
                f"document {doc_id!r}: run {run_id!r} does not match its content ({run.id!r})"
            )
        mine_a = [a for a in annotations if a.run == run_id]
        mine_r = [r for r in relations if r.run == run_id]
        try:
            document.add_run_output(run, mine_a, mine_r)
        except (KeyError, ValueError) as exc:
            raise FormatError(str(exc)) from exc
    ends = {a.id for a in annotations}
    dangling = next((r for r in relations if not {r.source, r.target} <= ends), None)
    if dangling is not None:
        raise FormatError(
            f"document {doc_id!r}: relation {dangling.id!r} links an id that is no annotation"
        )
    orphans = {a.run for a in annotations} | {r.run for r in relations}
    orphans -= set(runs)
    if orphans:
        raise FormatError(f"document {doc_id!r}: unknown runs {sorted(orphans)}")
    for error in errors:
        document.add_error(error)
    _restore_order(document, annotations, relations)
    return document


def _restore_order(
    document: Document, annotations: list[Annotation], relations: list[Relation]
) -> None:
    """Keep annotations and relations in file order (runs were added one by one)."""
    document._annotations[:] = annotations
    document._relations[:] = relations


def dumps(document: Document, *, indent: int | None = None) -> str:
    r"""Serialize ``document`` to a JSON string (deterministic, UTF-8 characters kept).

    Lone surrogates (which UTF-8 cannot encode) are written as ``\udc80``-style escapes.
    """
    return escape_surrogates(
        json.dumps(document_to_dict(document), ensure_ascii=False, indent=indent)
    )


def loads(text: str) -> Document:
    """Parse a document from a ``polemos.document/1`` JSON string."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # nested too deeply; integers over 4,300 digits
        raise FormatError(f"not JSON: {exc}") from exc
    return document_from_dict(data)


def write_jsonl(documents: Iterable[Document], out: IO[str] | Path | str) -> int:
    """Write documents as JSONL (one document a line); return how many were written."""
    if isinstance(out, str | Path):
        with Path(out).open("w", encoding="utf-8") as handle:
            return write_jsonl(documents, handle)
    count = 0
    for document in documents:
        out.write(dumps(document))
        out.write("\n")
        count += 1
    return count


def read_jsonl(source: IO[str] | Path | str) -> Iterator[Document]:
    """Read documents from polemos JSONL; a bad line raises :class:`FormatError` naming it."""
    if isinstance(source, str | Path):
        with Path(source).open(encoding="utf-8") as handle:
            yield from read_jsonl(handle)
        return
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            yield loads(line)
        except FormatError as exc:
            raise FormatError(f"line {number}: {exc}") from exc

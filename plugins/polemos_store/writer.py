"""Writing to a store: a run's metadata row, then one committed batch at a time."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from polemos.model import Document

from polemos_store.layout import (
    MANIFESTS,
    RUNS,
    Manifest,
    atomic_write,
    part_path,
    read_manifests,
)
from polemos_store.tables import LoadFailure, batch_tables

__all__ = [
    "StoreTarget",
    "completed_ids",
    "new_session_id",
    "prune",
    "start_session",
    "stored_failures",
]


def new_session_id() -> str:
    """A new, sortable, unique session id (``20261125T094128-3fa2c1``)."""
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:6]


@dataclass(frozen=True)
class StoreTarget:
    """Where a run writes: picklable, so worker processes (local or Dask) write their batches."""

    root: str
    session: str
    fingerprint: str

    def write_batch(
        self, batch: str, documents: Sequence[Document], failures: Sequence[LoadFailure] = ()
    ) -> Manifest:
        """Write one batch's part files, then its manifest (the commit); return the manifest."""
        import pyarrow.parquet as pq

        ids = [d.id for d in documents]
        if len(set(ids)) != len(ids):  # rows are keyed by id: a repeat would mix two documents
            repeated = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"batch {batch}: document ids repeated: {repeated}")
        root = Path(self.root)
        files: dict[str, str] = {}
        for table_name, table in batch_tables(documents, failures, self.session).items():
            relative = part_path(table_name, self.session, batch)
            atomic_write(root / relative, lambda tmp, t=table: pq.write_table(t, tmp))
            files[table_name] = relative
        manifest = Manifest(
            batch=batch,
            session=self.session,
            fingerprint=self.fingerprint,
            ids=tuple(d.id for d in documents),
            failed=tuple(f.source for f in failures),
            reasons=tuple(f.reason for f in failures),
            files=files,
            counts={
                "documents": len(documents),
                "load_errors": len(failures),
                "annotations": sum(len(d.annotations) for d in documents),
                "relations": sum(len(d.relations) for d in documents),
                "errors": sum(len(d.errors) for d in documents) + len(failures),
            },
        )
        manifest.write(root)
        return manifest


def completed_ids(root: str | Path, fingerprint: str | None = None) -> set[str]:
    """Ids of the documents in committed batches (of one pipeline if given).

    Sources that failed to load are not among them: a later run tries them again.
    """
    return {
        doc_id
        for manifest in read_manifests(Path(root))
        if fingerprint is None or manifest.fingerprint == fingerprint
        for doc_id in manifest.ids
    }


def stored_failures(root: str | Path, fingerprint: str) -> set[tuple[str, str]]:
    """The (source, reason) of each load failure committed by runs of one pipeline.

    A resumed run does not record again a source that fails for the same reason.
    """
    return {
        pair
        for manifest in read_manifests(Path(root))
        if manifest.fingerprint == fingerprint
        for pair in zip(manifest.failed, manifest.reasons, strict=False)
    }


def prune(root: Path) -> int:
    """Delete part and temporary files no manifest refers to (left by a killed run).

    Only one run may write to a store at a time: this would delete a concurrent run's files.
    Returns the number of files deleted.
    """
    referenced = {
        (root / path).resolve() for m in read_manifests(root) for path in m.files.values()
    }
    deleted = 0
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        top = path.relative_to(root).parts[0]
        stale_tmp = path.name.endswith(".tmp")
        orphan = top not in (MANIFESTS, RUNS) and path.suffix == ".parquet"
        if stale_tmp or (orphan and path.resolve() not in referenced):
            path.unlink()
            deleted += 1
    return deleted


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def start_session(root: str | Path, fingerprint: str, metadata: Mapping[str, Any]) -> StoreTarget:
    """Open (or create) the store at ``root`` for a new run and record the run's metadata.

    ``metadata`` values that are not strings or numbers are stored as JSON. Unreferenced files
    of an interrupted run are deleted first (see :func:`prune`).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(root)
    path.mkdir(parents=True, exist_ok=True)
    prune(path)
    session = new_session_id()
    row: dict[str, Any] = {
        "session": session,
        "fingerprint": fingerprint,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    for key, value in metadata.items():
        row[key] = value if isinstance(value, str | int | float) else _json(value)
    table = pa.Table.from_pylist([row])
    atomic_write(path / RUNS / f"{session}.parquet", lambda tmp: pq.write_table(table, tmp))
    return StoreTarget(str(path), session, fingerprint)

"""Where the files of a store live, atomic writes, and batch manifests (commit markers)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polemos.surrogates import escape_surrogates

__all__ = [
    "BASE_TABLES",
    "LAYERS",
    "MANIFESTS",
    "RUNS",
    "STORE_FORMAT",
    "Manifest",
    "atomic_write",
    "part_path",
    "read_manifests",
    "safe_name",
]

STORE_FORMAT = "polemos.store/1"
BASE_TABLES = ("documents", "annotations", "relations", "errors")
MANIFESTS = "_manifests"
RUNS = "runs"
LAYERS = "layers"
_UNSAFE = re.compile(r"[^A-Za-z0-9_]")


def safe_name(name: str) -> str:
    """``name`` made safe as a folder and an SQL identifier (letters, digits, underscores)."""
    cleaned = _UNSAFE.sub("_", name)
    return cleaned if cleaned and not cleaned[0].isdigit() else f"_{cleaned}"


def part_path(table: str, session: str, batch: str) -> str:
    """The relative path of a batch's part file of ``table`` (``layers/<x>`` for layers)."""
    return f"{table}/session={session}/part-{batch}.parquet"


def atomic_write(target: Path, write: Any) -> None:
    """Call ``write(tmp_path)`` then rename the temporary file onto ``target`` (fsync'ed).

    A reader (or a run killed at any point) sees either no file or the whole file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with tmp.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Manifest:
    """The commit marker of one batch: its document ids, failed sources, files and counts."""

    batch: str
    session: str
    fingerprint: str
    ids: tuple[str, ...]
    files: Mapping[str, str]
    counts: Mapping[str, int] = field(default_factory=dict)
    failed: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    """Why each of ``failed`` did not load (same order; empty in stores of older versions)."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form written to ``_manifests/<batch>.json``."""
        return {
            "format": STORE_FORMAT,
            "batch": self.batch,
            "session": self.session,
            "fingerprint": self.fingerprint,
            "ids": list(self.ids),
            "failed": list(self.failed),
            "reasons": list(self.reasons),
            "files": dict(self.files),
            "counts": dict(self.counts),
        }

    def write(self, root: Path) -> None:
        """Write the manifest atomically: from now on the batch is stored."""
        text = escape_surrogates(json.dumps(self.to_dict(), ensure_ascii=False))
        atomic_write(root / MANIFESTS / f"{self.batch}.json", lambda p: p.write_text(text, "utf-8"))


def read_manifests(root: Path) -> Iterator[Manifest]:
    """The manifests of committed batches, in batch order (temporary files are skipped)."""
    folder = root / MANIFESTS
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        yield Manifest(
            batch=data["batch"],
            session=data["session"],
            fingerprint=data["fingerprint"],
            ids=tuple(data["ids"]),
            files=data["files"],
            counts=data.get("counts", {}),
            failed=tuple(data.get("failed", ())),
            reasons=tuple(data.get("reasons", ())),
        )

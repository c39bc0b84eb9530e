"""Open a folder of JSONL files marked as analysed results, for ``polemos.open`` and export.

A folder holding a ``polemos-results.txt`` marker and ``*.jsonl`` files (what ``polemos analyze
--out FILE.jsonl`` writes, one file per day of an archive, say) opens as one set of results.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from polemos import Document, hookimpl, read_jsonl

MARKER = "polemos-results.txt"


class JsonlFolder:
    """The analysed documents of a marked folder of JSONL files, in file-name order."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def iter_documents(self) -> Iterator[Document]:
        """Every analysed document of the folder."""
        for file in sorted(self.root.glob("*.jsonl")):
            yield from read_jsonl(file)

    def count(self) -> int:
        """How many documents the folder holds."""
        return sum(1 for _ in self.iter_documents())


@hookimpl
def polemos_open_results(path: Path) -> JsonlFolder | None:
    """A marked folder opens as :class:`JsonlFolder`; anything else is left to other plugins."""
    if (path / MARKER).is_file():
        return JsonlFolder(path)
    return None

"""One id, one document, in a run: the first document with an id keeps it, a later one is refused.

Results are keyed by document id (the store's rows, the exported file names, a resumed run's
skip list), so two documents sharing an id would silently get each other's results. Loaders
make ids unique within a source (``a/x`` and ``b/x`` for two ``x.txt``); this catches the
clashes between sources (``a/x.txt`` and ``b/x.txt`` given separately, a JSONL record whose id
is also a file's stem) and names both.
"""

from __future__ import annotations

from polemos.io_interfaces import LoadError
from polemos.model import Document


def _origin(document: Document) -> str | None:
    source = document.meta.get("source")
    return source if isinstance(source, str) else None


class UniqueIds:
    """The ids claimed so far in a run, and where each came from.

    >>> ids = UniqueIds()
    >>> ids.refusal(Document("x", "Gao.", {"source": "a/x.txt"})) is None
    True
    >>> str(ids.refusal(Document("x", "Mopti.", {"source": "b/x.txt"})))
    "b/x.txt: duplicate document id 'x': a/x.txt has it already; ids must be unique in a run"
    """

    def __init__(self) -> None:
        self._origins: dict[str, str | None] = {}

    def refusal(self, document: Document) -> LoadError | None:
        """None if ``document``'s id is free (it is claimed now), else the error refusing it."""
        if document.id not in self._origins:
            self._origins[document.id] = _origin(document)
            return None
        first = self._origins[document.id] or "an earlier document"
        return LoadError(
            _origin(document) or document.id,
            f"duplicate document id {document.id!r}: {first} has it already; "
            "ids must be unique in a run",
        )

"""Where the Explorer's documents come from: the bundled example, text files, or saved results.

Saved results (``polemos.document/1`` JSON or JSONL) come back with their annotations, runs and
errors, so they are shown without re-running anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from polemos.corpus import example_document, iter_sources
from polemos.io_interfaces import LoadError
from polemos.model import Document
from polemos.plugins import PluginManager
from polemos.serialization import FormatError, loads

__all__ = ["fresh_copy", "is_analysed", "load_sources", "split_paths"]


def split_paths(value: str) -> list[str]:
    """The paths of a text box: one per line (or separated by ``;``), blanks dropped."""
    return [part.strip() for line in value.splitlines() for part in line.split(";") if part.strip()]


def _load_json(path: Path) -> Document | LoadError:
    try:
        return loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return LoadError(str(path), f"cannot read: {exc.strerror or exc}")
    except FormatError as exc:
        return LoadError(str(path), str(exc))


def load_sources(
    sources: Iterable[str | Path], manager: PluginManager | None = None
) -> tuple[list[Document], list[LoadError]]:
    """Read documents from paths: ``.txt`` files or folders, ``.jsonl`` corpora, ``.json`` results.

    The name ``example`` stands for the bundled example article. Returns the documents and the
    errors met (an unreadable source never stops the others).
    """
    documents: list[Document] = []
    errors: list[LoadError] = []
    for source in sources:
        name = str(source)
        if name == "example":
            documents.append(example_document())
            continue
        items: Iterable[Document | LoadError]
        if name.endswith(".json") and not Path(name).is_dir():
            items = [_load_json(Path(name))]
        else:
            items = iter_sources([name], manager)
        for item in items:
            if isinstance(item, LoadError):
                errors.append(item)
            else:
                documents.append(item)
    return documents, errors


def is_analysed(document: Document) -> bool:
    """Whether the document already carries the output of at least one run."""
    return bool(document.runs)


def fresh_copy(document: Document) -> Document:
    """The same id, text and metadata, without annotations: what a new run starts from."""
    return Document(document.id, document.text, dict(document.meta))

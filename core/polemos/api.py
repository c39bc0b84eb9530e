"""One call to analyse documents: :func:`analyze`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from polemos.corpus import iter_sources
from polemos.io_interfaces import LoadError
from polemos.model import Document, DocumentError
from polemos.nlp import DEFAULT_MODEL
from polemos.pipeline import Pipeline
from polemos.plugins import PluginManager

__all__ = ["analyze"]


def _as_documents(
    items: Iterable[Document | str | Path], manager: PluginManager
) -> Iterable[Document]:
    for index, item in enumerate(items):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, Path) or (isinstance(item, str) and Path(item).exists()):
            for loaded in iter_sources([item], manager):
                if isinstance(loaded, LoadError):
                    failed = Document(loaded.source, "")
                    failed.add_error(DocumentError("polemos.load", "LoadError", str(loaded)))
                    yield failed
                else:
                    yield loaded
        else:
            yield Document(f"text-{index}", item)


def analyze(
    documents: Document | str | Path | Iterable[Document | str | Path],
    plugins: Sequence[str] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    manager: PluginManager | None = None,
) -> list[Document]:
    """Analyse documents with the selected extractors (all installed ones by default).

    ``documents`` may be a :class:`Document`, a string of text, a path (file, folder, glob,
    JSONL), or an iterable of those. A source that cannot be read comes back as an empty
    document carrying the load error.

    >>> from polemos import Document, analyze
    >>> analyze(Document("d", "Bonjour."), plugins=[])[0].id
    'd'
    """
    manager = manager if manager is not None else PluginManager()
    if isinstance(documents, Document | str | Path):
        documents = [documents]
    pipeline = Pipeline(plugins, model=model, config=config, manager=manager)
    return list(pipeline.analyze(_as_documents(documents, manager)))

"""Corpora: documents read from sources through the loader plugins, and the bundled example."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

from polemos.io_interfaces import LoadError
from polemos.model import Document
from polemos.plugins import PluginManager
from polemos.serialization import read_jsonl, write_jsonl

EXAMPLE_ID = "homs-deraa-idleb"


def example_document() -> Document:
    """The bundled example: a French article on the Syrian war (Homs, Deraa, Idleb, Feb. 2017)."""
    text = resources.files("polemos").joinpath(f"data/{EXAMPLE_ID}.fr.txt").read_text("utf-8")
    return Document(
        EXAMPLE_ID,
        text,
        {
            "lang": "fr",
            "date": "2017-02",
            "source": "bundled example",
            "title": text.split("\n")[0][:80],
        },
    )


def is_existing_path(name: str | Path) -> bool:
    """True when ``name`` names an existing file or folder.

    Texts that merely look like paths (too long, with newlines or NUL characters, on which
    ``Path.exists`` would raise) are not paths.
    """
    if isinstance(name, str) and ("\n" in name or len(name) > 4096):
        return False
    try:
        return Path(name).exists()
    except (OSError, ValueError):
        return False


def iter_sources(
    sources: Iterable[str | Path], manager: PluginManager | None = None
) -> Iterator[Document | LoadError]:
    """Stream the documents of ``sources`` (a :class:`LoadError` for each unreadable one).

    Each source is read by the last-registered loader plugin that accepts it.
    """
    manager = manager if manager is not None else PluginManager()
    for source in sources:
        name = str(source)
        try:
            loader = manager.loader_for(name)
        except KeyError:
            if not is_existing_path(name):
                yield LoadError(name, "no such file or folder")
            else:
                yield LoadError(name, "no loader accepts this source (try .txt or .jsonl)")
            continue
        yield from loader.load(name)


class Corpus(Sequence[Document]):
    """An in-memory sequence of documents, with the load errors met while reading them.

    >>> corpus = Corpus([example_document()])
    >>> corpus[0].id, len(corpus)
    ('homs-deraa-idleb', 1)
    """

    def __init__(
        self, documents: Iterable[Document] = (), errors: Iterable[LoadError] = ()
    ) -> None:
        self._documents = list(documents)
        self.errors: list[LoadError] = list(errors)

    @classmethod
    def from_sources(
        cls, sources: Iterable[str | Path], manager: PluginManager | None = None
    ) -> Corpus:
        """Read every document of ``sources`` (files, folders, globs, JSONL...)."""
        corpus = cls()
        for item in iter_sources(sources, manager):
            if isinstance(item, LoadError):
                corpus.errors.append(item)
            else:
                corpus._documents.append(item)
        return corpus

    @classmethod
    def from_jsonl(cls, path: str | Path) -> Corpus:
        """Read a polemos JSONL file (analysed documents keep their annotations)."""
        return cls(read_jsonl(path))

    def to_jsonl(self, path: str | Path) -> int:
        """Write the corpus as polemos JSONL; return how many documents were written."""
        return write_jsonl(self._documents, path)

    def by_id(self, doc_id: str) -> Document:
        """The document with this id (``KeyError`` if none)."""
        for document in self._documents:
            if document.id == doc_id:
                return document
        raise KeyError(doc_id)

    def __getitem__(self, index: int) -> Document:  # type: ignore[override]
        return self._documents[index]

    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._documents)

    def __repr__(self) -> str:
        return f"Corpus({len(self._documents)} documents, {len(self.errors)} load errors)"

"""Loaders and exporters: how documents come in and results go out (both are plugin hooks)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

from polemos.model import Document


class LoadError(Exception):
    """A source, or one document of it, that could not be read; names the source."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class Loader(ABC):
    """Reads documents from a source (a path, a glob, an URL...): subclass and register it.

    ``load`` yields documents, or :class:`LoadError` objects for the documents it could not
    read, so one bad document never stops the rest.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    @abstractmethod
    def accepts(self, source: str) -> bool:
        """Return True if this loader can read ``source``."""

    @abstractmethod
    def load(self, source: str) -> Iterator[Document | LoadError]:
        """Yield the documents of ``source`` (or a :class:`LoadError` for each unreadable one)."""


class Exporter(ABC):
    """Writes analysed documents somewhere (a file format, a database...).

    ``layer`` names the layer an exporter tables (``"events"`` for ``polemos export events
    --format acled``); empty for an exporter of whole documents (``json``, ``jsonl``).
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    layer: ClassVar[str] = ""

    @abstractmethod
    def export(self, documents: Iterable[Document], out: Path) -> int:
        """Write ``documents`` to ``out``; return how many were written."""

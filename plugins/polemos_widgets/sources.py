"""Where the Explorer's documents come from: the example, files, pasted text, saved results.

Saved results (``polemos.document/1`` JSON or JSONL, or a results store folder written with
``out=``) come back with their annotations, runs and errors, so they are shown without
re-running anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from polemos.corpus import example_document, iter_sources
from polemos.io_interfaces import LoadError
from polemos.model import Document
from polemos.plugins import PluginManager
from polemos.serialization import FormatError, loads
from polemos_store.reader import Results, is_results_store

__all__ = [
    "find_corpus",
    "fresh_copy",
    "is_analysed",
    "load_sources",
    "pasted_document",
    "split_paths",
]


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
    """Read documents from paths: text files or folders, corpora, saved results.

    ``.txt`` files or folders, ``.jsonl`` corpora, ``.json`` results, results store folders.

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
        elif Path(name).is_dir() and is_results_store(name):
            items = Results(name).iter_documents()
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


def pasted_document(text: str, number: int = 1) -> Document:
    r"""A document from text pasted in a box: id ``pasted-<number>``, first line as title.

    >>> pasted_document("  Alep : reprise\nL'armée syrienne avance.  ").meta
    {'title': 'Alep : reprise', 'source': 'pasted'}
    """
    cleaned = text.strip()
    title = cleaned.splitlines()[0][:120] if cleaned else ""
    return Document(f"pasted-{number}", cleaned, {"title": title, "source": "pasted"})


SAMPLE_CORPUS = "wikinews-fr-2012"
"""The sample of the project's ``shared/corpus`` folder the notebooks analyse."""


def find_corpus(
    name: str = SAMPLE_CORPUS, *, variable: str = "POLEMOS_CORPUS", start: str | Path = "."
) -> Path:
    """The folder of the sample corpus the notebooks analyse.

    ``$POLEMOS_CORPUS`` when set, else ``shared/corpus/<name>`` in ``start`` or a parent.

    Raises :class:`FileNotFoundError` saying where it looked and how to point to a corpus, so
    a notebook never runs quietly on less than it says.
    """
    import os

    given = os.environ.get(variable, "")
    if given:
        if Path(given).is_dir():
            return Path(given)
        raise FileNotFoundError(f"${variable} is {given!r}, which is not a folder")
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        found = folder / "shared" / "corpus" / name
        if found.is_dir():
            return found
    raise FileNotFoundError(
        f"no corpus folder shared/corpus/{name} in {str(here)!r} or its parents: set "
        f"${variable} to a folder of French articles (.txt, .jsonl, .csv...), or pass your "
        "own folder to polemos.Corpus.from_sources"
    )

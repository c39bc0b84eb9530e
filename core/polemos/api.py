"""One call to analyse documents, from one article to a corpus: :func:`analyze`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from polemos.corpus import is_existing_path
from polemos.extractor import Extractor
from polemos.model import Document
from polemos.nlp import DEFAULT_MODEL
from polemos.plugins import PluginManager

if TYPE_CHECKING:
    from polemos.store.reader import Results

__all__ = ["analyze", "open"]

Sources = Document | str | Path | Iterable[Document | str | Path]


@overload
def analyze(
    documents: Sources,
    plugins: Sequence[str] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    manager: PluginManager | None = None,
    extractors: Sequence[Extractor] = (),
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    out: None = None,
    batch_size: int = 64,
    resume: bool = True,
    progress: bool = True,
) -> list[Document]: ...


@overload
def analyze(
    documents: Sources,
    plugins: Sequence[str] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    manager: PluginManager | None = None,
    extractors: Sequence[Extractor] = (),
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    out: str | Path,
    batch_size: int = 64,
    resume: bool = True,
    progress: bool = True,
) -> Results: ...


def analyze(
    documents: Sources,
    plugins: Sequence[str] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    manager: PluginManager | None = None,
    extractors: Sequence[Extractor] = (),
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    out: str | Path | None = None,
    batch_size: int = 64,
    resume: bool = True,
    progress: bool = True,
) -> list[Document] | Results:
    """Analyse documents with the selected extractors (all installed ones by default).

    ``documents`` may be a :class:`Document`, a string of text, a path (a ``.txt``, JSONL,
    CSV, Parquet or HTML file, a folder, a glob), or an iterable of those; they are read lazily.

    - ``engine="local"`` runs in this process, or in ``workers`` processes (the model loaded once
      in each); ``engine="dask"`` runs on a ``dask.distributed`` cluster: a ``LocalCluster`` of
      ``workers`` processes, or the scheduler at ``address``.
    - Without ``out`` the analysed documents are returned as a list (a source that cannot be read
      comes back as an empty document carrying the load error). With ``out`` (a folder) they
      are written batch by batch to a Parquet results store and :func:`polemos.open` of it is
      returned; documents already stored there by the same pipeline are skipped (``resume``).
    - ``extractors`` adds extractor objects to the selected plugins' (picklable ones, for
      worker processes); ``progress`` shows a tqdm bar with documents per second.

    >>> from polemos import Document, analyze
    >>> analyze(Document("d", "Bonjour."), plugins=[])[0].id
    'd'
    """
    from polemos.engines import PipelineSpec
    from polemos.runner import run_corpus

    if isinstance(documents, Document | str | Path):
        documents = [documents]
    spec = PipelineSpec(
        plugins=tuple(plugins) if plugins is not None else None,
        model=model,
        config={name: dict(value) for name, value in (config or {}).items()},
        extractors=tuple(extractors),
    )
    collected: list[Document] = []
    run_corpus(
        documents,
        spec,
        engine=engine,
        workers=workers,
        address=address,
        out=out,
        batch_size=batch_size,
        resume=resume,
        progress=progress,
        sink=collected.extend,
        manager=manager,
        describe=_paths(documents),
    )
    if out is not None:
        return open(out)
    return collected


def _paths(documents: Iterable[Document | str | Path]) -> list[str]:
    """The paths among ``documents`` when it is a list (recorded in the run's metadata)."""
    if not isinstance(documents, list | tuple):
        return []
    return [
        str(d)
        for d in documents
        if isinstance(d, Path) or (isinstance(d, str) and is_existing_path(d))
    ]


def open(results: str | Path) -> Results:
    """Open a results store: pandas DataFrames and a DuckDB connection over its Parquet files.

    >>> import tempfile, polemos
    >>> polemos.open(tempfile.mkdtemp()).documents.empty
    True
    """
    from polemos.store.reader import Results

    return Results(results)

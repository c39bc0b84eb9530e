"""One call to analyse documents, from one article to a corpus: :func:`analyze`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, overload

from polemos.corpus import is_existing_path
from polemos.model import Document
from polemos.nlp import DEFAULT_MODEL
from polemos.pipeline import Selection, selection
from polemos.plugins import PluginManager
from polemos.runs import RunOptions, run
from polemos.spec import PipelineSpec

Sources = Document | str | Path | Iterable[Document | str | Path]


@overload
def analyze(
    documents: Sources,
    names: Selection | None = None,
    /,
    *,
    extractors: Selection | None = None,
    model: str = DEFAULT_MODEL,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    manager: PluginManager | None = None,
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    out: None = None,
    batch_size: int = 64,
    resume: bool = True,
    progress: bool = True,
    plugins: Sequence[str] | None = None,
) -> list[Document]: ...


@overload
def analyze(
    documents: Sources,
    names: Selection | None = None,
    /,
    *,
    extractors: Selection | None = None,
    model: str = DEFAULT_MODEL,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    manager: PluginManager | None = None,
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    out: str | Path,
    batch_size: int = 64,
    resume: bool = True,
    progress: bool = True,
    plugins: Sequence[str] | None = None,
) -> Any: ...


def analyze(
    documents: Sources,
    names: Selection | None = None,
    /,
    *,
    extractors: Selection | None = None,
    model: str = DEFAULT_MODEL,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    manager: PluginManager | None = None,
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    out: str | Path | None = None,
    batch_size: int = 64,
    resume: bool = True,
    progress: bool = True,
    plugins: Sequence[str] | None = None,
) -> list[Document] | Any:
    """Analyse documents with ``extractors`` (all the installed ones by default).

    ``documents`` may be a :class:`Document`, a string of text, a path (a ``.txt``, JSONL,
    CSV, Parquet or HTML file, a folder, a glob), or an iterable of those; they are read lazily.

    - ``engine="local"`` runs in this process, or in ``workers`` processes (the model loaded once
      in each); ``engine="dask"`` runs on a ``dask.distributed`` cluster: a ``LocalCluster`` of
      ``workers`` processes, or the scheduler at ``address``.
    - Without ``out`` the analysed documents are returned as a list (a source that cannot be read
      comes back as an empty document carrying the load error). With ``out`` (a folder) they
      are written batch by batch to a Parquet results store and :func:`polemos.open` of it is
      returned; documents already stored there by the same pipeline are skipped (``resume``).
    - ``extractors`` (or the second positional argument) names installed extractors and gives
      extractor objects (picklable ones, for worker processes); ``plugins=`` (names) is its
      deprecated alias. ``progress`` shows
      a tqdm bar with documents per second.

    >>> from polemos import Document, analyze
    >>> analyze(Document("d", "Bonjour."), extractors=[])[0].id
    'd'
    """
    if isinstance(documents, Document | str | Path):
        documents = [documents]
    chosen = selection(extractors, plugins, "polemos.analyze", names)
    spec = PipelineSpec(
        extractors=None if chosen is None else tuple(chosen),
        model=model,
        config={name: dict(value) for name, value in (config or {}).items()},
    )
    collected: list[Document] = []
    options = RunOptions(
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
    run(documents, spec, engine, options)
    if out is not None:
        return open(out, manager)
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


def open(results: str | Path, manager: PluginManager | None = None) -> Any:
    """Open analysed results: a results store gives pandas DataFrames and a DuckDB connection.

    The plugin that stores them opens them (polemos-store, for the Parquet results stores of
    ``polemos analyze --out DIR``; an empty folder is an empty store). A missing path, a file
    or a folder no installed plugin reads raises an error saying so.

    >>> import tempfile, polemos
    >>> polemos.open(tempfile.mkdtemp()).documents.empty
    True
    """
    opened = (manager or PluginManager()).open_results(results)
    if opened is not None:
        return opened
    where = str(results)
    if not Path(results).exists():
        raise FileNotFoundError(f"no results store at {where!r}: it does not exist")
    if not Path(results).is_dir():
        raise NotADirectoryError(
            f"{where!r} is a file, not a results store folder (read polemos JSON or JSONL "
            "with polemos.read_jsonl or polemos.loads)"
        )
    raise ValueError(
        f"{where!r} is not a polemos results store any installed plugin reads (the stores of "
        "`polemos analyze --out DIR` are read by polemos-store: pip install polemos-store)"
    )

"""The hooks of polemos-store: engines, loaders, results stores, the ``polemos export`` command.

Everything heavy (pyarrow, DuckDB, dask) is imported when it is used, not when polemos loads
this plugin.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from polemos import Command, Loader, hookimpl
from polemos.runs import Engine


@hookimpl
def polemos_engines() -> list[Engine]:
    """``local`` (worker processes, results stores) and ``dask`` (a dask.distributed cluster)."""
    from polemos_store.runner import DaskEngine, LocalEngine

    return [LocalEngine(), DaskEngine()]


@hookimpl
def polemos_loaders() -> list[Loader]:
    """CSV and Parquet tables (one document per row) and HTML pages (their article text)."""
    from polemos_store.loaders import CsvLoader, HtmlLoader, ParquetLoader

    return [CsvLoader(), ParquetLoader(), HtmlLoader()]


@hookimpl
def polemos_open_results(path: Path) -> Any | None:
    """A results store (or an empty folder, an empty store) at ``path``; None otherwise."""
    from polemos_store.reader import is_results_store, open_results

    if is_results_store(path) or (path.is_dir() and not any(path.iterdir())):
        return open_results(path)
    return None


@hookimpl
def polemos_register_commands() -> list[Command]:
    """``polemos export LAYER --format NAME RESULTS... --out FILE``."""
    from polemos_store.export import Export

    return [Export()]

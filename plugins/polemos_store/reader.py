"""Reading a store: pandas DataFrames, a DuckDB connection with views, documents rebuilt.

>>> import tempfile, polemos
>>> results = polemos.open(tempfile.mkdtemp())
>>> len(results.documents)
0
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polemos.model import Document
from polemos.serialization import dumps

from polemos_store.layout import (
    BASE_TABLES,
    LAYERS,
    MANIFESTS,
    RUNS,
    Manifest,
    read_manifests,
    safe_name,
)
from polemos_store.tables import base_schemas, documents_from_tables

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

__all__ = ["Results", "is_results_store", "open_results"]


def _sql_list(paths: list[Path]) -> str:
    quoted = ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths)
    return f"[{quoted}]"


def is_results_store(path: str | Path) -> bool:
    """Whether ``path`` is a folder written by a store run (it has runs or batch manifests)."""
    root = Path(path)
    return (root / MANIFESTS).is_dir() or (root / RUNS).is_dir()


def _check_store(root: Path) -> None:
    """Raise a clear error when ``root`` is not a results store (an empty folder is one)."""
    hint = "write one with polemos.analyze(..., out=FOLDER) or `polemos run ... --out FOLDER`"
    if not root.exists():
        raise FileNotFoundError(f"no results store at {str(root)!r}: it does not exist ({hint})")
    if not root.is_dir():
        raise NotADirectoryError(
            f"{str(root)!r} is a file, not a results store folder (read polemos JSON or JSONL "
            "with polemos.read_jsonl or polemos.loads)"
        )
    if not is_results_store(root) and any(root.iterdir()):
        raise ValueError(
            f"{str(root)!r} is not a polemos results store: it has neither {RUNS}/ nor "
            f"{MANIFESTS}/ ({hint})"
        )


class Results:
    """The committed content of a results store.

    Tables come as pandas DataFrames (:attr:`documents`, :attr:`annotations`,
    :attr:`relations`, :attr:`errors`, :attr:`runs`, :meth:`layer`) and as DuckDB views of the
    same names over the Parquet files (:attr:`connection`, :meth:`sql`). Each layer also has a
    view with its attributes as typed columns, named after the layer (``quantities``,
    ``actors``...; ``layer_<name>`` when the name is not a plain identifier or is taken).
    Only batches with a manifest are read: a half-written batch is never seen. A path that
    does not exist, a file, or a folder of something else raises an error saying so (an empty
    folder is an empty store).
    """

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        _check_store(self.root)
        self.manifests: list[Manifest] = list(read_manifests(self.root))

    def files(self, table: str) -> list[Path]:
        """The committed part files of ``table`` (``documents``, ``layers/actors``...)."""
        return [self.root / m.files[table] for m in self.manifests if table in m.files]

    @property
    def layer_names(self) -> list[str]:
        """The (folder-safe) names of the layers stored, sorted."""
        names = {t.split("/", 1)[1] for m in self.manifests for t in m.files if "/" in t}
        return sorted(names)

    def view_name(self, layer: str) -> str:
        """The DuckDB view of ``layer``'s typed table."""
        name = safe_name(layer)
        taken = {*BASE_TABLES, RUNS}
        if name in taken or keyword.iskeyword(name) or name.startswith("_"):
            return f"layer_{name}"
        return name

    @cached_property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """An in-memory DuckDB connection with one view per table and per layer."""
        import duckdb
        import pyarrow as pa

        con = duckdb.connect()
        schemas = base_schemas()
        for table in BASE_TABLES:
            files = self.files(table)
            if files:
                con.execute(
                    f"CREATE VIEW {table} AS SELECT * FROM read_parquet({_sql_list(files)}, "
                    "union_by_name = true)"
                )
            else:
                con.register(table, pa.Table.from_pylist([], schema=schemas[table]))
        runs = sorted((self.root / RUNS).glob("*.parquet"))
        if runs:
            con.execute(
                f"CREATE VIEW runs AS SELECT * FROM read_parquet({_sql_list(runs)}, "
                "union_by_name = true)"
            )
        else:
            con.register("runs", pa.table({"session": pa.array([], pa.string())}))
        for layer in self.layer_names:
            files = self.files(f"{LAYERS}/{layer}")
            con.execute(
                f'CREATE VIEW "{self.view_name(layer)}" AS SELECT * FROM '
                f"read_parquet({_sql_list(files)}, union_by_name = true)"
            )
        return con

    def sql(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run an SQL query over the views; return a DataFrame.

        Example: the figures of each category by actor and month::

            results.sql('''
                SELECT substr(d.date, 1, 7) AS month, a.name AS actor, q.label AS category,
                       sum(q.value) AS total
                FROM quantities q JOIN documents d USING (doc_id)
                JOIN actors a USING (doc_id)
                WHERE q.unit IS NULL
                GROUP BY month, actor, category ORDER BY month, total DESC''')
        """
        result = self.connection.execute(query, params or [])
        frame: pd.DataFrame = result.df()
        return frame

    def _table(self, name: str) -> pd.DataFrame:
        return self.sql(f'SELECT * FROM "{name}"')

    @property
    def documents(self) -> pd.DataFrame:
        """One row per stored document: text, metadata, counts."""
        return self._table("documents")

    @property
    def annotations(self) -> pd.DataFrame:
        """One row per annotation; ``attributes`` as JSON (see :meth:`layer` for typed columns)."""
        return self._table("annotations")

    @property
    def relations(self) -> pd.DataFrame:
        """One row per relation; ``attributes`` as JSON."""
        return self._table("relations")

    @property
    def errors(self) -> pd.DataFrame:
        """Load errors (stage ``load``) and analysis errors (stage ``analyze``), with ids."""
        return self._table("errors")

    @property
    def runs(self) -> pd.DataFrame:
        """One row per run: plugins, versions, config, model, spaCy components, engine."""
        return self._table("runs")

    def layer(self, name: str) -> pd.DataFrame:
        """The annotations (or relations) of layer ``name`` with typed attribute columns."""
        if safe_name(name) not in self.layer_names:
            raise KeyError(f"no layer {name!r} in {self.root}; stored: {self.layer_names}")
        return self._table(self.view_name(name))

    def completed_ids(self) -> set[str]:
        """Ids of the stored documents."""
        return {doc_id for m in self.manifests for doc_id in m.ids}

    def iter_documents(self) -> Iterator[Document]:
        """The stored documents, rebuilt exactly, read batch by batch (bounded memory)."""
        import pyarrow.parquet as pq

        for manifest in self.manifests:
            tables = {t: pq.read_table(self.root / manifest.files[t]) for t in BASE_TABLES}
            yield from documents_from_tables(tables)

    def to_jsonl(self, out: str | Path) -> int:
        """Export the stored documents as polemos JSONL; return how many were written."""
        count = 0
        with Path(out).open("w", encoding="utf-8") as handle:
            for document in self.iter_documents():
                handle.write(dumps(document) + "\n")
                count += 1
        return count

    def __repr__(self) -> str:
        stored = sum(m.counts.get("documents", 0) for m in self.manifests)
        return f"Results({str(self.root)!r}: {stored} documents in {len(self.manifests)} batches)"


def open_results(root: str | Path) -> Results:
    """Open a results store written by ``polemos.analyze(..., out=...)`` or ``--out DIR``."""
    return Results(root)

"""Exporters ``acled`` and ``ucdp``: the events tables as CSV files.

``polemos analyze corpus/ --format acled --out events.csv`` writes them while analysing;
``polemos export events --format acled RESULTS --out events.csv`` from results already made
(a JSON/JSONL file of analysed documents, a folder of them, or a Parquet results store).
Both exporters declare ``layer = "events"``, which is how ``polemos export`` knows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from polemos import Document, Exporter

from polemos_events.tables import acled_table, ucdp_table

__all__ = ["AcledExporter", "UcdpExporter", "write_table"]


def write_table(documents: Iterable[Document], out: str | Path, table: str) -> int:
    """Write the ``acled`` or ``ucdp`` table of ``documents`` as CSV; return the documents read."""
    kept: list[Document] = list(documents)
    frame = acled_table(kept) if table == "acled" else ucdp_table(kept)
    frame.to_csv(out, index=False)
    return len(kept)


class AcledExporter(Exporter):
    """One CSV row per event, with ACLED's columns and the document id and offsets."""

    name = "acled"
    layer = "events"
    description = "events as a CSV table with ACLED's columns (plus doc_id, event_id, start, end)"

    def export(self, documents: Iterable[Document], out: Path) -> int:
        """Write the table to ``out``; return the number of documents."""
        return write_table(documents, out, "acled")


class UcdpExporter(Exporter):
    """One CSV row per violent event, with UCDP GED's columns (best, low, high)."""

    name = "ucdp"
    layer = "events"
    description = "violent events as a CSV table with UCDP GED's columns (best/low/high)"

    def export(self, documents: Iterable[Document], out: Path) -> int:
        """Write the table to ``out``; return the number of documents."""
        return write_table(documents, out, "ucdp")

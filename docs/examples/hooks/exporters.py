"""An exporter writing one CSV row per annotation, with the document id and the run."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from polemos import Document, Exporter, hookimpl


class AnnotationsCsv(Exporter):
    """Write every annotation as a CSV row."""

    name = "annotations-csv"
    description = "one CSV row per annotation: document, layer, label, start, end, text, plugin"

    def export(self, documents: Iterable[Document], out: Path) -> int:
        """Write the rows to ``out``; return the number of documents."""
        count = 0
        with open(out, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["document", "layer", "label", "start", "end", "text", "plugin"])
            for document in documents:
                for a in document.annotations:
                    plugin = document.runs[a.run].plugin
                    writer.writerow([document.id, a.layer, a.label, a.start, a.end, a.text, plugin])
                count += 1
        return count


@hookimpl
def polemos_exporters() -> list[Exporter]:
    """Contribute the exporter."""
    return [AnnotationsCsv()]

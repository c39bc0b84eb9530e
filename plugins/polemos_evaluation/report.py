"""The evaluation report: per-document and corpus figures, as a plain-text table or JSON.

Corpus figures are micro-averaged: the counts of every document are added, then the ratios
are computed from the sums.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from polemos_evaluation.figures import Accuracy, Detection, Figure
from polemos_evaluation.scoring import DocumentScores, sum_figures

REPORT_FORMAT = "polemos_evaluation/1"
"""The ``format`` field of the JSON report."""


@dataclass(frozen=True)
class EvaluationReport:
    """The scores of a set of documents.

    Example:
        >>> report = score_corpus(golds, predictions)  # doctest: +SKIP
        >>> report.corpus["relations.overall"].f1  # doctest: +SKIP
        0.5
        >>> print(report.to_table())  # doctest: +SKIP

    """

    documents: tuple[DocumentScores, ...]

    @cached_property
    def corpus(self) -> dict[str, Figure]:
        """Every figure micro-averaged over the documents."""
        return sum_figures(document.figures for document in self.documents)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: format, corpus figures, then each document's figures."""
        return {
            "format": REPORT_FORMAT,
            "documents_scored": len(self.documents),
            "corpus": _figures_dict(self.corpus),
            "documents": [
                {
                    "id": document.id,
                    "figures": _figures_dict(document.figures),
                    "empty_layers": list(document.empty_layers),
                    "errors": [dict(error) for error in document.errors],
                }
                for document in self.documents
            ],
        }

    def to_table(self, per_document: bool = True) -> str:
        """Plain-text tables: the corpus, then (if ``per_document``) each document.

        With a single document the corpus figures are that document's, so only its table is
        printed.
        """
        if len(self.documents) == 1:
            return _document_block(self.documents[0])
        title = f"corpus: {len(self.documents)} document(s), micro-averaged"
        blocks = [render_figures(title, self.corpus)]
        if per_document:
            blocks.extend(_document_block(document) for document in self.documents)
        return "\n\n".join(blocks)

    def __str__(self) -> str:
        return self.to_table()


def _figures_dict(figures: Mapping[str, Figure]) -> dict[str, dict[str, Any]]:
    return {name: figure.to_dict() for name, figure in figures.items()}


def _document_block(document: DocumentScores) -> str:
    notes = []
    if document.empty_layers:
        notes.append(f"layers with no prediction (scored zero): {', '.join(document.empty_layers)}")
    notes.extend(
        f"error in plugin {error.get('plugin')}: {error.get('type')}: {error.get('message')}"
        for error in document.errors
    )
    table = render_figures(f"document {document.id}", document.figures)
    return "\n".join([table, *notes])


def render_figures(title: str, figures: Mapping[str, Figure]) -> str:
    """Two aligned tables under ``title``: detection figures, then accuracies on matches."""
    detections = [(name, f) for name, f in figures.items() if isinstance(f, Detection)]
    accuracies = [(name, f) for name, f in figures.items() if isinstance(f, Accuracy)]
    width = max([len(name) for name in figures] + [len("figure")])
    lines = [title, "=" * len(title)]
    lines += _table(
        width,
        ("figure", "P", "R", "F1", "correct", "missed", "spurious"),
        [
            (name, _pct(f.precision), _pct(f.recall), _pct(f.f1), f.correct, f.missed, f.spurious)
            for name, f in detections
        ],
    )
    lines.append("")
    lines += _table(
        width,
        ("figure (on matches)", "accuracy", "correct", "wrong", "total"),
        [(name, _pct(f.value), f.correct, f.wrong, f.total) for name, f in accuracies],
    )
    return "\n".join(lines)


def _pct(value: float) -> str:
    return f"{value:.3f}"


def _table(width: int, header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    width = max(width, len(header[0]))

    def line(cells: Sequence[object]) -> str:
        first, *rest = (str(cell) for cell in cells)
        return first.ljust(width) + "".join(cell.rjust(9) for cell in rest)

    return [line(header), *(line(row) for row in rows)]

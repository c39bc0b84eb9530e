"""The figures table of docs/explanation/accuracy.md, from ``polemos evaluate ../shared/gold``
(run on its copy in the repository, ``tests/data/gold``: the same figures).

Regenerate it after changing an extractor: ``python -m tests.docs.accuracy_figures``.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from typing import Any

from polemos.cli import main

from .markdown import DOCS, ROOT

ACCURACY_PAGE = DOCS / "explanation" / "accuracy.md"
GOLD = ROOT / "tests" / "data" / "gold"
_TABLE = re.compile(r"(<!-- figures: begin -->\n)(?P<body>.*?)(<!-- figures: end -->)", re.DOTALL)


def evaluate() -> dict[str, Any]:
    """The JSON report of ``polemos evaluate`` on the shared gold files."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["evaluate", str(GOLD), "--json"])
    report: dict[str, Any] = json.loads(out.getvalue())
    return report


_COLUMNS = {
    "detection": ("precision", "recall", "f1", "correct", "missed", "spurious"),
    "accuracy": ("accuracy", "correct", "wrong", "total"),
}
_HEADERS = {
    "detection": "| figure | precision | recall | F1 | correct | missed | spurious |",
    "accuracy": "| figure (on matches) | accuracy | correct | wrong | total |",
}


def _cell(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def render(report: dict[str, Any]) -> str:
    """The Markdown tables of the corpus figures: detections, then accuracies."""
    lines = [f"Gold documents scored: {report['documents_scored']}."]
    for kind, columns in _COLUMNS.items():
        lines += ["", _HEADERS[kind], "| --- |" + " ---: |" * len(columns)]
        lines += [
            f"| `{name}` | " + " | ".join(_cell(figure[c]) for c in columns) + " |"
            for name, figure in report["corpus"].items()
            if figure["kind"] == kind
        ]
    return "\n".join(lines) + "\n"


def documented() -> str:
    """The table now in the page."""
    match = _TABLE.search(ACCURACY_PAGE.read_text(encoding="utf-8"))
    return match.group("body") if match else ""


def regenerate() -> None:
    """Rewrite the table of the page from a fresh evaluation."""
    table = render(evaluate())
    text = ACCURACY_PAGE.read_text(encoding="utf-8")
    ACCURACY_PAGE.write_text(
        _TABLE.sub(lambda m: m.group(1) + table + m.group(3), text), encoding="utf-8"
    )


if __name__ == "__main__":
    regenerate()

"""Every notebook runs top to bottom in a fresh kernel, quickly, and saves its widget state."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import nbformat
import pytest
from polemos_widgets.sources import find_corpus
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _corpus() -> Path | None:
    """The sample corpus beside the project (None when there is none)."""
    try:
        return find_corpus(start=ROOT)
    except FileNotFoundError:
        return None


CORPUS = _corpus()
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def test_notebooks_are_committed_without_outputs() -> None:
    assert [p.stem for p in NOTEBOOKS] == [
        "01-quickstart", "02-alliances", "03-quantities", "04-write-a-plugin", "05-events",
    ]  # fmt: skip
    for path in NOTEBOOKS:
        book = nbformat.read(path, as_version=4)
        for cell in book.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, path.name
        assert "widgets" not in book.metadata, path.name


def _models(book: Any) -> dict[str, Any]:
    state = book.metadata["widgets"][WIDGET_STATE]["state"]
    assert isinstance(state, dict)
    return state


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_saves_widget_state(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    if CORPUS is not None:
        monkeypatch.setenv("POLEMOS_CORPUS", str(CORPUS))
    book = nbformat.read(copy, as_version=4)
    client = NotebookClient(
        book, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # a hang stops at nbclient's per-cell timeout; speed is for benchmarks/
    errors = [o for c in book.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    models = _models(book)
    assert models, "no widget state saved"
    names = {m["model_name"] for m in models.values()}
    assert {"VBoxModel", "HTMLModel"} <= names or "OutputModel" in names
    dumped = json.dumps(models)
    if path.stem in {"01-quickstart", "04-write-a-plugin"}:
        assert "pl-explorer" in dumped and 'class=\\"pl-text\\"' in dumped
        assert 'data-layer=\\"' in dumped, "the Explorer highlights nothing"
    if path.stem == "04-write-a-plugin":
        assert 'data-layer=\\"sources\\"' in dumped and "sources \\u2192 sources" in dumped
    if path.stem == "02-alliances":  # the interactive network is kept in the saved state
        assert "<svg" in dumped and 'data-pl-click=\\"edge:0\\"' in dumped
    if path.stem == "03-quantities":
        assert "image/png" in dumped  # the figure of the view is kept in the saved state
    if path.stem == "05-events":  # the map, the picked event's sentence, the Explorer on it
        assert "image/png" in dumped and "pl-explorer" in dumped
        assert 'data-layer=\\"events\\"' in dumped, "the Explorer shows no event"
        assert "homs-deraa-idleb</b> [" in dumped  # the evidence of the first event picked


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_cell_runs_twice(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the notebook, then every cell again in the same kernel: no error, as a user would."""
    if CORPUS is not None:
        monkeypatch.setenv("POLEMOS_CORPUS", str(CORPUS))
    book = nbformat.read(path, as_version=4)
    client = NotebookClient(
        book, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    with client.setup_kernel():
        for round_ in (1, 2):
            for index, cell in enumerate(book.cells):
                if cell.cell_type != "code":
                    continue
                client.execute_cell(cell, index)
                errors = [o for o in cell.outputs if o.output_type == "error"]
                assert errors == [], f"{path.name} cell {index}, run {round_}: {errors}"


@pytest.mark.parametrize("name", ["02-alliances", "03-quantities"])
def test_a_missing_corpus_is_an_error_not_one_article(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a clone without the shared corpus, the notebook stops and says how to point to one."""
    monkeypatch.delenv("POLEMOS_CORPUS", raising=False)
    book = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    first = next(cell for cell in book.cells if cell.cell_type == "code")
    book.cells = [first]
    client = NotebookClient(
        book, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    with pytest.raises(CellExecutionError, match=r"FileNotFoundError.*set \$POLEMOS_CORPUS"):
        client.execute()

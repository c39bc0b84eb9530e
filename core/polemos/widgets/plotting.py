"""Showing a matplotlib figure inside an ``ipywidgets.Output``, backend-independently."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import ipywidgets as w
from IPython.display import Image, display

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["figure_png", "show_figure"]


def figure_png(figure: Figure, dpi: int = 100) -> bytes:
    """The figure as PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def show_figure(output: w.Output, figure: Figure) -> None:
    """Replace what ``output`` shows with ``figure`` (a PNG: no pyplot backend needed)."""
    output.clear_output(wait=True)
    with output:
        display(Image(data=figure_png(figure), format="png"))  # type: ignore[no-untyped-call]

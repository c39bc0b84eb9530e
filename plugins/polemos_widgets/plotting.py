"""Showing a matplotlib figure inside an ``ipywidgets.Output``, backend-independently."""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING

import ipywidgets as w

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["figure_png", "literal", "show_figure"]


def figure_png(figure: Figure, dpi: int = 100) -> bytes:
    """The figure as PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def show_figure(output: w.Output, figure: Figure, description: str = "a figure") -> None:
    """Replace what ``output`` shows with ``figure``, as a PNG.

    The output is set directly (no pyplot backend, no running kernel needed), so the image is
    also kept in the notebook's saved widget state.
    """
    png = base64.b64encode(figure_png(figure)).decode("ascii")
    output.outputs = (
        {
            "output_type": "display_data",
            "data": {"image/png": png, "text/plain": f"<{description}>"},
            "metadata": {},
        },
    )


def literal(text: object) -> str:
    r"""``text`` as matplotlib shows it literally: ``$`` escaped, so no mathtext is parsed.

    >>> literal("10 $ et 20 $")
    '10 \\$ et 20 \\$'
    """
    return str(text).replace("$", r"\$")

"""Jupyter widgets to explore polemos results: Explorer, NetworkView, FiguresView.

Nothing here is imported by ``import polemos``; ipywidgets, anywidget and matplotlib load when a
widget is first used (install the ``notebooks`` extra: ``pip install polemos[notebooks]``).

>>> from polemos.widgets import Explorer  # doctest: +SKIP
>>> Explorer(polemos.analyze(polemos.example_document()))  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from polemos.widgets.explorer import Explorer
    from polemos.widgets.figuresview import FiguresView
    from polemos.widgets.networkview import NetworkView

__all__ = ["Explorer", "FiguresView", "NetworkView"]

_WHERE = {
    "Explorer": "polemos.widgets.explorer",
    "FiguresView": "polemos.widgets.figuresview",
    "NetworkView": "polemos.widgets.networkview",
}


def __getattr__(name: str) -> Any:
    """Import a widget class on first use."""
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'polemos.widgets' has no attribute {name!r}")

"""Jupyter widgets to explore polemos results: Explorer, NetworkView, FiguresView.

Nothing here is imported by ``import polemos``; ipywidgets, anywidget and matplotlib load when a
widget is first used (install the ``notebooks`` extra: ``pip install polemos[notebooks]``).

>>> from polemos_widgets import Explorer  # doctest: +SKIP
>>> Explorer(polemos.analyze(polemos.example_document()))  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from polemos_widgets.explorer import Explorer
    from polemos_widgets.figuresview import FiguresView
    from polemos_widgets.networkview import NetworkView

__all__ = ["Explorer", "FiguresView", "NetworkView"]

_WHERE = {
    "Explorer": "polemos_widgets.explorer",
    "FiguresView": "polemos_widgets.figuresview",
    "NetworkView": "polemos_widgets.networkview",
}


def __getattr__(name: str) -> Any:
    """Import a widget class on first use."""
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'polemos_widgets' has no attribute {name!r}")

"""Exports: a table as CSV, a network as GraphML or GEXF; and the buttons that download them.

One function per format writes a file (:func:`write_csv`, :func:`write_graphml`,
:func:`write_gexf`); ``*_text`` gives the same content as a string. Graph attributes are made
safe for those formats first (:func:`scalar_graph`): a missing value becomes an empty string,
lists and mappings become JSON. :class:`ExportBar` puts one button per export in a view; a
click sends the file to the browser, which saves it as a download.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any, Literal

import ipywidgets as w
import networkx as nx
import pandas as pd

from polemos_widgets.pane import HtmlPane

__all__ = [
    "ExportBar",
    "csv_text",
    "gexf_text",
    "graphml_text",
    "scalar_graph",
    "write_csv",
    "write_gexf",
    "write_graphml",
]

Format = Literal["csv", "graphml", "gexf"]
MIME: dict[str, str] = {
    "csv": "text/csv",
    "graphml": "application/xml",
    "gexf": "application/xml",
}


def csv_text(frame: pd.DataFrame) -> str:
    """The table as CSV text (UTF-8, comma-separated, a header row, no index)."""
    return str(frame.to_csv(index=False))


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write the table as CSV (see :func:`csv_text`); return the path."""
    Path(path).write_text(csv_text(frame), encoding="utf-8")
    return Path(path)


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def scalar_graph(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose node and edge attributes are GraphML/GEXF-safe scalars."""
    flat = graph.copy()
    for _, data in flat.nodes(data=True):
        data.update({key: _scalar(value) for key, value in data.items()})
    for *_, data in flat.edges(data=True):
        data.update({key: _scalar(value) for key, value in data.items()})
    return flat


def graphml_text(graph: nx.Graph) -> str:
    """The graph as GraphML text (attributes made scalar, see :func:`scalar_graph`)."""
    return "\n".join(nx.generate_graphml(scalar_graph(graph)))


def write_graphml(graph: nx.Graph, path: str | Path) -> Path:
    """Write the graph as GraphML (for networkx, igraph, Cytoscape...); return the path."""
    Path(path).write_text(graphml_text(graph), encoding="utf-8")
    return Path(path)


def _gexf_ready(graph: nx.Graph) -> nx.Graph:
    """The graph ready for GEXF: edge ``type`` (reserved there) becomes ``relation``.

    Each node's ``label`` is its actor's name.
    """
    flat = scalar_graph(graph)
    for *_, data in flat.edges(data=True):
        if "type" in data:
            data["relation"] = data.pop("type")
    for node, data in flat.nodes(data=True):
        data["label"] = str(data.get("name") or node)
    return flat


def gexf_text(graph: nx.Graph) -> str:
    """The graph as GEXF text, for Gephi (see :func:`write_gexf`)."""
    return "\n".join(nx.generate_gexf(_gexf_ready(graph)))


def write_gexf(graph: nx.Graph, path: str | Path) -> Path:
    """Write the graph as GEXF for Gephi (edge ``type`` written as ``relation``); return it."""
    Path(path).write_text(gexf_text(graph), encoding="utf-8")
    return Path(path)


_TEXT: dict[str, Callable[[Any], str]] = {
    "csv": csv_text,
    "graphml": graphml_text,
    "gexf": gexf_text,
}


def _size(content: Any) -> str:
    if isinstance(content, pd.DataFrame):
        return f"{len(content)} rows"
    return f"{content.number_of_nodes()} nodes, {content.number_of_edges()} edges"


class ExportBar(w.HBox):  # type: ignore[misc]
    r"""Export buttons; a click downloads the file in the browser and says what was sent.

    >>> bar = ExportBar()
    >>> bar.add("CSV", lambda: ("t.csv", pd.DataFrame({"a": [1]})), "csv")
    >>> bar.export(0)
    ('t.csv', 'a\\n1\\n')
    """

    def __init__(self) -> None:
        self.status = HtmlPane()
        self.status.add_class("pl-export-status")
        self.buttons: list[w.Button] = []
        self._exports: list[tuple[Callable[[], tuple[str, Any]], Format]] = []
        super().__init__([self.status], layout=w.Layout(align_items="center"))
        self.add_class("pl-export")

    def add(self, label: str, produce: Callable[[], tuple[str, Any]], fmt: Format) -> None:
        """A button ``label``: ``produce()`` gives the file name and the frame or graph."""
        button = w.Button(description=label, icon="download", layout=w.Layout(width="auto"))
        button.add_class(f"pl-export-{fmt}")
        index = len(self._exports)
        button.on_click(lambda _: self.export(index))
        self._exports.append((produce, fmt))
        self.buttons.append(button)
        self.children = [*self.buttons, self.status]

    def export(self, index: int) -> tuple[str, str]:
        """Run export ``index``: send the file to the browser; return its name and text."""
        produce, fmt = self._exports[index]
        name, content = produce()
        text = _TEXT[fmt](content)
        self.status.download(name, text, MIME[fmt])
        self.status.html = (
            f"<span class='pl-note'>downloaded {escape(name)} ({escape(_size(content))})</span>"
        )
        return name, text

"""The Network view: the alliance graph, filtered, interactive, and exported.

Filters on actor type, relation type and date; the figure is the paper figure
(:func:`~polemos_widgets.networkdraw.draw_alliance_graph`) shown as SVG: hover an edge to see
its evidence, click it (or an actor) to list the evidence sentences and their documents under
the figure. GraphML and GEXF buttons download the filtered graph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

import ipywidgets as w
import networkx as nx
from polemos.model import Document

from polemos_widgets.export import ExportBar
from polemos_widgets.network import (
    GraphBuilder,
    alliance_graph,
    edge_dates,
    edge_label,
    filter_graph,
)
from polemos_widgets.networkdraw import DrawnEdge, draw_alliance_graph, drawn_edges
from polemos_widgets.networkdraw import interactive_svg as to_svg
from polemos_widgets.palette import Palette
from polemos_widgets.pane import HtmlPane

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["NetworkView"]

_HELP = (
    "<span class='pl-note'>hover an edge for its evidence; click an edge or an actor to list "
    "the sentences and documents below</span>"
)


def _edge_dates(graph: nx.MultiDiGraph) -> list[str]:
    dates = {date for *_, d in graph.edges(data=True) for date in edge_dates(d) if date}
    return sorted(dates)


class NetworkView(w.VBox):  # type: ignore[misc]
    """Filters, the interactive network figure, the evidence of what is clicked, exports.

    ``graph_builder`` builds the graph from the documents (default: :func:`alliance_graph`; the
    alliances plugin's ``build_network`` fits too, see :data:`GraphBuilder`); ``draw`` turns the
    filtered graph into a matplotlib figure (default: :func:`draw_alliance_graph`, whose edges
    and nodes are the clickable ones).
    """

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        graph_builder: GraphBuilder | None = None,
        draw: Callable[[nx.MultiDiGraph], Figure] | None = None,
    ) -> None:
        builder = graph_builder if graph_builder is not None else alliance_graph
        self.palette = Palette()
        self.draw = draw if draw is not None else self._draw
        self.graph: nx.MultiDiGraph = builder(list(documents))
        self.edges: list[DrawnEdge] = []
        self.nodes: list[str] = []
        actor_types = sorted({str(d.get("type")) for _, d in self.graph.nodes(data=True)})
        relation_types = sorted({edge_label(d) for *_, d in self.graph.edges(data=True)})
        self.actor_types = w.SelectMultiple(
            options=actor_types, value=actor_types, description="Actor types", rows=7
        )
        self.relation_types = w.SelectMultiple(
            options=relation_types, value=relation_types, description="Relations", rows=4
        )
        dates = _edge_dates(self.graph)
        self.dates = w.SelectionRangeSlider(
            options=dates or ["(no dates)"],
            index=(0, max(len(dates) - 1, 0)),
            description="Dates",
            disabled=len(dates) < 2,
            layout=w.Layout(width="460px", display=None if len(dates) > 1 else "none"),
        )
        if len(dates) > 1:
            dated = f"relations dated {dates[0]} to {dates[-1]}"
        else:
            dated = f"every relation dated {dates[0]}" if dates else "no dated relation"
        hint = w.HTML(
            f"<span class='pl-note'>ctrl- or shift-click to choose several; {dated}</span>"
        )
        self.summary = w.HTML()
        self.figure_pane = HtmlPane()
        self.figure_pane.add_class("pl-network-figure")
        self.evidence_pane = HtmlPane(max_height="320px")
        self.evidence_pane.add_class("pl-network-evidence")
        self.figure_pane.on_click(self._clicked)
        self.export = ExportBar()
        self.export.add("GraphML", lambda: ("alliances.graphml", self.filtered()), "graphml")
        self.export.add("GEXF", lambda: ("alliances.gexf", self.filtered()), "gexf")
        for control in (self.actor_types, self.relation_types, self.dates):
            control.observe(lambda _: self.refresh(), names="value")
        filters = w.HBox(
            [self.actor_types, self.relation_types, w.VBox([self.dates, hint, self.summary])]
        )
        super().__init__(
            [
                w.HTML("<b>Alliance network</b>"),
                filters,
                w.HBox([w.HTML(_HELP), self.export]),
                self.figure_pane,
                self.evidence_pane,
            ]
        )
        self.add_class("pl-network")
        self.refresh()

    def _draw(self, graph: nx.MultiDiGraph) -> Figure:
        return draw_alliance_graph(graph, palette=self.palette)

    def filtered(self) -> nx.MultiDiGraph:
        """The graph under the current filters."""
        start, end = (None, None) if self.dates.disabled else self.dates.value
        return filter_graph(
            self.graph,
            actor_types=set(self.actor_types.value),
            relation_types=set(self.relation_types.value),
            start=start,
            end=end,
        )

    def _names(self, graph: nx.MultiDiGraph) -> dict[str, str]:
        return {str(n): str(d.get("name") or n) for n, d in graph.nodes(data=True)}

    def refresh(self) -> None:
        """Redraw the figure and the summary from the filters."""
        graph = self.filtered()
        self.edges = drawn_edges(graph, self.palette.contracts.symmetric())
        self.nodes = [str(n) for n in graph.nodes]
        names = self._names(graph)
        self.summary.value = (
            f"{graph.number_of_edges()} of {self.graph.number_of_edges()} relations shown "
            f"({len(self.edges)} edges), between {graph.number_of_nodes()} actors"
        )
        tips = {
            "edge": [edge.describe(names) for edge in self.edges],
            "node": [self._node_tip(node, names) for node in self.nodes],
        }
        self.figure_pane.html = to_svg(self.draw(graph), tips)
        self.evidence_pane.html = ""

    def _node_tip(self, node: str, names: dict[str, str]) -> str:
        touching = [e for e in self.edges if node in (e.source, e.target)]
        return f"{names.get(node, node)}: {len(touching)} relation(s); click to list them"

    def show_edges(self, edges: list[DrawnEdge], heading: str) -> None:
        """List the evidence of ``edges`` under the figure."""
        names = self._names(self.graph)
        items = []
        for edge in edges:
            arrow = "—" if edge.symmetric else "→"
            colour = self.palette.edge_colour(edge.label)
            sentences = "".join(
                f"<li><b>{escape(e.document)}</b> <span class='pl-off'>{escape(e.date)}"
                f"{' · former' if e.status == 'former' else ''}"
                f"{' · cue: ' + escape(e.cue) if e.cue else ''}</span><br>{escape(e.sentence)}"
                "</li>"
                for e in edge.evidence
            )
            items.append(
                f"<div class='pl-item'><span class='pl-chip' style='background:{colour};"
                f"color:white'>{escape(edge.label)}</span> "
                f"{escape(names.get(edge.source, edge.source))} {arrow} "
                f"{escape(names.get(edge.target, edge.target))} "
                f"<span class='pl-off'>{len(edge.documents)} document(s)</span>"
                f"<ul>{sentences}</ul></div>"
            )
        self.evidence_pane.html = (
            f"<div class='pl-details'><b>{escape(heading)}</b>{''.join(items)}</div>"
        )

    def _clicked(self, kind: str, value: str) -> None:
        if not value.isdigit():
            return
        index = int(value)
        if kind == "edge" and index < len(self.edges):
            self.show_edges([self.edges[index]], "Evidence")
        elif kind == "node" and index < len(self.nodes):
            node = self.nodes[index]
            touching = [e for e in self.edges if node in (e.source, e.target)]
            self.show_edges(touching, f"Relations of {self._names(self.graph).get(node, node)}")

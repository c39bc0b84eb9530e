"""The Network view: the alliance graph, filtered by actor type, relation type and date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import ipywidgets as w
import networkx as nx

from polemos.model import Document
from polemos.widgets.network import (
    GraphBuilder,
    alliance_graph,
    draw_alliance_graph,
    edge_dates,
    edge_label,
    filter_graph,
)
from polemos.widgets.plotting import show_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["NetworkView"]


def _edge_dates(graph: nx.MultiDiGraph) -> list[str]:
    dates = {date for *_, d in graph.edges(data=True) for date in edge_dates(d) if date}
    return sorted(dates)


class NetworkView(w.VBox):  # type: ignore[misc]
    """Filters on the left, the network figure on the right.

    ``graph_builder`` builds the graph from the documents (default: :func:`alliance_graph`; the
    alliances plugin's ``build_network`` fits too, see :data:`GraphBuilder`); ``draw`` turns the
    filtered graph into a matplotlib figure (default: :func:`draw_alliance_graph`).
    """

    def __init__(
        self,
        documents: Sequence[Document],
        *,
        graph_builder: GraphBuilder | None = None,
        draw: Callable[[nx.MultiDiGraph], Figure] | None = None,
    ) -> None:
        builder = graph_builder if graph_builder is not None else alliance_graph
        self.draw = draw if draw is not None else draw_alliance_graph
        self.graph: nx.MultiDiGraph = builder(list(documents))
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
        self.output = w.Output(layout=w.Layout(min_height="420px"))
        for control in (self.actor_types, self.relation_types, self.dates):
            control.observe(lambda _: self.refresh(), names="value")
        filters = w.HBox(
            [self.actor_types, self.relation_types, w.VBox([self.dates, hint, self.summary])]
        )
        super().__init__([w.HTML("<b>Alliance network</b>"), filters, self.output])
        self.add_class("pl-network")
        self.refresh()

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

    def refresh(self) -> None:
        """Redraw the figure and the summary from the filters."""
        graph = self.filtered()
        self.summary.value = (
            f"{graph.number_of_edges()} of {self.graph.number_of_edges()} relations shown, "
            f"between {graph.number_of_nodes()} actors"
        )
        show_figure(self.output, self.draw(graph), "alliance network")

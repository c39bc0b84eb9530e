"""The alliance network: a networkx graph from the ``alliances`` relation layer, and its drawing.

Nodes are actors (keyed by their canonical ``actor_id``), with ``name``, ``type`` (the actor
annotation's label), ``country`` and ``mentions``; edges are alliance relations with ``label``
(supports, allied_with, affiliated_with, hostile_to), ``status``, ``document``, ``date`` and
``evidence`` (the sentence). Built from the documents alone: the core never imports a plugin.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import networkx as nx

from polemos.model import Annotation, Document
from polemos.widgets.dates import document_date
from polemos.widgets.palette import Palette
from polemos.widgets.plotting import literal

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "ALLIANCES",
    "GraphBuilder",
    "alliance_graph",
    "draw_alliance_graph",
    "edge_dates",
    "edge_label",
    "edge_status",
    "filter_graph",
    "in_date_range",
]

ALLIANCES = "alliances"
SYMMETRIC = frozenset({"allied_with", "hostile_to"})
GraphBuilder = Callable[[Sequence[Document]], nx.MultiDiGraph]
"""Builds the alliance graph of documents.

Nodes need a ``type``; edges a ``label`` (or ``type``) and a ``date`` (or a ``first_date`` /
``last_date`` span) for the filters, as :func:`alliance_graph` and the alliances plugin's
``build_network`` give them.
"""


def edge_label(data: Mapping[str, Any]) -> str:
    """The relation type of an edge: its ``label``, or its ``type``."""
    return str(data.get("label") or data.get("type") or "?")


def edge_dates(data: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The first and last dates of an edge (``date``, or ``first_date`` and ``last_date``)."""
    if data.get("date"):
        return str(data["date"]), str(data["date"])
    first, last = data.get("first_date") or None, data.get("last_date") or None
    return (str(first) if first else None), (str(last) if last else None)


def edge_status(data: Mapping[str, Any]) -> str:
    """``former`` for an edge only ever stated as former, else ``current``."""
    if data.get("status") == "former" or (data.get("former") and not data.get("current")):
        return "former"
    return "current"


def _actor_key(annotation: Annotation) -> str:
    return str(
        annotation.attributes.get("actor_id")
        or annotation.attributes.get("name")
        or annotation.text.casefold()
    )


def _evidence(document: Document, value: Any) -> str | None:
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) for v in value)
    ):
        return document.text[value[0] : value[1]]
    return None


def alliance_graph(documents: Iterable[Document], layer: str = ALLIANCES) -> nx.MultiDiGraph:
    """The alliance network of ``documents``: one node per actor, one edge per relation."""
    graph = nx.MultiDiGraph()
    for document in documents:
        date = document_date(document)
        for annotation in document.layer("actors"):
            key = _actor_key(annotation)
            if key not in graph:
                graph.add_node(
                    key,
                    name=str(annotation.attributes.get("name") or annotation.text),
                    type=annotation.label,
                    country=annotation.attributes.get("country"),
                    mentions=0,
                )
            graph.nodes[key]["mentions"] += 1
        for relation in document.relation_layer(layer):
            ends = [document.get(relation.source), document.get(relation.target)]
            if not all(isinstance(end, Annotation) for end in ends):
                continue
            source, target = (_actor_key(end) for end in ends)  # type: ignore[arg-type]
            graph.add_edge(
                source,
                target,
                key=relation.id,
                label=relation.label,
                status=relation.attributes.get("status"),
                cue=relation.attributes.get("cue"),
                evidence=_evidence(document, relation.attributes.get("evidence")),
                document=document.id,
                date=date,
            )
    return graph


def in_date_range(date: str | None, start: str | None, end: str | None) -> bool:
    """Whether an ISO date falls in ``[start, end]`` (prefix comparison, so months work).

    With no bounds every date (even None) is in; with bounds an undated item is out.
    """
    if start is None and end is None:
        return True
    if date is None:
        return False
    return (start is None or date[: len(start)] >= start) and (
        end is None or date[: len(end)] <= end
    )


def filter_graph(
    graph: nx.MultiDiGraph,
    *,
    actor_types: Collection[str] | None = None,
    relation_types: Collection[str] | None = None,
    start: str | None = None,
    end: str | None = None,
) -> nx.MultiDiGraph:
    """The part of ``graph`` that passes the filters (None: no filter on that dimension).

    Keeps the edges whose label is in ``relation_types``, whose two ends' types are in
    ``actor_types`` and whose date is in ``[start, end]``, with the nodes they join.
    """
    kept = nx.MultiDiGraph()
    for source, target, key, data in graph.edges(keys=True, data=True):
        types = (graph.nodes[source].get("type"), graph.nodes[target].get("type"))
        if actor_types is not None and not all(t in actor_types for t in types):
            continue
        if relation_types is not None and edge_label(data) not in relation_types:
            continue
        first, last = edge_dates(data)
        if not (in_date_range(last, start, None) and in_date_range(first, None, end)):
            continue
        for node in (source, target):
            kept.add_node(node, **graph.nodes[node])
        kept.add_edge(source, target, key=key, **data)
    return kept


def draw_alliance_graph(
    graph: nx.MultiDiGraph, *, title: str = "Alliance network", palette: Palette | None = None
) -> Figure:
    """A matplotlib figure of the network: nodes coloured by actor type, edges by relation.

    Former relations are dashed; ``supports`` and ``affiliated_with`` have arrows.
    """
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    palette = palette if palette is not None else Palette()
    figure = Figure(figsize=(9, 6.5), layout="constrained")
    ax = figure.add_subplot()
    ax.set_title(literal(title))
    ax.set_axis_off()
    ax.margins(0.18)  # room for the names of the nodes on the edges
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No alliance relation matches the filters.", ha="center", va="center")
        return figure
    positions = nx.spring_layout(
        nx.Graph(graph), seed=7, k=1.6 / max(1, graph.number_of_nodes()) ** 0.5
    )
    types = {n: str(d.get("type") or "?") for n, d in graph.nodes(data=True)}
    nx.draw_networkx_nodes(
        graph,
        positions,
        ax=ax,
        node_color=[palette.colour("actors", types[n]) for n in graph.nodes],
        node_size=[
            300 + 120 * min(int(graph.nodes[n].get("mentions") or 1), 10) for n in graph.nodes
        ],
        edgecolors="#333333",
    )
    nx.draw_networkx_labels(
        graph,
        positions,
        ax=ax,
        labels={n: literal(str(graph.nodes[n].get("name") or n)) for n in graph.nodes},
        font_size=9,
    )
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        label = edge_label(data)
        nx.draw_networkx_edges(
            graph,
            positions,
            ax=ax,
            edgelist=[(source, target)],
            edge_color=palette.edge_colour(label),
            style="dashed" if edge_status(data) == "former" else "solid",
            width=2,
            arrows=True,
            arrowstyle="-" if label in SYMMETRIC else "-|>",
            arrowsize=16,
            connectionstyle=f"arc3,rad={0.08 * (index % 3)}",
            node_size=900,
        )
    handles = [
        Line2D([0], [0], color=palette.edge_colour(label), lw=2, label=label)
        for label in sorted({edge_label(d) for _, _, d in graph.edges(data=True)})
    ]
    handles += [
        Line2D(
            [0],
            [0],
            marker="o",
            lw=0,
            markersize=10,
            markeredgecolor="#333333",
            markerfacecolor=palette.colour("actors", kind),
            label=kind,
        )
        for kind in sorted(set(types.values()))
    ]
    handles.append(Line2D([0], [0], color="#555555", lw=2, ls="--", label="former"))
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False
    )
    return figure

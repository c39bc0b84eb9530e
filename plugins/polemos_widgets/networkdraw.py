"""Drawing the alliance network: one figure for the paper and for the interactive view.

The conventions, in one place (:data:`EDGE_STYLE`, :data:`EDGE_WIDTH`): an edge's colour is
the one its relation type's contract declares (:mod:`polemos.contracts`), an arrow shows the
direction of the relation types not declared symmetric, a dashed line a relation
only ever stated as former, the width the number of documents stating it; a node's colour is its
actor type, the same colour as its highlights in the Explorer. Relations of one type between
the same two actors are drawn as one edge (:func:`drawn_edges`), which keeps their evidence.
Each connected component is laid out apart, then discs and names are moved until none overlaps
another (:mod:`polemos_widgets.networklayout`).

Every edge and node carries an SVG id (``pl-edge-N``, ``pl-node-N``): :func:`interactive_svg`
turns them into clickable, hoverable elements whose tooltip lists the evidence.
"""

from __future__ import annotations

import io
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

import networkx as nx
from polemos.contracts import installed_contracts

from polemos_widgets.network import edge_dates, edge_label, edge_status
from polemos_widgets.networklayout import (
    component_layout,
    place_labels,
    separate_nodes,
    spread_labels,
)
from polemos_widgets.palette import Palette
from polemos_widgets.plotting import literal

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "EDGE_STYLE",
    "EDGE_WIDTH",
    "DrawnEdge",
    "draw_alliance_graph",
    "drawn_edges",
    "interactive_svg",
    "spread_labels",
]

EDGE_STYLE = {"former": "dashed", "current": "solid"}
"""Line style by status: shared by the interactive network and the paper figure."""
EDGE_WIDTH = (1.5, 1.2, 6.0)
"""Line width: base, added per document stating the relation, at most."""


@dataclass
class Evidence:
    """One statement of a relation: the document, its date, the sentence, the cue, the status."""

    document: str
    date: str
    sentence: str
    cue: str
    status: str


@dataclass
class DrawnEdge:
    """The relations of one type between two actors, drawn as one edge."""

    source: str
    target: str
    label: str
    evidence: list[Evidence] = field(default_factory=list)
    symmetric: bool = False
    """Whether the relation type ignores direction (drawn without an arrow)."""

    @property
    def documents(self) -> list[str]:
        """The documents stating the relation, in order, each once."""
        return list(dict.fromkeys(e.document for e in self.evidence))

    @property
    def status(self) -> str:
        """``former`` when every statement is former, else ``current``."""
        return "former" if all(e.status == "former" for e in self.evidence) else "current"

    @property
    def width(self) -> float:
        """The line width: more documents, a thicker line."""
        base, step, most = EDGE_WIDTH
        return min(base + step * (len(self.documents) - 1), most)

    def describe(self, names: dict[str, str]) -> str:
        """A plain-text summary: the relation, its documents and each evidence sentence."""
        arrow = "—" if self.symmetric else "→"
        head = (
            f"{names.get(self.source, self.source)} {arrow} {names.get(self.target, self.target)}"
            f": {self.label} ({self.status}; {len(self.documents)} document(s))"
        )
        lines = [f"• {e.document} {e.date}: {e.sentence}" for e in self.evidence[:6]]
        more = len(self.evidence) - 6
        return "\n".join([head, *lines, *([f"… and {more} more"] if more > 0 else [])])


def drawn_edges(
    graph: nx.MultiDiGraph, symmetric: Collection[str] | None = None
) -> list[DrawnEdge]:
    """The edges to draw: one per pair of actors and relation type (symmetric types once).

    ``symmetric`` names the relation types that ignore direction (by default, those the
    installed plugins' layer contracts declare symmetric). Works on relation-level graphs
    (:func:`~polemos_widgets.network.alliance_graph`) and on
    the alliances plugin's ``build_network`` graphs (whose ``evidence`` is a list of dicts).
    """
    if symmetric is None:
        symmetric = installed_contracts().symmetric()
    merged: dict[tuple[str, str, str], DrawnEdge] = {}
    for source, target, data in graph.edges(data=True):
        label = edge_label(data)
        both = label in symmetric
        ends = tuple(sorted((source, target))) if both else (source, target)
        edge = merged.setdefault((*ends, label), DrawnEdge(ends[0], ends[1], label, symmetric=both))
        evidence = data.get("evidence")
        if isinstance(evidence, list):
            edge.evidence += [
                Evidence(str(e.get("document", "")), str(e.get("date") or ""),
                         str(e.get("sentence", "")), str(e.get("cue") or ""),
                         str(e.get("status") or "current"))
                for e in evidence if isinstance(e, dict)
            ]  # fmt: skip
        else:
            first, _ = edge_dates(data)
            edge.evidence.append(
                Evidence(str(data.get("document", "")), first or "", str(evidence or ""),
                         str(data.get("cue") or ""), edge_status(data))
            )  # fmt: skip
    return list(merged.values())


def _legend(ax: Axes, graph: nx.MultiDiGraph, edges: list[DrawnEdge], palette: Palette) -> None:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([0], [0], color=palette.edge_colour(label), lw=2.5,
               label=literal(label) + ("" if both else " (arrow: direction)"))
        for label, both in sorted({(e.label, e.symmetric) for e in edges})
    ]  # fmt: skip
    handles.append(Line2D([0], [0], color="#555555", lw=2, ls="--", label="former only"))
    types = sorted({(_node_layer(d, palette), str(d.get("type") or "?"))
                    for _, d in graph.nodes(data=True)})  # fmt: skip
    handles += [
        Line2D([0], [0], marker="o", lw=0, markersize=11, markeredgecolor="#333333",
               markerfacecolor=palette.colour(layer, kind), label=literal(kind))
        for layer, kind in types
    ]  # fmt: skip
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9,
              frameon=False, title="relations, actor types", title_fontsize=9)  # fmt: skip


_LABEL_PAD = 0.15
"""The padding of a name's background box, in font sizes."""


def _fit(ax: Axes, positions: dict[Any, tuple[float, float]]) -> None:
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    pad_x, pad_y = 0.12 * (max(xs) - min(xs) or 1), 0.15 * (max(ys) - min(ys) or 1)
    ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
    ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)


def _place_nodes(
    ax: Axes, positions: dict[Any, tuple[float, float]], radii: dict[Any, float]
) -> dict[Any, tuple[float, float]]:
    """Fit the axes to ``positions``, move discs apart until none overlaps; again, a few times.

    Fitting the axes again rescales the distances, so a few rounds may be needed.
    """
    for _ in range(6):
        _fit(ax, positions)
        if separate_nodes(ax, positions, radii) == 0:
            _fit(ax, positions)
            if separate_nodes(ax, positions, radii) == 0:
                break
    return positions


def _node_layer(data: Mapping[str, Any], palette: Palette) -> str:
    """The layer of a node's annotation: its ``layer``, else the relation layers' endpoints."""
    if data.get("layer"):
        return str(data["layer"])
    ends = [c.endpoints for c in palette.contracts.relation_layers() if c.endpoints]
    return ends[0] if ends else ""


def draw_alliance_graph(
    graph: nx.MultiDiGraph,
    *,
    title: str = "Alliance network",
    palette: Palette | None = None,
    seed: int = 7,
) -> Figure:
    """The network as a matplotlib figure (save it as PNG, SVG or PDF with ``savefig``).

    Nodes are the graph's actors (their size grows with their mentions), edges the
    :func:`drawn_edges`, with the conventions of :data:`EDGE_STYLE`.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

    palette = palette if palette is not None else Palette()
    figure = Figure(figsize=(11, 7.5))
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0.01, 0.01, 0.76, 0.92))
    ax.set_title(literal(title), loc="left")
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "No alliance relation matches the filters.", ha="center", va="center")
        return figure
    nodes = list(graph.nodes)
    sizes = {n: 350 + 90 * min(int(graph.nodes[n].get("mentions") or 1), 12) for n in nodes}
    radii = {n: sizes[n] ** 0.5 / 2 * figure.dpi / 72 for n in nodes}  # an area in points²
    positions = _place_nodes(ax, component_layout(graph, seed), radii)
    edges = drawn_edges(graph, palette.contracts.symmetric())
    ranks: dict[frozenset[str], int] = {}
    for index, edge in enumerate(edges):
        pair = frozenset((edge.source, edge.target))
        rank = ranks[pair] = ranks.get(pair, -1) + 1
        common = {
            "edgelist": [(edge.source, edge.target)],
            "ax": ax,
            "arrows": True,
            "node_size": 700,
            "connectionstyle": f"arc3,rad={0.1 + 0.15 * rank}",
        }
        drawn = nx.draw_networkx_edges(
            graph, positions, edge_color=palette.edge_colour(edge.label),
            style=EDGE_STYLE[edge.status], width=edge.width,
            arrowstyle="-" if edge.symmetric else "-|>", arrowsize=16,
            **common,
        )  # fmt: skip
        hit = nx.draw_networkx_edges(graph, positions, edge_color="#000000", alpha=0.0,
                                     width=12, arrowstyle="-", **common)  # fmt: skip
        for artist in drawn:
            artist.set_gid(f"pl-edge-{index}")
        for artist in hit:
            artist.set_gid(f"pl-hit-{index}")
    for index, node in enumerate(nodes):
        data, size = graph.nodes[node], sizes[node]
        drawn_node = nx.draw_networkx_nodes(
            graph, positions, nodelist=[node], ax=ax, node_size=size, edgecolors="#333333",
            node_color=palette.colour(_node_layer(data, palette), str(data.get("type") or "?")),
        )  # fmt: skip
        drawn_node.set_gid(f"pl-node-{index}")
    labels = [
        ax.text(positions[n][0], positions[n][1], literal(graph.nodes[n].get("name") or n),
                fontsize=9, ha="center", va="top", zorder=5,
                bbox={"boxstyle": f"round,pad={_LABEL_PAD}", "fc": "white", "ec": "none",
                      "alpha": 0.8})
        for n in nodes
    ]  # fmt: skip
    discs = []
    for label, node in zip(labels, nodes, strict=True):  # just below its node's disc
        x, y = ax.transData.transform(positions[node])
        label.set_position(tuple(ax.transData.inverted().transform((x, y - radii[node] - 3))))
        discs.append(Bbox.from_bounds(x - radii[node], y - radii[node], 2 * radii[node],
                                      2 * radii[node]))  # fmt: skip
    pad = _LABEL_PAD * 9 * figure.dpi / 72 + 1
    place_labels(ax, labels, discs, pad=pad)
    spread_labels(ax, labels, obstacles=discs, pad=pad)
    _legend(ax, graph, edges, palette)
    return figure


_GID = re.compile(r'<g id="pl-(edge|node)-(\d+)">')
_HIT = re.compile(r'<g id="pl-hit-(\d+)">')


def interactive_svg(figure: Figure, tips: dict[str, list[str]]) -> str:
    """The figure as inline SVG whose edges and nodes are clickable and have tooltips.

    ``tips`` maps ``edge`` and ``node`` to the tooltip text of each (by index). Each element
    gets ``data-pl-click="edge:N"`` (or ``node:N``) for :class:`~polemos_widgets.pane.HtmlPane`
    and a ``<title>`` (escaped); a wide transparent stroke under each edge makes it easy to hit.
    """
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "polemos"}):
        figure.savefig(buffer, format="svg")
    svg = buffer.getvalue().decode("utf-8")
    svg = svg[svg.index("<svg") :]

    def tip(kind: str, index: int) -> str:
        texts = tips.get(kind, [])
        return escape(texts[index]) if index < len(texts) else ""

    svg = _GID.sub(
        lambda m: (
            f'<g id="pl-{m[1]}-{m[2]}" class="pl-{m[1]}" data-pl-click="{m[1]}:{m[2]}">'
            f"<title>{tip(m[1], int(m[2]))}</title>"
        ),
        svg,
    )
    return _HIT.sub(
        lambda m: (
            f'<g id="pl-hit-{m[1]}" class="pl-hit" data-pl-click="edge:{m[1]}">'
            f"<title>{tip('edge', int(m[1]))}</title>"
        ),
        svg,
    )

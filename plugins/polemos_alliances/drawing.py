"""Draw the actor network with matplotlib: who is allied with and who fights whom.

Cooperation edges (supports, allied_with, affiliated_with) are green, hostility edges red;
the line style tells the type (solid: allied_with, dashed: supports, dotted: affiliated_with,
solid red: hostile_to), arrows show direction for directed types, and former relations are
drawn faded. Node colour is the actor type, with a legend for both.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import networkx as nx
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["EDGE_STYLES", "TYPE_COLOURS", "draw_network"]

TYPE_COLOURS = {
    "state_force": "#1f4e9c",
    "armed_group": "#d9822b",
    "government": "#6a3d9a",
    "international": "#2a9d8f",
    "media": "#8c8c8c",
    "person": "#e9c46a",
    "civilians": "#b5d99c",
}
"""Node colour of each actor type (others are light grey)."""

ALLY_COLOUR = "#2e8b3a"
ENEMY_COLOUR = "#c62828"
EDGE_STYLES: dict[str, tuple[str, Any, str]] = {
    "allied_with": (ALLY_COLOUR, "solid", "allied with"),
    "supports": (ALLY_COLOUR, "dashed", "supports"),
    "affiliated_with": (ALLY_COLOUR, (0, (1, 1.2)), "affiliated with"),
    "hostile_to": (ENEMY_COLOUR, "solid", "hostile to"),
}
"""Colour, line style and legend label of each relation type."""


def draw_network(
    graph: nx.MultiDiGraph,
    *,
    ax: Axes | None = None,
    path: str | Path | None = None,
    title: str | None = None,
    seed: int = 7,
) -> Figure:
    """Draw ``graph`` (from :func:`~polemos_alliances.network.build_network`) and return the figure.

    Labels are the actors' names. ``path`` saves the figure (PNG, SVG, PDF by suffix).
    """
    import matplotlib.pyplot as plt
    import networkx as nx
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if ax is None:
        figure, ax = plt.subplots(figsize=(12, 9))
    else:
        figure = cast("Figure", ax.figure)
    undirected = nx.Graph(graph)
    spread = 2.2 / max(len(graph), 1) ** 0.5
    positions = nx.spring_layout(undirected, seed=seed, k=spread, iterations=200)
    _draw_edges(graph, positions, ax)
    node_colours = [
        TYPE_COLOURS.get(data.get("type", ""), "#d0d0d0") for _, data in graph.nodes(data=True)
    ]
    nx.draw_networkx_nodes(
        graph, positions, ax=ax, node_color=node_colours, node_size=900, edgecolors="#333333"
    )
    labels = {
        node: _literal(_wrap(str(data.get("name") or node)))
        for node, data in graph.nodes(data=True)
    }
    label_positions = {node: (x, y - 0.07) for node, (x, y) in positions.items()}
    nx.draw_networkx_labels(
        graph,
        label_positions,
        labels=labels,
        ax=ax,
        font_size=9,
        verticalalignment="top",
        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.75},
    )
    types = sorted({data.get("type", "") for _, data in graph.nodes(data=True)})
    node_legend = [
        Patch(color=TYPE_COLOURS.get(t, "#d0d0d0"), label=_literal(t.replace("_", " ")))
        for t in types
    ]
    edge_legend = [
        Line2D([0], [0], color=colour, linestyle=style, linewidth=2, label=label)
        for colour, style, label in EDGE_STYLES.values()
    ]
    edge_legend.append(Line2D([0], [0], color="#999999", linewidth=2, alpha=0.4, label="former"))
    first = ax.legend(handles=node_legend, title="actor type", loc="upper left", fontsize=8)
    ax.add_artist(first)
    ax.legend(handles=edge_legend, title="relation", loc="lower left", fontsize=8)
    ax.set_title(_literal(title or "Actor network: allies (green) and enemies (red)"))
    ax.margins(0.12)
    ax.axis("off")
    if path is not None:
        figure.savefig(path, dpi=120, bbox_inches="tight")
    return figure


def _draw_edges(graph: nx.MultiDiGraph, positions: dict[Any, Any], ax: Axes) -> None:
    import networkx as nx

    # Two relations between the same pair are bent apart so both stay visible.
    pair_counts: dict[frozenset[str], int] = {}
    for source, target, data in graph.edges(data=True):
        pair = frozenset((source, target))
        rank = pair_counts.get(pair, 0)
        pair_counts[pair] = rank + 1
        colour, style, _ = EDGE_STYLES.get(data.get("type", ""), ("#999999", "solid", ""))
        former = data.get("former", 0) and not data.get("current", 0)
        nx.draw_networkx_edges(
            graph,
            positions,
            edgelist=[(source, target)],
            ax=ax,
            edge_color=colour,
            style=style,
            width=1.5 + min(int(data.get("count", 1)), 5),
            alpha=0.35 if former else 0.9,
            arrows=True,
            arrowstyle="-|>" if not data.get("symmetric", False) else "-",
            arrowsize=16,
            node_size=900,
            connectionstyle=f"arc3,rad={0.12 + 0.18 * rank}",
        )


def _literal(text: str) -> str:
    """``text`` with ``$`` escaped: matplotlib would read the text between two as TeX."""
    return text.replace("$", r"\$")


def _wrap(name: str, width: int = 16) -> str:
    """Break a long name on spaces so labels stay compact."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)

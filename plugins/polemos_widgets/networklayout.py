"""Where the network's actors and names go: components side by side, no disc or name on another.

:func:`component_layout` lays out each connected component on its own (networkx's spring
layout) and packs the components in rows, largest first: a lone pair no longer pushes the rest
of the network into a corner. :func:`separate_nodes` then moves discs apart until none overlaps
another; :func:`place_labels` puts each name below, above, beside its disc, or further down,
wherever it overlaps no disc and no name placed before, and :func:`spread_labels` moves names
apart for what is left.
All three work in screen space, the space where overlaps are seen.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

__all__ = ["component_layout", "place_labels", "separate_nodes", "spread_labels"]

Position = tuple[float, float]


def component_layout(graph: nx.Graph, seed: int = 7) -> dict[Hashable, Position]:
    """Positions of ``graph``'s nodes: each connected component laid out apart, then packed.

    A component of ``n`` nodes gets a square of side proportional to ``sqrt(n)``; the squares
    fill rows about as wide as the whole is tall, the largest component first.
    """
    undirected = nx.Graph(graph)
    parts = sorted(
        nx.connected_components(undirected), key=lambda part: (-len(part), sorted(map(str, part)))
    )
    sides = [math.sqrt(len(part)) for part in parts]
    width = max(math.sqrt(sum(side * side for side in sides)) * 1.6, max(sides, default=1.0))
    positions: dict[Hashable, Position] = {}
    x = y = row_height = 0.0
    for part, side in zip(parts, sides, strict=True):
        if x > 0 and x + side > width:
            x, y, row_height = 0.0, y - row_height - 0.6, 0.0
        sub = undirected.subgraph(part)
        if len(part) == 1:
            laid: Mapping[Hashable, Any] = {next(iter(part)): (0.0, 0.0)}
        else:
            laid = nx.spring_layout(sub, seed=seed, k=1.6 / math.sqrt(len(part)), iterations=200)
        xs = [float(p[0]) for p in laid.values()]
        ys = [float(p[1]) for p in laid.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        for node, point in laid.items():
            positions[node] = (
                x + side * (float(point[0]) - min(xs)) / span,
                y - side * (max(ys) - float(point[1])) / span,
            )
        x += side + 0.6
        row_height = max(row_height, side)
    return positions


def separate_nodes(
    ax: Axes,
    positions: dict[Hashable, Position],
    radii: Mapping[Hashable, float],
    gap: float = 4.0,
    rounds: int = 300,
) -> int:
    """Move the discs of ``positions`` (``radii`` in pixels) apart until none overlaps another.

    Positions are changed in place; returns how many overlapping pairs are left (0 unless
    ``rounds`` ran out).
    """
    nodes = list(positions)
    to_data = ax.transData.inverted()
    shown = {n: [float(v) for v in ax.transData.transform(positions[n])] for n in nodes}
    left = 0
    for _ in range(rounds):
        left = 0
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                dx, dy = shown[b][0] - shown[a][0], shown[b][1] - shown[a][1]
                distance = math.hypot(dx, dy)
                wanted = radii[a] + radii[b] + gap
                if distance >= wanted:
                    continue
                left += 1
                if distance == 0:
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (wanted - distance) / 2 + 0.5
                ux, uy = dx / distance, dy / distance
                shown[a] = [shown[a][0] - ux * push, shown[a][1] - uy * push]
                shown[b] = [shown[b][0] + ux * push, shown[b][1] + uy * push]
        if left == 0:
            break
    for node in nodes:
        x, y = to_data.transform(shown[node])
        positions[node] = (float(x), float(y))
    return left


def _overlap(a: Bbox, b: Bbox) -> tuple[float, float]:
    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
    dy = min(a.y1, b.y1) - max(a.y0, b.y0)
    return dx, dy


def spread_labels(
    ax: Axes,
    labels: Sequence[Text],
    rounds: int = 200,
    gap: float = 2.0,
    obstacles: Sequence[Bbox] = (),
    pad: float = 0.0,
) -> int:
    """Move ``labels`` (vertically, in screen space) until none overlaps another or an obstacle.

    ``obstacles`` are boxes that stay where they are (the discs of the actors); ``pad`` (pixels)
    widens each label's box, for the background box drawn around its text. Returns how many
    overlapping pairs are left (0 unless ``rounds`` ran out).
    """
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    to_data = ax.transData.inverted()
    left = 0
    for _ in range(rounds):
        boxes = [label.get_window_extent(renderer).padded(pad) for label in labels]
        moves = [0.0] * len(labels)
        left = 0
        for i in range(len(labels)):
            for j in range(i + 1, len(labels)):
                dx, dy = _overlap(boxes[i], boxes[j])
                if dx > 0 and dy > -gap:
                    left += 1
                    push = (dy + gap) / 2 + 0.5
                    upper = i if boxes[i].y0 + boxes[i].y1 >= boxes[j].y0 + boxes[j].y1 else j
                    moves[upper] += push
                    moves[j if upper == i else i] -= push
            for obstacle in obstacles:
                dx, dy = _overlap(boxes[i], obstacle)
                if dx > 0 and dy > -gap:
                    left += 1
                    above = boxes[i].y0 + boxes[i].y1 >= obstacle.y0 + obstacle.y1
                    moves[i] += (dy + gap + 0.5) * (1 if above else -1)
        if left == 0:
            return 0
        for label, move in zip(labels, moves, strict=True):
            if move:
                x, y = label.get_position()
                shown = ax.transData.transform((x, y))
                label.set_position(tuple(to_data.transform((shown[0], shown[1] + move))))
    return left


def _area(a: Bbox, b: Bbox) -> float:
    dx, dy = _overlap(a, b)
    return dx * dy if dx > 0 and dy > 0 else 0.0


def place_labels(
    ax: Axes,
    labels: Sequence[Text],
    discs: Sequence[Bbox],
    pad: float = 0.0,
    gap: float = 3.0,
) -> int:
    """Put each label (``ha="center"``, ``va="top"``) by its disc where it overlaps nothing.

    ``labels[i]`` names the actor drawn as ``discs[i]`` (screen boxes). Tried in turn: below the
    disc, above, right, left, then lower and higher; the first place overlapping no disc and no
    name already placed wins, else the least overlapping one. Returns how many labels overlap
    something.
    """
    from matplotlib.transforms import Bbox

    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    to_data = ax.transData.inverted()
    placed: list[Bbox] = []
    crowded = 0
    for label, disc in zip(labels, discs, strict=True):
        box = label.get_window_extent(renderer).padded(pad)
        width, height = box.width, box.height
        cx, cy = (disc.x0 + disc.x1) / 2, (disc.y0 + disc.y1) / 2
        below, above = disc.y0 - gap - pad, disc.y1 + gap + height - pad
        tops = [(cx, below), (cx, above),
                (disc.x1 + gap + width / 2, cy + height / 2),
                (disc.x0 - gap - width / 2, cy + height / 2)]  # fmt: skip
        tops += [(cx, top) for k in (1, 2, 3) for top in (below - k * height, above + k * height)]
        best, best_cost = tops[0], math.inf
        for x, top in tops:
            candidate = Bbox.from_bounds(x - width / 2, top + pad - height, width, height)
            cost = sum(_area(candidate, other) for other in [*discs, *placed])
            if cost < best_cost:
                best, best_cost = (x, top), cost
            if cost == 0:
                break
        crowded += best_cost > 0
        label.set_position(tuple(to_data.transform(best)))
        placed.append(label.get_window_extent(renderer).padded(pad))
    return crowded

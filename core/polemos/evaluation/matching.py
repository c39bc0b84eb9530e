"""One-to-one matching of predicted spans to gold spans that overlap them.

Each gold span takes at most one prediction and each prediction at most one gold span. Among
the matchings, the scorer takes one of maximum size and, among those, the one with the most
overlapping characters (a maximum-weight matching of maximum cardinality, by networkx).
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

Span = tuple[int, int]
"""A ``(start, end)`` pair of code-point offsets, end exclusive."""


def overlap(first: Span, second: Span) -> int:
    """Count the characters two spans share (``0`` when they do not overlap).

    Example:
        >>> overlap((0, 5), (3, 10)), overlap((0, 3), (3, 6))
        (2, 0)

    """
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def match_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> dict[int, int]:
    """Match predictions to overlapping gold spans, one to one.

    Returns ``{gold index: predicted index}``.

    Example:
        >>> match_spans([(0, 5), (10, 15)], [(2, 4), (3, 12), (13, 14)])
        {0: 0, 1: 1}

    """
    graph = nx.Graph()
    for gold_index, gold_span in enumerate(gold):
        for predicted_index, predicted_span in enumerate(predicted):
            shared = overlap(gold_span, predicted_span)
            if shared:
                graph.add_edge(("gold", gold_index), ("predicted", predicted_index), weight=shared)
    pairs: dict[int, int] = {}
    for first, second in nx.max_weight_matching(graph, maxcardinality=True):
        gold_node, predicted_node = (first, second) if first[0] == "gold" else (second, first)
        pairs[gold_node[1]] = predicted_node[1]
    return dict(sorted(pairs.items()))


def overlaps_any(span: Span, others: Sequence[Span]) -> bool:
    """Tell whether ``span`` overlaps at least one of ``others``."""
    return any(overlap(span, other) for other in others)

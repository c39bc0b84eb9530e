"""One-to-one matching of predicted spans to gold spans that overlap them.

Each gold span takes at most one prediction and each prediction at most one gold span. Among
the matchings, the scorer takes one of maximum size and, among those, the one with the most
overlapping characters (a maximum-weight matching of maximum cardinality, by networkx).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

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
    for gold_index, predicted_index, shared in _overlapping_pairs(gold, predicted):
        graph.add_edge(("gold", gold_index), ("predicted", predicted_index), weight=shared)
    pairs: dict[int, int] = {}
    # components are independent: matching each one optimally is optimal overall, and fast
    for component in nx.connected_components(graph):
        for first, second in nx.max_weight_matching(graph.subgraph(component), maxcardinality=True):
            gold_node, predicted_node = (first, second) if first[0] == "gold" else (second, first)
            pairs[gold_node[1]] = predicted_node[1]
    return dict(sorted(pairs.items()))


def _overlapping_pairs(
    gold: Sequence[Span], predicted: Sequence[Span]
) -> Iterator[tuple[int, int, int]]:
    """Yield ``(gold index, predicted index, shared characters)`` for every overlapping pair."""
    order = sorted(range(len(predicted)), key=lambda index: predicted[index][0])
    starts = [predicted[index][0] for index in order]
    longest = max((end - start for start, end in predicted), default=0)
    for gold_index, span in enumerate(gold):
        first = bisect_left(starts, span[0] - longest + 1)
        for predicted_index in order[first : bisect_left(starts, span[1])]:
            shared = overlap(span, predicted[predicted_index])
            if shared:
                yield gold_index, predicted_index, shared


def overlaps_any(span: Span, others: Sequence[Span]) -> bool:
    """Tell whether ``span`` overlaps at least one of ``others``."""
    return any(overlap(span, other) for other in others)

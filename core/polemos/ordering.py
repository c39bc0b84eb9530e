"""Ordering extractors by the layers they require (and, softly, the layers they come after)."""

from __future__ import annotations

from collections.abc import Sequence
from graphlib import CycleError, TopologicalSorter

from polemos.extractor import Extractor


class OrderingError(ValueError):
    """Extractors that cannot be ordered: a missing requirement or a cycle (both named)."""


def order_extractors(extractors: Sequence[Extractor]) -> list[Extractor]:
    """Return ``extractors`` in an order where each runs after the producers of its layers.

    ``requires`` layers must be written by one of ``extractors``; ``after`` layers are waited
    for only when some extractor writes them. Ties keep the given order, so the result is
    deterministic.

    >>> order_extractors([])
    []
    """
    names = [e.name for e in extractors]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise OrderingError(f"several extractors are named {', '.join(duplicates)}")
    producers: dict[str, list[str]] = {}
    for extractor in extractors:
        for layer in extractor.writes:
            producers.setdefault(layer, []).append(extractor.name)
    missing = [
        f"{e.name!r} requires layer {layer!r}"
        for e in extractors
        for layer in e.requires
        if layer not in producers
    ]
    if missing:
        raise OrderingError(
            "missing requirement: " + "; ".join(missing) + " (no selected extractor writes it)"
        )
    sorter: TopologicalSorter[str] = TopologicalSorter()
    for extractor in extractors:
        before = {
            producer
            for layer in (*extractor.requires, *extractor.after)
            for producer in producers.get(layer, ())
            if producer != extractor.name
        }
        sorter.add(extractor.name, *sorted(before, key=names.index))
    try:
        sorter.prepare()
    except CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise OrderingError(f"extractors depend on each other in a cycle: {cycle}") from exc
    by_name = {e.name: e for e in extractors}
    ordered: list[Extractor] = []
    while sorter.is_active():
        ready = sorted(sorter.get_ready(), key=names.index)
        ordered.extend(by_name[name] for name in ready)
        sorter.done(*ready)
    return ordered

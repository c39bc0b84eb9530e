"""Ordering extractors by declared requirements."""

from __future__ import annotations

import pytest
from polemos import Extractor, OrderingError, order_extractors


def make(
    name: str, writes: tuple[str, ...], requires: tuple[str, ...] = (), after: tuple[str, ...] = ()
) -> Extractor:
    attrs = {
        "name": name,
        "writes": writes,
        "requires": requires,
        "after": after,
        "extract": lambda self, ctx: None,
    }
    cls: type[Extractor] = type(f"X{name}", (Extractor,), attrs)
    return cls()


def test_requirements_come_first_and_ties_keep_the_given_order() -> None:
    alliances = make("alliances", ("alliances",), requires=("actors",))
    quantities = make("quantities", ("quantities",), after=("actors",))
    actors = make("actors", ("actors", "locations"))
    other = make("other", ("other",))
    ordered = order_extractors([alliances, quantities, other, actors])
    names = [e.name for e in ordered]
    assert names.index("actors") < names.index("alliances")
    assert names.index("actors") < names.index("quantities")
    assert names == ["other", "actors", "alliances", "quantities"]


def test_after_is_ignored_when_nobody_writes_the_layer() -> None:
    quantities = make("quantities", ("quantities",), after=("actors",))
    assert order_extractors([quantities]) == [quantities]


def test_a_missing_requirement_names_extractor_and_layer() -> None:
    with pytest.raises(OrderingError, match="'alliances' requires layer 'actors'"):
        order_extractors([make("alliances", ("alliances",), requires=("actors",))])


def test_a_cycle_is_named() -> None:
    a = make("a", ("la",), requires=("lb",))
    b = make("b", ("lb",), requires=("la",))
    with pytest.raises(OrderingError, match=r"cycle: (a -> b -> a|b -> a -> b)"):
        order_extractors([a, b])


def test_duplicate_names_are_refused() -> None:
    with pytest.raises(OrderingError, match="several extractors are named x"):
        order_extractors([make("x", ("l1",)), make("x", ("l2",))])

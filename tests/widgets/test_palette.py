"""The palette has no look-alikes: every pair of colours shown together is told apart.

The colours are the ones the installed plugins declare in their layer contracts.
"""

from __future__ import annotations

from itertools import combinations, pairwise

import pytest
from polemos.contracts import Contracts, Label, LayerContract, installed_contracts
from polemos_widgets.palette import SPARE_COLOURS, Palette

coloraide = pytest.importorskip("coloraide")

DECLARED = installed_contracts().colours("annotations")


def _distance(a: str, b: str) -> float:
    """CIEDE2000: about 2 is a just-noticeable difference; 10 and more, different colours."""
    return float(coloraide.Color(a).delta_e(coloraide.Color(b), method="2000"))


def _closest(colours: dict[str, str]) -> tuple[float, str, str]:
    return min((_distance(a, b), x, y) for (x, a), (y, b) in combinations(colours.items(), 2))


def _group(*layers: str) -> dict[str, str]:
    group = {f"{layer}:{label}": c for (layer, label), c in DECLARED.items() if layer in layers}
    assert group, f"no declared colour in {layers}"
    return group


def test_actor_types_and_locations_are_far_apart() -> None:
    distance, first, second = _closest(_group("actors", "locations"))
    assert distance >= 15, (first, second)
    international = DECLARED["actors", "international"]
    assert _distance(international, DECLARED["locations", "location"]) >= 25


def test_quantity_categories_are_far_apart_and_from_actors() -> None:
    distance, first, second = _closest(_group("quantities"))
    assert distance >= 12, (first, second)
    for name, colour in _group("quantities").items():
        for other, actor in _group("actors", "locations").items():
            assert _distance(colour, actor) >= 9, (name, other)


def test_spares_differ_from_each_other_and_from_the_declared_colours() -> None:
    for spare, other in combinations(SPARE_COLOURS, 2):
        assert _distance(spare, other) >= 8, (spare, other)
    for spare in SPARE_COLOURS:
        for name, colour in DECLARED.items():
            assert _distance(spare, colour) >= 8, (spare, name)


def test_no_two_purples_nor_two_oranges_among_actors() -> None:
    hues = {
        name: coloraide.Color(colour).convert("oklch")["hue"]
        for name, colour in _group("actors").items()
        if coloraide.Color(colour).convert("oklch")["chroma"] > 0.04
    }
    ordered = sorted(hues.values())
    gaps = [b - a for a, b in pairwise(ordered)]
    assert min(gaps) >= 20, hues  # saturated actor colours: one per hue region


def test_labels_without_a_declared_colour_get_distinct_spare_colours() -> None:
    palette = Palette()
    given = [palette.colour("weapons", label) for label in ("rifle", "drone", "tank")]
    assert len(set(given)) == 3 and set(given) <= set(SPARE_COLOURS)
    assert palette.colour("weapons", "rifle") == given[0]


def test_a_declared_colour_is_used_and_relation_colours_come_from_contracts() -> None:
    contracts = Contracts(
        [
            LayerContract("weapons", labels=(Label("rifle", colour="#123456"),)),
            LayerContract("ties", kind="relations", labels=(Label("arms", colour="#654321"),)),
        ]
    )
    palette = Palette(contracts)
    assert palette.colour("weapons", "rifle") == "#123456"
    assert palette.colour("weapons", "drone") in SPARE_COLOURS
    assert palette.edge_colour("arms") == "#654321"
    assert palette.edge_colour("unknown") == "#555555"

"""The contracts of the layers of ``extractors.py``: ``weapons`` and the ``operates`` relations.

With them, the Explorer highlights drones in their own colour and lists the ``plural`` column
first, the network draws ``operates`` with an arrow, and ``polemos evaluate`` scores the layer
against a gold file holding a ``"weapons"`` list of ``{"start", "end", "label", "plural"}``.
"""

from __future__ import annotations

from polemos import Label, LayerContract, Scoring, hookimpl

WEAPONS = LayerContract(
    layer="weapons",
    labels=(Label("drone", colour="#a3b8cc", description="a drone, armed or not"),),
    attributes={"plural": {"type": "boolean"}},
    columns=("plural",),
    scoring=Scoring(gold_key="weapons", form="spans", label_figure="type", compare=("plural",)),
)

OPERATES = LayerContract(
    layer="operates",
    kind="relations",
    labels=(Label("operates", colour="#7c3aed"),),  # directed: actor -> drone
    endpoints="actors",
)


@hookimpl
def polemos_layer_contracts() -> list[LayerContract]:
    """Declare both layers."""
    return [WEAPONS, OPERATES]

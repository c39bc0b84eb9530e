"""Layer contracts: what the plugin that writes a layer declares about it.

A :class:`LayerContract` names a layer's labels (annotation types or relation types) with their
colours and, for relations, whether their direction counts; the JSON Schema of its attributes;
the columns its tables show first; and, in :class:`Scoring`, how ``polemos evaluate`` scores it
against gold files. Plugins contribute contracts through the ``polemos_layer_contracts`` hook;
the widgets, the evaluation and the store read them through :class:`Contracts` and never name a
plugin's vocabulary, so a third-party layer is highlighted, tabled and scored like a
first-party one.

Example::

    LayerContract(
        layer="weapons",
        labels=(Label("rifle", colour="#e5d8bd"), Label("drone")),
        attributes={"name": {"type": "string"}},
        columns=("name",),
        scoring=Scoring(gold_key="weapons", form="spans", label_figure="type"),
    )
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

GoldForm = Literal["entities", "mentions", "spans", "relations"]
GOLD_FORMS: tuple[str, ...] = ("entities", "mentions", "spans", "relations")
"""The shapes of gold items (``gold/FORMAT.md``) a layer can be scored from.

- ``entities``: ``{"id", "name", "type", "mentions", "optional_mentions"}``, one annotation per
  mention, the label is the ``type``;
- ``mentions``: ``{"name", "mentions"}``, spans only;
- ``spans``: ``{"start", "end", "text", "label"?, <attributes>...}``, one item per annotation;
- ``relations``: ``{"source", "type", "target", <attributes>..., "optional"?}`` between the
  entity ids of the ``entities`` layer named by :attr:`Scoring.endpoints`.
"""

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class ContractError(ValueError):
    """A layer contract is malformed, or two plugins declare one layer differently."""


@dataclass(frozen=True)
class Label:
    """One label of a layer: its name, its colour and, for a relation, its symmetry.

    ``colour`` is a CSS ``#rrggbb`` colour (the highlight of an annotation, the line of a
    relation); ``None`` lets the palette hand out a free one. ``symmetric`` relation labels
    ignore direction (scoring sorts their ends; drawings show no arrow).
    """

    name: str
    colour: str | None = None
    symmetric: bool = False
    description: str = ""


@dataclass(frozen=True)
class Scoring:
    """How ``polemos evaluate`` scores a layer against gold files.

    - ``gold_key``: the key of the gold file holding this layer's items;
    - ``form``: the shape of those items (:data:`GOLD_FORMS`);
    - ``prefix``: the prefix of the figure names (the layer name by default);
    - ``label_figure``: the name of the label-accuracy figure on matched items (``None``: the
      label is not judged, or is judged as the attribute :attr:`LayerContract.label_attribute`);
    - ``compare``: the attributes judged on matched items, one accuracy figure each, in order;
    - ``all_figure``: also report ``<prefix>.all``, the share of matches with every compared
      attribute right;

    Alias grouping and purity figures of an ``entities`` layer use its contract's
    ``identity``; a ``relations`` layer is scored against the gold entities of its contract's
    ``endpoints`` layer (itself scored as ``entities``).
    """

    gold_key: str
    form: GoldForm
    prefix: str | None = None
    label_figure: str | None = None
    compare: tuple[str, ...] = ()
    all_figure: bool = False


@dataclass(frozen=True)
class LayerContract:
    """What a plugin declares about a layer it writes.

    - ``layer``: the layer name; ``kind``: ``"annotations"`` or ``"relations"``;
    - ``labels``: its labels, in display order (others may occur: they get spare colours);
    - ``attributes``: a JSON Schema per attribute (``{"value": {"type": ["number", "null"]}}``);
    - ``columns``: the attribute columns its tables show first, in order;
    - ``label_attribute``: the attribute that repeats the label (``category``...), if any;
    - ``references``: attributes holding the id of another annotation of the same layer;
    - ``identity``: the attribute naming the entity an annotation stands for (``actor_id``:
      mentions with one identity are one entity; networks key their nodes by it);
    - ``endpoints``: for relations, the layer their sources and targets belong to;
    - ``scoring``: how it is scored (``None``: it is not);
    - ``highlighted``: ``False`` for a layer whose spans are whole sentences or clauses (an
      event): the Explorer lists it in its tables and details but leaves it out of the text
      until its layer box is ticked, so that it does not cover the other layers' highlights.
    """

    layer: str
    kind: Literal["annotations", "relations"] = "annotations"
    labels: tuple[Label, ...] = ()
    attributes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    label_attribute: str | None = None
    references: tuple[str, ...] = ()
    identity: str | None = None
    endpoints: str | None = None
    scoring: Scoring | None = None
    highlighted: bool = True

    def __post_init__(self) -> None:
        where = f"layer contract {self.layer!r}"
        if not isinstance(self.layer, str) or not self.layer:
            raise ContractError(f"{where}: the layer name is a non-empty string")
        if self.kind not in ("annotations", "relations"):
            raise ContractError(f"{where}: kind {self.kind!r} is not annotations or relations")
        names = [label.name for label in self.labels]
        if len(set(names)) != len(names):
            raise ContractError(f"{where}: a label is declared twice in {names}")
        for label in self.labels:
            if label.colour is not None and not _COLOUR.match(label.colour):
                raise ContractError(
                    f"{where}: label {label.name!r}: colour {label.colour!r} is not #rrggbb"
                )
            if label.symmetric and self.kind != "relations":
                raise ContractError(f"{where}: label {label.name!r}: only relations are symmetric")
        if self.scoring is not None:
            self._check_scoring(self.scoring, where)

    def _check_scoring(self, scoring: Scoring, where: str) -> None:
        if scoring.form not in GOLD_FORMS:
            raise ContractError(f"{where}: gold form {scoring.form!r} is not one of {GOLD_FORMS}")
        if (scoring.form == "relations") != (self.kind == "relations"):
            raise ContractError(f"{where}: gold form {scoring.form!r} does not fit a {self.kind}")
        if scoring.form == "relations" and not self.endpoints:
            raise ContractError(f"{where}: relations are scored with the layer of their endpoints")

    @property
    def label_names(self) -> tuple[str, ...]:
        """The declared labels, in order."""
        return tuple(label.name for label in self.labels)

    @property
    def symmetric(self) -> frozenset[str]:
        """The relation labels whose direction does not count."""
        return frozenset(label.name for label in self.labels if label.symmetric)

    @property
    def prefix(self) -> str:
        """The prefix of this layer's figure names."""
        if self.scoring is not None and self.scoring.prefix:
            return self.scoring.prefix
        return self.layer


class Contracts:
    """The layer contracts of the registered plugins, looked up by layer.

    >>> contracts = Contracts([LayerContract("weapons", labels=(Label("rifle", "#e5d8bd"),))])
    >>> contracts.colour("weapons", "rifle"), contracts.colour("weapons", "drone")
    ('#e5d8bd', None)
    """

    def __init__(self, contracts: Iterable[LayerContract] = ()) -> None:
        self._by_layer: dict[str, LayerContract] = {}
        for contract in contracts:
            known = self._by_layer.get(contract.layer)
            if known is not None and known != contract:
                raise ContractError(f"layer {contract.layer!r} is declared twice, differently")
            self._by_layer[contract.layer] = contract

    def __iter__(self) -> Iterator[LayerContract]:
        return iter(self._by_layer.values())

    def __len__(self) -> int:
        return len(self._by_layer)

    def __contains__(self, layer: object) -> bool:
        return layer in self._by_layer

    def __repr__(self) -> str:
        return f"Contracts({list(self._by_layer)})"

    def extended_by(self, others: Iterable[LayerContract]) -> Contracts:
        """These contracts, plus those of ``others`` for layers these do not declare."""
        return Contracts([*self, *(c for c in others if c.layer not in self._by_layer)])

    def get(self, layer: str) -> LayerContract | None:
        """The contract of ``layer``, or ``None`` when no plugin declares it."""
        return self._by_layer.get(layer)

    @property
    def layers(self) -> tuple[str, ...]:
        """The declared layers, in registration order."""
        return tuple(self._by_layer)

    def colour(self, layer: str, label: str) -> str | None:
        """The declared colour of ``label`` in ``layer`` (``None`` when it has none)."""
        contract = self._by_layer.get(layer)
        if contract is None:
            return None
        return next((lab.colour for lab in contract.labels if lab.name == label), None)

    def colours(self, kind: str = "annotations") -> dict[tuple[str, str], str]:
        """Every declared ``(layer, label) -> colour`` of the layers of ``kind``."""
        return {
            (contract.layer, label.name): label.colour
            for contract in self
            if contract.kind == kind
            for label in contract.labels
            if label.colour is not None
        }

    def relation_colour(self, label: str) -> str | None:
        """The declared line colour of a relation label, in any relation layer."""
        for (_, name), colour in self.colours("relations").items():
            if name == label:
                return colour
        return None

    def symmetric(self, layer: str | None = None) -> frozenset[str]:
        """Symmetric relation labels of ``layer`` (of every relation layer when ``None``)."""
        if layer is None:
            chosen = list(self)
        else:
            chosen = [self._by_layer[layer]] if layer in self._by_layer else []
        return frozenset(name for contract in chosen for name in contract.symmetric)

    def columns(self, layer: str) -> tuple[str, ...]:
        """The attribute columns a table of ``layer`` shows first."""
        contract = self._by_layer.get(layer)
        return contract.columns if contract is not None else ()

    def scored(self) -> list[LayerContract]:
        """The contracts that say how they are scored, span layers before relation layers."""
        scored = [contract for contract in self if contract.scoring is not None]
        return sorted(scored, key=lambda contract: contract.kind == "relations")

    def relation_layers(self) -> list[LayerContract]:
        """The contracts of relation layers."""
        return [contract for contract in self if contract.kind == "relations"]


@cache
def installed_contracts() -> Contracts:
    """The contracts of the installed plugins (entry points), read once per process.

    Widgets and the scorer use it when they are given no :class:`Contracts`; pass one built
    from your own :class:`~polemos.PluginManager` (``manager.layer_contracts()``) to use others.
    """
    from polemos.plugins import PluginManager

    return PluginManager().layer_contracts()

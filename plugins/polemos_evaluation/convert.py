"""Turn a gold document into a ``polemos.document/1`` dict, as a perfect pipeline would write it.

Useful to plugin authors (a reference output to compare with, fixtures for a layer they
require) and to the scorer's own tests: a gold document scored against its conversion gets
1.0 on every figure. All annotations and relations belong to one run, ``gold``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from polemos.contracts import Contracts, LayerContract, installed_contracts

from polemos_evaluation.gold import GoldDocument, GoldEntity, Span
from polemos_evaluation.scoring import GoldItem, endpoint_contract, scored_layers

FORMAT = "polemos.document/1"
GOLD_RUN = "gold"


def gold_to_document(gold: GoldDocument, contracts: Contracts | None = None) -> dict[str, Any]:
    """Build the ``polemos.document/1`` dict holding every gold annotation of ``gold``.

    Each layer the scorer scores on ``gold`` (``contracts``: the installed plugins' when
    ``None``) is written by the form its contract declares:

    - ``entities``: one annotation per mention, label the entity type, attributes the
      contract's ``identity`` (the gold entity id), ``name``, ``country`` and ``optional``
      (true for an optional mention);
    - ``mentions``: label the contract's first label, attribute ``name``;
    - ``spans``: label the ``label_attribute`` (or the item's label), the item's attributes,
      each reference attribute (``part_of``) the id of the whole's annotation, or null;
    - ``relations``: label the relation type, from the first mention of the source entity to
      the first mention of the target entity, attributes ``status``, ``evidence`` (null: the
      gold does not give the sentence) and ``optional``.

    Annotation ids are ``<layer>:<start>-<end>``, deterministic and readable (a suffix keeps
    them unique if two gold items share a span).

    Example:
        >>> document = gold_to_document(load_gold(path))  # doctest: +SKIP
        >>> document["annotations"][0]["attributes"]["actor_id"]  # doctest: +SKIP
        'syrian_army'

    """
    contracts = contracts if contracts is not None else installed_contracts()
    builder = _Builder(gold)
    relations: list[dict[str, Any]] = []
    layers = scored_layers(gold, contracts)
    first_mention: dict[str, dict[str, str]] = {}
    for contract in layers:
        assert contract.scoring is not None
        form = contract.scoring.form
        if form == "entities":
            first_mention[contract.layer] = {
                entity.id: builder.entity(contract, entity) for entity in gold.entities
            }
        elif form == "mentions":
            label = contract.label_names[0] if contract.labels else contract.layer
            for location in gold.locations:
                for span in location.mentions:
                    builder.annotate(contract.layer, label, span, {"name": location.name})
        elif form == "spans":
            builder.spans(contract, gold.span_items(contract.scoring.gold_key))
    for contract in layers:
        ends = endpoint_contract(contract, contracts)
        if contract.scoring is None or contract.scoring.form != "relations" or ends is None:
            continue
        firsts = first_mention.get(ends.layer, {})
        relations += [
            {
                "id": f"{contract.layer}:{index}",
                "layer": contract.layer,
                "label": relation.type,
                "source": firsts[relation.source],
                "target": firsts[relation.target],
                "attributes": {
                    "status": relation.status,
                    "evidence": None,
                    "optional": relation.optional,
                },
                "run": GOLD_RUN,
            }
            for index, relation in enumerate(gold.relations)
        ]
    return {
        "format": FORMAT,
        "id": gold.id,
        "text": gold.text,
        "meta": {"lang": gold.lang, "source": str(gold.path) if gold.path else None},
        "runs": {GOLD_RUN: {"plugin": GOLD_RUN, "version": "1", "config": {}}},
        "annotations": builder.annotations,
        "relations": relations,
        "errors": [],
    }


class _Builder:
    """Collects annotation dicts of one document, with unique readable ids."""

    def __init__(self, gold: GoldDocument) -> None:
        self.text = gold.text
        self.annotations: list[dict[str, Any]] = []
        self.ids: set[str] = set()

    def annotate(self, layer: str, label: str, span: Span, attributes: dict[str, Any]) -> str:
        annotation_id = base = f"{layer}:{span[0]}-{span[1]}"
        while annotation_id in self.ids:  # two gold items on one span: keep ids unique
            annotation_id = f"{base}#{len(self.ids)}"
        self.ids.add(annotation_id)
        self.annotations.append(
            {
                "id": annotation_id,
                "layer": layer,
                "label": label,
                "start": span[0],
                "end": span[1],
                "text": self.text[span[0] : span[1]],
                "attributes": attributes,
                "run": GOLD_RUN,
            }
        )
        return annotation_id

    def entity(self, contract: LayerContract, entity: GoldEntity) -> str:
        """Annotate every mention of ``entity``; return the id of its first mention."""
        identity = {contract.identity: entity.id} if contract.identity else {}
        ids = [
            self.annotate(
                contract.layer,
                entity.type,
                span,
                {
                    **identity,
                    "name": entity.name,
                    "country": entity.country,
                    "optional": span not in entity.mentions,
                },
            )
            for span in entity.all_mentions
        ]
        return ids[0]

    def spans(self, contract: LayerContract, items: Sequence[GoldItem]) -> None:
        """Annotate span items, each reference attribute the id of the whole's annotation."""
        assert contract.scoring is not None
        ids = [f"{contract.layer}:{item.start}-{item.end}" for item in items]
        names = dict.fromkeys([*contract.scoring.compare, *contract.columns, *contract.attributes])
        for item in items:
            attributes = {name: item.attribute(name) for name in names}
            if hasattr(item, "attributes"):
                attributes.update(item.attributes)
            for name in contract.references:
                attributes[name] = None if item.part_of is None else ids[item.part_of]
            label = item.attribute(contract.label_attribute) if contract.label_attribute else None
            self.annotate(contract.layer, str(label or item.label), item.span, attributes)

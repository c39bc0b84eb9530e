"""Turn a gold document into a ``polemos.document/1`` dict, as a perfect pipeline would write it.

Useful to plugin authors (a reference output to compare with, fixtures for a layer they
require) and to the scorer's own tests: a gold document scored against its conversion gets
1.0 on every figure. All annotations and relations belong to one run, ``gold``.
"""

from __future__ import annotations

from typing import Any

from polemos.evaluation.gold import GoldDocument, GoldEntity, Span
from polemos.evaluation.relations import ALLIANCES
from polemos.evaluation.scoring import ACTORS, LOCATIONS, QUANTITIES

FORMAT = "polemos.document/1"
GOLD_RUN = "gold"


def gold_to_document(gold: GoldDocument) -> dict[str, Any]:
    """Build the ``polemos.document/1`` dict holding every gold annotation of ``gold``.

    - ``actors``: one annotation per mention, label the entity type, attributes ``actor_id``
      (the gold entity id), ``name``, ``country`` and ``optional`` (true for an optional
      mention);
    - ``locations``: label ``location``, attribute ``name``;
    - ``quantities``: label the category, attributes ``value``, ``bound``, ``unit``, ``item``,
      ``category``, ``certainty`` and ``part_of`` (the id of the whole's annotation, or null);
    - ``alliances``: label the relation type, from the first mention of the source entity to
      the first mention of the target entity, attributes ``status``, ``evidence`` (null: the
      gold does not give the sentence) and ``optional``.

    Annotation ids are ``<layer>:<start>-<end>``, deterministic and readable (a suffix keeps
    them unique if two gold items share a span).

    Example:
        >>> document = gold_to_document(load_gold(path))  # doctest: +SKIP
        >>> document["annotations"][0]["attributes"]["actor_id"]  # doctest: +SKIP
        'syrian_army'

    """
    builder = _Builder(gold)
    first_mention = {entity.id: builder.actor(entity) for entity in gold.entities}
    for location in gold.locations:
        for span in location.mentions:
            builder.annotate(LOCATIONS, "location", span, {"name": location.name})
    quantity_ids = [builder.quantity_id(quantity.span) for quantity in gold.quantities]
    for quantity in gold.quantities:
        builder.annotate(
            QUANTITIES,
            str(quantity.category),
            quantity.span,
            {
                "value": quantity.value,
                "bound": quantity.bound,
                "unit": quantity.unit,
                "item": quantity.item,
                "category": quantity.category,
                "certainty": quantity.certainty,
                "part_of": None if quantity.part_of is None else quantity_ids[quantity.part_of],
            },
        )
    relations = [
        {
            "id": f"{ALLIANCES}:{index}",
            "layer": ALLIANCES,
            "label": relation.type,
            "source": first_mention[relation.source],
            "target": first_mention[relation.target],
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

    @staticmethod
    def quantity_id(span: Span) -> str:
        return f"{QUANTITIES}:{span[0]}-{span[1]}"

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

    def actor(self, entity: GoldEntity) -> str:
        """Annotate every mention of ``entity``; return the id of its first mention."""
        ids = [
            self.annotate(
                ACTORS,
                entity.type,
                span,
                {
                    "actor_id": entity.id,
                    "name": entity.name,
                    "country": entity.country,
                    "optional": span not in entity.mentions,
                },
            )
            for span in entity.all_mentions
        ]
        return ids[0]

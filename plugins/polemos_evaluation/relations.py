"""Score predicted relations against the gold relations (the layer's contract says how).

Relations are document-level facts. Each predicted relation is reduced to a key
``(type, source entity, target entity)``: an endpoint annotation stands for the gold entity
whose mention (required or optional) it overlaps most; for the types the contract declares
symmetric the two entities are sorted, so direction does not count. Predicted relations
sharing a key count once, and a compared attribute (``status``) is right only when they all
carry the gold value. An endpoint that overlaps no gold mention keeps the identity attribute
of its layer's contract (or its annotation id) as its key, so the relation counts once as
spurious.

A gold relation is optional when flagged ``optional`` or when one of its entities is
optional; predicting it is neither rewarded nor punished.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from polemos.contracts import LayerContract

from polemos_evaluation.figures import Detection, Figure, count
from polemos_evaluation.gold import GoldDocument
from polemos_evaluation.matching import overlap
from polemos_evaluation.prediction import Prediction, attributes_of, entity_key, span_of

Key = tuple[str, str, str]


def relation_key(
    relation_type: str, source: str, target: str, symmetric: Collection[str] = ()
) -> Key:
    """Return the document-level key of a relation; ``symmetric`` types ignore direction.

    Example:
        >>> relation_key("fights", "b", "a", {"fights"}), relation_key("arms", "b", "a")
        (('fights', 'a', 'b'), ('arms', 'b', 'a'))

    """
    if relation_type in symmetric:
        source, target = sorted((source, target))
    return (relation_type, source, target)


@dataclass(frozen=True)
class RelationKeys:
    """The document-level relation keys of a gold document and of a prediction.

    ``required`` maps each required gold key to its status; ``optional`` holds the optional
    gold keys (never required ones); ``predicted`` maps each predicted key to the statuses and
    the relation dicts that carry it.
    """

    required: Mapping[Key, str | None]
    optional: frozenset[Key]
    predicted: Mapping[Key, tuple[frozenset[object], tuple[Mapping[str, Any], ...]]]


def relation_keys(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract, ends: LayerContract
) -> RelationKeys:
    """Reduce gold and predicted relations of ``contract``'s layer to document-level keys.

    ``ends`` is the contract of the endpoints' layer (its identity attribute keys an endpoint
    that overlaps no gold mention).
    """
    symmetric = contract.symmetric
    required: dict[Key, str | None] = {}
    optional: set[Key] = set()
    for relation in gold.relations:
        key = relation_key(relation.type, relation.source, relation.target, symmetric)
        entities = (gold.entity(relation.source), gold.entity(relation.target))
        if relation.optional or any(entity.optional for entity in entities):
            optional.add(key)
        else:
            required.setdefault(key, relation.status)
    optional -= required.keys()

    statuses: dict[Key, set[object]] = {}
    carriers: dict[Key, list[Mapping[str, Any]]] = {}
    for predicted in prediction.relations(contract.layer):
        key = relation_key(
            str(predicted.get("label")),
            _entity_key(gold, prediction, predicted.get("source"), ends.identity),
            _entity_key(gold, prediction, predicted.get("target"), ends.identity),
            symmetric,
        )
        statuses.setdefault(key, set()).add(attributes_of(predicted).get("status"))
        carriers.setdefault(key, []).append(predicted)
    return RelationKeys(
        required=required,
        optional=frozenset(optional),
        predicted={key: (frozenset(statuses[key]), tuple(carriers[key])) for key in statuses},
    )


def score_relations(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract, ends: LayerContract
) -> dict[str, Figure]:
    """``<prefix>.overall``, ``<prefix>.<type>`` for each type, ``<prefix>.status``.

    The types come in the contract's order, then the others that occur; the ``status`` figure
    is reported when the contract compares ``status``.
    """
    prefix = contract.prefix
    keys = relation_keys(gold, prediction, contract, ends)
    required, optional = keys.required, keys.optional
    statuses = {key: found[0] for key, found in keys.predicted.items()}

    declared = list(contract.label_names)
    types = declared + sorted({key[0] for key in [*required, *statuses]} - set(declared))
    by_type: dict[str, Detection] = {}
    for relation_type in types:
        gold_keys = {key for key in required if key[0] == relation_type}
        predicted_keys = {key for key in statuses if key[0] == relation_type} - optional
        by_type[f"{prefix}.{relation_type}"] = Detection(
            correct=len(gold_keys & predicted_keys),
            missed=len(gold_keys - predicted_keys),
            spurious=len(predicted_keys - gold_keys),
        )
    overall = sum(by_type.values(), Detection())
    found = sorted(required.keys() & statuses.keys())
    figures: dict[str, Figure] = {f"{prefix}.overall": overall, **by_type}
    if contract.scoring is not None and "status" in contract.scoring.compare:
        figures[f"{prefix}.status"] = count([statuses[key] == {required[key]} for key in found])
    return figures


def _entity_key(
    gold: GoldDocument, prediction: Prediction, annotation_id: object, identity: str | None
) -> str:
    """Key the gold entity an endpoint stands for, or the endpoint's own actor if none."""
    annotation = prediction.annotation(annotation_id)
    if annotation is None:
        return f"unknown:{annotation_id}"
    span = span_of(annotation)
    best, best_overlap = None, 0
    for entity in gold.entities:
        shared = max(overlap(span, mention) for mention in entity.all_mentions)
        if shared > best_overlap:
            best, best_overlap = entity.id, shared
    return best if best is not None else entity_key(annotation, identity)

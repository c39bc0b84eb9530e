"""Score predicted relations (layer ``alliances``) against the gold relations.

Relations are document-level facts. Each predicted relation is reduced to a key
``(type, source entity, target entity)``: an endpoint annotation stands for the gold entity
whose mention (required or optional) it overlaps most; for the symmetric types
(``allied_with``, ``hostile_to``) the two entities are sorted, so direction does not count.
Predicted relations sharing a key count once, and their status is right only when they all
carry the gold status. An endpoint that overlaps no gold mention keeps the predicted
``actor_id`` (or annotation id) as its key, so the relation counts once as spurious.

A gold relation is optional when flagged ``optional`` or when one of its entities is
optional; predicting it is neither rewarded nor punished.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from polemos.evaluation.figures import Detection, Figure, count
from polemos.evaluation.gold import SYMMETRIC_RELATIONS, GoldDocument
from polemos.evaluation.matching import overlap
from polemos.evaluation.prediction import Prediction, actor_key, attributes_of, span_of

ALLIANCES = "alliances"
"""The relation layer the scorer reads."""

RELATION_TYPES = ("supports", "allied_with", "affiliated_with", "hostile_to")
"""The relation types of FORMAT.md, in report order; others are scored too if they occur."""

Key = tuple[str, str, str]


def relation_key(relation_type: str, source: str, target: str) -> Key:
    """Return the document-level key of a relation; symmetric types ignore direction.

    Example:
        >>> relation_key("hostile_to", "b", "a"), relation_key("supports", "b", "a")
        (('hostile_to', 'a', 'b'), ('supports', 'b', 'a'))

    """
    if relation_type in SYMMETRIC_RELATIONS:
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


def relation_keys(gold: GoldDocument, prediction: Prediction) -> RelationKeys:
    """Reduce gold and predicted relations to their document-level keys."""
    required: dict[Key, str | None] = {}
    optional: set[Key] = set()
    for relation in gold.relations:
        key = relation_key(relation.type, relation.source, relation.target)
        entities = (gold.entity(relation.source), gold.entity(relation.target))
        if relation.optional or any(entity.optional for entity in entities):
            optional.add(key)
        else:
            required.setdefault(key, relation.status)
    optional -= required.keys()

    statuses: dict[Key, set[object]] = {}
    carriers: dict[Key, list[Mapping[str, Any]]] = {}
    for predicted in prediction.relations(ALLIANCES):
        key = relation_key(
            str(predicted.get("label")),
            _entity_key(gold, prediction, predicted.get("source")),
            _entity_key(gold, prediction, predicted.get("target")),
        )
        statuses.setdefault(key, set()).add(attributes_of(predicted).get("status"))
        carriers.setdefault(key, []).append(predicted)
    return RelationKeys(
        required=required,
        optional=frozenset(optional),
        predicted={key: (frozenset(statuses[key]), tuple(carriers[key])) for key in statuses},
    )


def score_relations(gold: GoldDocument, prediction: Prediction) -> dict[str, Figure]:
    """``relations.overall``, ``relations.<type>`` for each type, ``relations.status``."""
    keys = relation_keys(gold, prediction)
    required, optional = keys.required, keys.optional
    statuses = {key: found[0] for key, found in keys.predicted.items()}

    types = list(RELATION_TYPES) + sorted(
        {key[0] for key in [*required, *statuses]} - set(RELATION_TYPES)
    )
    by_type: dict[str, Detection] = {}
    for relation_type in types:
        gold_keys = {key for key in required if key[0] == relation_type}
        predicted_keys = {key for key in statuses if key[0] == relation_type} - optional
        by_type[f"relations.{relation_type}"] = Detection(
            correct=len(gold_keys & predicted_keys),
            missed=len(gold_keys - predicted_keys),
            spurious=len(predicted_keys - gold_keys),
        )
    overall = sum(by_type.values(), Detection())
    found = sorted(required.keys() & statuses.keys())
    return {
        "relations.overall": overall,
        **by_type,
        "relations.status": count([statuses[key] == {required[key]} for key in found]),
    }


def _entity_key(gold: GoldDocument, prediction: Prediction, annotation_id: object) -> str:
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
    return best if best is not None else actor_key(annotation)

"""Score one predicted document against its gold: every figure of FORMAT.md, with counts.

Layers are read under their first-party names (``actors``, ``locations``, ``quantities``,
relation layer ``alliances``). A layer the prediction lacks scores zero: its gold items all
count as missed. Figures are named ``<layer>.<figure>`` and kept in a fixed order, so the
figures of several documents add up key by key (see :func:`sum_figures`).

Matching rules:

- Mentions match one to one on overlapping spans (:mod:`polemos.evaluation.matching`).
  Optional gold mentions are neither rewarded nor punished: a prediction left unmatched that
  overlaps an optional mention is ignored.
- ``actors.type`` is the accuracy of the label on matched mentions;
  ``actors.alias_grouping`` the share of gold entities (with a matched mention) whose matched
  mentions all carry one predicted ``actor_id``; ``actors.alias_purity`` the converse, the
  share of predicted actors (with a matched mention) whose matched mentions all belong to one
  gold entity. A mention without ``actor_id`` is an actor of its own.
- Quantity attributes are judged on matched spans; ``value`` numerically; ``category`` from
  the attribute or else the label; ``part_of`` is right when both are null, or when the
  predicted whole's span overlaps the gold whole's span. ``quantities.all`` needs all right.
- Relations: see :mod:`polemos.evaluation.relations`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from polemos.evaluation.figures import Detection, Figure, add_figures, count
from polemos.evaluation.gold import GoldDocument, GoldQuantity
from polemos.evaluation.matching import Span, match_spans, overlap, overlaps_any
from polemos.evaluation.prediction import Prediction, actor_key, attributes_of, span_of
from polemos.evaluation.relations import ALLIANCES, score_relations

ACTORS = "actors"
LOCATIONS = "locations"
QUANTITIES = "quantities"
LAYERS = (ACTORS, LOCATIONS, QUANTITIES, ALLIANCES)
"""The first-party layers the scorer reads."""

QUANTITY_ATTRIBUTES = ("value", "bound", "unit", "category", "certainty", "part_of")
"""The quantity attributes judged on matched spans, in report order."""


@dataclass(frozen=True)
class DocumentScores:
    """The figures of one document, with the layers it lacked and the errors it carried."""

    id: str
    figures: Mapping[str, Figure]
    empty_layers: tuple[str, ...] = ()
    errors: tuple[Mapping[str, Any], ...] = field(default=())


def score_document(gold: GoldDocument, predicted: Mapping[str, Any]) -> DocumentScores:
    """Score a predicted ``polemos.document/1`` dict against a gold document.

    Raises :class:`ValueError` when the predicted text is not the gold text (offsets would
    not be comparable).

    Example:
        >>> from polemos.evaluation import gold_to_document
        >>> scores = score_document(gold, gold_to_document(gold))  # doctest: +SKIP
        >>> scores.figures["actors.mentions"].f1  # doctest: +SKIP
        1.0

    """
    prediction = Prediction(predicted)
    if prediction.text is not None and prediction.text != gold.text:
        raise ValueError(f"document {gold.id!r}: the predicted text is not the gold text")
    figures: dict[str, Figure] = {}
    figures.update(score_actors(gold, prediction.layer(ACTORS)))
    figures.update(score_locations(gold, prediction.layer(LOCATIONS)))
    figures.update(score_quantities(gold, prediction))
    figures.update(score_relations(gold, prediction))
    return DocumentScores(
        id=gold.id,
        figures=figures,
        empty_layers=tuple(layer for layer in LAYERS if not prediction.has_layer(layer)),
        errors=prediction.errors,
    )


def sum_figures(documents: Iterable[Mapping[str, Figure]]) -> dict[str, Figure]:
    """Micro-average: add the counts of each figure over documents, keeping the order."""
    total: dict[str, Figure] = {}
    for figures in documents:
        for name, figure in figures.items():
            total[name] = add_figures(total[name], figure) if name in total else figure
    return total


def detect(
    gold: Sequence[Span], predicted: Sequence[Span], optional: Sequence[Span] = ()
) -> tuple[dict[int, int], Detection]:
    """Match spans one to one and count; unmatched predictions on optional spans are ignored.

    Returns the matching ``{gold index: predicted index}`` and its :class:`Detection`.
    """
    pairs = match_spans(gold, predicted)
    matched = set(pairs.values())
    spurious = sum(
        1
        for index, span in enumerate(predicted)
        if index not in matched and not overlaps_any(span, optional)
    )
    return pairs, Detection(len(pairs), len(gold) - len(pairs), spurious)


def score_actors(gold: GoldDocument, predicted: Sequence[Mapping[str, Any]]) -> dict[str, Figure]:
    """``actors.mentions``, ``actors.type``, ``actors.alias_grouping``, ``actors.alias_purity``."""
    owners = [entity for entity in gold.entities for _ in entity.mentions]
    spans = [span for entity in gold.entities for span in entity.mentions]
    optional = [span for entity in gold.entities for span in entity.optional_mentions]
    pairs, mentions = detect(spans, [span_of(item) for item in predicted], optional)

    actors_of_entity: dict[str, set[str]] = defaultdict(set)
    entities_of_actor: dict[str, set[str]] = defaultdict(set)
    for gold_index, predicted_index in pairs.items():
        actor = actor_key(predicted[predicted_index])
        actors_of_entity[owners[gold_index].id].add(actor)
        entities_of_actor[actor].add(owners[gold_index].id)
    return {
        "actors.mentions": mentions,
        "actors.type": count(
            [predicted[p].get("label") == owners[g].type for g, p in pairs.items()]
        ),
        "actors.alias_grouping": count([len(a) == 1 for a in actors_of_entity.values()]),
        "actors.alias_purity": count([len(e) == 1 for e in entities_of_actor.values()]),
    }


def score_locations(
    gold: GoldDocument, predicted: Sequence[Mapping[str, Any]]
) -> dict[str, Figure]:
    """``locations.mentions``: overlap P/R/F1 of place mentions."""
    spans = [span for location in gold.locations for span in location.mentions]
    _, mentions = detect(spans, [span_of(item) for item in predicted])
    return {"locations.mentions": mentions}


def score_quantities(gold: GoldDocument, prediction: Prediction) -> dict[str, Figure]:
    """``quantities.spans`` then the accuracy of each attribute on matched spans."""
    predicted = prediction.layer(QUANTITIES)
    pairs, spans = detect([q.span for q in gold.quantities], [span_of(q) for q in predicted])
    judged = [
        judge_quantity(gold, gold.quantities[g], predicted[p], prediction) for g, p in pairs.items()
    ]
    figures: dict[str, Figure] = {"quantities.spans": spans}
    for name in QUANTITY_ATTRIBUTES:
        figures[f"quantities.{name}"] = count([judgement[name] for judgement in judged])
    figures["quantities.all"] = count([all(judgement.values()) for judgement in judged])
    return figures


def judge_quantity(
    gold: GoldDocument,
    expected: GoldQuantity,
    annotation: Mapping[str, Any],
    prediction: Prediction,
) -> dict[str, bool]:
    """Judge each attribute of a predicted quantity matched to ``expected``: right or wrong."""
    attributes = attributes_of(annotation)
    return {
        "value": _same_number(attributes.get("value"), expected.value),
        "bound": attributes.get("bound") == expected.bound,
        "unit": attributes.get("unit") == expected.unit,
        "category": attributes.get("category", annotation.get("label")) == expected.category,
        "certainty": attributes.get("certainty") == expected.certainty,
        "part_of": _same_whole(gold, expected, attributes.get("part_of"), prediction),
    }


def _same_number(predicted: object, expected: object) -> bool:
    if predicted is None or expected is None:
        return predicted is expected
    try:
        return math.isclose(float(predicted), float(expected))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _same_whole(
    gold: GoldDocument, expected: GoldQuantity, whole_id: object, prediction: Prediction
) -> bool:
    if expected.part_of is None:
        return whole_id is None
    whole = prediction.annotation(whole_id)
    return whole is not None and overlap(span_of(whole), gold.quantities[expected.part_of].span) > 0

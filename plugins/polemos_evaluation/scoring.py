"""Score one predicted document against its gold: every figure of FORMAT.md, with counts.

What is scored, and how, is read from the layer contracts (:mod:`polemos.contracts`): each
contract with a :class:`~polemos.Scoring` names the gold key of its layer and the form of its
items (``entities``, ``mentions``, ``spans``, ``relations``); a layer is scored when the gold
document has that key. A layer the prediction lacks scores zero: its gold items all count as
missed. Figures are named ``<prefix>.<figure>`` and kept in a fixed order, so the figures of
several documents add up key by key (see :func:`sum_figures`).

Matching rules:

- Mentions match one to one on overlapping spans (:mod:`polemos_evaluation.matching`).
  Optional gold mentions are neither rewarded nor punished: a prediction left unmatched that
  overlaps an optional mention is ignored.
- ``entities``: ``<prefix>.mentions``; ``<prefix>.<label_figure>`` the accuracy of the label on
  matched mentions; with an ``identity`` attribute, ``<prefix>.alias_grouping`` the share of
  gold entities (with a matched mention) whose matched mentions all carry one predicted
  identity and ``<prefix>.alias_purity`` the converse, the share of predicted entities (with a
  matched mention) whose matched mentions all belong to one gold entity. A mention without
  the identity attribute is an entity of its own.
- ``mentions``: ``<prefix>.mentions`` only.
- ``spans``: ``<prefix>.spans``, then each compared attribute judged on matched spans; numbers
  numerically; the ``label_attribute`` from the attribute or else the label; a reference
  attribute (``part_of``) is right when both are null, or when the predicted referenced span
  overlaps the gold one. ``<prefix>.all`` needs all right.
- ``relations``: see :mod:`polemos_evaluation.relations`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from polemos.contracts import Contracts, LayerContract, installed_contracts

from polemos_evaluation.figures import Detection, Figure, add_figures, count
from polemos_evaluation.gold import GoldDocument, GoldQuantity, GoldSpan
from polemos_evaluation.matching import Span, match_spans, overlap, overlaps_any
from polemos_evaluation.prediction import Prediction, attributes_of, entity_key, span_of
from polemos_evaluation.relations import score_relations

DETECTION_FIGURE = {"entities": "mentions", "mentions": "mentions", "spans": "spans"}
"""The name of the detection figure of each span form (``relations``: ``overall``)."""


@dataclass(frozen=True)
class DocumentScores:
    """The figures of one document, with the layers it lacked and the errors it carried."""

    id: str
    figures: Mapping[str, Figure]
    empty_layers: tuple[str, ...] = ()
    errors: tuple[Mapping[str, Any], ...] = field(default=())


def score_document(
    gold: GoldDocument, predicted: Mapping[str, Any], contracts: Contracts | None = None
) -> DocumentScores:
    """Score a predicted ``polemos.document/1`` dict against a gold document.

    ``contracts`` say which layers are scored and how (the installed plugins' when ``None``).
    Raises :class:`ValueError` when the predicted text is not the gold text (offsets would
    not be comparable).

    Example:
        >>> from polemos_evaluation import gold_to_document
        >>> scores = score_document(gold, gold_to_document(gold))  # doctest: +SKIP
        >>> scores.figures["actors.mentions"].f1  # doctest: +SKIP
        1.0

    """
    prediction = Prediction(predicted)
    if prediction.text is not None and prediction.text != gold.text:
        raise ValueError(f"document {gold.id!r}: the predicted text is not the gold text")
    contracts = contracts if contracts is not None else installed_contracts()
    layers = scored_layers(gold, contracts)
    figures: dict[str, Figure] = {}
    for contract in layers:
        figures.update(score_layer(gold, prediction, contract, contracts))
    return DocumentScores(
        id=gold.id,
        figures=figures,
        empty_layers=tuple(c.layer for c in layers if not prediction.has_layer(c.layer)),
        errors=prediction.errors,
    )


def scored_layers(gold: GoldDocument, contracts: Contracts) -> list[LayerContract]:
    """The contracts scored on ``gold``: those whose gold key the document has.

    A relation layer also needs its endpoints' layer scored as ``entities``.
    """
    chosen = []
    for contract in contracts.scored():
        scoring = contract.scoring
        if scoring is None or scoring.gold_key not in gold.present:
            continue
        if scoring.form == "relations" and endpoint_contract(contract, contracts) is None:
            continue
        chosen.append(contract)
    return chosen


def endpoint_contract(contract: LayerContract, contracts: Contracts) -> LayerContract | None:
    """The contract of a relation layer's endpoints, when it is scored as ``entities``."""
    ends = contracts.get(contract.endpoints) if contract.endpoints else None
    if ends is None or ends.scoring is None or ends.scoring.form != "entities":
        return None
    return ends


def score_layer(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract, contracts: Contracts
) -> dict[str, Figure]:
    """The figures of one layer, by the form its contract declares."""
    assert contract.scoring is not None
    form = contract.scoring.form
    if form == "entities":
        return score_entities(gold, prediction.layer(contract.layer), contract)
    if form == "mentions":
        return score_mentions(gold, prediction.layer(contract.layer), contract)
    if form == "spans":
        return score_spans(gold, prediction, contract)
    ends = endpoint_contract(contract, contracts)
    assert ends is not None
    return score_relations(gold, prediction, contract, ends)


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


def score_entities(
    gold: GoldDocument, predicted: Sequence[Mapping[str, Any]], contract: LayerContract
) -> dict[str, Figure]:
    """``<prefix>.mentions``, the label accuracy, ``alias_grouping`` and ``alias_purity``."""
    assert contract.scoring is not None
    prefix, scoring = contract.prefix, contract.scoring
    owners = [entity for entity in gold.entities for _ in entity.mentions]
    spans = [span for entity in gold.entities for span in entity.mentions]
    optional = [span for entity in gold.entities for span in entity.optional_mentions]
    pairs, mentions = detect(spans, [span_of(item) for item in predicted], optional)
    figures: dict[str, Figure] = {f"{prefix}.mentions": mentions}
    if scoring.label_figure:
        figures[f"{prefix}.{scoring.label_figure}"] = count(
            [predicted[p].get("label") == owners[g].type for g, p in pairs.items()]
        )
    if contract.identity:
        groups_of_entity: dict[str, set[str]] = defaultdict(set)
        entities_of_group: dict[str, set[str]] = defaultdict(set)
        for gold_index, predicted_index in pairs.items():
            group = entity_key(predicted[predicted_index], contract.identity)
            groups_of_entity[owners[gold_index].id].add(group)
            entities_of_group[group].add(owners[gold_index].id)
        figures[f"{prefix}.alias_grouping"] = count(
            [len(a) == 1 for a in groups_of_entity.values()]
        )
        figures[f"{prefix}.alias_purity"] = count([len(e) == 1 for e in entities_of_group.values()])
    return figures


def score_mentions(
    gold: GoldDocument, predicted: Sequence[Mapping[str, Any]], contract: LayerContract
) -> dict[str, Figure]:
    """``<prefix>.mentions``: overlap P/R/F1 of the mentions (places...)."""
    spans = [span for location in gold.locations for span in location.mentions]
    _, mentions = detect(spans, [span_of(item) for item in predicted])
    return {f"{contract.prefix}.mentions": mentions}


def score_spans(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract
) -> dict[str, Figure]:
    """``<prefix>.spans``, the label accuracy, then the accuracy of each compared attribute."""
    assert contract.scoring is not None
    scoring, prefix = contract.scoring, contract.prefix
    items = gold.span_items(scoring.gold_key)
    predicted = prediction.layer(contract.layer)
    pairs, spans = detect([item.span for item in items], [span_of(p) for p in predicted])
    figures: dict[str, Figure] = {f"{prefix}.spans": spans}
    if scoring.label_figure:
        figures[f"{prefix}.{scoring.label_figure}"] = count(
            [predicted[p].get("label") == gold_label(items[g], contract) for g, p in pairs.items()]
        )
    judged = [
        judge_span(items, items[g], predicted[p], prediction, contract) for g, p in pairs.items()
    ]
    for name in scoring.compare:
        figures[f"{prefix}.{name}"] = count([judgement[name] for judgement in judged])
    if scoring.all_figure and scoring.compare:
        figures[f"{prefix}.all"] = count([all(judgement.values()) for judgement in judged])
    return figures


GoldItem = GoldQuantity | GoldSpan
"""A gold span item: a FORMAT.md quantity, or an item of another span list."""


def gold_label(item: GoldItem, contract: LayerContract) -> object:
    """The label a gold span item expects: its ``label_attribute``, else its own label."""
    if contract.label_attribute:
        return item.attribute(contract.label_attribute)
    return item.label


def predicted_attribute(annotation: Mapping[str, Any], name: str, contract: LayerContract) -> Any:
    """A predicted attribute; the ``label_attribute`` falls back on the label."""
    attributes = attributes_of(annotation)
    if name == contract.label_attribute:
        return attributes.get(name, annotation.get("label"))
    return attributes.get(name)


def judge_span(
    items: Sequence[GoldItem],
    expected: GoldItem,
    annotation: Mapping[str, Any],
    prediction: Prediction,
    contract: LayerContract,
) -> dict[str, bool]:
    """Judge each compared attribute of a predicted span matched to ``expected``."""
    assert contract.scoring is not None
    judged = {}
    for name in contract.scoring.compare:
        got = predicted_attribute(annotation, name, contract)
        if name in contract.references:
            judged[name] = _same_whole(items, expected, got, prediction)
        else:
            judged[name] = _same_value(got, expected.attribute(name))
    return judged


def _same_value(predicted: object, expected: object) -> bool:
    """Numbers compare numerically (``100`` is ``100.0``), anything else by equality."""
    numbers = (int, float)
    if isinstance(predicted, numbers) and isinstance(expected, numbers):
        return _same_number(predicted, expected)
    if expected is None or predicted is None:
        return predicted is expected
    if isinstance(expected, numbers) and not isinstance(expected, bool):
        return _same_number(predicted, expected)
    return predicted == expected


def _same_number(predicted: object, expected: object) -> bool:
    if predicted is None or expected is None:
        return predicted is expected
    try:
        return math.isclose(float(predicted), float(expected))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _same_whole(
    items: Sequence[GoldItem], expected: GoldItem, whole_id: object, prediction: Prediction
) -> bool:
    if expected.part_of is None:
        return whole_id is None
    whole = prediction.annotation(whole_id)
    return whole is not None and overlap(span_of(whole), items[expected.part_of].span) > 0

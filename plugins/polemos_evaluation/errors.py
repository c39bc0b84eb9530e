"""List what the scorer counted as wrong: every missed and spurious item, with its context.

``polemos evaluate --errors`` prints this list so that a researcher checking a gold set, or a
developer improving an extractor, sees *what* goes wrong, not only how much. Each
:class:`ErrorItem` names its document, layer, kind and class, the text it covers and a context
window around it. The matching is the scorer's own (:func:`polemos_evaluation.scoring.detect`
and :func:`polemos_evaluation.relations.relation_keys`), so the list and the figures agree:
the number of ``missed`` items of a layer is the ``missed`` count of its figure, and so on.

Kinds and classes:

Layers are those the scorer scores (their contracts, :mod:`polemos.contracts`), by form:

- ``entities``: ``missed`` / ``spurious`` mentions, classed by the gold entity type (missed) or
  the predicted label (spurious); ``type`` for a matched mention with the wrong label
  (class ``gold -> predicted``); ``split`` for a gold entity whose matched mentions fall in
  several predicted entities (alias folding).
- ``mentions``: ``missed`` / ``spurious`` mentions.
- ``spans``: ``missed`` / ``spurious`` spans, classed by label, and one ``attribute`` item per
  wrong compared attribute of a matched span (class: the attribute name).
- ``relations``: ``missed`` / ``spurious`` relations, classed by relation type; ``status`` for
  a found relation with the wrong status.

A gold file with a ``dates`` list also gets the layer ``dates`` (``missed``, ``spurious``,
``resolved``, ``precision``: :mod:`polemos_evaluation.date_errors`); one with a ``places`` list
the layer ``places``: one ``country``, ``distance`` or ``area`` item per mention counted wrong
(:mod:`polemos_evaluation.place_errors`); one with an ``events`` list the layer ``events``
(``missed``, ``spurious``, ``type``, ``actor1``, ``actor2``, ``fatalities``:
:mod:`polemos_evaluation.event_errors`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from polemos.contracts import Contracts, LayerContract, installed_contracts

from polemos_evaluation.gold import GoldDocument
from polemos_evaluation.matching import Span
from polemos_evaluation.prediction import Prediction, attributes_of, entity_key, span_of
from polemos_evaluation.relations import Key, relation_keys
from polemos_evaluation.scoring import (
    detect,
    endpoint_contract,
    gold_label,
    judge_span,
    predicted_attribute,
    scored_layers,
)

CONTEXT = 60
"""Characters of context shown on each side of an item."""


@dataclass(frozen=True)
class ErrorItem:
    """One thing the scorer counted as wrong."""

    document: str
    layer: str
    kind: str
    """``missed``, ``spurious``, ``type``, ``split``, ``attribute`` or ``status``."""
    error_class: str
    text: str
    start: int | None
    end: int | None
    context: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the item."""
        return asdict(self)

    def to_line(self) -> str:
        """One line: document, offsets, text, detail, then the context."""
        where = f"[{self.start}:{self.end}]" if self.start is not None else "[document]"
        detail = f"  ({self.detail})" if self.detail else ""
        context = f"\n      … {self.context} …" if self.context else ""
        return f"  {self.document} {where} {self.text!r}{detail}{context}"


def context_of(text: str, span: Span, width: int = CONTEXT) -> str:
    """The text around ``span`` on one line, the span itself in ``[[...]]``.

    Example:
        >>> context_of("Les rebelles ont attaqué la ville.", (4, 12), width=10)
        'Les [[rebelles]] ont attaq'

    """
    start, end = span
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())


def document_errors(
    gold: GoldDocument, predicted: Mapping[str, Any], contracts: Contracts | None = None
) -> list[ErrorItem]:
    """Every error of one predicted ``polemos.document/1`` dict against its gold document.

    ``contracts`` say which layers are scored (the installed plugins' when ``None``).
    """
    contracts = contracts if contracts is not None else installed_contracts()
    prediction = Prediction(predicted)
    items: list[ErrorItem] = []
    for contract in scored_layers(gold, contracts):
        assert contract.scoring is not None
        form = contract.scoring.form
        if form == "entities":
            items += _entity_errors(gold, prediction, contract)
        elif form == "mentions":
            items += _mention_errors(gold, prediction, contract)
        elif form == "spans":
            items += _span_errors(gold, prediction, contract)
        else:
            ends = endpoint_contract(contract, contracts)
            assert ends is not None
            items += _relation_errors(gold, prediction, contract, ends)
    return items + _extended_errors(gold, prediction)


def _extended_errors(gold: GoldDocument, prediction: Prediction) -> list[ErrorItem]:
    """The errors of the gold file's ``dates``, ``places`` and ``events`` lists."""
    from polemos_evaluation.date_errors import date_errors
    from polemos_evaluation.event_errors import event_errors
    from polemos_evaluation.extras import read_extras
    from polemos_evaluation.place_errors import place_errors

    extras = read_extras(gold)
    items: list[ErrorItem] = []
    if extras.dates is not None:
        items += date_errors(gold, extras.dates, prediction)
    if extras.places is not None:
        items += place_errors(gold, extras.places, prediction)
    if extras.events is not None:
        items += event_errors(gold, extras.events, prediction)
    return items


def corpus_errors(
    pairs: Iterable[tuple[GoldDocument, Mapping[str, Any]]], contracts: Contracts | None = None
) -> list[ErrorItem]:
    """The errors of every ``(gold, predicted document)`` pair, in order."""
    contracts = contracts if contracts is not None else installed_contracts()
    return [
        item for gold, predicted in pairs for item in document_errors(gold, predicted, contracts)
    ]


def render_errors(items: Sequence[ErrorItem]) -> str:
    """Plain text: the items grouped by layer, then kind and class, with counts."""
    if not items:
        return "no errors"
    groups: dict[tuple[str, str, str], list[ErrorItem]] = defaultdict(list)
    for item in items:
        groups[(item.layer, item.kind, item.error_class)].append(item)
    blocks = []
    for layer in dict.fromkeys(item.layer for item in items):
        keys = sorted((key for key in groups if key[0] == layer), key=lambda k: (k[1], k[2]))
        total = sum(len(groups[key]) for key in keys)
        title = f"{layer}: {total} error(s)"
        lines = [title, "=" * len(title)]
        for key in keys:
            lines.append(f"{key[1]} {key[2]}: {len(groups[key])}")
            lines.extend(item.to_line() for item in groups[key])
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def gold_item(
    gold: GoldDocument, layer: str, kind: str, error_class: str, span: Span, detail: str = ""
) -> ErrorItem:
    """The :class:`ErrorItem` of ``span`` of the gold text, with its context."""
    return ErrorItem(
        document=gold.id,
        layer=layer,
        kind=kind,
        error_class=error_class,
        text=gold.text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        context=context_of(gold.text, span),
        detail=detail,
    )


def _unmatched(
    gold_spans: Sequence[Span],
    predicted_spans: Sequence[Span],
    pairs: Mapping[int, int],
    optional: Sequence[Span] = (),
) -> tuple[list[int], list[int]]:
    """Indices of the gold spans left unmatched and of the spurious predictions."""
    matched = set(pairs.values())
    missed = [index for index in range(len(gold_spans)) if index not in pairs]
    spurious = [
        index
        for index, span in enumerate(predicted_spans)
        if index not in matched and not any(_overlap(span, other) for other in optional)
    ]
    return missed, spurious


def _overlap(first: Span, second: Span) -> bool:
    return min(first[1], second[1]) > max(first[0], second[0])


def _entity_errors(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract
) -> list[ErrorItem]:
    layer = contract.prefix
    predicted = prediction.layer(contract.layer)
    owners = [entity for entity in gold.entities for _ in entity.mentions]
    spans = [span for entity in gold.entities for span in entity.mentions]
    optional = [span for entity in gold.entities for span in entity.optional_mentions]
    predicted_spans = [span_of(item) for item in predicted]
    pairs, _ = detect(spans, predicted_spans, optional)
    missed, spurious = _unmatched(spans, predicted_spans, pairs, optional)
    items = [
        gold_item(gold, layer, "missed", owners[i].type, spans[i], owners[i].name) for i in missed
    ]
    for index in spurious:
        annotation = predicted[index]
        name = attributes_of(annotation).get("name") or ""
        items.append(
            gold_item(
                gold,
                layer,
                "spurious",
                str(annotation.get("label")),
                predicted_spans[index],
                str(name),
            )
        )
    actors_of_entity: dict[str, set[str]] = defaultdict(set)
    for gold_index, predicted_index in pairs.items():
        annotation, owner = predicted[predicted_index], owners[gold_index]
        actors_of_entity[owner.id].add(entity_key(annotation, contract.identity))
        if contract.scoring is not None and not contract.scoring.label_figure:
            continue
        if annotation.get("label") != owner.type:
            items.append(
                gold_item(
                    gold,
                    layer,
                    "type",
                    f"{owner.type} -> {annotation.get('label')}",
                    spans[gold_index],
                    owner.name,
                )
            )
    for entity in gold.entities if contract.identity else ():
        if len(actors_of_entity.get(entity.id, ())) > 1:
            texts = sorted({gold.text[a:b] for a, b in entity.mentions})
            items.append(
                ErrorItem(
                    document=gold.id,
                    layer=layer,
                    kind="split",
                    error_class=entity.type,
                    text=entity.name,
                    start=None,
                    end=None,
                    context="",
                    detail=f"{len(actors_of_entity[entity.id])} predicted {layer} for "
                    + " / ".join(texts),
                )
            )
    return items


def _mention_errors(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract
) -> list[ErrorItem]:
    layer = contract.prefix
    spans = [span for location in gold.locations for span in location.mentions]
    predicted_spans = [span_of(item) for item in prediction.layer(contract.layer)]
    pairs, _ = detect(spans, predicted_spans)
    missed, spurious = _unmatched(spans, predicted_spans, pairs)
    return [
        *(gold_item(gold, layer, "missed", "place", spans[i]) for i in missed),
        *(gold_item(gold, layer, "spurious", "place", predicted_spans[i]) for i in spurious),
    ]


def _span_errors(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract
) -> list[ErrorItem]:
    assert contract.scoring is not None
    layer, items_of = contract.prefix, gold.span_items(contract.scoring.gold_key)
    predicted = prediction.layer(contract.layer)
    spans = [item.span for item in items_of]
    predicted_spans = [span_of(item) for item in predicted]
    pairs, _ = detect(spans, predicted_spans)
    missed, spurious = _unmatched(spans, predicted_spans, pairs)
    label_of = contract.label_attribute
    items = [
        gold_item(gold, layer, "missed", str(gold_label(items_of[i], contract)), spans[i])
        for i in missed
    ]
    items.extend(
        gold_item(
            gold,
            layer,
            "spurious",
            str(
                predicted_attribute(predicted[i], label_of, contract)
                if label_of
                else predicted[i].get("label")
            ),
            predicted_spans[i],
        )
        for i in spurious
    )
    for gold_index, predicted_index in pairs.items():
        expected, annotation = items_of[gold_index], predicted[predicted_index]
        judged = judge_span(items_of, expected, annotation, prediction, contract)
        if contract.scoring.label_figure:
            wanted_label = gold_label(expected, contract)
            if annotation.get("label") != wanted_label:
                judged = {contract.scoring.label_figure: False, **judged}
        attributes = attributes_of(annotation)
        for name, right in judged.items():
            if right:
                continue
            if name == contract.scoring.label_figure:
                wanted, got = gold_label(expected, contract), annotation.get("label")
            else:
                wanted, got = expected.attribute(name), attributes.get(name)
            if name in contract.references:
                wanted = expected.part_of
                if wanted is not None:
                    wanted = items_of[wanted].text
                whole = prediction.annotation(got) if got is not None else None
                got = whole.get("text") if whole is not None else got
            items.append(
                gold_item(
                    gold,
                    layer,
                    "attribute",
                    name,
                    expected.span,
                    f"gold {wanted!r}, predicted {got!r}",
                )
            )
    return items


def _relation_errors(
    gold: GoldDocument, prediction: Prediction, contract: LayerContract, ends: LayerContract
) -> list[ErrorItem]:
    keys = relation_keys(gold, prediction, contract, ends)
    layer = contract.prefix
    items = []
    for key, status in keys.required.items():
        if key in keys.predicted:
            statuses = keys.predicted[key][0]
            if statuses != {status}:
                items.append(
                    _relation_item(
                        gold,
                        layer,
                        "status",
                        key,
                        f"gold {status}, predicted " + ", ".join(sorted(map(str, statuses))),
                    )
                )
            continue
        items.append(_relation_item(gold, layer, "missed", key, f"status {status}"))
    for key, (_, carriers) in keys.predicted.items():
        if key in keys.required or key in keys.optional:
            continue
        first = carriers[0]
        attributes = attributes_of(first)
        evidence = attributes.get("evidence")
        endpoints = [prediction.annotation(first.get(side)) for side in ("source", "target")]
        texts = [str(a.get("text")) if a is not None else "?" for a in endpoints]
        items.append(
            _relation_item(
                gold,
                layer,
                "spurious",
                key,
                f"{texts[0]!r} -> {texts[1]!r}, cue {attributes.get('cue', '?')}",
                context=_evidence_text(gold.text, evidence),
            )
        )
    return items


def _relation_item(
    gold: GoldDocument,
    layer: str,
    kind: str,
    key: Key,
    detail: str,
    context: str | None = None,
) -> ErrorItem:
    relation_type, source, target = key
    return ErrorItem(
        document=gold.id,
        layer=layer,
        kind=kind,
        error_class=relation_type,
        text=f"{_entity_label(gold, source)} {relation_type} {_entity_label(gold, target)}",
        start=None,
        end=None,
        context=context if context is not None else "",
        detail=detail,
    )


def _entity_label(gold: GoldDocument, key: str) -> str:
    """A gold entity's name and first mention, or the predicted key of an unmatched endpoint."""
    for entity in gold.entities:
        if entity.id == key:
            spans = entity.mentions or entity.optional_mentions
            first = f" «{gold.text[spans[0][0] : spans[0][1]]}»" if spans else ""
            return f"{entity.name}{first}"
    return f"<not in gold: {key}>"


def _evidence_text(text: str, evidence: object) -> str:
    """The evidence of a relation on one line: a ``[start, end]`` span of the text, or a string."""
    if (
        isinstance(evidence, Sequence)
        and not isinstance(evidence, str)
        and len(evidence) == 2
        and all(isinstance(offset, int) for offset in evidence)
    ):
        evidence = text[evidence[0] : evidence[1]]
    return " ".join(str(evidence).split()) if evidence else ""

"""List what the scorer counted as wrong: every missed and spurious item, with its context.

``polemos evaluate --errors`` prints this list so that a researcher checking a gold set, or a
developer improving an extractor, sees *what* goes wrong, not only how much. Each
:class:`ErrorItem` names its document, layer, kind and class, the text it covers and a context
window around it. The matching is the scorer's own (:func:`polemos.evaluation.scoring.detect`
and :func:`polemos.evaluation.relations.relation_keys`), so the list and the figures agree:
the number of ``missed`` items of a layer is the ``missed`` count of its figure, and so on.

Kinds and classes:

- ``missed`` / ``spurious`` actor mentions, classed by the gold entity type (missed) or the
  predicted label (spurious); ``type`` for a matched mention with the wrong label
  (class ``gold -> predicted``); ``split`` for a gold entity whose matched mentions fall in
  several predicted actors (alias folding).
- ``missed`` / ``spurious`` locations.
- ``missed`` / ``spurious`` quantities, and one ``attribute`` item per wrong attribute of a
  matched quantity (class: the attribute name).
- ``missed`` / ``spurious`` relations, classed by relation type; ``status`` for a found
  relation with the wrong status.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from polemos.evaluation.gold import GoldDocument
from polemos.evaluation.matching import Span
from polemos.evaluation.prediction import Prediction, actor_key, attributes_of, span_of
from polemos.evaluation.relations import Key, relation_keys
from polemos.evaluation.scoring import (
    ACTORS,
    LOCATIONS,
    QUANTITIES,
    detect,
    judge_quantity,
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


def document_errors(gold: GoldDocument, predicted: Mapping[str, Any]) -> list[ErrorItem]:
    """Every error of one predicted ``polemos.document/1`` dict against its gold document."""
    prediction = Prediction(predicted)
    return [
        *_actor_errors(gold, prediction),
        *_location_errors(gold, prediction),
        *_quantity_errors(gold, prediction),
        *_relation_errors(gold, prediction),
    ]


def corpus_errors(pairs: Iterable[tuple[GoldDocument, Mapping[str, Any]]]) -> list[ErrorItem]:
    """The errors of every ``(gold, predicted document)`` pair, in order."""
    return [item for gold, predicted in pairs for item in document_errors(gold, predicted)]


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


def _item(
    gold: GoldDocument, layer: str, kind: str, error_class: str, span: Span, detail: str = ""
) -> ErrorItem:
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


def _actor_errors(gold: GoldDocument, prediction: Prediction) -> list[ErrorItem]:
    predicted = prediction.layer(ACTORS)
    owners = [entity for entity in gold.entities for _ in entity.mentions]
    spans = [span for entity in gold.entities for span in entity.mentions]
    optional = [span for entity in gold.entities for span in entity.optional_mentions]
    predicted_spans = [span_of(item) for item in predicted]
    pairs, _ = detect(spans, predicted_spans, optional)
    missed, spurious = _unmatched(spans, predicted_spans, pairs, optional)
    items = [
        _item(gold, ACTORS, "missed", owners[i].type, spans[i], owners[i].name) for i in missed
    ]
    for index in spurious:
        annotation = predicted[index]
        name = attributes_of(annotation).get("name") or ""
        items.append(
            _item(
                gold,
                ACTORS,
                "spurious",
                str(annotation.get("label")),
                predicted_spans[index],
                str(name),
            )
        )
    actors_of_entity: dict[str, set[str]] = defaultdict(set)
    for gold_index, predicted_index in pairs.items():
        annotation, owner = predicted[predicted_index], owners[gold_index]
        actors_of_entity[owner.id].add(actor_key(annotation))
        if annotation.get("label") != owner.type:
            items.append(
                _item(
                    gold,
                    ACTORS,
                    "type",
                    f"{owner.type} -> {annotation.get('label')}",
                    spans[gold_index],
                    owner.name,
                )
            )
    for entity in gold.entities:
        if len(actors_of_entity.get(entity.id, ())) > 1:
            texts = sorted({gold.text[a:b] for a, b in entity.mentions})
            items.append(
                ErrorItem(
                    document=gold.id,
                    layer=ACTORS,
                    kind="split",
                    error_class=entity.type,
                    text=entity.name,
                    start=None,
                    end=None,
                    context="",
                    detail=f"{len(actors_of_entity[entity.id])} predicted actors for "
                    + " / ".join(texts),
                )
            )
    return items


def _location_errors(gold: GoldDocument, prediction: Prediction) -> list[ErrorItem]:
    spans = [span for location in gold.locations for span in location.mentions]
    predicted_spans = [span_of(item) for item in prediction.layer(LOCATIONS)]
    pairs, _ = detect(spans, predicted_spans)
    missed, spurious = _unmatched(spans, predicted_spans, pairs)
    return [
        *(_item(gold, LOCATIONS, "missed", "place", spans[i]) for i in missed),
        *(_item(gold, LOCATIONS, "spurious", "place", predicted_spans[i]) for i in spurious),
    ]


def _quantity_errors(gold: GoldDocument, prediction: Prediction) -> list[ErrorItem]:
    predicted = prediction.layer(QUANTITIES)
    spans = [quantity.span for quantity in gold.quantities]
    predicted_spans = [span_of(item) for item in predicted]
    pairs, _ = detect(spans, predicted_spans)
    missed, spurious = _unmatched(spans, predicted_spans, pairs)
    items = [
        _item(gold, QUANTITIES, "missed", str(gold.quantities[i].category), spans[i])
        for i in missed
    ]
    items.extend(
        _item(
            gold,
            QUANTITIES,
            "spurious",
            str(attributes_of(predicted[i]).get("category", predicted[i].get("label"))),
            predicted_spans[i],
        )
        for i in spurious
    )
    for gold_index, predicted_index in pairs.items():
        expected, annotation = gold.quantities[gold_index], predicted[predicted_index]
        judged = judge_quantity(gold, expected, annotation, prediction)
        attributes = attributes_of(annotation)
        for name, right in judged.items():
            if right:
                continue
            wanted = getattr(expected, name)
            if name == "part_of" and wanted is not None:
                wanted = gold.quantities[wanted].text
            got = attributes.get(name)
            if name == "part_of" and got is not None:
                whole = prediction.annotation(got)
                got = whole.get("text") if whole is not None else got
            items.append(
                _item(
                    gold,
                    QUANTITIES,
                    "attribute",
                    name,
                    expected.span,
                    f"gold {wanted!r}, predicted {got!r}",
                )
            )
    return items


def _relation_errors(gold: GoldDocument, prediction: Prediction) -> list[ErrorItem]:
    keys = relation_keys(gold, prediction)
    items = []
    for key, status in keys.required.items():
        if key in keys.predicted:
            statuses = keys.predicted[key][0]
            if statuses != {status}:
                items.append(
                    _relation_item(
                        gold,
                        "status",
                        key,
                        f"gold {status}, predicted " + ", ".join(sorted(map(str, statuses))),
                    )
                )
            continue
        items.append(_relation_item(gold, "missed", key, f"status {status}"))
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
                "spurious",
                key,
                f"{texts[0]!r} -> {texts[1]!r}, cue {attributes.get('cue', '?')}",
                context=_evidence_text(gold.text, evidence),
            )
        )
    return items


def _relation_item(
    gold: GoldDocument, kind: str, key: Key, detail: str, context: str | None = None
) -> ErrorItem:
    relation_type, source, target = key
    return ErrorItem(
        document=gold.id,
        layer="relations",
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

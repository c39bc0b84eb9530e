"""Score a whole corpus: pair gold and predicted documents, or run an analysis on gold texts.

``evaluate_gold`` is what ``polemos evaluate`` calls: it reads gold files, hands their texts to
an ``analyze`` callback (the pipeline, or anything producing ``polemos.document/1`` dicts) and
scores what comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from polemos.contracts import Contracts

from polemos_evaluation.extended import with_extended_figures
from polemos_evaluation.gold import GoldDocument, load_gold_paths
from polemos_evaluation.report import EvaluationReport
from polemos_evaluation.scoring import score_document

Analyze = Callable[[list[tuple[str, str]]], Sequence[Mapping[str, Any]]]
"""Takes ``(document id, text)`` pairs, returns one ``polemos.document/1`` dict per pair."""


def score_corpus(
    golds: Iterable[GoldDocument],
    predictions: Iterable[Mapping[str, Any]],
    contracts: Contracts | None = None,
) -> EvaluationReport:
    """Score predicted documents against gold documents, paired by document ``id``.

    ``contracts`` say which layers are scored and how (the installed plugins' when ``None``).

    Every gold document must have exactly one prediction (``ValueError`` otherwise); extra
    predictions are an error too, since nothing could score them.
    """
    by_id: dict[str, Mapping[str, Any]] = {}
    for prediction in predictions:
        document_id = str(prediction.get("id", ""))
        if document_id in by_id:
            raise ValueError(f"two predicted documents with id {document_id!r}")
        by_id[document_id] = prediction
    golds = list(golds)
    missing = [gold.id for gold in golds if gold.id not in by_id]
    extra = sorted(by_id.keys() - {gold.id for gold in golds})
    if missing or extra:
        raise ValueError(f"no prediction for gold {missing}; no gold for predictions {extra}")
    return score_pairs(((gold, by_id[gold.id]) for gold in golds), contracts)


def score_pairs(
    pairs: Iterable[tuple[GoldDocument, Mapping[str, Any]]], contracts: Contracts | None = None
) -> EvaluationReport:
    """Score each ``(gold, predicted document)`` pair, in order (see :func:`score_corpus`).

    Gold files with ``dates``, ``places`` or ``events`` get those figures too
    (:mod:`polemos_evaluation.extended`).
    """
    return EvaluationReport(
        tuple(
            with_extended_figures(score_document(gold, predicted, contracts), gold, predicted)
            for gold, predicted in pairs
        )
    )


def analyze_gold(
    gold_paths: Iterable[str | Path], analyze: Analyze
) -> list[tuple[GoldDocument, Mapping[str, Any]]]:
    """Read gold files or folders and pair each gold document with ``analyze``'s output.

    The i-th document ``analyze`` returns is paired with the i-th gold document; the pairs feed
    :func:`score_pairs` and :func:`polemos_evaluation.errors.corpus_errors`.
    """
    golds = load_gold_paths(gold_paths)
    predictions = analyze([(gold.id, gold.text) for gold in golds])
    if len(predictions) != len(golds):
        raise ValueError(f"analyze returned {len(predictions)} documents for {len(golds)} texts")
    return list(zip(golds, predictions, strict=True))


def evaluate_gold(
    gold_paths: Iterable[str | Path], analyze: Analyze, contracts: Contracts | None = None
) -> EvaluationReport:
    """Read gold files or folders, analyse their texts with ``analyze`` and score the result.

    The i-th document ``analyze`` returns is scored against the i-th gold document.

    Example (the CLI plugs the pipeline in; here, a perfect "pipeline"):
        >>> from polemos_evaluation import gold_to_document, load_gold_paths
        >>> golds = {g.id: g for g in load_gold_paths(["../shared/gold"])}  # doctest: +SKIP
        >>> perfect = lambda pairs: [gold_to_document(golds[i]) for i, _ in pairs]
        >>> report = evaluate_gold(["../shared/gold"], perfect)  # doctest: +SKIP
        >>> report.corpus["actors.mentions"].f1  # doctest: +SKIP
        1.0
    """
    return score_pairs(analyze_gold(gold_paths, analyze), contracts)

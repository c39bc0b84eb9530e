"""Score polemos output against hand-made gold annotations (``gold/FORMAT.md``).

The scorer is independent of the pipeline: it compares a gold document with a predicted
document in its ``polemos.document/1`` JSON dict form, and reports every FORMAT.md figure
with its counts (correct / missed / spurious, or correct / wrong / total).

Example:
    >>> from polemos_evaluation import evaluate_gold, gold_to_document, load_gold
    >>> gold = load_gold("../shared/gold/homs-deraa-idleb.gold.json")  # doctest: +SKIP
    >>> report = score_corpus([gold], [my_pipeline_output])  # doctest: +SKIP
    >>> print(report.to_table())  # doctest: +SKIP
    >>> report.to_dict()["corpus"]["actors.mentions"]["f1"]  # doctest: +SKIP

Main entry points: :func:`load_gold` / :func:`load_gold_paths` (read gold files),
:func:`score_document` (one document), :func:`score_corpus` (documents paired by id),
:func:`evaluate_gold` (gold paths plus an ``analyze`` callback, for ``polemos evaluate``),
:func:`corpus_errors` / :func:`render_errors` (every missed and spurious item with its context,
for ``polemos evaluate --errors``),
:func:`gold_to_document` (a gold document as a perfect prediction), :class:`EvaluationReport`.

"""

from polemos_evaluation.convert import gold_to_document
from polemos_evaluation.corpus import (
    Analyze,
    analyze_gold,
    evaluate_gold,
    score_corpus,
    score_pairs,
)
from polemos_evaluation.errors import (
    ErrorItem,
    context_of,
    corpus_errors,
    document_errors,
    render_errors,
)
from polemos_evaluation.figures import Accuracy, Detection, Figure
from polemos_evaluation.gold import (
    GoldDocument,
    GoldEntity,
    GoldFormatError,
    GoldLocation,
    GoldQuantity,
    GoldRelation,
    load_gold,
    load_gold_paths,
    parse_gold,
)
from polemos_evaluation.report import EvaluationReport
from polemos_evaluation.scoring import DocumentScores, score_document

__all__ = [
    "Accuracy",
    "Analyze",
    "Detection",
    "DocumentScores",
    "ErrorItem",
    "EvaluationReport",
    "Figure",
    "GoldDocument",
    "GoldEntity",
    "GoldFormatError",
    "GoldLocation",
    "GoldQuantity",
    "GoldRelation",
    "analyze_gold",
    "context_of",
    "corpus_errors",
    "document_errors",
    "evaluate_gold",
    "gold_to_document",
    "load_gold",
    "load_gold_paths",
    "parse_gold",
    "render_errors",
    "score_corpus",
    "score_document",
    "score_pairs",
]

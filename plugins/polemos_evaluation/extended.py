"""The figures of dates, places and events, for gold files that hold those lists.

:func:`with_extended_figures` adds them to a document's scores; ``polemos evaluate`` calls it
through :func:`polemos_evaluation.score_pairs`. A gold file without ``dates``, ``places`` or
``events`` (FORMAT.md's four lists only) gets exactly the figures it had.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from polemos_evaluation.dates import score_dates
from polemos_evaluation.events import score_events
from polemos_evaluation.extras import GoldExtras, read_extras
from polemos_evaluation.figures import Figure
from polemos_evaluation.gold import GoldDocument
from polemos_evaluation.places import score_places
from polemos_evaluation.prediction import Prediction
from polemos_evaluation.scoring import DocumentScores

__all__ = ["extended_figures", "with_extended_figures"]


def extended_figures(
    gold: GoldDocument, predicted: Mapping[str, Any], extras: GoldExtras | None = None
) -> dict[str, Figure]:
    """The ``dates.*``, ``places.*`` and ``events.*`` figures of one predicted document."""
    extras = extras if extras is not None else read_extras(gold)
    prediction = Prediction(predicted)
    figures: dict[str, Figure] = {}
    if extras.dates is not None:
        figures.update(score_dates(extras.dates, prediction))
    if extras.places is not None:
        figures.update(score_places(extras.places, prediction))
    if extras.events is not None:
        figures.update(score_events(gold, extras.events, prediction))
    return figures


def with_extended_figures(
    scores: DocumentScores, gold: GoldDocument, predicted: Mapping[str, Any]
) -> DocumentScores:
    """``scores`` with the figures of dates, places and events added when the gold has them."""
    extra = extended_figures(gold, predicted)
    return replace(scores, figures={**scores.figures, **extra}) if extra else scores

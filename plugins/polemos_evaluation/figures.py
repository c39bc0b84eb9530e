"""The two kinds of figure the scorer reports, each carrying its counts.

A :class:`Detection` figure (precision, recall, F1) keeps the counts *correct / missed /
spurious*; an :class:`Accuracy` figure keeps *correct / total*. Both add up, so corpus
figures are micro-averages: the counts of every document summed, then the ratios computed.
A ratio whose denominator is zero is ``0.0`` (a layer nobody produces scores zero).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True)
class Detection:
    """Precision, recall and F1 of a detection task, from its counts.

    Example:
        >>> figure = Detection(correct=3, missed=1, spurious=2)
        >>> round(figure.precision, 3), round(figure.recall, 3), round(figure.f1, 3)
        (0.6, 0.75, 0.667)

    """

    correct: int = 0
    missed: int = 0
    spurious: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that are correct (``0.0`` when nothing was predicted)."""
        return _ratio(self.correct, self.correct + self.spurious)

    @property
    def recall(self) -> float:
        """Share of gold items found (``0.0`` when the gold has none)."""
        return _ratio(self.correct, self.correct + self.missed)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, computed from the counts."""
        return _ratio(2 * self.correct, 2 * self.correct + self.missed + self.spurious)

    def __add__(self, other: Detection) -> Detection:
        return Detection(
            self.correct + other.correct,
            self.missed + other.missed,
            self.spurious + other.spurious,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the three ratios and the three counts."""
        return {
            "kind": "detection",
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "correct": self.correct,
            "missed": self.missed,
            "spurious": self.spurious,
        }


@dataclass(frozen=True)
class Accuracy:
    """Share of ``total`` judged items that are ``correct``.

    Example:
        >>> Accuracy(correct=3, total=4).value, Accuracy(correct=3, total=4).wrong
        (0.75, 1)

    """

    correct: int = 0
    total: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.correct <= self.total:
            raise ValueError(f"need 0 <= correct <= total, got {self.correct}/{self.total}")

    @property
    def value(self) -> float:
        """The accuracy (``0.0`` when nothing was judged)."""
        return _ratio(self.correct, self.total)

    @property
    def wrong(self) -> int:
        """Number of judged items that are not correct."""
        return self.total - self.correct

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the accuracy and its counts."""
        return {
            "kind": "accuracy",
            "accuracy": self.value,
            "correct": self.correct,
            "wrong": self.wrong,
            "total": self.total,
        }


Figure = Detection | Accuracy
"""Any figure of the report."""


def count(judgements: list[bool]) -> Accuracy:
    """Accuracy of a list of right/wrong judgements.

    Example:
        >>> count([True, False, True])
        Accuracy(correct=2, total=3)

    """
    return Accuracy(sum(judgements), len(judgements))


def add_figures(first: Figure, second: Figure) -> Figure:
    """Add the counts of two figures of the same kind (``TypeError`` for mixed kinds)."""
    if isinstance(first, Detection) and isinstance(second, Detection):
        return first + second
    if isinstance(first, Accuracy) and isinstance(second, Accuracy):
        return first + second
    raise TypeError(f"cannot add {type(first).__name__} and {type(second).__name__}")

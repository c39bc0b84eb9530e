"""polemos-dates: the ``dates`` layer of polemos (first-party plugin).

Finds the time expressions of French news (``le 6 février``, ``mardi dernier``,
``depuis samedi``, ``la semaine passée``, ``en 2013``, ``hier soir``) with Duckling and resolves
each against the document's date (``meta["date"]`` or its dateline) to ISO days with a
precision (``day``, ``week``, ``month``, ``year``).
"""

from __future__ import annotations

from polemos import Extractor, Label, LayerContract, hookimpl

from polemos_dates.duckling_parser import DucklingParser
from polemos_dates.extractor import LAYER, DatesExtractor
from polemos_dates.finder import TimeExpression, document_reference, find_dates
from polemos_dates.reference import Reference, reference_from_meta

__all__ = [
    "LAYER",
    "DatesExtractor",
    "DucklingParser",
    "Reference",
    "TimeExpression",
    "document_reference",
    "find_dates",
    "polemos_extractors",
    "polemos_layer_contracts",
    "reference_from_meta",
]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute the ``dates`` extractor."""
    return [DatesExtractor()]


@hookimpl
def polemos_layer_contracts() -> list[LayerContract]:
    """Declare the ``dates`` layer: label = precision, or ``date`` when unresolved."""
    iso = {"type": ["string", "null"], "format": "date"}
    return [
        LayerContract(
            layer=LAYER,
            labels=tuple(Label(name) for name in ("day", "week", "month", "year", "date")),
            attributes={
                "date_start": iso,
                "date_end": iso,
                "precision": {"type": ["string", "null"]},
                "relative": {"type": "boolean"},
                "since": {"type": "boolean"},
                "reference": iso,
                "year_from": {
                    "type": ["array", "null"],
                    "items": {"type": "integer"},
                    "minItems": 2,
                    "maxItems": 2,
                },
            },
            columns=("date_start", "date_end", "precision", "relative"),
        )
    ]

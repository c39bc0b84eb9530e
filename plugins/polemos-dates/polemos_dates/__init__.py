"""polemos-dates: the ``dates`` layer of polemos (first-party plugin).

Finds the time expressions of French news (``le 6 février``, ``mardi dernier``,
``depuis samedi``, ``la semaine passée``, ``en 2013``, ``hier soir``) with Duckling and resolves
each against the document's date (``meta["date"]`` or its dateline) to ISO days with a
precision (``day``, ``week``, ``month``, ``year``).
"""

from __future__ import annotations

from polemos import Extractor, hookimpl

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
    "reference_from_meta",
]


@hookimpl
def polemos_extractors() -> list[Extractor]:
    """Contribute the ``dates`` extractor."""
    return [DatesExtractor()]

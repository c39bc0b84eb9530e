"""The ``dates`` extractor: every time expression of the text, resolved to ISO days."""

from __future__ import annotations

from dataclasses import dataclass

from polemos import ExtractContext, Extractor

from polemos_dates.duckling_parser import DucklingParser
from polemos_dates.finder import document_reference, find_dates
from polemos_dates.reference import reference_from_meta

__all__ = ["LAYER", "DatesConfig", "DatesExtractor"]

LAYER = "dates"
"""The layer this plugin writes."""


@dataclass
class DatesConfig:
    """The configuration of the ``dates`` extractor (see :class:`DatesExtractor`)."""

    reference: str | None = None
    """An ISO date (``2024-03-05``, ``2024-03``, ``2024``) that overrides the document's date."""


class DatesExtractor(Extractor):
    """Time expressions (layer ``dates``, label = precision or ``date`` when unresolved).

    Attributes: ``date_start``, ``date_end`` (ISO days, null when the expression cannot be
    dated), ``precision`` (``day``, ``week``, ``month``, ``year``), ``relative`` (the words
    name no year: the document's date decided), ``since`` (``depuis samedi``: the period
    runs to the document's date) and ``reference`` (the document date used, ISO).
    Configuration: ``reference``, an ISO date that overrides ``meta["date"]`` and the dateline.
    """

    name = "dates"
    writes = (LAYER,)
    config_type = DatesConfig

    def __init__(self) -> None:
        self.parser = DucklingParser()

    def extract(self, ctx: ExtractContext) -> None:
        """Annotate the time expressions of ``ctx.document``."""
        text = ctx.document.text
        given = ctx.config.get("reference") or ctx.document.meta.get("date")
        reference = document_reference(text, reference_from_meta(given), self.parser)
        for found in find_dates(text, reference, self.parser):
            ctx.annotate(
                LAYER,
                found.precision or "date",
                found.start,
                found.end,
                found.attributes(reference),
            )

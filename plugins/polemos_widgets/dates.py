"""The date of a document: its metadata, or the French dateline at the top of the text."""

from __future__ import annotations

import re

from polemos.model import Document

__all__ = ["document_date", "month_of"]

_MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_DATELINE = re.compile(
    r"\b(1er|[0-3]?\d)\s+(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
_HEAD = 300


def document_date(document: Document) -> str | None:
    r"""An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) for the document, or None.

    ``meta["date"]`` wins; otherwise a French dateline ("22 mai 2012") in the first lines.

    >>> document_date(Document("d", "Titre\n\n1er juin 2012. - Texte"))
    '2012-06-01'
    """
    meta = document.meta.get("date")
    if isinstance(meta, str):
        found = _ISO.match(meta.strip())
        if found:
            return found.group(0)
    line = _DATELINE.search(document.text[:_HEAD])
    if line is None:
        return None
    day = 1 if line.group(1).lower() == "1er" else int(line.group(1))
    month = _MONTHS[line.group(2).lower()]
    return f"{line.group(3)}-{month:02d}-{day:02d}"


def month_of(date: str | None) -> str | None:
    """The ``YYYY-MM`` of an ISO date (None for a bare year or no date)."""
    if date is None or len(date) < 7:
        return None
    return date[:7]

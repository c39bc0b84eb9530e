"""Quantities as a table: one row per figure, with its actor, range, unit family and date.

The actor of a figure is the one the ``quantities`` plugin attributes it to (``of_actor``: whose
losses or forces they are); ``source`` is who reports it. A figure the plugin leaves
unattributed stays so (:data:`NO_ACTOR`): no nearby mention is guessed in its place.

A figure can be counted in a sum only once: a part of a whole ("dont 60 postes", ``part_of``)
is inside its whole, and the same figure said again in a document ("805 kilomètres carrés"
twice) is a repeat; both are kept in the table, flagged, and left out of sums.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
from polemos.model import Annotation, Document

from polemos_widgets.dates import document_date, month_of
from polemos_widgets.units import unit_family

__all__ = ["COLUMNS", "NO_ACTOR", "aggregate", "quantities_frame", "summable", "sums"]

NO_ACTOR = "(no actor)"
COLUMNS = [
    "document", "date", "month", "category", "value", "value_max", "unit", "family",
    "family_unit", "additive", "low", "high", "bound", "item", "certainty", "actor", "actor_id",
    "source", "part_of", "repeat", "text", "start", "id",
]  # fmt: skip
"""The columns of :func:`quantities_frame` (``low``/``high``: the range in the family's unit)."""


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _referenced(document: Document, value: Any) -> Annotation | None:
    found = document.get(value) if isinstance(value, str) else None
    return found if isinstance(found, Annotation) else None


def _actor_name(annotation: Annotation) -> str:
    return str(annotation.attributes.get("name") or annotation.text)


def quantity_actor(document: Document, quantity: Annotation) -> tuple[str, str | None]:
    """The name and ``actor_id`` of the actor a quantity is about, or :data:`NO_ACTOR`.

    ``of_actor`` (an actor annotation id, the quantities plugin's attribution) wins; a plain
    ``actor_id`` or ``actor`` attribute (another plugin's) is looked up among the actors.
    """
    attributes = quantity.attributes
    of_actor = _referenced(document, attributes.get("of_actor"))
    if of_actor is not None:
        actor_id = of_actor.attributes.get("actor_id")
        return _actor_name(of_actor), str(actor_id) if actor_id else None
    named = attributes.get("actor_id") or attributes.get("actor")
    if isinstance(named, str) and named:
        match = next(
            (a for a in document.layer("actors") if a.attributes.get("actor_id") == named), None
        )
        return (_actor_name(match) if match is not None else named), named
    return NO_ACTOR, None


def _row(document: Document, quantity: Annotation, date: str | None) -> dict[str, Any]:
    attributes = quantity.attributes
    unit = attributes.get("unit")
    family, factor = unit_family(unit if isinstance(unit, str) else None)
    value, value_max = _number(attributes.get("value")), _number(attributes.get("value_max"))
    actor, actor_id = quantity_actor(document, quantity)
    source = _referenced(document, attributes.get("source"))
    whole = _referenced(document, attributes.get("part_of"))
    return {
        "document": document.id,
        "date": date,
        "month": month_of(date),
        "category": str(attributes.get("category") or quantity.label),
        "value": value,
        "value_max": value_max,
        "unit": unit if isinstance(unit, str) else "count",
        "family": family.title,
        "family_unit": family.unit,
        "additive": family.additive,
        "low": None if value is None else value * factor,
        "high": None if value is None else (value_max if value_max is not None else value) * factor,
        "bound": attributes.get("bound"),
        "item": attributes.get("item"),
        "certainty": attributes.get("certainty"),
        "actor": actor,
        "actor_id": actor_id,
        "source": _actor_name(source) if source is not None else None,
        "part_of": whole.text if whole is not None else None,
        "repeat": False,
        "text": quantity.text,
        "start": quantity.start,
        "id": quantity.id,
    }


def _repeat_key(row: dict[str, Any]) -> tuple[Any, ...]:
    item = row["item"].casefold() if isinstance(row["item"], str) else None
    return (row["category"], row["unit"], row["value"], row["value_max"], item, row["actor"])


def quantities_frame(documents: Iterable[Document]) -> pd.DataFrame:
    """One row per quantity (see :data:`COLUMNS`), in text order within each document.

    ``repeat`` is true for a figure already given earlier in the same document (same category,
    unit, value, range, item and actor).
    """
    rows: list[dict[str, Any]] = []
    for document in documents:
        date = document_date(document)
        seen: set[tuple[Any, ...]] = set()
        for quantity in sorted(document.layer("quantities"), key=lambda a: (a.start, a.end)):
            row = _row(document, quantity, date)
            key = _repeat_key(row)
            row["repeat"] = key in seen
            seen.add(key)
            rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS)


def summable(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows a sum may count: a value, an additive unit, not a part of a whole, no repeat."""
    if frame.empty:
        return frame
    keep = (
        frame["low"].notna()
        & frame["additive"].astype(bool)
        & frame["part_of"].isna()
        & ~frame["repeat"].astype(bool)
    )
    return frame[keep]


def aggregate(frame: pd.DataFrame, by: str) -> pd.Series:
    """The number of mentions per value of the ``by`` column, largest first."""
    if frame.empty:
        return pd.Series(dtype=float)
    return frame.groupby(by).size().sort_values(ascending=False).astype(float)


def sums(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """Summed values per unit family and ``by`` value, over the :func:`summable` rows.

    Columns: ``family``, ``by``'s name, ``low`` (the sum of the values: of the low ends for
    ranges), ``high`` (with the high ends of ranges) and ``figures`` (how many were summed);
    largest ``low`` first within each family.
    """
    kept = summable(frame)
    if kept.empty:
        return pd.DataFrame(columns=["family", by, "low", "high", "figures"])
    grouped = kept.groupby(["family", by]).agg(
        low=("low", "sum"), high=("high", "sum"), figures=("id", "size")
    )
    table = grouped.reset_index().sort_values(["family", "low"], ascending=[True, False])
    return table.reset_index(drop=True)

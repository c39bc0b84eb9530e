"""Quantities as a table and as bar charts: by category, by actor, over time.

A quantity's actor is its ``actor_id`` (or ``actor``) attribute when the plugin gives one;
otherwise the nearest actor mention of the same sentence (before it first, else after it).
Sums are only taken over quantities of one unit: they are grouped by ``(category, unit)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from polemos.model import Annotation, Document
from polemos.widgets.dates import document_date, month_of
from polemos.widgets.palette import Palette
from polemos.widgets.plotting import literal

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["MEASURES", "NO_ACTOR", "aggregate", "draw_quantities", "quantities_frame"]

NO_ACTOR = "(no actor)"
MEASURES = {"mentions": "number of mentions", "sum": "sum of values"}
_SENTENCE_END = re.compile(r"[.!?\n]")
_COLUMNS = [
    "document", "date", "month", "category", "unit", "value", "bound", "item", "certainty",
    "actor", "text", "id",
]  # fmt: skip


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    return left, found.start() if found else len(text)


def _actor_name(annotation: Annotation) -> str:
    return str(annotation.attributes.get("name") or annotation.text)


def quantity_actor(document: Document, quantity: Annotation) -> str:
    """The actor a quantity is about (see the module docstring), or :data:`NO_ACTOR`."""
    named = quantity.attributes.get("actor") or quantity.attributes.get("actor_id")
    actors = document.layer("actors")
    if named:
        match = next((a for a in actors if a.attributes.get("actor_id") == named), None)
        return _actor_name(match) if match is not None else str(named)
    left, right = _sentence(document.text, quantity.start, quantity.end)
    same = [a for a in actors if a.start >= left and a.end <= right]
    before = [a for a in same if a.end <= quantity.start]
    after = [a for a in same if a.start >= quantity.end]
    if before:
        return _actor_name(max(before, key=lambda a: a.end))
    if after:
        return _actor_name(min(after, key=lambda a: a.start))
    return NO_ACTOR


def quantities_frame(documents: Iterable[Document]) -> pd.DataFrame:
    """One row per quantity with its document, date, month, category, unit, value and actor."""
    rows: list[dict[str, Any]] = []
    for document in documents:
        date = document_date(document)
        for quantity in document.layer("quantities"):
            attributes = quantity.attributes
            value = attributes.get("value")
            rows.append(
                {
                    "document": document.id,
                    "date": date,
                    "month": month_of(date),
                    "category": str(attributes.get("category") or quantity.label),
                    "unit": attributes.get("unit") or "count",
                    "value": float(value) if isinstance(value, int | float) else None,
                    "bound": attributes.get("bound"),
                    "item": attributes.get("item"),
                    "certainty": attributes.get("certainty"),
                    "actor": quantity_actor(document, quantity),
                    "text": quantity.text,
                    "id": quantity.id,
                }
            )
    return pd.DataFrame(rows, columns=_COLUMNS)


def aggregate(frame: pd.DataFrame, by: str, measure: str = "mentions") -> pd.Series:
    """Mentions (or summed values) per ``by`` column; sums are per ``(by, unit)``."""
    if frame.empty:
        return pd.Series(dtype=float)
    if measure == "sum":
        summed = frame.dropna(subset=["value"]).groupby([by, "unit"])["value"].sum()
        summed.index = [f"{key} ({unit})" for key, unit in summed.index]
        return summed.sort_values(ascending=False)
    return frame.groupby(by).size().sort_values(ascending=False).astype(float)


def draw_quantities(
    frame: pd.DataFrame,
    *,
    category: str | None = None,
    measure: str = "mentions",
    top: int = 12,
    palette: Palette | None = None,
) -> Figure:
    """Bar charts of the quantities: by category, by actor, and by month when dates exist.

    ``category`` restricts the actor and time charts to one category.
    """
    from matplotlib.figure import Figure

    palette = palette if palette is not None else Palette()
    chosen = frame if category is None else frame[frame["category"] == category]
    dated = chosen.dropna(subset=["month"])
    panels = 3 if not dated.empty else 2
    figure = Figure(figsize=(11, 3.6 * panels), layout="constrained")
    axes = figure.subplots(panels, 1, squeeze=False)[:, 0]
    what = MEASURES.get(measure, measure)
    scope = f" ({category})" if category else ""

    by_category = aggregate(frame, "category", measure).head(top)
    colours = [palette.colour("quantities", str(k).split(" (")[0]) for k in by_category.index]
    _bars(axes[0], by_category, colours, f"Quantities by category: {what}")
    attributed = chosen[chosen["actor"] != NO_ACTOR]
    by_actor = aggregate(attributed, "actor", measure).head(top)
    left_out = len(chosen) - len(attributed)
    note = f" ({left_out} without an actor not shown)" if left_out else ""
    _bars(axes[1], by_actor, ["#9ecae1"] * len(by_actor), f"By actor{scope}: {what}{note}")
    if panels == 3:
        by_month = aggregate(dated, "month", measure).sort_index()
        _bars(
            axes[2],
            by_month,
            ["#fdae6b"] * len(by_month),
            f"Over time, by month{scope}: {what}",
            vertical=True,
        )
    if measure == "mentions":  # counts: whole-number ticks
        from matplotlib.ticker import MaxNLocator

        for ax, axis in zip(axes, ("xaxis", "xaxis", "yaxis"), strict=False):
            getattr(ax, axis).set_major_locator(MaxNLocator(integer=True))
    return figure


def _bars(
    ax: Any, series: pd.Series, colours: list[str], title: str, *, vertical: bool = False
) -> None:
    """Horizontal bars, largest on top (or vertical bars in index order, for time)."""
    ax.set_title(literal(title), loc="left", fontsize=11)
    if series.empty:
        ax.text(0.5, 0.5, "no quantity", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    labels = [literal(str(k)) for k in series.index]
    if vertical:
        ax.bar(labels, list(series.values), color=colours, edgecolor="#555555")
        ax.tick_params(axis="x", labelsize=9, labelrotation=45)
    else:
        ax.barh(labels[::-1], list(series.values)[::-1], color=colours[::-1], edgecolor="#555555")
        ax.tick_params(axis="y", labelsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

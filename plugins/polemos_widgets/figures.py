"""Charts of the quantities: by category, by actor, and over time on a real time axis.

Two measures. *Mentions* counts the figures (every unit together: a mention is a mention).
*Sum of values* adds figures up, one row of charts per unit family (counts, area in km²,
money per currency, mass), each on its own axis, logarithmic when the bars span more than two
orders of magnitude; a range ("entre 3 000 et 4 000") adds its low end to the bar and its high
end to a whisker. Parts of a whole, repeats and units that do not add up (distances, durations,
percentages) are never summed: the figure says how many were left out. The table behind the
charts is :func:`~polemos_widgets.quantities.quantities_frame`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from polemos_widgets.palette import Palette
from polemos_widgets.plotting import literal
from polemos_widgets.quantities import (
    NO_ACTOR,
    aggregate,
    quantities_frame,
    summable,
    sums,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["MEASURES", "NO_ACTOR", "aggregate", "draw_quantities", "quantities_frame", "sums"]

MEASURES = {"mentions": "number of mentions", "sum": "sum of values"}
ACTOR_COLOUR = "#6baed6"
TIME_COLOUR = "#fd8d3c"
_LOG_SPREAD = 100.0


def _month_starts(months: pd.Index) -> list[pd.Timestamp]:
    return [pd.Timestamp(f"{month}-01") for month in months]


def _style(ax: Axes, title: str) -> None:
    ax.set_title(literal(title), loc="left", fontsize=10)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _empty(ax: Axes, title: str, message: str) -> None:
    _style(ax, title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_axis_off()


def _log_if_spread(ax: Axes, values: list[float], axis: str) -> None:
    """A log scale when the values span more than two orders of magnitude.

    Otherwise compact numbers (``800 k``, ``7.7 M``: no ``1e6`` offset, no overlapping digits).
    """
    from matplotlib.ticker import EngFormatter

    positive = [v for v in values if v > 0]
    if positive and max(positive) / min(positive) > _LOG_SPREAD:
        (ax.set_xscale if axis == "x" else ax.set_yscale)("log")
        return
    compact = EngFormatter(sep="\u202f")
    (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(compact)


def _hbars(
    ax: Axes,
    labels: list[str],
    low: list[float],
    high: list[float] | None,
    colours: list[str],
    title: str,
    unit: str,
) -> None:
    """Horizontal bars, largest on top; whiskers up to ``high`` where it is above ``low``."""
    _style(ax, title)
    order = list(range(len(labels)))[::-1]
    names = [literal(labels[i]) for i in order]
    ax.barh(names, [low[i] for i in order], color=[colours[i] for i in order], edgecolor="#555")
    if high is not None and any(h > lo for h, lo in zip(high, low, strict=True)):
        spans = [[0.0 for _ in order], [high[i] - low[i] for i in order]]
        ax.errorbar([low[i] for i in order], names, xerr=spans, fmt="none", ecolor="#333",
                    capsize=3, lw=1)  # fmt: skip
    ax.tick_params(axis="y", labelsize=9)
    pad = max(0.0, (4 - len(labels)) / 2)  # a lone bar stays a bar, not a block
    ax.set_ylim(-0.5 - pad, len(labels) - 0.5 + pad)
    ax.set_xlabel(unit, fontsize=9)
    _log_if_spread(ax, [*low, *(high or [])], "x")


def _time_bars(ax: Axes, series: pd.Series, title: str, unit: str, *, integer: bool) -> None:
    """Bars at the months' real dates (a gap in time is a gap on the axis)."""
    import matplotlib.dates as mdates

    _style(ax, title)
    to_number = mdates.date2num
    starts = [float(to_number(day)) for day in _month_starts(series.index)]  # type: ignore[no-untyped-call]
    ax.bar(starts, list(series.values), width=24, align="edge", color=TIME_COLOUR,
           edgecolor="#555")  # fmt: skip
    ax.xaxis_date()
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(
        mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    )
    if len(starts) == 1:
        ax.set_xlim(starts[0] - 60, starts[0] + 90)
    ax.set_ylabel(unit, fontsize=9)
    if integer:
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    else:
        _log_if_spread(ax, list(series.values), "y")


def _mention_panels(
    axes: Any, frame: pd.DataFrame, chosen: pd.DataFrame, scope: str, top: int, palette: Palette
) -> None:
    from matplotlib.ticker import MaxNLocator

    by_category = aggregate(frame, "category").head(top)
    labels = [str(k) for k in by_category.index]
    _hbars(axes[0], labels, list(by_category.values), None,
           [palette.colour("quantities", k) for k in labels],
           "Mentions by category", "mentions")  # fmt: skip
    attributed = chosen[chosen["actor"] != NO_ACTOR]
    by_actor = aggregate(attributed, "actor").head(top)
    left_out = len(chosen) - len(attributed)
    note = f"\n({left_out} not attributed to an actor, not shown)" if left_out else ""
    title = f"Mentions by actor{scope}{note}"
    if by_actor.empty:
        _empty(axes[1], title, "no figure attributed to an actor")
    else:
        _hbars(axes[1], [str(k) for k in by_actor.index], list(by_actor.values), None,
               [ACTOR_COLOUR] * len(by_actor), title, "mentions")  # fmt: skip
    for ax in axes[:2]:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    dated = chosen.dropna(subset=["month"])
    if len(axes) > 2:
        by_month = aggregate(dated, "month").sort_index()
        _time_bars(axes[2], by_month, f"Mentions per month{scope}", "mentions", integer=True)


def _sum_row(
    axes: Any, family: str, kept: pd.DataFrame, scope: str, top: int, palette: Palette
) -> None:
    rows = kept[kept["family"] == family]
    unit = str(rows["family_unit"].iloc[0])
    by_category = sums(rows, "category").head(top)
    labels = [str(k) for k in by_category["category"]]
    _hbars(axes[0], labels, list(by_category["low"]), list(by_category["high"]),
           [palette.colour("quantities", k) for k in labels],
           f"{family}: sum by category", unit)  # fmt: skip
    attributed = rows[rows["actor"] != NO_ACTOR]
    by_actor = sums(attributed, "actor").head(top)
    title = f"{family}: sum by actor{scope}"
    if by_actor.empty:
        _empty(axes[1], title, "no figure attributed to an actor")
    else:
        _hbars(axes[1], [str(k) for k in by_actor["actor"]], list(by_actor["low"]),
               list(by_actor["high"]), [ACTOR_COLOUR] * len(by_actor), title, unit)  # fmt: skip
    if len(axes) > 2:
        dated = rows.dropna(subset=["month"])
        title = f"{family}: sum per month{scope}"
        if dated.empty:
            _empty(axes[2], title, "no dated figure")
        else:
            by_month = dated.groupby("month")["low"].sum().sort_index()
            _time_bars(axes[2], by_month, title, unit, integer=False)


def _left_out(chosen: pd.DataFrame, kept: pd.DataFrame) -> str:
    if chosen.empty:
        return ""
    parts = int(chosen["part_of"].notna().sum())
    repeats = int(chosen["repeat"].astype(bool).sum())
    other = chosen[~chosen["additive"].astype(bool)]
    families = ", ".join(sorted(other["family"].unique()))
    notes = [
        f"{parts} part(s) of a whole" if parts else "",
        f"{repeats} repeat(s)" if repeats else "",
        f"{len(other)} not additive ({families})" if len(other) else "",
    ]
    listed = "; ".join(n for n in notes if n)
    return f"Summed: {len(kept)} figure(s). Not summed: {listed}." if listed else ""


def draw_quantities(
    frame: pd.DataFrame,
    *,
    category: str | None = None,
    measure: str = "mentions",
    top: int = 12,
    palette: Palette | None = None,
) -> Figure:
    """Charts of ``frame`` (from :func:`quantities_frame`): by category, actor, and month.

    ``category`` restricts the actor and time charts (and, for sums, every chart) to one
    category. The time chart is drawn when some documents are dated.
    """
    from matplotlib.figure import Figure

    palette = palette if palette is not None else Palette()
    chosen = frame if category is None else frame[frame["category"] == category]
    scope = f" ({category})" if category else ""
    columns = 3 if chosen["month"].notna().any() else 2
    if measure != "sum":
        figure = Figure(figsize=(15, 4.2), layout="constrained")
        _mention_panels(figure.subplots(1, columns), frame, chosen, scope, top, palette)
        return figure
    kept = summable(chosen)
    families = list(dict.fromkeys(sorted(kept["family"], key=lambda f: (f != "count", f))))
    figure = Figure(figsize=(15, 0.6 + 3.4 * max(len(families), 1)), layout="constrained")
    note = _left_out(chosen, kept)
    if note:
        figure.suptitle(literal(note), x=0.01, ha="left", fontsize=9, color="#444")
    if not families:
        _empty(figure.add_subplot(), f"Sum of values{scope}", "no figure to sum")
        return figure
    grid = figure.subplots(len(families), columns, squeeze=False)
    for row, family in zip(grid, families, strict=True):
        _sum_row(row, family, kept, scope, top, palette)
    return figure

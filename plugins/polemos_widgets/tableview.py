"""A sortable, filterable table of a DataFrame; clicking a row selects it.

Click a column header to sort by it (again to reverse); type in the filter box to keep the rows
containing the text (in every column, or in the chosen one). Cells are HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import ipywidgets as w
import pandas as pd

from polemos_widgets.export import ExportBar
from polemos_widgets.pane import HtmlPane
from polemos_widgets.tables import ALL_COLUMNS, REF_SUFFIX, filter_frame, sort_frame

__all__ = ["TableView", "render_table"]

HIDDEN_COLUMNS = ("id", "run", "source_id", "target_id")
"""Columns kept in the frame (for selection) but not shown."""
MAX_COLUMNS = 12
"""Columns shown at first: a wider table would run off its pane; "all columns" shows the rest."""


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return escape(str(value), quote=True)


def render_table(
    frame: pd.DataFrame,
    *,
    columns: Sequence[str],
    sort: str | None = None,
    ascending: bool = True,
    selected: object = None,
    limit: int = 300,
) -> str:
    """An HTML table of ``frame``'s ``columns``; rows carry ``data-pl-click="row:INDEX"``."""
    arrows = {True: " ▲", False: " ▼"}
    head = "".join(
        f'<th data-pl-click="sort:{escape(c, quote=True)}">{escape(c).replace("_", "_<wbr>")}'
        f"{arrows[ascending] if c == sort else ''}</th>"
        for c in columns
    )
    rows = []
    for index, row in frame.head(limit).iterrows():
        state = " pl-selected" if index == selected else ""
        cells = "".join(f"<td>{_cell(row[c])}</td>" for c in columns)
        rows.append(f'<tr class="pl-row{state}" data-pl-click="row:{index}">{cells}</tr>')
    note = ""
    if len(frame) > limit:
        note = f'<div class="pl-note">showing {limit} of {len(frame)} rows: filter to narrow</div>'
    if frame.empty:
        note = '<div class="pl-note">no rows</div>'
    return f'<table class="pl-table"><tr>{head}</tr>{"".join(rows)}</table>{note}'


class TableView(w.VBox):  # type: ignore[misc]
    """A table widget over a DataFrame: filter box, column choice, sortable headers.

    :meth:`on_select` callbacks receive the selected row (a ``pandas.Series``). The CSV
    button downloads the rows shown (filtered and sorted), every column included. A table of
    more than :data:`MAX_COLUMNS` columns shows the first ones, so that it fits its pane, until
    "all columns" is ticked.
    """

    def __init__(
        self, frame: pd.DataFrame | None = None, *, height: str = "260px", name: str = "table"
    ) -> None:
        self.name = name
        self.filter_box = w.Text(placeholder="filter rows…", layout=w.Layout(width="260px"))
        self.column = w.Dropdown(options=[ALL_COLUMNS], layout=w.Layout(width="200px"))
        self.count = w.HTML()
        self.all_columns = w.Checkbox(value=False, indent=False, layout=w.Layout(width="auto"))
        self.pane = HtmlPane(max_height=height)
        self.export = ExportBar()
        self.export.add("CSV", lambda: (f"{self.name}.csv", self.view()), "csv")
        super().__init__(
            [
                w.HBox([self.filter_box, self.column, self.count, self.all_columns, self.export]),
                self.pane,
            ],
            layout=w.Layout(width="100%"),
        )
        self.frame = pd.DataFrame()
        self.sort: str | None = None
        self.ascending = True
        self.selected: object = None
        self._callbacks: list[Callable[[pd.Series], None]] = []
        self.filter_box.observe(lambda _: self.refresh(), names="value")
        self.column.observe(lambda _: self.refresh(), names="value")
        self.all_columns.observe(lambda _: self.refresh(), names="value")
        self.pane.on_click(self._clicked)
        self.set_frame(frame if frame is not None else pd.DataFrame())

    @property
    def columns(self) -> list[str]:
        """The columns shown: all but the id columns (and ``document`` when there is one).

        A ``category`` (or ``type``) column equal to ``label`` is not shown twice either.
        """
        hidden = set(HIDDEN_COLUMNS) | {c for c in self.frame.columns if c.endswith(REF_SUFFIX)}
        if "label" in self.frame.columns:  # e.g. a quantity's category is its label
            hidden |= {
                c
                for c in ("category", "type")
                if c in self.frame.columns and self.frame[c].equals(self.frame["label"])
            }
        if "document" in self.frame.columns and self.frame["document"].nunique() <= 1:
            hidden.add("document")
        return [c for c in self.frame.columns if c not in hidden]

    @property
    def shown_columns(self) -> list[str]:
        """The :attr:`columns` drawn: the first :data:`MAX_COLUMNS` unless all are asked for."""
        columns = self.columns
        return columns if self.all_columns.value else columns[:MAX_COLUMNS]

    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show a new frame (the filter text is kept; the selection is cleared)."""
        self.frame = frame.reset_index(drop=True)
        self.selected = None
        keep = self.column.value if self.column.value in self.columns else ALL_COLUMNS
        self.column.options = [ALL_COLUMNS, *self.columns]
        self.column.value = keep
        wide = len(self.columns) > MAX_COLUMNS
        self.all_columns.description = f"all {len(self.columns)} columns" if wide else ""
        self.all_columns.layout.display = None if wide else "none"
        self.refresh()

    def view(self) -> pd.DataFrame:
        """The rows currently shown: filtered, then sorted."""
        filtered = filter_frame(self.frame, self.filter_box.value, self.column.value)
        return sort_frame(filtered, self.sort, self.ascending)

    def refresh(self) -> None:
        """Re-render the table from the frame, filter, sort and selection."""
        shown = self.view()
        self.count.value = f"<span class='pl-note'>{len(shown)} of {len(self.frame)} rows</span>"
        self.pane.html = render_table(
            shown,
            columns=self.shown_columns,
            sort=self.sort,
            ascending=self.ascending,
            selected=self.selected,
        )

    def sort_by(self, column: str) -> None:
        """Sort by ``column``; sorting again by the same column reverses the order."""
        self.ascending = not self.ascending if column == self.sort else True
        self.sort = column
        self.refresh()

    def select(self, index: int) -> None:
        """Select the row at ``index`` of the frame and call the :meth:`on_select` callbacks."""
        self.selected = index
        self.refresh()
        row = self.frame.iloc[int(index)]
        for callback in self._callbacks:
            callback(row)

    def on_select(self, callback: Callable[[pd.Series], None]) -> None:
        """Call ``callback(row)`` when a row is selected."""
        self._callbacks.append(callback)

    def _clicked(self, kind: str, value: str) -> None:
        if kind == "sort" and value in self.frame.columns:
            self.sort_by(value)
        elif kind == "row" and value.isdigit() and int(value) in self.frame.index:
            self.select(int(value))

"""The Figures view: quantities by category, actor and month, as mentions or sums per unit."""

from __future__ import annotations

from collections.abc import Sequence

import ipywidgets as w
import pandas as pd
from polemos.model import Document

from polemos_widgets.export import ExportBar
from polemos_widgets.figures import MEASURES, draw_quantities
from polemos_widgets.plotting import show_figure
from polemos_widgets.quantities import NO_ACTOR, quantities_frame

__all__ = ["FiguresView"]

ALL_CATEGORIES = "(all categories)"


class FiguresView(w.VBox):  # type: ignore[misc]
    """A category and a measure to choose, the charts they give, and the table as CSV."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.frame: pd.DataFrame = quantities_frame(documents)
        categories = sorted(self.frame["category"].dropna().unique())
        self.category = w.Dropdown(
            options=[ALL_CATEGORIES, *categories], value=ALL_CATEGORIES, description="Category"
        )
        self.measure = w.Dropdown(
            options=[(label, key) for key, label in MEASURES.items()],
            value="mentions",
            description="Measure",
        )
        dated = int(self.frame["month"].notna().sum())
        attributed = int((self.frame["actor"] != NO_ACTOR).sum())
        self.summary = w.HTML(
            f"{len(self.frame)} quantities in {len(documents)} document(s); {dated} from dated "
            f"documents; {attributed} attributed to an actor"
        )
        self.output = w.Output()
        self.export = ExportBar()
        self.export.add("CSV of the quantities", lambda: ("quantities.csv", self.frame), "csv")
        for control in (self.category, self.measure):
            control.observe(lambda _: self.refresh(), names="value")
        super().__init__(
            [
                w.HTML("<b>Quantities</b>"),
                w.HBox([self.category, self.measure, self.export]),
                self.summary,
                self.output,
            ]
        )
        self.add_class("pl-figures")
        self.refresh()

    def refresh(self) -> None:
        """Redraw the charts for the chosen category and measure."""
        category = None if self.category.value == ALL_CATEGORIES else str(self.category.value)
        show_figure(
            self.output,
            draw_quantities(self.frame, category=category, measure=self.measure.value),
            "quantity charts",
        )

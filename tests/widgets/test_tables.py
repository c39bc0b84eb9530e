"""Tables: frames from layers and relations, filtering, sorting, the table widget."""

from __future__ import annotations

import pandas as pd
from polemos_widgets.tables import (
    ALL_COLUMNS,
    filter_frame,
    layer_frame,
    relations_frame,
    sort_frame,
)
from polemos_widgets.tableview import TableView, render_table

from tests.widgets.builders import analysed


def test_layer_frame_puts_contract_attributes_first() -> None:
    frame = layer_frame([analysed()], "quantities")
    assert list(frame.columns[:10]) == [
        "document", "label", "text", "value", "bound", "unit", "item", "category", "certainty",
        "part_of",
    ]  # fmt: skip
    assert frame["text"].tolist() == ["plus de 100 combattants de Daesh", "22 kilomètres carrés"]
    assert layer_frame([analysed()], "absent").empty


def test_relations_frame_names_both_ends() -> None:
    frame = relations_frame([analysed()])
    rows = frame[["source", "label", "target", "status"]].values.tolist()
    assert rows == [
        ["russian air force", "supports", "syrian army", "current"],
        ["syrian army", "hostile_to", "islamic state", "current"],
        ["nusra", "allied_with", "ahrar", "former"],
    ]


def test_filter_any_column_or_one_column() -> None:
    frame = layer_frame([analysed()], "actors")
    assert filter_frame(frame, "RU")["actor_id"].tolist() == ["russian_air_force", "russian_mod"]
    # "ru" is in "russian..." ids too, but the country column only holds SY/RU/None
    assert len(filter_frame(frame, "ru", "country")) == 2
    assert len(filter_frame(frame, "syrienne", ALL_COLUMNS)) == 2
    assert len(filter_frame(frame, "   ")) == len(frame)
    assert filter_frame(frame, "nothing-like-this").empty


def test_sort_numbers_as_numbers_and_text_casefolded() -> None:
    frame = pd.DataFrame({"n": [10, 9, None, 100], "t": ["b", "A", "c", None]})
    assert sort_frame(frame, "n")["n"].tolist()[:3] == [9, 10, 100]
    assert sort_frame(frame, "n", ascending=False)["n"].tolist()[:3] == [100, 10, 9]
    texts = sort_frame(frame, "t")["t"].tolist()
    assert texts[:3] == ["A", "b", "c"] and pd.isna(texts[3])
    assert sort_frame(frame, "missing") is frame


def test_table_widget_sorts_filters_and_escapes() -> None:
    frame = pd.DataFrame({"text": ["<b>x</b>", "a", "c"], "id": ["1", "2", "3"]})
    table = TableView(frame)
    assert table.columns == ["text"]  # ids are kept but not shown
    assert "&lt;b&gt;x&lt;/b&gt;" in table.pane.html and "<b>x" not in table.pane.html
    table.pane.click("sort:text")
    assert table.view()["text"].tolist() == ["<b>x</b>", "a", "c"]
    assert "text ▲" in table.pane.html
    table.pane.click("sort:text")
    assert table.view()["text"].tolist() == ["c", "a", "<b>x</b>"]
    table.filter_box.value = "A"
    assert table.view()["text"].tolist() == ["a"] and "1 of 3 rows" in table.count.value
    seen: list[str] = []
    table.on_select(lambda row: seen.append(row["id"]))
    table.pane.click("row:1")
    assert seen == ["2"]
    table.pane.click("row:99")  # a stale row from an old rendering is ignored
    assert seen == ["2"]


def test_long_tables_say_how_many_rows_are_shown() -> None:
    frame = pd.DataFrame({"n": range(500)})
    html = render_table(frame, columns=["n"], limit=300)
    assert html.count("<tr class") == 300 and "showing 300 of 500 rows" in html


def test_table_headers_break_at_underscores_and_skip_a_copy_of_label() -> None:
    table = TableView(layer_frame([analysed()], "quantities"))
    assert "category" in table.frame.columns and "category" not in table.columns
    assert '<th data-pl-click="sort:part_of">part_<wbr>of</th>' in table.pane.html


def test_a_wide_table_shows_its_first_columns_until_all_are_asked_for() -> None:
    from polemos_widgets.tableview import MAX_COLUMNS, TableView

    wide = pd.DataFrame([{f"attribute_{i}": f"v{i}" for i in range(MAX_COLUMNS + 8)}])
    table = TableView(wide, name="events")
    assert table.pane.html.count("<th") == MAX_COLUMNS
    assert table.all_columns.layout.display is None
    assert table.all_columns.description == f"all {MAX_COLUMNS + 8} columns"
    assert "attribute_19" not in table.pane.html
    table.all_columns.value = True
    assert table.pane.html.count("<th") == MAX_COLUMNS + 8 and "v19" in table.pane.html
    assert table.export.export(0)[1].splitlines()[0].count(",") == MAX_COLUMNS + 7  # CSV: all
    narrow = TableView(wide.iloc[:, :3])
    assert narrow.all_columns.layout.display == "none" and narrow.pane.html.count("<th") == 3

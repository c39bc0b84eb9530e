"""Quantities by category, actor and time; document dates."""

from __future__ import annotations

from polemos import Document
from polemos.widgets.dates import document_date, month_of
from polemos.widgets.figures import NO_ACTOR, aggregate, draw_quantities, quantities_frame
from polemos.widgets.figuresview import FiguresView

from tests.widgets.builders import Builder, analysed


def test_dates_from_meta_or_dateline() -> None:
    assert document_date(Document("a", "x", {"date": "2017-02"})) == "2017-02"
    text = "États-Unis : lancement\n\n22 mai 2012. - Prévu initialement..."
    assert document_date(Document("b", text)) == "2012-05-22"
    assert document_date(Document("c", "Pas de date ici.")) is None
    assert month_of("2012-05-22") == "2012-05" and month_of("2012") is None


def test_frame_links_quantities_to_the_actor_of_their_sentence() -> None:
    frame = quantities_frame([analysed()])
    rows = frame[["category", "unit", "value", "actor", "month"]].values.tolist()
    # the nearest actor mention before each quantity, in its sentence
    assert rows == [
        ["casualties", "count", 100.0, "russian mod", "2016-03"],
        ["area", "km2", 22.0, "syrian army", "2016-03"],
    ]


def test_quantity_without_actor_in_its_sentence() -> None:
    build = Builder(Document("d", "Un bilan. Plus de 30 morts."))
    build.quantity("Plus de 30 morts", "casualties", 30, None)
    frame = quantities_frame([build.done()])
    assert frame["actor"].tolist() == [NO_ACTOR] and frame["month"].isna().all()


def test_aggregates_count_mentions_and_sum_per_unit() -> None:
    frame = quantities_frame([analysed("a"), analysed("b", date="2016-05")])
    assert aggregate(frame, "category").to_dict() == {"area": 2.0, "casualties": 2.0}
    assert aggregate(frame, "category", "sum").to_dict() == {
        "casualties (count)": 200.0,
        "area (km2)": 44.0,
    }
    assert aggregate(frame, "month").to_dict() == {"2016-03": 2.0, "2016-05": 2.0}


def test_charts_by_category_actor_and_time() -> None:
    frame = quantities_frame([analysed("a"), analysed("b", date="2016-05")])
    figure = draw_quantities(frame, category="casualties")
    titles = [ax.get_title(loc="left") for ax in figure.axes]
    assert titles == [
        "Quantities by category: number of mentions",
        "By actor (casualties): number of mentions",
        "Over time, by month (casualties): number of mentions",
    ]
    undated = quantities_frame([analysed(date=None)])
    assert len(draw_quantities(undated).axes) == 2  # no time chart without dates
    orphan = Builder(Document("o", "Un bilan. Plus de 30 morts.", {"date": "2016-03"}))
    orphan.quantity("Plus de 30 morts", "casualties", 30, None)
    both = quantities_frame([analysed("a"), orphan.done()])
    by_actor = draw_quantities(both, category="casualties").axes[1]
    assert by_actor.get_title(loc="left").endswith("(1 without an actor not shown)")
    assert [t.get_text() for t in by_actor.get_yticklabels()] == ["russian mod"]


def test_view_redraws_on_choice() -> None:
    view = FiguresView([analysed("a"), analysed("b", date="2016-05")])
    assert "4 quantities in 2 document(s); 4 from dated documents" in view.summary.value
    first = view.output.outputs[0]["data"]["image/png"]
    view.measure.value = "sum"
    assert view.output.outputs[0]["data"]["image/png"] != first
    assert view.category.options == ("(all categories)", "area", "casualties")

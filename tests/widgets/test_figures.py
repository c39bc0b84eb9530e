"""Quantities as a table and as charts: actors, ranges, repeats, unit families, time."""

from __future__ import annotations

import itertools

import pandas as pd
import polemos
import pytest
from matplotlib.figure import Figure
from polemos import Document
from polemos_widgets.dates import document_date, month_of
from polemos_widgets.figures import NO_ACTOR, aggregate, draw_quantities, quantities_frame, sums
from polemos_widgets.figuresview import FiguresView
from polemos_widgets.units import unit_family

from tests.widgets.builders import Builder, analysed

PARAGRAPH = (
    "Goma, 12 mars 2013. Au moins 17 Casques bleus ont été tués près de Goma, a indiqué "
    "l'armée sud-africaine. Entre 3 000 et 4 000 civils ont fui vers l'Ouganda, selon le HCR. "
    "Le ministère russe de la Défense affirme que les terroristes ont perdu 200 individus. "
    "Le bilan de 200 individus n'a pas été confirmé. L'armée a repris 805 kilomètres carrés. "
    "La colline culmine à 1 200 mètres, à 30 kilomètres de la ville."
)


@pytest.fixture(scope="module")
def document() -> Document:
    """A French paragraph analysed by the installed plugins."""
    return polemos.analyze(Document("goma", PARAGRAPH), progress=False)[0]


@pytest.fixture(scope="module")
def paragraph(document: Document) -> pd.DataFrame:
    """Its quantities."""
    return quantities_frame([document])


def _name(document: Document, actor_id: str) -> str:
    found = next(a for a in document.layer("actors") if a.attributes["actor_id"] == actor_id)
    return str(found.attributes["name"])


def _row(frame: pd.DataFrame, text: str, nth: int = 0) -> pd.Series:
    return frame[frame["text"] == text].iloc[nth]


def test_dates_from_meta_or_dateline() -> None:
    assert document_date(Document("a", "x", {"date": "2017-02"})) == "2017-02"
    text = "États-Unis : lancement\n\n22 mai 2012. - Prévu initialement..."
    assert document_date(Document("b", text)) == "2012-05-22"
    assert document_date(Document("c", "Pas de date ici.")) is None
    assert month_of("2012-05-22") == "2012-05" and month_of("2012") is None


def test_actor_is_the_plugins_attribution_never_a_nearby_mention(
    document: Document, paragraph: pd.DataFrame
) -> None:
    peacekeepers = _row(paragraph, "Au moins 17 Casques bleus")
    assert peacekeepers["actor_id"] == "un_peacekeepers"
    assert peacekeepers["actor"] == _name(document, "un_peacekeepers")
    # who reports it (the army, the nearest mention before it) is not whose losses they are
    assert peacekeepers["source"] == _name(document, "za_army")
    losses = _row(paragraph, "200 individus")
    assert losses["actor"] == NO_ACTOR  # unattributed by the plugin: not the Russian ministry
    assert losses["source"] == _name(document, "ru_mod")


def test_range_keeps_both_ends(paragraph: pd.DataFrame) -> None:
    fled = _row(paragraph, "Entre 3 000 et 4 000 civils")
    assert (fled["value"], fled["value_max"], fled["low"], fled["high"]) == (
        3000.0, 4000.0, 3000.0, 4000.0,
    )  # fmt: skip
    table = sums(paragraph, "category").set_index("category")
    assert (table.loc["displaced", "low"], table.loc["displaced", "high"]) == (3000.0, 4000.0)


def test_repeated_figure_is_summed_once(paragraph: pd.DataFrame) -> None:
    repeats = paragraph[paragraph["text"] == "200 individus"]["repeat"].tolist()
    assert repeats == [False, True]
    casualties = sums(paragraph, "category").set_index("category").loc["casualties"]
    assert casualties["low"] == 217.0 and casualties["figures"] == 2


def test_lengths_and_areas_never_share_an_axis(paragraph: pd.DataFrame) -> None:
    families = dict(zip(paragraph["text"], paragraph["family"], strict=True))
    assert families["805 kilomètres carrés"] == "area (km²)"
    assert families["1 200 mètres"] == families["30 kilomètres"] == "distance (km)"
    assert _row(paragraph, "1 200 mètres")["low"] == 1.2  # metres shown in km
    assert "distance (km)" not in set(sums(paragraph, "category")["family"])  # not additive
    figure = draw_quantities(paragraph, measure="sum")
    titles = [ax.get_title(loc="left") for ax in figure.axes]
    assert titles[::3] == ["count: sum by category", "area (km²): sum by category"]
    assert "not additive (distance (km))" in figure._suptitle.get_text()
    units = {ax.get_xlabel() for ax in figure.axes if "by category" in ax.get_title(loc="left")}
    assert units == {"km²", "count"}


def test_parts_of_a_whole_are_not_summed() -> None:
    build = Builder(Document("p", "Plus de 180 installations, dont 60 postes."))
    whole = build.quantity("Plus de 180 installations", "facilities", 180, None)
    build.quantity("60 postes", "facilities", 60, None, part_of=whole.id)
    frame = quantities_frame([build.done()])
    assert frame["part_of"].isna().tolist() == [True, False]
    assert frame["part_of"].iloc[1] == "Plus de 180 installations"
    assert sums(frame, "category")["low"].tolist() == [180.0]
    assert aggregate(frame, "category").to_dict() == {"facilities": 2.0}  # both are mentions


def test_unit_families() -> None:
    assert unit_family(None)[0].title == "count"
    assert unit_family("ha") == (unit_family("km2")[0], 0.01)
    assert unit_family("USD")[0].title == "currency (USD)" != unit_family("EUR")[0].title
    assert not unit_family("%")[0].additive and not unit_family("day")[0].additive


def test_huge_and_small_sums_get_a_log_axis() -> None:
    build = Builder(Document("v", "13 millions de voix. 20 morts."))
    build.quantity("13 millions de voix", "other", 13_000_000, None)
    build.quantity("20 morts", "casualties", 20, None)
    figure = draw_quantities(quantities_frame([build.done()]), measure="sum")
    assert figure.axes[0].get_xscale() == "log"


def test_time_axis_is_real_time() -> None:
    frame = quantities_frame(
        [
            analysed("a", date="2012-09"),
            analysed("b", date="2013-01"),
            analysed("c", date="2017-02"),
        ]
    )
    figure = draw_quantities(frame, category="casualties")
    time = figure.axes[2]
    assert time.get_title(loc="left") == "Mentions per month (casualties)"
    starts = sorted(patch.get_x() for patch in time.patches)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert gaps[1] > 10 * gaps[0]  # four months, then four years: gaps in time are gaps


def test_by_actor_leaves_out_the_unattributed() -> None:
    orphan = Builder(Document("o", "Un bilan. Plus de 30 morts.", {"date": "2016-03"}))
    orphan.quantity("Plus de 30 morts", "casualties", 30, None)
    both = quantities_frame([analysed("a"), orphan.done()])
    by_actor = draw_quantities(both, category="casualties").axes[1]
    assert by_actor.get_title(loc="left").endswith("(1 not attributed to an actor, not shown)")
    assert [t.get_text() for t in by_actor.get_yticklabels()] == ["islamic state"]


def test_view_redraws_on_choice_and_exports() -> None:
    view = FiguresView([analysed("a"), analysed("b", date="2016-05")])
    assert view.summary.value.startswith("4 quantities in 2 document(s); 4 from dated")
    first = view.output.outputs[0]["data"]["image/png"]
    view.measure.value = "sum"
    assert view.output.outputs[0]["data"]["image/png"] != first
    assert view.category.options == ("(all categories)", "area", "casualties")
    name, text = view.export.export(0)
    assert name == "quantities.csv" and text.splitlines()[0].startswith("document,date,month")
    assert len(text.splitlines()) == 5


def _overlapping_texts(figure: Figure) -> list[tuple[str, str]]:
    """The pairs of drawn texts (titles, tick labels, notes) whose boxes overlap."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    of_ticks: set[int] = set()
    in_view = []  # the tick labels drawn: those of ticks inside the axis' view
    for axis in (axis for ax in figure.axes for axis in (ax.xaxis, ax.yaxis)):
        low, high = sorted(axis.get_view_interval())
        for tick in axis.get_major_ticks():
            of_ticks |= {id(tick.label1), id(tick.label2)}
            if low <= tick.get_loc() <= high:
                in_view.append(tick.label1)
    texts = [t for t in figure.findobj(Text) if id(t) not in of_ticks] + in_view  # ticks drawn
    texts = [t for t in texts if t.get_visible() and t.get_text().strip()]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    return [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
            if box_a.overlaps(box_b)]  # fmt: skip


def test_no_title_or_label_of_the_charts_overlaps_another(paragraph: pd.DataFrame) -> None:
    orphan = Builder(Document("o", "Un bilan. Plus de 30 morts.", {"date": "2016-03"}))
    orphan.quantity("Plus de 30 morts", "casualties", 30, None)
    frame = pd.concat([quantities_frame([analysed("a"), orphan.done()]), paragraph])
    for figure in (
        draw_quantities(frame),
        draw_quantities(frame, category="casualties"),
        draw_quantities(frame, measure="sum"),
    ):
        assert _overlapping_texts(figure) == []

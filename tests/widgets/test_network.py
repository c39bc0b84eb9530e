"""The alliance network: graph building, filters, drawing and the view."""

from __future__ import annotations

from polemos.widgets.network import (
    alliance_graph,
    draw_alliance_graph,
    filter_graph,
    in_date_range,
)
from polemos.widgets.networkview import NetworkView

from tests.widgets.builders import analysed


def _documents() -> list:
    return [analysed("march", date="2016-03-20"), analysed("may", date="2016-05-02")]


def test_graph_has_one_node_per_actor_and_one_edge_per_relation() -> None:
    graph = alliance_graph(_documents())
    assert sorted(graph.nodes) == [
        "ahrar", "islamic_state", "nusra", "russian_air_force", "russian_mod", "syrian_army",
    ]  # fmt: skip
    assert graph.nodes["syrian_army"]["mentions"] == 4
    assert graph.nodes["islamic_state"]["type"] == "armed_group"
    assert graph.number_of_edges() == 6
    edge = graph.get_edge_data("russian_air_force", "syrian_army")
    first = next(iter(edge.values()))
    assert first["label"] == "supports" and first["date"] == "2016-03-20"
    assert first["evidence"].startswith("L'armée syrienne, soutenue par l'aviation russe")


def test_filters_by_actor_type_relation_and_date() -> None:
    graph = alliance_graph(_documents())
    states = filter_graph(graph, actor_types={"state_force"})
    assert [(s, t) for s, t, _ in states.edges] == [("russian_air_force", "syrian_army")] * 2
    hostile = filter_graph(graph, relation_types={"hostile_to"})
    assert sorted(hostile.nodes) == ["islamic_state", "syrian_army"]
    may = filter_graph(graph, start="2016-04", end="2016-05")
    assert {d["document"] for *_, d in may.edges(data=True)} == {"may"}
    assert filter_graph(graph, relation_types=set()).number_of_nodes() == 0


def test_date_range_rules() -> None:
    assert in_date_range(None, None, None)
    assert not in_date_range(None, "2016", None)
    assert in_date_range("2016-03-20", "2016-03", "2016-03")
    assert not in_date_range("2016-05-02", None, "2016-04")


def test_drawing_names_actors_and_relations() -> None:
    figure = draw_alliance_graph(alliance_graph(_documents()))
    ax = figure.axes[0]
    texts = {t.get_text() for t in ax.texts}
    assert {"syrian army", "nusra", "ahrar"} <= texts
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert {"supports", "hostile_to", "allied_with", "former", "armed_group"} <= legend
    empty = draw_alliance_graph(filter_graph(alliance_graph(_documents()), relation_types=set()))
    assert "No alliance relation matches the filters." in {
        t.get_text() for t in empty.axes[0].texts
    }


def test_view_filters_update_summary_and_figure() -> None:
    view = NetworkView(_documents())
    assert view.summary.value == "6 of 6 relations shown, between 5 actors"
    assert view.dates.options == ("2016-03-20", "2016-05-02") and not view.dates.disabled
    assert view.output.outputs[0]["data"]["image/png"]
    view.relation_types.value = ("allied_with",)
    assert view.summary.value == "2 of 6 relations shown, between 2 actors"
    view.dates.value = ("2016-05-02", "2016-05-02")
    assert view.summary.value == "1 of 6 relations shown, between 2 actors"


def test_view_takes_a_graph_builder() -> None:
    calls: list[int] = []

    def builder(documents: list) -> object:
        calls.append(len(documents))
        return alliance_graph(documents[:1])

    view = NetworkView(_documents(), graph_builder=builder)  # type: ignore[arg-type]
    assert calls == [2] and view.summary.value == "3 of 3 relations shown, between 5 actors"

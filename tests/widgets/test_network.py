"""The alliance network: graph building, filters, drawing and the view."""

from __future__ import annotations

import networkx as nx
import pytest
from polemos.widgets.network import (
    alliance_graph,
    draw_alliance_graph,
    edge_dates,
    edge_label,
    edge_status,
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


def test_edges_in_the_alliances_plugin_shape_are_filtered() -> None:
    """Edges with ``type``, ``first_date``/``last_date`` spans and current/former counts."""
    graph = nx.MultiDiGraph()
    graph.add_node("a", name="A", type="armed_group")
    graph.add_node("b", name="B", type="armed_group")
    graph.add_node("s", name="S", type="state_force")
    graph.add_edge("a", "b", key="allied_with", type="allied_with", first_date="2012-03",
                   last_date="2012-09", current=0, former=2)  # fmt: skip
    graph.add_edge("s", "a", key="hostile_to", type="hostile_to", first_date="2013-01",
                   last_date="2013-01", current=1, former=0)  # fmt: skip
    assert edge_label(graph.edges["a", "b", "allied_with"]) == "allied_with"
    assert edge_status(graph.edges["a", "b", "allied_with"]) == "former"
    assert edge_dates(graph.edges["s", "a", "hostile_to"]) == ("2013-01", "2013-01")
    # a span overlapping the range is kept
    assert [k for *_, k in filter_graph(graph, start="2012-06", end="2012-12").edges] == [
        "allied_with"
    ]
    assert (
        filter_graph(graph, relation_types={"hostile_to"}, actor_types={"state_force"}).size() == 0
    )
    view = NetworkView([], graph_builder=lambda documents: graph)
    assert view.relation_types.options == ("allied_with", "hostile_to")
    assert view.dates.options == ("2012-03", "2012-09", "2013-01")
    view.dates.value = ("2013-01", "2013-01")
    assert view.summary.value == "1 of 2 relations shown, between 2 actors"


def test_view_with_the_alliances_plugin_builder_and_drawing() -> None:
    network = pytest.importorskip("polemos_alliances.network")
    drawing = pytest.importorskip("polemos_alliances.drawing")
    figures: list[object] = []

    def draw(graph: nx.MultiDiGraph) -> object:
        figures.append(drawing.draw_network(graph))
        return figures[-1]

    view = NetworkView(_documents(), graph_builder=network.build_network, draw=draw)
    assert set(view.relation_types.options) == {"supports", "hostile_to", "allied_with"}
    assert view.summary.value.startswith("3 of 3 relations shown")  # one edge per type and pair
    view.relation_types.value = ("hostile_to",)
    assert view.summary.value == "1 of 3 relations shown, between 2 actors"
    assert len(figures) == 2 and view.output.outputs[0]["data"]["image/png"]
